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
from coding.types import Span
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


def test_window_shows_a_controller_error_with_copy_details(qtbot, tmp_path):
    from app.main_window import MainWindow

    project = make_project(tmp_path / "p.vbt", [transcript("Nuit", "Marie : La fatigue.")])
    controller = Controller()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    controller.project = project
    try:
        assert not controller.execute(cmd.DeleteCode(999))
        boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        assert len(boxes) == 1 and "999" in boxes[0].text()
        _copy_button(boxes[0]).click()
        assert "Traceback" in QApplication.clipboard().text() and boxes[0].isVisible()
        boxes[0].done(0)
    finally:
        controller.close_project()


def test_failed_undo_rolls_back_whole_and_leaves_the_history_consistent(qtbot, tmp_path, monkeypatch):
    """An undo that fails (a full disk at its commit) changes nothing and drops the step: what the history
    offers always matches what is in the project."""
    project = make_project(tmp_path / "p.vbt", [transcript("Nuit", "Marie : La fatigue la nuit.")])
    controller = Controller()
    controller.project = project
    errors: list[str] = []
    controller.errorRaised.connect(errors.append)
    try:
        command = cmd.CompositeCommand("Auto-code", (cmd.EnsureCodePath("Vécu/Fatigue"), cmd.ApplyCodings(
            "Vécu/Fatigue", (Span(1, 8, 18),), "A")))
        assert controller.execute(command) and controller.undo_stack.count() == 1
        from sqlalchemy import event

        def full_disk(_conn):
            raise StoreError("Cannot save to p.vbt: the disk is full.", "full")

        event.listen(project.engine, "commit", full_disk)
        controller.undo_stack.undo()
        event.remove(project.engine, "commit", full_disk)
        assert errors == ["Cannot save to p.vbt: the disk is full."]
        assert [c.path for c in controller.codes()] == ["Vécu", "Vécu/Fatigue"]  # nothing half undone
        assert len(controller.codings_in_document(1)) == 1
        assert controller.undo_stack.count() == 0 and not controller.undo_stack.canRedo()
    finally:
        controller.close_project()
