"""Server connections: remembered without password; the password only in a (real) system keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from app.team import credentials
from app.team.credentials import Connection, remember, remembered, store_password, stored_password
from corpus.store.postgres import server_url


class MemoryKeyring(KeyringBackend):
    """A keyring in memory standing for the system's (Secret Service, Keychain...)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):  # noqa: ANN001, ANN201
        return self.items.get((service, username))

    def set_password(self, service, username, password):  # noqa: ANN001, ANN201
        self.items[(service, username)] = password

    def delete_password(self, service, username):  # noqa: ANN001, ANN201
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_url_escapes_the_password_and_parses_back():
    connection = Connection("127.0.0.1", 5433, "etude", "anne")
    url = server_url(connection.url("p@ss:w/rd é"))
    assert (url.username, url.password, url.host, url.port, url.database) == ("anne", "p@ss:w/rd é", "127.0.0.1",
                                                                               5433, "etude")
    assert Connection.parse(connection.key) == connection
    assert Connection.parse("garbage") is None


def test_remembered_connections_never_hold_a_password(qtbot, tmp_path):
    from app.team.connect_dialog import ConnectDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first, second = Connection("h", 5432, "a", "anne"), Connection("h", 5432, "b", "anne")
    remember(settings, first)
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.database.text() == "a"  # the last connection is offered first
    dialog.database.setText("b")
    dialog.password.setText("secret-typed")
    dialog.save_choices()
    remember(settings, first)
    assert remembered(settings) == [first, second]
    settings.sync()
    assert "secret-typed" not in (tmp_path / "s.ini").read_text()


def test_password_goes_to_the_keyring_when_there_is_one(memory_keyring):
    connection = Connection("h", 5432, "a", "anne")
    assert credentials.keyring_available()
    assert store_password(connection, "secret")
    assert stored_password(connection) == "secret"
    assert memory_keyring.items == {("Verbatim", "anne@h:5432/a"): "secret"}
    credentials.forget_password(connection)
    assert stored_password(connection) == ""


def test_without_a_keyring_nothing_is_stored(monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        connection = Connection("h", 5432, "a", "anne")
        assert not credentials.keyring_available()
        assert not store_password(connection, "secret")
        assert stored_password(connection) == ""
    finally:
        keyring.set_keyring(previous)
