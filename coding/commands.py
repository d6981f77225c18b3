"""Undo as domain commands: ``command.apply(project)`` does the edit and returns its inverse.

Undo applies the inverse; redo applies the inverse of the inverse, and so on (Glue's
``core/command.py``, Orange's paint-data widget). Every command restores ids exactly, so a command
recorded before an undo still points at the right rows after a redo. The app wraps them in a small
``QUndoCommand`` adapter::

    inverse = command.apply(project)   # redo()
    inverse = inverse.apply(project)   # undo(), and keep the new inverse for the next redo()

Labels are English; the app translates them for its Edit menu.
"""

from __future__ import annotations

from dataclasses import dataclass

from coding.codebook import CodebookService, CodeSnapshot, MergeResult
from coding.codings import CodingService, RecodeResult
from coding.memos import MemoService
from coding.types import Coding, Memo, Span
from corpus.attributes import AttributeService
from corpus.case_merge import CaseMergeRecord, merge_cases, unmerge_cases
from corpus.cases import CaseService
from corpus.errors import NotFoundError
from corpus.store.project import Project


class Command:
    """An edit that returns its own inverse when applied; ``label`` names it in the Edit menu."""

    label: str  # every subclass is a frozen dataclass with a ``label`` field

    def apply(self, project: Project) -> Command:
        """Do the edit; return the command that undoes it."""
        raise NotImplementedError


@dataclass(frozen=True)
class NoOp(Command):
    """Nothing to do (e.g. the inverse of an edit that changed nothing)."""

    label: str = "Nothing"

    def apply(self, project: Project) -> Command:
        return self


@dataclass(frozen=True)
class CompositeCommand(Command):
    """Several commands as one undo step (auto-coding, "turn a class into a code"...).

    All the parts run in one database transaction: it commits once, after the last part, so a crash or
    an error at any point leaves either all of the step in the project or none of it (never new codes
    without their codings). The app pushes the inverse on its undo stack only after that commit."""

    label: str
    commands: tuple[Command, ...]

    def apply(self, project: Project) -> Command:
        with project.transaction():
            done = [command.apply(project) for command in self.commands]
        return CompositeCommand(self.label, tuple(reversed(done)))


def _code_id(project: Project, code: int | str) -> int:
    if isinstance(code, int):
        return code
    found = CodebookService(project).find_path(code)
    if found is None:
        raise NotFoundError(f"No code {code!r}.")
    return found.id


# --- codings ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ApplyCodings(Command):
    """Code passages; ``code`` is an id or a ``"Parent/Child"`` path resolved when applied (so it
    can follow an :class:`EnsureCodePath` in a composite)."""

    code: int | str
    spans: tuple[Span, ...]
    coder: str
    label: str = "Apply code"

    def apply(self, project: Project) -> Command:
        created = CodingService(project).apply(_code_id(project, self.code), self.spans, self.coder)
        return RemoveCodings(tuple(c.id for c in created), label=self.label)


@dataclass(frozen=True)
class RemoveCodings(Command):
    """Remove codings (and their memos); the inverse puts them back with the same ids."""

    coding_ids: tuple[int, ...]
    label: str = "Remove coding"

    def apply(self, project: Project) -> Command:
        from coding.codings import remove_codings

        with project.transaction() as session:
            codings, memos = remove_codings(session, self.coding_ids)
        return RestoreCodings(tuple(codings), tuple(memos), label=self.label)


@dataclass(frozen=True)
class RestoreCodings(Command):
    """Re-insert codings (and their memos) with their ids."""

    codings: tuple[Coding, ...]
    memos: tuple[Memo, ...] = ()
    label: str = "Restore codings"

    def apply(self, project: Project) -> Command:
        CodingService(project).restore(self.codings, self.memos)
        return RemoveCodings(tuple(c.id for c in self.codings), label=self.label)


@dataclass(frozen=True)
class Recode(Command):
    """Move codings to another code (duplicates on the new code are dropped, and come back on undo)."""

    coding_ids: tuple[int, ...]
    new_code_id: int
    label: str = "Recode"

    def apply(self, project: Project) -> Command:
        result = CodingService(project).recode(self.coding_ids, self.new_code_id)
        return _UndoRecode(result, self.new_code_id, label=self.label)


@dataclass(frozen=True)
class _UndoRecode(Command):
    result: RecodeResult
    new_code_id: int
    label: str = "Recode"

    def apply(self, project: Project) -> Command:
        service = CodingService(project)
        service.set_code_ids(self.result.old_code_ids)
        service.restore(self.result.dropped, self.result.dropped_memos)
        ids = tuple(i for i, _ in self.result.old_code_ids) + tuple(c.id for c in self.result.dropped)
        return Recode(ids, self.new_code_id, label=self.label)


# --- codes -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CreateCode(Command):
    """Create a code; the inverse deletes it (and redo brings it back with the same id)."""

    name: str
    parent_id: int | None = None
    color: str | None = None
    description: str = ""
    position: int | None = None
    label: str = "New code"

    def apply(self, project: Project) -> Command:
        code = CodebookService(project).create(self.name, self.parent_id, self.color, self.description,
                                               self.position)
        return DeleteCode(code.id, label=self.label)


@dataclass(frozen=True)
class EnsureCodePath(Command):
    """Create the missing levels of ``"Parent/Child"``; the inverse deletes what was created."""

    path: str
    color: str | None = None
    label: str = "New code"

    def apply(self, project: Project) -> Command:
        _code, created = CodebookService(project).ensure_path_created(self.path, self.color)
        return DeleteCode(created[0], label=self.label) if created else NoOp(self.label)


@dataclass(frozen=True)
class DeleteCode(Command):
    """Delete a code subtree with its codings and memos; the inverse restores all of it."""

    code_id: int
    label: str = "Delete code"

    def apply(self, project: Project) -> Command:
        return RestoreCodes(CodebookService(project).delete(self.code_id), label=self.label)


@dataclass(frozen=True)
class RestoreCodes(Command):
    """Put back a deleted code subtree exactly (ids, positions, codings, memos)."""

    snapshot: CodeSnapshot
    label: str = "Restore code"

    def apply(self, project: Project) -> Command:
        CodebookService(project).restore(self.snapshot)
        return DeleteCode(self.snapshot.codes[0].id, label=self.label)


@dataclass(frozen=True)
class RenameCode(Command):
    """Rename a code."""

    code_id: int
    name: str
    label: str = "Rename code"

    def apply(self, project: Project) -> Command:
        old = CodebookService(project).rename(self.code_id, self.name)
        return RenameCode(self.code_id, old, label=self.label)


@dataclass(frozen=True)
class SetCodeColor(Command):
    """Change a code's colour."""

    code_id: int
    color: str
    label: str = "Change code colour"

    def apply(self, project: Project) -> Command:
        old = CodebookService(project).set_color(self.code_id, self.color)
        return SetCodeColor(self.code_id, old, label=self.label)


@dataclass(frozen=True)
class SetCodeDescription(Command):
    """Change a code's description."""

    code_id: int
    description: str
    label: str = "Edit code description"

    def apply(self, project: Project) -> Command:
        old = CodebookService(project).set_description(self.code_id, self.description)
        return SetCodeDescription(self.code_id, old, label=self.label)


@dataclass(frozen=True)
class MoveCode(Command):
    """Move a code under another parent (``None``: top level) at a position (``None``: last)."""

    code_id: int
    new_parent_id: int | None
    position: int | None = None
    label: str = "Move code"

    def apply(self, project: Project) -> Command:
        parent, position = CodebookService(project).move(self.code_id, self.new_parent_id, self.position)
        return MoveCode(self.code_id, parent, position, label=self.label)


@dataclass(frozen=True)
class MergeCodes(Command):
    """Merge a code into another; the inverse restores the source with its id and codings."""

    source_id: int
    target_id: int
    label: str = "Merge codes"

    def apply(self, project: Project) -> Command:
        return _UnmergeCodes(CodebookService(project).merge(self.source_id, self.target_id), label=self.label)


@dataclass(frozen=True)
class _UnmergeCodes(Command):
    result: MergeResult
    label: str = "Merge codes"

    def apply(self, project: Project) -> Command:
        CodebookService(project).unmerge(self.result)
        return MergeCodes(self.result.source.codes[0].id, self.result.target_id, label=self.label)


# --- memos, attributes, cases ------------------------------------------------------------------
@dataclass(frozen=True)
class SetMemo(Command):
    """Write (empty text: delete) the memo of a target."""

    kind: str
    target_id: int
    text: str
    coder: str = ""
    label: str = "Edit memo"

    def apply(self, project: Project) -> Command:
        service = MemoService(project)
        before = service.get(self.kind, self.target_id)
        service.set(self.kind, self.target_id, self.text, self.coder)
        return ReplaceMemo(self.kind, self.target_id, before, label=self.label)


@dataclass(frozen=True)
class ReplaceMemo(Command):
    """Put a memo back exactly as recorded (``None``: no memo)."""

    kind: str
    target_id: int
    memo: Memo | None
    label: str = "Edit memo"

    def apply(self, project: Project) -> Command:
        before = MemoService(project).replace(self.kind, self.target_id, self.memo)
        return ReplaceMemo(self.kind, self.target_id, before, label=self.label)


@dataclass(frozen=True)
class SetAttributeValue(Command):
    """Set (``None``: remove) an attribute value of a document or a case."""

    scope: str  # "document" | "case"
    target_id: int
    name: str
    value: str | None
    label: str = "Edit attribute"

    def apply(self, project: Project) -> Command:
        old = AttributeService(project).set_value(self.scope, self.target_id, self.name, self.value)
        return SetAttributeValue(self.scope, self.target_id, self.name, old, label=self.label)


@dataclass(frozen=True)
class RenameCase(Command):
    """Rename a case (participant or group)."""

    case_id: int
    name: str
    label: str = "Rename case"

    def apply(self, project: Project) -> Command:
        old = CaseService(project).rename(self.case_id, self.name)
        return RenameCase(self.case_id, old, label=self.label)


@dataclass(frozen=True)
class SetInterviewer(Command):
    """Mark or unmark a case as the interviewer."""

    case_id: int
    interviewer: bool
    label: str = "Mark interviewer"

    def apply(self, project: Project) -> Command:
        old = CaseService(project).set_interviewer(self.case_id, self.interviewer)
        return SetInterviewer(self.case_id, old, label=self.label)


@dataclass(frozen=True)
class MergeCases(Command):
    """Merge speakers into one (turns, missing attribute values, group memberships move over)."""

    source_ids: tuple[int, ...]
    target_id: int
    label: str = "Merge speakers"

    def apply(self, project: Project) -> Command:
        return UnmergeCases(merge_cases(project, self.source_ids, self.target_id), label=self.label)


@dataclass(frozen=True)
class UnmergeCases(Command):
    """Put merged speakers back exactly as they were."""

    record: CaseMergeRecord
    label: str = "Merge speakers"

    def apply(self, project: Project) -> Command:
        unmerge_cases(project, self.record)
        return MergeCases(self.record.source_ids, self.record.target_id, label=self.label)


__all__ = [
    "ApplyCodings", "Command", "CompositeCommand", "CreateCode", "DeleteCode", "EnsureCodePath", "MergeCodes",
    "MergeCases", "MoveCode", "NoOp", "Recode", "RemoveCodings", "RenameCase", "RenameCode", "ReplaceMemo", "RestoreCodes",
    "RestoreCodings", "SetAttributeValue", "SetCodeColor", "SetCodeDescription", "SetInterviewer", "SetMemo",
    "UnmergeCases",
]
