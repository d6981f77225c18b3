"""Merge helpers: the documents and cases another coder's copy has and this project lacks.

A merge must lose nothing: a document found only in the other copy is added with its turns,
sections and attribute values; its speakers are matched to this project's cases by name, and
cases missing here are created (kind, interviewer flag, attribute values, group membership).
Attribute values already set here are never overwritten; missing ones are filled in.
Used by :mod:`coding.merge` inside its single transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from corpus.attributes import attribute_id
from corpus.store.models import (
    AttributeRow,
    AttributeValueRow,
    CaseMemberRow,
    CaseRow,
    DocumentRow,
    SectionRow,
    TurnRow,
)
from corpus.store.project import Project

_DOC_COLUMNS = ("name", "kind", "text", "sha256", "text_sha256", "source_name", "source_format", "imported_at",
                "characters", "words")


@dataclass
class OtherCorpus:
    """The other copy's documents (only those to add), cases and attribute values, as plain values."""

    documents: dict[int, dict[str, object]] = field(default_factory=dict)
    turns: list[tuple] = field(default_factory=list)  # doc, start, end, content_start, case, label, timestamp
    sections: list[tuple[int, int, str]] = field(default_factory=list)
    cases: dict[int, tuple[str, str, bool]] = field(default_factory=dict)  # id -> name, kind, interviewer
    members: list[tuple[int, int]] = field(default_factory=list)  # group id, case id
    values: list[tuple[str, str, int | None, int | None, str]] = field(default_factory=list)


def read_other_corpus(path: str | Path, document_ids: set[int]) -> OtherCorpus:
    """Read (read-only) the documents ``document_ids`` of ``path`` and every case of it."""
    other = Project.open(path, readonly=True)
    try:
        with other.transaction() as s:
            out = OtherCorpus()
            for row in s.scalars(select(DocumentRow).where(DocumentRow.id.in_(document_ids))
                                 .order_by(DocumentRow.position, DocumentRow.id)):
                out.documents[row.id] = {c: getattr(row, c) for c in _DOC_COLUMNS}
            out.turns = [tuple(r) for r in s.execute(select(
                TurnRow.document_id, TurnRow.start, TurnRow.end, TurnRow.content_start, TurnRow.case_id,
                TurnRow.label, TurnRow.timestamp).where(TurnRow.document_id.in_(document_ids)))]
            out.sections = [tuple(r) for r in s.execute(select(
                SectionRow.document_id, SectionRow.offset, SectionRow.label).where(
                SectionRow.document_id.in_(document_ids)))]
            out.cases = {r.id: (r.name, r.kind, r.interviewer) for r in s.scalars(select(CaseRow))}
            out.members = [tuple(r) for r in s.execute(select(CaseMemberRow.group_id, CaseMemberRow.case_id))]
            out.values = [tuple(r) for r in s.execute(select(
                AttributeRow.scope, AttributeRow.name, AttributeValueRow.document_id, AttributeValueRow.case_id,
                AttributeValueRow.value).join(AttributeRow, AttributeRow.id == AttributeValueRow.attribute_id))]
            return out
    finally:
        other.close()


class CorpusMerger:
    """Adds the other copy's missing cases and documents to ``session``; maps their ids."""

    def __init__(self, session: Session, other: OtherCorpus):
        self.s, self.o = session, other
        self.cases: dict[int, int] = {}  # other case id -> our case id
        self.docs: dict[int, int] = {}  # other document id -> our (new) document id
        self.cases_created: list[str] = []

    def merge_cases(self) -> None:
        """Match cases by name, create the missing ones, copy group memberships."""
        ours = dict(self.s.execute(select(CaseRow.name, CaseRow.id)).all())
        position = self.s.scalar(select(func.coalesce(func.max(CaseRow.position), 0))) or 0
        for other_id, (name, kind, interviewer) in self.o.cases.items():
            if name not in ours:
                position += 1
                row = CaseRow(name=name, kind=kind, interviewer=interviewer, position=position)
                self.s.add(row)
                self.s.flush()
                ours[name] = row.id
                self.cases_created.append(name)
            self.cases[other_id] = ours[name]
        have = set(self.s.execute(select(CaseMemberRow.group_id, CaseMemberRow.case_id)).all())
        for group, member in self.o.members:
            pair = (self.cases.get(group), self.cases.get(member))
            if None not in pair and pair not in have:
                self.s.add(CaseMemberRow(group_id=pair[0], case_id=pair[1]))
                have.add(pair)

    def add_documents(self) -> list[str]:
        """Insert the other copy's documents (after ours) with turns and sections; return their names."""
        position = self.s.scalar(select(func.coalesce(func.max(DocumentRow.position), 0))) or 0
        for other_id, columns in self.o.documents.items():
            position += 1
            row = DocumentRow(position=position, **columns)
            self.s.add(row)
            self.s.flush()
            self.docs[other_id] = row.id
        for doc, start, end, content_start, case, label, stamp in self.o.turns:
            self.s.add(TurnRow(document_id=self.docs[doc], start=start, end=end, content_start=content_start,
                               case_id=self.cases.get(case) if case is not None else None, label=label,
                               timestamp=stamp))
        for doc, offset, label in self.o.sections:
            self.s.add(SectionRow(document_id=self.docs[doc], offset=offset, label=label))
        self.s.flush()
        return [str(self.o.documents[i]["name"]) for i in self.docs]

    def fill_values(self, matched_docs: dict[int, int]) -> int:
        """Copy attribute values this project lacks (documents added or matched, every case); return how many."""
        targets = {"document": {**matched_docs, **self.docs}, "case": self.cases}
        have = set(self.s.execute(select(AttributeValueRow.attribute_id, AttributeValueRow.document_id,
                                         AttributeValueRow.case_id)).all())
        added = 0
        for scope, name, doc_id, case_id, value in self.o.values:
            target = targets.get(scope, {}).get(doc_id if scope == "document" else case_id)
            if target is None:
                continue
            attr = attribute_id(self.s, name, scope)
            key = (attr, target, None) if scope == "document" else (attr, None, target)
            if key in have:
                continue
            self.s.add(AttributeValueRow(attribute_id=attr, document_id=key[1], case_id=key[2], value=value))
            have.add(key)
            added += 1
        self.s.flush()
        return added
