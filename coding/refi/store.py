"""Write an imported :class:`RProject` into a project, in the caller's (single) transaction.

Existing material is reused rather than duplicated: users match coders by name, codes match by
GUID then by path, sources match documents by text (SHA-256 of the NFC/LF text), cases match by
name; codings already present (same code, passage and coder) are not added twice; memos that
differ are concatenated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.codebook import PALETTE
from coding.refi.guids import remember
from coding.refi.model import RCode, RCoding, RProject, RSource
from coding.refi.report import DataLossReport
from coding.refi.source_meta import document_meta
from coding.refi.store_cases import store_cases, store_variables
from coding.refi.store_notes import MEMO_SEPARATOR, NotePlacer, add_memo
from corpus.documents import count_words
from corpus.messages import msg
from corpus.store.models import CodeRow, CoderRow, CodingRow, DocumentRow
from corpus.store.project import now_iso

__all__ = ["MEMO_SEPARATOR", "ProjectWriter", "add_memo"]


class ProjectWriter:
    """Stores one :class:`RProject`; ids of what it created or matched are kept for later steps."""

    def __init__(self, session: Session, report: DataLossReport, cancel: Callable[[], None] | None = None):
        self.s = session
        self.report = report
        self.check_cancel = cancel or (lambda: None)  # raises when the user cancelled (the caller rolls back)
        self.coders: dict[str, int] = {}  # user GUID -> coder id
        self.codes: dict[str, int] = {}  # code GUID -> code id
        self.documents: dict[str, int] = {}  # source GUID -> document id
        self.texts: dict[int, str] = {}
        self.guids: dict[str, str] = {}  # "kind:id" -> GUID, remembered for re-export
        self.placer = NotePlacer(session, report, [], self.coder_for)
        self.default_user: str | None = None  # the only user of the file: coder of selections naming none
        self.credited = 0  # codings credited to the default user
        self.uncoded = 0  # selections with nothing attached: not kept
        self.uncoloured: list[str] = []  # paths of codes that came without a colour
        self.case_selections: set[str] = set()
        self._index: _ProjectIndex | None = None

    @property
    def index(self) -> _ProjectIndex:
        """Existing codes and documents, read once (one query per row made imports of 20,000 sources or
        100,000 codes quadratic: minutes instead of seconds)."""
        if self._index is None:
            self._index = _ProjectIndex.read(self.s)
        return self._index

    def store(self, proj: RProject) -> None:
        """Everything, in dependency order."""
        self.placer = NotePlacer(self.s, self.report, proj.notes, self.note_coder,
                                 headings=not proj.origin.startswith("Verbatim"))
        self.case_selections = {g for case in proj.cases for g in case.selections}
        self.store_users(proj)
        self.store_codes(proj.codes)
        for src in proj.sources:
            self.check_cancel()
            self.store_source(src)
        self.check_cancel()
        variables = store_variables(self.s, proj, self.documents, self.report)
        store_cases(self.s, proj, self.documents, self.texts, variables, self.report, self.guids, self.placer)
        self.placer.attach("project", 0, proj.project_notes, "project")
        self.placer.add_text("project", 0, proj.description)
        self.placer.write()
        if self.uncoloured:
            first = ", ".join(repr(p) for p in self.uncoloured[:3]) + (", …" if len(self.uncoloured) > 3 else "")
            self.report.changed("Code", "", msg("{n} code(s) had no colour and were given one from the palette "
                                                "({codes})", n=len(self.uncoloured), codes=first))
        if self.uncoded:
            self.report.dropped("PlainTextSelection", "", msg("{n} selection(s) with no code, note or case (empty "
                                                              "annotations or quotations) were not kept",
                                                              n=self.uncoded))
        if self.credited and self.default_user:
            self.report.changed("Coding", "", msg("{n} coding(s) named no coder: credited to the file's only user",
                                                  n=self.credited))
        remember(self.s, self.guids)

    # --- users and codes ----------------------------------------------------------------
    def coder_for(self, guid: str | None) -> int | None:
        """The coder of a user GUID; an unknown GUID becomes a coder named after it (reported)."""
        if not guid:
            return None
        if guid not in self.coders:
            name = f"User {guid[:8]}"
            self.report.changed("User", guid, msg("not declared in <Users>: its work is credited to {name!r}",
                                                  name=name))
            self.coders[guid] = self._coder_id(name)
        return self.coders[guid]

    def note_coder(self, guid: str | None) -> int | None:
        """The coder of a note: its creating user, else the file's only user."""
        return self.coder_for(guid or self.default_user)

    def _coder_id(self, name: str) -> int:
        found = self.s.scalar(select(CoderRow.id).where(CoderRow.name == name))
        if found is None:
            row = CoderRow(name=name, created=now_iso())
            self.s.add(row)
            self.s.flush()
            found = row.id
        return found

    def store_users(self, proj: RProject) -> None:
        """Users become coders (matched by name); a file's only user codes the selections that name none."""
        if len(proj.users) == 1:
            self.default_user = proj.users[0].guid
        for user in proj.users:
            name = " ".join(user.name.split()) or f"User {user.guid[:8]}"
            self.coders[user.guid] = self._coder_id(name)
            self.guids[f"coder:{self.coders[user.guid]}"] = user.guid

    def store_codes(self, codes: list[RCode], parent: int | None = None, path: str = "") -> None:
        """The code tree: codes matched by GUID, then by name under the same parent."""
        for code in codes:
            row = self._match_code(code, parent)
            full = f"{path}{code.name}"
            if row is None:
                row = self._new_code(code, parent, full)
            elif code.description and code.description not in (row.description or ""):
                row.description = f"{row.description}\n\n{code.description}".strip()
            self.codes[code.guid] = row.id
            self.placer.attach("code", row.id, code.notes, full)
            self.report.count("codes")
            self.store_codes(code.children, row.id, full + "/")

    def _match_code(self, code: RCode, parent: int | None) -> CodeRow | None:
        code_id = self.index.code_by_guid.get(code.guid) or self.index.code_by_name.get((parent, code.name))
        return self.s.get(CodeRow, code_id) if code_id is not None else None

    def _new_code(self, code: RCode, parent: int | None, path: str) -> CodeRow:
        index = self.index
        color = code.color
        if color is None:
            color = PALETTE[index.n_codes % len(PALETTE)]
            self.uncoloured.append(path)
        row = CodeRow(name=code.name, parent_id=parent, color=color, position=index.children.get(parent, 0),
                      description=code.description, created=now_iso(), guid=code.guid)
        self.s.add(row)
        self.s.flush()
        index.add_code(row.id, parent, code.name, code.guid)
        return row

    # --- sources and codings ------------------------------------------------------------
    def store_source(self, src: RSource) -> None:
        """A text source: a new document, or the existing one with the same text."""
        digest = hashlib.sha256(src.text.encode("utf-8")).hexdigest()
        doc_id = self.index.document_by_text.get(digest)
        if doc_id is not None:
            self.report.warn("TextSource", src.name, msg("already in the project (same text): its codings were "
                                                         "added to the existing document"))
        else:
            doc_id = self._new_document(src, digest)
            self.report.count("documents")
        self.documents[src.guid] = doc_id
        self.texts[doc_id] = src.text
        self.guids[f"document:{doc_id}"] = src.guid
        self.placer.attach("document", doc_id, src.notes, src.name)
        meta = document_meta(src)
        self.placer.add_text("document", doc_id, meta.description)
        for coding in src.codings:
            self.report.changed("Coding", src.name, msg("a coding of the whole source became a coding of its "
                                                        "whole text"))
            self.store_coding(doc_id, 0, len(src.text), coding, src.user)
        for sel in src.selections:
            if not (sel.codings or sel.notes or sel.description or sel.guid in self.case_selections):
                self.uncoded += 1
                continue
            coding_ids = [self.store_coding(doc_id, sel.start, sel.end, c, sel.user) for c in sel.codings]
            coding_ids = [i for i in coding_ids if i is not None]
            passage = " ".join(src.text[sel.start:sel.end].split())
            label = f"{src.name}: «{passage[:50]}{'…' if len(passage) > 50 else ''}»"
            self._selection_notes(label, sel.notes, sel.description, coding_ids)

    def _new_document(self, src: RSource, digest: str) -> int:
        index = self.index
        meta = document_meta(src)
        index.last_position += 1
        row = DocumentRow(name=meta.name or "Source", kind=meta.kind, text=src.text, sha256=digest,
                          text_sha256=digest, source_name=meta.source_name, source_format=meta.source_format,
                          imported_at=now_iso(), position=index.last_position, characters=len(src.text),
                          words=count_words(src.text))
        self.s.add(row)
        self.s.flush()
        index.document_by_text.setdefault(digest, row.id)
        return row.id

    def store_coding(self, doc_id: int, start: int, end: int, coding: RCoding,
                     fallback_user: str | None = None) -> int | None:
        """One coding (not duplicated); returns its id, ``None`` when dropped."""
        code_id = self.codes.get(coding.code or "")
        if code_id is None:
            self.report.dropped("Coding", coding.guid, msg("refers to an unknown code {code!r}", code=coding.code))
            return None
        user = coding.user or fallback_user
        if not user and self.default_user:
            user = self.default_user
            self.credited += 1
        coder_id = self.coder_for(user)
        found = self.s.scalar(select(CodingRow.id).where(
            CodingRow.code_id == code_id, CodingRow.document_id == doc_id, CodingRow.start == start,
            CodingRow.end == end,
            CodingRow.coder_id.is_(None) if coder_id is None else CodingRow.coder_id == coder_id))
        if found is None:
            row = CodingRow(code_id=code_id, document_id=doc_id, start=start, end=end,
                            snippet=self.texts[doc_id][start:end], coder_id=coder_id,
                            created=coding.created or now_iso())
            self.s.add(row)
            self.s.flush()
            found = row.id
            self.report.count("codings")
        self.placer.attach("coding", found, coding.notes, self.texts[doc_id][start:end][:40])
        return found

    def _selection_notes(self, source: str, notes: list[str], description: str, coding_ids: list[int]) -> None:
        if not (notes or description):
            return
        if not coding_ids:
            self.report.changed("PlainTextSelection", source, msg("a note on an uncoded selection was appended "
                                                                  "to the project memo"))
            self.placer.attach("project", 0, notes, "project")
            self.placer.add_text("project", 0, description)
            return
        for coding_id in coding_ids:
            self.placer.attach("coding", coding_id, notes)
            self.placer.add_text("coding", coding_id, description)


@dataclass
class _ProjectIndex:
    """What the import looks up for every code and source, kept in memory for the transaction."""

    code_by_guid: dict[str, int]
    code_by_name: dict[tuple[int | None, str], int]  # (parent, name) -> the first such code
    children: dict[int | None, int]  # parent -> number of children (the next position)
    n_codes: int
    document_by_text: dict[str, int]
    last_position: int

    @classmethod
    def read(cls, session: Session) -> _ProjectIndex:
        """The project's codes and documents as they are before the import."""
        by_guid: dict[str, int] = {}
        by_name: dict[tuple[int | None, str], int] = {}
        children: dict[int | None, int] = {}
        rows = session.execute(select(CodeRow.id, CodeRow.parent_id, CodeRow.name, CodeRow.guid).order_by(CodeRow.id))
        n_codes = 0
        for code_id, parent, name, guid in rows:
            n_codes += 1
            if guid:
                by_guid.setdefault(guid, code_id)
            by_name.setdefault((parent, name), code_id)
            children[parent] = children.get(parent, 0) + 1
        documents: dict[str, int] = {}
        last = 0
        for doc_id, digest, position in session.execute(
                select(DocumentRow.id, DocumentRow.text_sha256, DocumentRow.position).order_by(DocumentRow.id)):
            documents.setdefault(digest, doc_id)
            last = max(last, position or 0)
        return cls(by_guid, by_name, children, n_codes, documents, last)

    def add_code(self, code_id: int, parent: int | None, name: str, guid: str | None) -> None:
        """Remember a code the import created."""
        self.n_codes += 1
        if guid:
            self.code_by_guid.setdefault(guid, code_id)
        self.code_by_name.setdefault((parent, name), code_id)
        self.children[parent] = self.children.get(parent, 0) + 1
