"""The welcome page: shown while no project is open, its buttons open the sample, a new or a recent project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths, Qt


@pytest.fixture
def empty_window(qtbot, qapp, tmp_path, monkeypatch):
    """The main window with no project open, the user's data folder in ``tmp_path``."""
    from app.controller import Controller
    from app.main_window import MainWindow

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(tmp_path / "data")))
    controller = Controller()
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.memos.timer.stop()
    controller.close_project()


def test_welcome_shown_without_project_and_hidden_with_one(empty_window, project):
    page = empty_window.welcome
    assert page.isVisible() and not empty_window.viewer.isVisible()
    assert empty_window.files.open_path(project)
    assert not page.isVisible() and empty_window.viewer.isVisible()
    empty_window.controller.close_project()
    assert page.isVisible()


def test_sample_button_builds_and_opens_the_sample(empty_window, tmp_path):
    empty_window.welcome.sample_button.click()
    assert empty_window.controller.project is not None
    assert (tmp_path / "data" / "sample.vbt").is_file()
    assert len(empty_window.controller.documents()) >= 2
    assert not empty_window.welcome.isVisible()


def test_recent_projects_listed_newest_first_and_opened_on_activation(empty_window, project, tmp_path):
    import shutil

    from app.project_actions import remember_recent

    older = tmp_path / "older.vbt"
    shutil.copy(project, older)
    remember_recent(str(older))
    remember_recent(str(project))
    page = empty_window.welcome
    page.refresh()
    items = [page.recent_list.item(i) for i in range(page.recent_list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [str(project), str(older)]
    assert items[1].text().startswith("older — ")
    assert page.recent_list.isVisible() and not page.none_label.isVisible()
    page.recent_list.itemActivated.emit(items[1])
    assert empty_window.controller.project_name == "older"


def test_no_recent_project_says_so(empty_window):
    page = empty_window.welcome
    page.refresh()
    assert page.none_label.isVisible() and not page.recent_list.isVisible()


def test_new_and_open_buttons_use_the_file_actions(empty_window, monkeypatch):
    called = []
    monkeypatch.setattr(empty_window.files, "new_project", lambda: called.append("new"))
    monkeypatch.setattr(empty_window.files, "open_dialog", lambda: called.append("open"))
    from app.welcome import install_welcome

    page = install_welcome(empty_window)  # connected after the monkeypatch
    page.new_button.click()
    page.open_button.click()
    assert called == ["new", "open"]
