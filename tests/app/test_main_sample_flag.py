"""``verbatim --sample`` (the README's first command) opens the bundled sample project; without it, the welcome
page shows and no project is open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

import app.main as app_main


@pytest.fixture
def opened(qapp, monkeypatch, tmp_path):
    windows = []
    monkeypatch.setattr(QApplication, "exec", lambda _self=None: 0)
    monkeypatch.setattr("app.main.clean_stale_temps", lambda: None)
    monkeypatch.setattr(app_main, "sample_project_path", lambda: _sample(tmp_path))
    original = app_main.MainWindow

    def window(controller):  # noqa: ANN001, ANN202 - records the window; a coder already chosen
        controller.set_coder(controller.coder or "Ana")
        made = original(controller)
        windows.append(made)
        return made

    monkeypatch.setattr(app_main, "MainWindow", window)
    yield windows
    for made in windows:
        made.controller.close_project()
        made.close()


def _sample(folder):  # noqa: ANN001, ANN202
    from coding.sample import build_sample_project

    path = folder / "sample.vbt"
    if not path.exists():
        build_sample_project(path)
    return path


def test_sample_flag_opens_the_sample_project(opened):
    assert app_main.main(["verbatim", "--sample"]) == 0
    controller = opened[-1].controller
    assert controller.project is not None and controller.project.path.name == "sample.vbt"


def test_without_a_project_the_welcome_page_shows(opened):
    assert app_main.main(["verbatim"]) == 0
    assert opened[-1].controller.project is None
