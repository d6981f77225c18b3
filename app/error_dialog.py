"""The dialog every error ends in: one line for the user, the details one click away ("Copy details").

:func:`install_excepthook` routes uncaught exceptions (of the GUI thread, of Qt slots and of worker
threads) here instead of a traceback on a console nobody sees; the details are also saved to a crash
file (:mod:`app.crash_report`).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crash_report import details as error_details
from app.crash_report import one_line, save_details


def error_box(parent: QWidget | None, title: str, message: str, details: str = "",
              icon: QMessageBox.Icon = QMessageBox.Icon.Critical) -> QMessageBox:
    """A message box showing ``message``; with ``details``, a "Copy details" button puts them on the
    clipboard (the box stays open) and "Show Details…" shows them."""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
        copy = box.addButton(QCoreApplication.translate("ErrorDialog", "Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # an action button would close the box: copy and keep it open
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """Show ``exc`` as one line with its details (saved to a crash file when it is a bug); return the box."""
    from corpus.errors import ProjectError

    text = one_line(exc)
    details = error_details(exc)
    if not isinstance(exc, ProjectError):
        saved = save_details(exc)
        if saved is not None:
            saved_in = QCoreApplication.translate("ErrorDialog", "Saved in")  # outside the f-string: lupdate reads it
            details += f"\n{saved_in} {saved}\n"
    box = error_box(parent, title or QCoreApplication.translate("ErrorDialog", "Verbatim: error"), text, details)
    box.open()
    return box


class _Relay(QObject):
    """Carries an exception raised in any thread to the GUI thread."""

    raised = Signal(object)


_relay: list[_Relay] = []
_open_boxes: list[QMessageBox] = []


def install_excepthook(parent_getter: Callable[[], QWidget | None] = lambda: None) -> None:
    """Show uncaught exceptions in :func:`show_error` instead of printing a traceback."""
    relay = _Relay()
    _relay.append(relay)

    def show(exc: BaseException) -> None:
        box = show_error(parent_getter(), exc)
        _open_boxes.append(box)
        box.finished.connect(lambda _=0, b=box: _open_boxes.remove(b) if b in _open_boxes else None)

    relay.raised.connect(show, Qt.ConnectionType.QueuedConnection)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QTimer.singleShot(0, QApplication.quit)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        relay.raised.emit(exc)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


__all__ = ["error_box", "install_excepthook", "show_error"]
