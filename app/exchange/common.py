"""Pieces shared by the exchange and teamwork dialogs: a checkable code tree, jobs with a progress
dialog and error boxes, file-name helpers, and a refresh of every view after an import or merge."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from app.jobs import Job, JobFn, JobRunner, progress_dialog
from coding.refi import RefiError
from corpus.errors import ProjectError

ALL_KINDS = ("documents", "cases", "attributes", "codes", "codings", "memos")


def tr(text: str) -> str:
    """Translate outside a QObject (context ``Exchange``)."""
    return QCoreApplication.translate("Exchange", text)


class CheckableCodeTree(QTreeWidget):
    """The codebook as a tree of check boxes, as in the Word export dialog. With ``tristate`` a parent
    checks its whole branch; without, every code is ticked on its own (a parent alone in a matrix)."""

    def __init__(self, codes: list, title: str, parent: QWidget | None = None, checked: bool = True,
                 tristate: bool = True):
        super().__init__(parent)
        self.setHeaderLabel(title)
        self.tristate = tristate
        self.items: dict[int, QTreeWidgetItem] = {}
        self.set_codes(codes, checked)

    def set_codes(self, codes: list, checked: bool | set[int] = True) -> None:
        """(Re)build the tree; ``checked`` is a flag for all or the set of ids to check."""
        self.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for code in codes:  # tree order: parents first
            parent_item = items.get(code.parent_id)
            item = QTreeWidgetItem(parent_item) if parent_item else QTreeWidgetItem(self)
            item.setText(0, code.name)
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(code.color))
            item.setIcon(0, pixmap)
            item.setData(0, Qt.ItemDataRole.UserRole, code.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags | Qt.ItemFlag.ItemIsAutoTristate if self.tristate else flags)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            items[code.id] = item
        self.items = items
        self.set_checked(set(items) if checked is True else set(checked or ()))
        self.expandAll()

    def checked_code_ids(self) -> list[int]:
        """Ids of the checked codes, in tree order (a partly checked parent is not included)."""
        return [code_id for code_id, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, code_ids: set[int]) -> None:
        """Check exactly ``code_ids`` (leaves first, so tri-state parents follow)."""
        for code_id, item in reversed(list(self.items.items())):
            if item.childCount() == 0 or not self.tristate:
                item.setCheckState(0, Qt.CheckState.Checked if code_id in code_ids else Qt.CheckState.Unchecked)
        for code_id, item in self.items.items():
            if self.tristate and item.childCount() and code_id in code_ids:
                item.setCheckState(0, Qt.CheckState.Checked)


def with_suffix(path: str, suffix: str) -> str:
    """``path`` ending with ``suffix`` (a file dialog may leave it out)."""
    return path if path.lower().endswith(suffix) else path + suffix


def error_message(exc: BaseException) -> str:
    """What to tell the user about a failed exchange."""
    if isinstance(exc, re.error):
        return tr("Invalid regular expression: %1").replace("%1", str(exc))
    if isinstance(exc, (RefiError, ProjectError, ValueError)):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("The file could not be read or written:\n%1").replace("%1", str(exc))
    return tr("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A clear message box for an exchange error."""
    QMessageBox.critical(parent, title, error_message(exc))


def start_job(runner: JobRunner, parent: QWidget | None, title: str, fn: JobFn,
              done: Callable[[Any], None], failed: Callable[[BaseException], None] | None = None) -> Job:
    """Run ``fn`` as a job with a modal progress dialog; ``done(result)`` or an error box afterwards."""
    job = runner.start(fn)
    progress_dialog(job, title, parent)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed or (lambda exc: show_error(parent, title, exc)))
    return job


def refresh_views(controller) -> None:  # noqa: ANN001 - app.controller.Controller
    """Tell every view that the project changed outside the undo stack (an import, a merge)."""
    for kind in ALL_KINDS:
        controller.notify(kind)


def file_name(path: str | Path) -> str:
    """The last part of a path, for titles and messages."""
    return Path(path).name
