"""One QUndoStack of domain commands: the adapter between ``coding.commands`` and Qt's undo framework.

A domain command's ``apply(project)`` performs the edit (one transaction) and returns its inverse.
The controller applies a command first (so an error reaches the user and nothing is pushed), then
pushes ``AppliedCommand(project, inverse, ...)``. Undo applies the inverse and keeps what *it* returns;
redo applies that, and so on, so the pair stays valid however often the user goes back and forth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class DomainCommand(Protocol):
    """What the adapter needs: ``apply`` returns the inverse command."""

    def apply(self, project: Any) -> DomainCommand: ...


class AppliedCommand(QUndoCommand):
    """An already-applied domain edit on the undo stack; ``on_applied(cmd, inverse)`` runs after each apply."""

    def __init__(self, project: Any, inverse: DomainCommand, text: str,
                 on_applied: Callable[[DomainCommand, DomainCommand], None],
                 on_error: Callable[[Exception], None] | None = None):
        super().__init__(text)
        self._project, self._pending, self._on_applied = project, inverse, on_applied
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push() calls redo(): the edit is already done
            self._first = False
            return
        self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        done = self._pending
        try:
            self._pending = done.apply(self._project)
        except Exception as exc:  # a stale step (e.g. rows changed outside the stack): tell the user
            if self._on_error is None:
                raise
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_applied(done, self._pending)
