"""French catalogue, the undo adapter, opening projects (locked, invalid) and the sample project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from app.i18n import install_translators, remove_translators, ui_language


def test_language_from_env_and_locale(monkeypatch):
    monkeypatch.setenv("VERBATIM_LANG", "fr")
    assert ui_language() == "fr"
    monkeypatch.delenv("VERBATIM_LANG")
    assert ui_language(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "fr"
    assert ui_language(QLocale(QLocale.Language.German)) == "en"


def test_french_catalogue_translates_ui_and_plurals(qapp):
    try:
        assert install_translators(qapp, "fr") == "fr"
        assert QCoreApplication.translate("CodebookPanel", "New code") == "Nouveau code"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        two = QCoreApplication.translate("ExcerptsPanel", "%n excerpt(s)", "", 2)
        assert two == "2 extraits"
    finally:
        remove_translators(qapp)  # the other tests read the English sources as written
    assert QCoreApplication.translate("CodebookPanel", "New code") == "New code"


class _Counter:
    """A domain command on a list: append/pop, each the other's inverse."""

    def __init__(self, value, add=True):
        self.value, self.add = value, add

    def apply(self, project):
        if self.add:
            project.append(self.value)
        else:
            project.remove(self.value)
        return _Counter(self.value, not self.add)


def test_undo_adapter_applies_inverses_back_and_forth(qapp):
    from app.undo import AppliedCommand

    state, seen = [], []
    stack = QUndoStack()
    inverse = _Counter(1).apply(state)
    stack.push(AppliedCommand(state, inverse, "add 1", lambda done, inverse: seen.append(done)))
    assert state == [1] and seen == []  # pushing does not apply twice
    stack.undo()
    assert state == []
    stack.redo()
    stack.undo()
    stack.redo()
    assert state == [1] and len(seen) == 4


def test_locked_project_shows_a_clear_dialog(window, project, monkeypatch):
    from app.controller import Controller
    from app.main_window import MainWindow

    other = MainWindow(Controller())
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, title, text: shown.append((title, text))))
    assert not other.files.open_path(project)  # the fixture's window holds the lock
    assert shown and shown[0][0] == "Project in use"
    other.close()


def test_invalid_project_shows_an_error(qtbot, tmp_path, monkeypatch):
    from app.controller import Controller
    from app.main_window import MainWindow

    bad = tmp_path / "broken.vbt"
    bad.write_text("not a database")
    window = MainWindow(Controller())
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda p, title, text: shown.append(title)))
    assert not window.files.open_path(bad)
    assert shown == ["Cannot open the project"]
    assert window.windowTitle().startswith("Verbatim")


def test_sample_project_built_once_in_data_dir(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    from app import main as entry

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(tmp_path / "data")))
    path = entry.sample_project_path()
    assert path == tmp_path / "data" / "sample.vbt" and path.stat().st_size > 0
    stamp = path.stat().st_mtime_ns
    assert entry.sample_project_path().stat().st_mtime_ns == stamp


def test_new_project_and_recent_list(window, tmp_path):
    from app.project_actions import recent_projects

    path = tmp_path / "neuf.vbt"
    assert window.files.open_path(path, create=True)
    assert window.windowTitle().startswith("neuf — Verbatim")
    assert window.documents.model.rowCount() == 0
    assert recent_projects()[0] == str(path.resolve())


def test_layout_saved_and_restored(window, controller):
    from app.main_window import MainWindow

    window.dock_memos.hide()
    window.save_layout()
    again = MainWindow(controller)
    assert again.dock_memos.isHidden()
    again.deleteLater()
