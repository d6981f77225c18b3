"""Pieces shared by the exchange and teamwork dialogs: a checkable code tree, jobs with a progress
dialog and error boxes, file-name helpers, and a refresh of every view after an import or merge."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.jobs import Job, JobFn, JobRunner, progress_dialog
from app.widgets.code_tree import CheckableCodeTree
from coding.refi import RefiError
from corpus.errors import ProjectError

ALL_KINDS = ("documents", "cases", "attributes", "codes", "codings", "memos")
__all__ = ["ALL_KINDS", "CheckableCodeTree", "error_message", "file_name", "refresh_views", "show_error",
           "start_job", "with_suffix"]


def with_suffix(path: str, suffix: str) -> str:
    """``path`` ending with ``suffix`` (a file dialog may leave it out)."""
    return path if path.lower().endswith(suffix) else path + suffix


def error_message(exc: BaseException) -> str:
    """What to tell the user about a failed exchange."""
    if isinstance(exc, re.error):
        return QCoreApplication.translate("Exchange", "Invalid regular expression: %1").replace("%1", str(exc))
    if isinstance(exc, (RefiError, ProjectError, ValueError)):
        return str(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Exchange", "The file could not be read or written:\n%1").replace("%1", str(exc))
    return QCoreApplication.translate("Exchange", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


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
