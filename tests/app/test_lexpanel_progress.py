"""A running analysis shows where the user is: progress and Cancel in the window's status bar, the
analyses dock brought forward, step names in the user's language."""

from __future__ import annotations

import threading
import time

import pytest

from app.analysis.params import StatsParams
from app.lexpanel.worker import AnalysisRequest
from coding.selection import Selection
from lexical.progress import SEGMENTING

TEXT = "Marie : Le travail à l'usine, le salaire et la fatigue. Les enfants et la maison.\n"


@pytest.fixture
def win(qtbot, qapp, tmp_path):
    from app.controller import Controller
    from app.main_window import MainWindow
    from coding.testing import make_project, transcript

    project = make_project(tmp_path / "p.vbt", [transcript("E1", TEXT * 5, {})])
    path = project.path
    project.close()
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.analyses.runner.mode = "thread"
    yield window
    window.analyses.runner.jobs.wait(10000)
    window.memos.timer.stop()
    controller.close_project()


def current_dock_tab(window) -> str:
    from PySide6.QtWidgets import QTabBar

    bars = [b for b in window.findChildren(QTabBar) if b.count() and b.parent() is window]
    return next(b.tabText(b.currentIndex()) for b in bars if any(
        b.tabText(i) == window.dock_analyses.windowTitle() for i in range(b.count())))


def test_running_analysis_shows_in_the_status_bar_and_the_dock_comes_forward(qtbot, win, monkeypatch):
    panel = win.analyses
    win.dock_excerpts.raise_()
    release = threading.Event()

    import app.lexpanel.worker as worker

    real_compute = worker.compute

    def held(request, sources, cache, progress, cancel, **kw):
        progress(0.25, SEGMENTING)
        release.wait(20)
        return real_compute(request, sources, cache, **kw)

    monkeypatch.setattr("app.lexpanel.runner.compute", held)
    request = AnalysisRequest("stats", StatsParams().to_dict(), {"min_freq": 1}, Selection().describe(), "S1")
    with qtbot.waitSignal(panel.runner.progress, timeout=10000):
        assert panel.run(request)
    status = panel.run_status
    assert status.isVisible() and status.parent() is not panel  # in the window's status bar
    qtbot.waitUntil(lambda: status.bar.value() == 250, timeout=5000)
    assert "Segmenting the texts" in status.bar.format() and "S1" in status.label.text()
    assert current_dock_tab(win) == win.dock_analyses.windowTitle()
    with qtbot.waitSignal(panel.viewOpened, timeout=30000):
        release.set()
    assert not status.isVisible()


def test_cancel_from_the_status_bar(qtbot, win, monkeypatch):
    panel = win.analyses

    def endless(request, sources, cache, progress, cancel, **_kw):
        progress(0.1, SEGMENTING)
        while True:
            cancel.check()
            time.sleep(0.01)

    monkeypatch.setattr("app.lexpanel.runner.compute", endless)
    request = AnalysisRequest("stats", StatsParams().to_dict(), {}, Selection().describe(), "long")
    with qtbot.waitSignal(panel.runner.progress, timeout=10000):
        assert panel.run(request)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=10000):
        panel.run_status.cancel_button.click()
    assert not panel.run_status.isVisible() and not panel.runner.busy


def test_progress_steps_are_translated(qapp):
    from app.i18n import install_translators, remove_translators
    from app.lexpanel import progress_text as pt
    from lexical.progress import TEMPLATES

    assert set(TEMPLATES) <= set(pt.translations())
    try:
        install_translators(qapp, "fr")
        pt._cached.cache_clear()
        assert pt.progress_text("Segmenting the texts") == "Découpage des textes"
        assert pt.progress_text("segmenting") == "Découpage des textes"
        assert pt.progress_text("split 2/9") == "Classification : division 2/9"
        assert pt.progress_text("done") == "Terminé"
        assert pt.progress_text("typical segments") == "Segments caractéristiques"
        assert pt.progress_text("no template") == "no template"
    finally:
        remove_translators(qapp)
        pt._cached.cache_clear()
    assert pt.progress_text("split 2/9") == "Classification: split 2/9"


def test_analysis_process_starts_after_the_project_opens_and_stops_when_it_closes(qtbot, qapp, tmp_path,
                                                                                     monkeypatch):
    from app.controller import Controller
    from app.lexpanel import panel as panel_mod
    from app.main_window import MainWindow
    from coding.testing import make_project, transcript

    monkeypatch.setenv("VERBATIM_WARM_WORKER", "1")
    monkeypatch.setattr(panel_mod, "WARM_DELAY_MS", 10)
    project = make_project(tmp_path / "w.vbt", [transcript("E1", TEXT, {})])
    path = project.path
    project.close()
    controller = Controller()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    runner = window.analyses.runner
    runner.worker.warm = False
    assert runner.mode == "process" and not runner.worker.alive
    controller.open_project(path)
    qtbot.waitUntil(lambda: runner.worker.alive, timeout=10000)
    controller.close_project()
    assert not runner.worker.alive
    window.memos.timer.stop()


def test_every_progress_step_of_the_analyses_has_a_translation():
    import ast
    from pathlib import Path

    from app.lexpanel import progress_text as pt
    from lexical.progress import split_message

    root = Path(__file__).resolve().parents[2] / "app" / "analysis"
    missing = []
    for path in sorted(root.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "progress" and len(node.args) >= 2:
                arg = node.args[1]
                if isinstance(arg, ast.Constant) and arg.value and arg.value not in pt.translations() \
                        and split_message(arg.value) is None:
                    missing.append(f"{path.name}: {arg.value!r}")
    assert not missing, f"translate these progress steps in app/lexpanel/progress_text.py: {missing}"
