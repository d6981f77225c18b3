"""Two Verbatim windows on one server project see each other's codings live; a server restart loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.controller import Controller
from app.main_window import MainWindow
from app.team.connect_dialog import ConnectDialog
from coding.codebook import CodebookService
from coding.sync import push
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.store.postgres import server_url
from corpus.store.postgres_roles import add_member, enable_team
from corpus.store.project import Project

TEXT = "Alice : je travaille à Lyon depuis dix ans.\nBob : et vous aimez ce métier ?\nAlice : oui, beaucoup."


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """An error dialog would block the test: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def fail(_parent, title, text):  # noqa: ANN001
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fail))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def server_project(pg_cluster, pg_url, tmp_path):
    """A server project with one code and two coders; returns (cluster, database, {name: password})."""
    url = pg_url()
    database = server_url(url).database
    accounts = {f"anne_{database}": "pw-anne", f"bob_{database}": "pw-bob"}
    make_project(tmp_path / "p.vbt", [transcript("e1", TEXT)]).close()
    push(tmp_path / "p.vbt", url)
    with Project.open(url) as admin:
        CodebookService(admin).create("Travail")
        with admin.engine.begin() as con:
            enable_team(con, database)
            for name, password in accounts.items():
                add_member(con, database, name, "coder", password)
    return pg_cluster, database, accounts


def _window(qtbot, tmp_path, cluster, database, user, password) -> MainWindow:
    window = MainWindow(Controller())
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / f"{user}.ini"), QSettings.Format.IniFormat)
    dialog = ConnectDialog(settings, window)
    dialog.host.setText(cluster.host)
    dialog.port.setValue(cluster.port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)
    assert window.team.open_from(dialog)
    assert password not in str(settings.value("team/connections"))  # never a password in settings
    qtbot.waitUntil(lambda: window.team.live._connected, timeout=5000)
    return window


def test_two_windows_see_each_others_codings_live(qtbot, tmp_path, server_project):
    cluster, database, accounts = server_project
    (anne, anne_pw), (bob, bob_pw) = accounts.items()
    first = _window(qtbot, tmp_path, cluster, database, anne, anne_pw)
    second = _window(qtbot, tmp_path, cluster, database, bob, bob_pw)
    assert first.controller.coder == anne and second.controller.coder == bob
    code = first.controller.codes()[0].id
    with qtbot.waitSignal(second.controller.changed, timeout=2000,
                          check_params_cb=lambda kind, _ids: kind == "codings"):
        assert first.controller.code_spans(code, [Span(1, 23, 27)])
    assert [(c.snippet, c.coder) for c in second.controller.codings_in_document(1)] == [("Lyon", anne)]
    assert second.controller.undo_stack.count() == 0  # others' work never lands on my undo stack
    with qtbot.waitSignal(first.controller.changed, timeout=2000,
                          check_params_cb=lambda kind, _ids: kind == "codings"):
        assert second.controller.code_spans(code, [Span(1, 8, 18)])
    first.controller.undo_stack.undo()  # anne undoes her own coding only
    assert [c.coder for c in first.controller.codings_in_document(1)] == [bob]
    first.controller.close_project()
    second.controller.close_project()


def test_server_restart_while_connected_loses_nothing(qtbot, tmp_path, server_project):
    cluster, database, accounts = server_project
    (anne, anne_pw), (bob, bob_pw) = accounts.items()
    first = _window(qtbot, tmp_path, cluster, database, anne, anne_pw)
    second = _window(qtbot, tmp_path, cluster, database, bob, bob_pw)
    code = first.controller.codes()[0].id
    assert first.controller.code_spans(code, [Span(1, 23, 27)])
    cluster.pg_ctl("restart", "-m", "fast")
    qtbot.waitUntil(lambda: second.team.live._connected, timeout=15000)  # the listener came back
    with qtbot.waitSignal(second.controller.changed, timeout=5000,
                          check_params_cb=lambda kind, _ids: kind == "codings"):
        assert first.controller.code_spans(code, [Span(1, 8, 18)])  # the pool reconnects by itself
    assert {c.snippet for c in second.controller.codings_in_document(1)} == {"Lyon", "je travail"}
    first.controller.close_project()
    second.controller.close_project()
