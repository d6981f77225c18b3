"""Plain, frozen dataclasses that the corpus services hand out (ORM rows never leave the store)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentInfo:
    """A document without its text: what lists and tables need."""

    id: int
    name: str
    kind: str
    source_name: str
    source_format: str
    sha256: str
    imported_at: str
    characters: int
    words: int
    turn_count: int = 0
    coding_count: int = 0
    position: int = 0


@dataclass(frozen=True)
class Document:
    """A document with its NFC text (offsets are code points in ``text``)."""

    id: int
    name: str
    kind: str
    text: str
    sha256: str
    source_name: str
    source_format: str
    imported_at: str


@dataclass(frozen=True)
class Turn:
    """A speaker turn ``[start, end)``; the speech starts at ``content_start``."""

    id: int
    document_id: int
    start: int
    end: int
    content_start: int
    case_id: int | None
    speaker: str | None
    timestamp: float | None


@dataclass(frozen=True)
class Section:
    """A section mark at an offset of a document."""

    document_id: int
    offset: int
    label: str


@dataclass(frozen=True)
class Case:
    """A participant (speaker) or a group, with its attribute values."""

    id: int
    name: str
    kind: str = "participant"
    interviewer: bool = False
    attributes: dict[str, str] = field(default_factory=dict)
    turn_count: int = 0


@dataclass(frozen=True)
class Attribute:
    """An attribute (variable) of documents or of cases."""

    id: int
    name: str
    scope: str
    value_type: str


@dataclass
class ImportReport:
    """What an import did: new documents, files skipped as duplicates, warnings, new cases."""

    documents: list[DocumentInfo] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_cases: list[str] = field(default_factory=list)
