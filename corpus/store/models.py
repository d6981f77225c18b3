"""SQLAlchemy 2 models of a Verbatim project. Private to the store: services hand out dataclasses.

Offsets (``start``/``end``) are Python code points in ``DocumentRow.text`` (the REFI-QDA convention).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every table of a project file."""


class SettingRow(Base):
    """Project-wide settings (key/value), e.g. the project title or lexical overrides."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentRow(Base):
    """An imported source: NFC text with LF line ends, plus where it came from.

    ``sha256`` (of the file) and ``text_sha256`` have no index since schema 3: duplicate detection and
    merges read all hashes in one scan, while each index held a 64-character key per document.
    """

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False)
    kind: Mapped[str] = mapped_column(String, default="text")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String)
    text_sha256: Mapped[str] = mapped_column(String)
    source_name: Mapped[str] = mapped_column(String, default="")
    source_format: Mapped[str] = mapped_column(String, default="")
    imported_at: Mapped[str] = mapped_column(String, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    characters: Mapped[int] = mapped_column(Integer, default=0)
    words: Mapped[int] = mapped_column(Integer, default=0)


class SectionRow(Base):
    """A section mark (Iramuteq ``-*`` line, act/scene header) inside a document."""

    __tablename__ = "sections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    offset: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String, default="")


class CaseRow(Base):
    """A case: a participant (speaker) or a group of participants."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String, default="participant")
    interviewer: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CaseMemberRow(Base):
    """Membership of a participant in a group case."""

    __tablename__ = "case_members"
    group_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)


class TurnRow(Base):
    """A speaker turn: ``[start, end)`` in its document, speech from ``content_start``."""

    __tablename__ = "turns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    label: Mapped[str | None] = mapped_column(String)
    timestamp: Mapped[float | None] = mapped_column(Float)
    __table_args__ = (Index("ix_turns_document_start", "document_id", "start"),)


class AttributeRow(Base):
    """An attribute (variable) of documents or of cases: age, role, organisation..."""

    __tablename__ = "attributes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False)
    scope: Mapped[str] = mapped_column(String, default="document")  # "document" | "case"
    value_type: Mapped[str] = mapped_column(String, default="text")  # "text" | "number" | "date"
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("name", "scope"),)


class AttributeValueRow(Base):
    """The value of one attribute for one document or one case.

    Since schema 3 each row is in ONE index besides the table: a partial unique index on
    ``(document_id, attribute_id)`` for document values, another on ``(case_id, attribute_id)`` for case
    values. Each also serves its ``ON DELETE CASCADE`` (the leading column) and the per-target lookups;
    the NULL half of every row is no longer indexed (schema 2 kept four full indexes per row).
    """

    __tablename__ = "attribute_values"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attributes.id", ondelete="CASCADE"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("ux_attribute_values_document", "document_id", "attribute_id", unique=True,
              sqlite_where=text("document_id IS NOT NULL"), postgresql_where=text("document_id IS NOT NULL")),
        Index("ux_attribute_values_case", "case_id", "attribute_id", unique=True,
              sqlite_where=text("case_id IS NOT NULL"), postgresql_where=text("case_id IS NOT NULL")),
    )


class CoderRow(Base):
    """A person who codes; every coding and memo belongs to one."""

    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    created: Mapped[str] = mapped_column(String, default="")


class CodeRow(Base):
    """A code of the hierarchical codebook."""

    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String, nullable=False)
    color: Mapped[str] = mapped_column(String, default="#E69F00")
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String, default="")
    guid: Mapped[str | None] = mapped_column(String)


class CodingRow(Base):
    """A code applied to a passage ``[start, end)`` of a document, with the coded text kept."""

    __tablename__ = "codings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    snippet: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"), index=True)
    created: Mapped[str] = mapped_column(String, default="")
    __table_args__ = (Index("ix_codings_document_start", "document_id", "start"),)


class MemoRow(Base):
    """A memo on the project, a document, a code, a coding or a case (one per target)."""

    __tablename__ = "memos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_kind: Mapped[str] = mapped_column(String)  # project|document|code|coding|case
    target_id: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    updated: Mapped[str] = mapped_column(String, default="")
    __table_args__ = (UniqueConstraint("target_kind", "target_id"),)


class AnnotationCacheRow(Base):
    """Cached NLP annotations of a text (key = text hash + model version)."""

    __tablename__ = "annotation_cache"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[str] = mapped_column(String, default="")


class AnalysisRow(Base):
    """A saved lexical analysis: its parameters and results, reopened without recomputing."""

    __tablename__ = "analyses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String, default="")
    params: Mapped[str] = mapped_column(Text, default="{}")
    results: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created: Mapped[str] = mapped_column(String, default="")


class UserLexiconRow(Base):
    """One change of the user's own lexicon (schema 4): ``kind`` is ``lemma`` (form -> lemma), ``merge``
    (lemma -> lemma), ``status`` (unit -> active|supplementary|ignored) or ``expression`` (its text;
    ``value`` unused); one row per ``(kind, entry)``."""

    __tablename__ = "user_lexicon"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String, nullable=False)
    entry: Mapped[str] = mapped_column(String, nullable=False)
    value: Mapped[str] = mapped_column(String, nullable=False, default="")
    __table_args__ = (UniqueConstraint("kind", "entry"),)
