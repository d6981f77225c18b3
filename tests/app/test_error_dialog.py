"""The GUI never shows a traceback: errors end in a one-line dialog whose "Copy details" copies them."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app import error_dialog
from app.controller import Controller
from coding import commands as cmd
from coding.testing import make_project, transcript
from corpus.errors import StoreError


def _copy_button(box: QMessageBox) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == "Copy details")


def test_error_dialog_copy_details_keeps_the_box_open(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "cache"))
    try:
        {}["clé"]
    except KeyError as exc:
        box = error_dialog.show_error(None, exc)
    qtbot.addWidget(box)
    assert box.isVisible() and box.text() == "unexpected error (KeyError: 'clé')"
    _copy_button(box).click()
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "KeyError" in copied and "Saved in" in copied
    assert box.isVisible()  # copying does not close it
    assert list((tmp_path / "cache" / "crashes").glob("crash-*.txt"))
    box.done(0)


def test_error_dialog_excepthook_routes_every_thread(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "cache"))
    shown: list = []
    monkeypatch.setattr(error_dialog, "show_error", lambda parent, exc, title=None: shown.append(exc) or _Box())
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        error_dialog.install_excepthook()
        QTimer.singleShot(0, lambda: 1 / 0)  # an exception in a Qt slot
        worker = threading.Thread(target=lambda: [][1])
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
    assert {type(e) for e in shown} == {ZeroDivisionError, IndexError}


class _Box:
    class finished:  # noqa: N801 - mimics the signal
        @staticmethod
        def connect(_slot):
            return None


def test_controller_store_error_is_one_line_and_nothing_pushed(qtbot, tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Nuit", "Marie : La fatigue.")])
    controller = Controller()
    controller.project = project
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)

    class Full(cmd.Command):
        label = "x"

        def apply(self, _project):
            raise StoreError("Cannot save to p.vbt: the disk is full.", "full")

    try:
        assert controller.execute(cmd.CompositeCommand("Auto-code", (cmd.EnsureCodePath("A/B"), Full()))) is False
        assert errors == ["Cannot save to p.vbt: the disk is full."]
        assert controller.undo_stack.count() == 0 and controller.codes() == []
    finally:
        controller.close_project()


@pytest.mark.parametrize("exc", [MemoryError(), OSError(28, "No space left on device", "/x/out.csv")])
def test_error_dialog_one_line_for_system_errors(exc):
    from app.crash_report import one_line

    line = one_line(exc)
    assert "\n" not in line and line and "Traceback" not in line
