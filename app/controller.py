"""The one controller between the widgets and the domain services.

Views read through it (every call returns dataclasses) and edit through :meth:`Controller.execute`,
which applies a domain command, pushes its inverse on the single QUndoStack and emits
``changed(kind, ids)``; Qt models refresh from that signal. No SQL here or in any view.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from app.crash_report import details as error_details
from app.crash_report import one_line
from app.undo import AppliedCommand
from coding import commands as cmd
from coding import text_commands as text_cmd
from coding.codebook import CodebookService
from coding.coders import CoderService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.types import Code, CodeCounts, Coding, Excerpt, Memo, Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.store.project import Project
from corpus.types import Case, Document, DocumentInfo, Turn
from corpus.user_lexicon import SetLexiconEntries


@dataclass(frozen=True)
class CodingDelta:
    """The ``ids`` of a ``changed("codings", ...)`` signal when they are known: codings added/removed
    (``removed`` their ids, ``removed_codings`` the codings themselves when known, for counts)."""

    added: tuple[Coding, ...] = ()
    removed: tuple[int, ...] = ()
    removed_codings: tuple[Coding, ...] | None = None


# What each command touches: the models listening to ``changed`` refresh accordingly.
_KINDS: dict[type, tuple[str, ...]] = {
    cmd.ApplyCodings: ("codings",), cmd.RemoveCodings: ("codings",), cmd.RestoreCodings: ("codings",),
    cmd.Recode: ("codings",), cmd.CreateCode: ("codes", "codings"), cmd.EnsureCodePath: ("codes", "codings"),
    cmd.DeleteCode: ("codes", "codings", "memos"), cmd.RestoreCodes: ("codes", "codings", "memos"),
    cmd.MergeCodes: ("codes", "codings", "memos"), cmd.RenameCode: ("codes",), cmd.SetCodeColor: ("codes",),
    cmd.SetCodeDescription: ("codes",), cmd.MoveCode: ("codes",), cmd.SetMemo: ("memos",),
    cmd.ReplaceMemo: ("memos",), cmd.SetAttributeValue: ("attributes",), cmd.RenameCase: ("cases",),
    cmd.SetInterviewer: ("cases",), cmd.MergeCases: ("cases", "attributes", "documents"),
    cmd.UnmergeCases: ("cases", "attributes", "documents"),
    text_cmd.EditTexts: ("texts", "codings", "memos", "documents"),
    text_cmd.RestoreTexts: ("texts", "codings", "memos", "documents"), text_cmd.ResizeCoding: ("codings",),
    SetLexiconEntries: ("lexicon",),
}


def kinds_of(command: object) -> set[str]:
    """The kinds of data a command changed (private inverse classes map by their module name)."""
    if isinstance(command, cmd.CompositeCommand):
        return set().union(*(kinds_of(c) for c in command.commands)) if command.commands else set()
    for klass, kinds in _KINDS.items():
        if isinstance(command, klass):
            return set(kinds)
    name = type(command).__name__
    if "Recode" in name:
        return {"codings"}
    if "Merge" in name:
        return {"codes", "codings", "memos"}
    return set() if isinstance(command, cmd.NoOp) else {"codes", "codings", "memos", "attributes", "cases"}


class Controller(QObject):
    """Holds the open project, the coder and the undo stack; emits what changed."""

    changed = Signal(str, object)  # kind: codings|codes|memos|attributes|cases|documents|lexicon|project; ids or None
    projectChanged = Signal()  # a project was opened or closed
    projectClosing = Signal()  # the project is about to close: pending edits are saved now
    coderChanged = Signal(str)
    errorRaised = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.project: Project | None = None
        self.undo_stack = QUndoStack(self)
        self.last_error_details = ""  # the traceback of the last errorRaised, for "Copy details"
        self.coder = QSettings().value("coder", "", str) or ""

    # --- project ----------------------------------------------------------------------
    def open_project(self, path: str | Path, create: bool = False) -> None:
        """Open (or create) a project; raises ProjectError (ProjectLockedError...) for the caller to show."""
        project = Project.create(path) if create else Project.open(path)
        self.close_project()
        self.project = project
        if self.coder:
            CoderService(project).ensure(self.coder)
        self.projectChanged.emit()

    def close_project(self) -> None:
        if self.project is not None:
            self.projectClosing.emit()
            self.undo_stack.clear()
            self.project.close()
            self.project = None
            self.projectChanged.emit()

    @property
    def project_name(self) -> str:
        return self.project.path.stem if self.project else ""

    def set_coder(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        self.coder = name
        QSettings().setValue("coder", name)
        if self.project is not None:
            CoderService(self.project).ensure(name)
        self.coderChanged.emit(name)

    # --- edits ------------------------------------------------------------------------
    def execute(self, command: cmd.Command, text: str | None = None) -> bool:
        """Apply ``command``, push its inverse on the undo stack, emit ``changed``. False on error."""
        if self.project is None:
            return False
        try:  # one transaction: on any error nothing of the command is in the project, nothing is pushed
            inverse = command.apply(self.project)
        except (ProjectError, ValueError) as exc:
            self._report(exc)
            return False
        self.undo_stack.push(AppliedCommand(self.project, inverse, text or command.label, self._applied,
                                            self._failed))
        self._applied(command, inverse)
        return True

    def _applied(self, command: object, inverse: object) -> None:
        for kind in sorted(kinds_of(command)):
            self.changed.emit(kind, self._coding_delta(command, inverse) if kind == "codings" else None)

    def _coding_delta(self, command: object, inverse: object) -> CodingDelta | None:
        """What a plain coding edit added/removed, so the views update without reloading (else None)."""
        if isinstance(command, cmd.ApplyCodings) and isinstance(inverse, cmd.RemoveCodings):
            if len(inverse.coding_ids) > 50:
                return None
            if not inverse.coding_ids:
                return CodingDelta()
            return CodingDelta(added=tuple(CodingService(self.project).codings_by_id(inverse.coding_ids)))
        if isinstance(command, cmd.RemoveCodings) and isinstance(inverse, cmd.RestoreCodings):
            return CodingDelta(removed=tuple(c.id for c in inverse.codings), removed_codings=tuple(inverse.codings))
        if isinstance(command, cmd.RestoreCodings):
            return CodingDelta(added=tuple(command.codings))
        if isinstance(command, text_cmd.ResizeCoding):  # the same coding, new bounds
            return CodingDelta(added=(CodingService(self.project).coding(command.coding_id),),
                               removed=(command.coding_id,))
        return None

    def _failed(self, exc: Exception) -> None:
        """An undo or redo that failed (rolled back whole): the step is dropped from the history."""
        self._report(exc)

    def _report(self, exc: BaseException) -> None:
        """Emit ``errorRaised`` with the one-line message; keep the details for "Copy details"."""
        self.last_error_details = error_details(exc)
        self.errorRaised.emit(one_line(exc))

    def notify(self, kind: str, ids: object = None) -> None:
        """Tell the views about a change made outside commands (an import)."""
        self.changed.emit(kind, ids)

    # --- reads: corpus ------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        return CorpusService(self.project).documents() if self.project else []

    def document(self, document_id: int) -> Document:
        return CorpusService(self.project).document(document_id)

    def turns(self, document_id: int) -> list[Turn]:
        return CorpusService(self.project).turns(document_id)

    def cases(self) -> list[Case]:
        return CaseService(self.project).cases() if self.project else []

    def merge_cases(self, source_ids: list[int], target_id: int) -> int:
        """Merge speakers into ``target_id`` as one undoable step; return the number of turns moved."""
        sources = tuple(i for i in source_ids if i != target_id)
        moved = sum(c.turn_count for c in self.cases() if c.id in sources)
        if not sources or not self.execute(cmd.MergeCases(sources, target_id, label=self.tr("Merge speakers"))):
            return 0
        return moved

    def attribute_names(self, scope: str) -> list[str]:
        return [a.name for a in AttributeService(self.project).attributes(scope)] if self.project else []

    def attribute_values(self, scope: str) -> dict[int, dict[str, str]]:
        return AttributeService(self.project).values(scope) if self.project else {}

    def distinct_values(self, scope: str, name: str) -> list[str]:
        return AttributeService(self.project).distinct_values(scope, name) if self.project else []

    # --- reads: coding ------------------------------------------------------------------
    def codes(self) -> list[Code]:
        return CodebookService(self.project).codes() if self.project else []

    def counts(self) -> dict[int, CodeCounts]:
        return CodebookService(self.project).counts() if self.project else {}

    def code_tallies(self) -> tuple[dict[int, dict[int, int]], list[Code]]:
        """Codings per code and document, and the codes in tree order (see ``CodebookService.tallies``)."""
        return CodebookService(self.project).tallies() if self.project else ({}, [])

    def coding_count_with_descendants(self, code_id: int) -> int:
        return CodebookService(self.project).coding_count_with_descendants(code_id)

    def codings_in_document(self, document_id: int) -> list[Coding]:
        return CodingService(self.project).codings_in_document(document_id) if self.project else []

    def coding_marks(self, document_id: int) -> list[tuple[int, int, int, int]]:
        """``(coding id, code id, start, end)`` of a document's codings, for the viewer."""
        return CodingService(self.project).marks_in_document(document_id) if self.project else []

    def codings_at(self, document_id: int, position: int) -> list[Coding]:
        return CodingService(self.project).codings_at(document_id, position)

    def excerpts(self, code_id: int, include_descendants: bool, coder: str | None = None,
                 case_filter: dict[str, str] | None = None) -> list[Excerpt]:
        if self.project is None:
            return []
        return CodingService(self.project).excerpts(code_id, include_descendants, coder=coder,
                                                    case_attribute_filter=case_filter or None)

    def excerpts_of(self, coding_ids: list[int], coder: str | None = None,
                    case_filter: dict[str, str] | None = None) -> list[Excerpt]:
        """The excerpts of a few codings (those just made), with the same filters as :meth:`excerpts`."""
        if self.project is None or not coding_ids:
            return []
        return CodingService(self.project).excerpts_for(None, coder=coder, case_attribute_filter=case_filter or None,
                                                        coding_ids=coding_ids)

    def context(self, coding_id: int, chars: int = 300) -> tuple[str, str, str]:
        return CodingService(self.project).context(coding_id, chars)

    def coders(self) -> list[str]:
        return [c.name for c in CoderService(self.project).coders()] if self.project else []

    def memo(self, kind: str, target_id: int) -> Memo | None:
        return MemoService(self.project).get(kind, target_id) if self.project else None

    # --- coding shortcuts ---------------------------------------------------------------
    def code_spans(self, code_id: int, spans: list[Span], label: str = "Code selection") -> bool:
        return self.execute(cmd.ApplyCodings(code_id, tuple(spans), self.coder, label=label))

    def uncode(self, coding_ids: list[int]) -> bool:
        return bool(coding_ids) and self.execute(cmd.RemoveCodings(tuple(coding_ids), label="Uncode"), self.tr("Uncode"))
