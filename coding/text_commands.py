"""Undoable edits of document texts (edit mode, find-and-replace) and of coding bounds (resize).

Each command runs in ONE transaction and returns its inverse, like every command of
:mod:`coding.commands`. Editing texts keeps every coding, memo, turn and section on the same words
(:mod:`corpus.text_update`); a coding whose whole text was deleted is removed with its memo, listed in
the command's result (``EditTexts.last_vanished`` is not kept: the inverse carries them, see
:attr:`RestoreTexts.vanished`) and put back by undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from coding.codings import codings_where, insert_codings, remove_codings
from coding.commands import Command
from coding.memos import insert_memos
from coding.types import Coding, Memo
from corpus.documents import CorpusService
from corpus.errors import NotFoundError, ProjectError
from corpus.messages import msg
from corpus.store.models import CodingRow, DocumentRow
from corpus.store.project import Project
from corpus.text_edit import TextEdit, find_replacements, text_diff
from corpus.text_update import TextSnapshot, restore_text, text_sha256, update_text


@dataclass(frozen=True)
class DocumentEdit:
    """The edits of one document, computed on the text whose hash is ``base_sha256``."""

    document_id: int
    edits: tuple[TextEdit, ...]
    base_sha256: str

    @classmethod
    def between(cls, document_id: int, old_text: str, new_text: str) -> DocumentEdit:
        """The edit turning ``old_text`` (the stored text) into ``new_text`` (word-level diff)."""
        return cls(document_id, tuple(text_diff(old_text, new_text)), text_sha256(old_text))


@dataclass(frozen=True)
class EditTexts(Command):
    """Edit the texts of one or more documents in one transaction (one undo step)."""

    changes: tuple[DocumentEdit, ...]
    label: str = "Edit text"

    def apply(self, project: Project) -> Command:
        snapshots: list[TextSnapshot] = []
        vanished: list[Coding] = []
        memos: list[Memo] = []
        with project.transaction() as session:
            for change in self.changes:
                done = update_text(session, change.document_id, change.edits, change.base_sha256)
                snapshots.append(done.before)
                gone, gone_memos = remove_codings(session, done.vanished_codings)
                vanished.extend(gone)
                memos.extend(gone_memos)
        return RestoreTexts(tuple(snapshots), tuple(vanished), tuple(memos), self.changes, label=self.label)


@dataclass(frozen=True)
class RestoreTexts(Command):
    """Put texts back as they were before an :class:`EditTexts`, with the codings it removed."""

    snapshots: tuple[TextSnapshot, ...]
    vanished: tuple[Coding, ...]  # codings whose whole text the edit deleted (what to report)
    vanished_memos: tuple[Memo, ...]
    changes: tuple[DocumentEdit, ...]  # the edit itself, for redo
    label: str = "Edit text"

    def apply(self, project: Project) -> Command:
        with project.transaction() as session:
            for state in reversed(self.snapshots):
                restore_text(session, state)
            insert_codings(session, self.vanished)
            insert_memos(session, self.vanished_memos)
        return EditTexts(self.changes, label=self.label)

    @property
    def document_ids(self) -> tuple[int, ...]:
        """The documents whose text changed."""
        return tuple(s.document_id for s in self.snapshots)


def edit_document(project: Project, document_id: int, new_text: str, label: str = "Edit text") -> EditTexts:
    """The command turning a document's stored text into ``new_text`` (edit mode's "Done")."""
    old = CorpusService(project).document(document_id).text
    return EditTexts((DocumentEdit.between(document_id, old, new_text),), label=label)


def plan_replace(project: Project, needle: str, replacement: str, *, case_sensitive: bool = False,
                 whole_words: bool = False, document_ids: Sequence[int] | None = None,
                 progress: Callable[[float, str], None] | None = None,
                 cancel: object | None = None) -> list[DocumentEdit]:
    """The edits of a find-and-replace over some documents (all when ``document_ids`` is None);
    documents without a match are left out. ``cancel.check()`` runs between documents."""
    if not needle:
        raise ProjectError(msg("Type the text to find."))
    texts = CorpusService(project).texts(document_ids)
    plan = []
    for i, document_id in enumerate(sorted(texts)):
        if cancel is not None and i % 20 == 0:
            cancel.check()  # type: ignore[attr-defined]
        if progress is not None and i % 20 == 0:
            progress(i / len(texts), "")
        edits = find_replacements(texts[document_id], needle, replacement, case_sensitive=case_sensitive,
                                  whole_words=whole_words)
        if edits:
            plan.append(DocumentEdit(document_id, tuple(edits), text_sha256(texts[document_id])))
    return plan


# --- resize a coding ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ResizeCoding(Command):
    """Move the bounds of a coding to ``[start, end)`` (its snippet follows); the inverse moves them back."""

    coding_id: int
    start: int
    end: int
    label: str = "Resize coding"

    def apply(self, project: Project) -> Command:
        with project.transaction() as session:
            found = codings_where(session, CodingRow.id == self.coding_id)
            if not found:
                raise NotFoundError(msg("Coding {id} does not exist.", id=self.coding_id))
            coding = found[0]
            text = session.scalar(select(DocumentRow.text).where(DocumentRow.id == coding.span.document_id))
            if not 0 <= self.start < self.end <= len(text or ""):
                raise ProjectError(msg("A coded passage must keep at least one character inside the document."))
            row = session.get(CodingRow, self.coding_id)
            row.start, row.end, row.snippet = self.start, self.end, text[self.start:self.end]
        return ResizeCoding(self.coding_id, coding.span.start, coding.span.end, label=self.label)


__all__ = ["DocumentEdit", "EditTexts", "ResizeCoding", "RestoreTexts", "edit_document", "plan_replace"]
