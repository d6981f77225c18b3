"""Server connections remembered without their password; passwords only in the system keyring.

A connection is remembered in QSettings as ``user@host:port/database`` (never a password). When the
``keyring`` package finds a real system keyring (Secret Service, macOS Keychain, Windows Credential
Locker), the password may be stored there under the service ``Verbatim``; otherwise it is asked each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

KEYRING_SERVICE = "Verbatim"
SETTINGS_KEY = "team/connections"
MAX_REMEMBERED = 8


@dataclass(frozen=True)
class Connection:
    """Where a server project lives and who connects (no password)."""

    host: str
    port: int
    database: str
    user: str

    @property
    def key(self) -> str:
        """``user@host:port/database``: the settings entry and the keyring account name."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str = "") -> str:
        """The ``postgresql://`` URL, with the password escaped (for opening only: never stored)."""
        auth = quote(self.user, safe="") + (":" + quote(password, safe="") if password else "")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{auth}@{host}:{self.port}/{self.database}"

    @classmethod
    def parse(cls, key: str) -> Connection | None:
        """The connection of a ``user@host:port/database`` key, or None when malformed."""
        user, at, rest = key.rpartition("@")
        where, slash, database = rest.partition("/")
        host, colon, port = where.rpartition(":")
        if not (at and slash and colon and user and host and database and port.isdigit()):
            return None
        return cls(host, int(port), database, user)


def keyring_available() -> bool:
    """True when a real system keyring can hold passwords (not the 'fail' or plaintext backends)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: behave as without one
        return False
    name = type(backend).__module__
    return not isinstance(backend, fail.Keyring) and "plaintext" not in name.lower() and backend.priority > 0


def stored_password(connection: Connection) -> str:
    """The password kept in the keyring for ``connection``, or ""."""
    if not keyring_available():
        return ""
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.key) or ""
    except Exception:  # a locked or failing keyring: ask instead
        return ""


def store_password(connection: Connection, password: str) -> bool:
    """Keep ``password`` in the keyring; False when there is no usable keyring (nothing is written)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, connection.key, password)
    except Exception:
        return False
    return True


def forget_password(connection: Connection) -> None:
    """Remove the password of ``connection`` from the keyring, if any."""
    if not keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, connection.key)
    except Exception:  # nothing stored
        return


def remembered(settings) -> list[Connection]:  # noqa: ANN001 - a QSettings
    """The connections remembered in ``settings``, most recent first."""
    raw = settings.value(SETTINGS_KEY, [], list) or []
    found = [Connection.parse(str(key)) for key in raw]
    return [c for c in found if c is not None]


def remember(settings, connection: Connection) -> None:  # noqa: ANN001 - a QSettings
    """Put ``connection`` first in the remembered list (no password is ever written there)."""
    keys = [connection.key, *(c.key for c in remembered(settings) if c.key != connection.key)]
    settings.setValue(SETTINGS_KEY, keys[:MAX_REMEMBERED])
