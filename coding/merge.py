"""Team coding: merge another coder's copy of the same project into this one.

The other project is opened read-only. Documents are matched by the SHA-256 of their text (a copy
of the same corpus has the same texts whatever their names); documents found only in the other
copy are added with their turns, sections and attribute values (:mod:`coding.merge_docs`); cases
are matched by name (missing ones created); codes by path (missing paths are created with the
other project's colour and description); coders by name. Codings are added unless the same code,
passage and coder is already there; memos on the project, documents, codes, codings and cases are
merged (concatenated when both differ). Missing attribute values are filled in, existing ones are
kept. Everything is written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.codebook import tree_order
from coding.merge_docs import CorpusMerger, read_other_corpus
from coding.refi.store import add_memo
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.models import CaseRow, CodeRow, CoderRow, CodingRow, DocumentRow, MemoRow
from corpus.store.postgres import is_server_url
from corpus.store.project import Project, now_iso


@dataclass
class MergeReport:
    """What a merge did."""

    documents_matched: int = 0
    documents_added: list[str] = field(default_factory=list)
    cases_created: list[str] = field(default_factory=list)
    values_added: int = 0
    codes_created: list[str] = field(default_factory=list)
    coders_created: list[str] = field(default_factory=list)
    codings_added: int = 0
    codings_already_present: int = 0
    memos_merged: int = 0

    def render(self) -> str:
        """A short text summary."""
        lines = [str(msg("{matched} document(s) matched, {added} added, {codings} coding(s) added, {present} already "
                         "present, {memos} memo(s) merged, {values} attribute value(s) filled in",
                         matched=self.documents_matched, added=len(self.documents_added), codings=self.codings_added,
                         present=self.codings_already_present, memos=self.memos_merged, values=self.values_added))]
        for names, label in ((self.documents_added, msg("new documents: {names}", names="")),
                             (self.cases_created, msg("new speakers or groups: {names}", names="")),
                             (self.codes_created, msg("new codes: {names}", names="")),
                             (self.coders_created, msg("new coders: {names}", names=""))):
            if names:
                lines.append(str(label) + ", ".join(names))
        return "\n".join(lines)


@dataclass
class _Other:
    """What is read from the other project (plain values, its session closed)."""

    documents: dict[int, tuple[str, str]]  # id -> (name, text sha256)
    codes: list  # coding.types.Code, tree order
    coders: dict[int, str]
    codings: list[tuple[int, int, int, int, int, int | None, str]]  # id, code, doc, start, end, coder, created
    memos: list[tuple[str, int, str, int | None]]
    cases: dict[int, str]


def _read_other(path: str | Path) -> _Other:
    other = Project.open(path, readonly=True)
    try:
        with other.transaction() as s:
            return _Other(
                {i: (n, h) for i, n, h in s.execute(select(DocumentRow.id, DocumentRow.name, DocumentRow.text_sha256))},
                tree_order(list(s.scalars(select(CodeRow)))),
                dict(s.execute(select(CoderRow.id, CoderRow.name)).all()),
                [tuple(r) for r in s.execute(select(CodingRow.id, CodingRow.code_id, CodingRow.document_id, CodingRow.start,
                                                    CodingRow.end, CodingRow.coder_id, CodingRow.created))],
                [tuple(r) for r in s.execute(select(MemoRow.target_kind, MemoRow.target_id, MemoRow.text,
                                                    MemoRow.coder_id))],
                dict(s.execute(select(CaseRow.id, CaseRow.name)).all()),
            )
    finally:
        other.close()


class _Merger:
    def __init__(self, session: Session, other: _Other, report: MergeReport):
        self.s, self.o, self.r = session, other, report
        self.docs: dict[int, int] = {}
        self.codes: dict[int, int] = {}
        self.coders: dict[int, int] = {}
        self.codings: dict[int, int] = {}  # other coding id -> our coding id
        self.case_ids: dict[int, int] = {}  # other case id -> our case id

    def documents(self, path: str | Path) -> None:
        """Match documents by text; add the missing ones, and the cases, from the other copy."""
        ours = dict(self.s.execute(select(DocumentRow.text_sha256, DocumentRow.id)).all())
        missing: set[int] = set()
        for doc_id, (_name, digest) in self.o.documents.items():
            if digest in ours:
                self.docs[doc_id] = ours[digest]
            else:
                missing.add(doc_id)
        self.r.documents_matched = len(self.docs)
        corpus = CorpusMerger(self.s, read_other_corpus(path, missing))
        corpus.merge_cases()
        self.r.documents_added = corpus.add_documents()
        self.r.cases_created = corpus.cases_created
        self.r.values_added = corpus.fill_values(dict(self.docs))
        self.docs.update(corpus.docs)
        self.case_ids = corpus.cases

    def codebook(self) -> None:
        ours = {c.path: c.id for c in tree_order(list(self.s.scalars(select(CodeRow))))}
        for code in self.o.codes:  # parents first
            if code.path not in ours:
                parent = self.codes.get(code.parent_id) if code.parent_id is not None else None
                siblings = self.s.scalars(select(CodeRow.id).where(
                    CodeRow.parent_id.is_(None) if parent is None else CodeRow.parent_id == parent)).all()
                row = CodeRow(name=code.name, parent_id=parent, color=code.color, description=code.description,
                              position=len(siblings), created=now_iso(), guid=code.guid)
                self.s.add(row)
                self.s.flush()
                ours[code.path] = row.id
                self.r.codes_created.append(code.path)
            self.codes[code.id] = ours[code.path]

    def coder_ids(self) -> None:
        ours = dict(self.s.execute(select(CoderRow.name, CoderRow.id)).all())
        for other_id, name in self.o.coders.items():
            if name not in ours:
                row = CoderRow(name=name, created=now_iso())
                self.s.add(row)
                self.s.flush()
                ours[name] = row.id
                self.r.coders_created.append(name)
            self.coders[other_id] = ours[name]

    def add_codings(self) -> None:
        have = {tuple(r[:5]): r[5] for r in self.s.execute(select(
            CodingRow.code_id, CodingRow.document_id, CodingRow.start, CodingRow.end, CodingRow.coder_id, CodingRow.id))}
        texts: dict[int, str] = {}
        for other_id, code_id, doc_id, start, end, coder_id, created in self.o.codings:
            if doc_id not in self.docs:
                continue
            key = (self.codes[code_id], self.docs[doc_id], start, end, self.coders.get(coder_id) if coder_id else None)
            if key in have:
                self.r.codings_already_present += 1
            else:
                if key[1] not in texts:
                    texts[key[1]] = self.s.get(DocumentRow, key[1]).text  # type: ignore[union-attr]
                row = CodingRow(code_id=key[0], document_id=key[1], start=start, end=end, coder_id=key[4],
                                snippet=texts[key[1]][start:end], created=created or now_iso())
                self.s.add(row)
                self.s.flush()
                have[key] = row.id
                self.r.codings_added += 1
            self.codings[other_id] = have[key]

    def memos(self) -> None:
        targets = {"project": {0: 0}, "document": self.docs, "code": self.codes, "coding": self.codings,
                   "case": self.case_ids}
        for kind, target_id, text, coder_id in self.o.memos:
            target = targets.get(kind, {}).get(target_id)
            if target is None or not text.strip():
                continue
            before = self.s.scalar(select(MemoRow.text).where(MemoRow.target_kind == kind, MemoRow.target_id == target))
            add_memo(self.s, kind, target, text, self.coders.get(coder_id) if coder_id else None)
            if before is None or text.strip() not in before:
                self.r.memos_merged += 1


def merge_project(project: Project, other_path: str | Path) -> MergeReport:
    """Merge the documents, cases, codings, codes, coders and memos of ``other_path`` into ``project``.

    ``other_path`` may be a server project's ``postgresql://`` URL (see :mod:`coding.sync`)."""
    if is_server_url(other_path):
        if str(other_path) == project.location:
            raise ProjectError(msg("A project cannot be merged into itself."))
    else:
        other_path = Path(other_path)
        if not project.is_server and other_path.resolve() == Path(project.path).resolve():
            raise ProjectError(msg("A project cannot be merged into itself."))
    other = _read_other(other_path)
    report = MergeReport()
    with project.transaction() as session:
        merger = _Merger(session, other, report)
        merger.documents(other_path)
        merger.codebook()
        merger.coder_ids()
        merger.add_codings()
        merger.memos()
    return report
