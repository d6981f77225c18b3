"""A project in a PostgreSQL database: the same tables as a ``.vbt`` file, reached by a ``postgresql://`` URL.

One project is one database. What SQLite keeps in the file header has a table here: ``verbatim_schema``
holds the application mark and the schema version (SQLite's ``application_id`` and ``user_version``).
There is no lock file: PostgreSQL serialises writers itself; an upgrade takes an advisory lock so two
clients never migrate at once. Before a migration the tables are copied to a schema
``verbatim_backup_v<old>_<stamp>`` in the same database (no ``pg_dump`` needed; ``verbatim-cli pull`` makes
an offline ``.vbt`` copy as well). Server-side migrations are the numbered steps of :data:`PG_MIGRATIONS`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

import sqlalchemy.exc
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.url import URL

from corpus.errors import StoreError
from corpus.messages import msg
from corpus.store.migrations import CURRENT_VERSION
from corpus.store.models import Base
from corpus.store.postgres_notify import install_notify

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
APPLICATION = "VBT1"
VERSION_TABLE = "verbatim_schema"
_MIGRATION_LOCK = 0x56425431  # advisory lock key held while a client upgrades the schema

# Numbered server migrations: step n brings a database from schema n-1 to n. Server projects start at
# schema 3 (the first version with PostgreSQL support), so none is needed yet.
PG_MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
FIRST_SERVER_VERSION = 3


def is_server_url(location: object) -> bool:
    """True when ``location`` is a ``postgresql://`` URL rather than a project file path."""
    value = str(location)
    return any(value.startswith(f"{scheme}://") for scheme in SCHEMES)


def server_url(location: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a ``postgresql://`` location; a bad one is a StoreError."""
    try:
        url = make_url(location)
    except sqlalchemy.exc.ArgumentError as exc:
        raise StoreError(msg("{url} is not a valid server address.", url=safe_url(location)), "missing") from exc
    if not url.database:
        raise StoreError(msg("{url} names no database (postgresql://user@host:port/database).",
                             url=safe_url(location)), "missing")
    return url.set(drivername="postgresql+psycopg")


def safe_url(location: str) -> str:
    """The URL without its password, for messages and titles."""
    try:
        return make_url(location).set(drivername="postgresql").render_as_string(hide_password=True)
    except sqlalchemy.exc.ArgumentError:
        return location.split("@")[-1]


def describe(url: URL) -> str:
    """``database on host:port`` for messages."""
    return f"{url.database} ({url.host or 'localhost'}:{url.port or 5432})"


def server_error(exc: BaseException, url: URL) -> StoreError:
    """A one-line :class:`StoreError` for a failure talking to the server (unreachable, refused, denied)."""
    cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = cause.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return StoreError(msg("The server refused the user name or password for {where}.", where=describe(url)),
                          "denied")
    if "read-only transaction" in lowered:
        return StoreError(msg("{where} is open read-only: nothing can be changed.", where=describe(url)), "readonly")
    if "permission denied" in lowered or "row-level security" in lowered:
        return StoreError(msg("You have no access to {where}: {cause}", where=describe(url), cause=cause), "denied")
    if "does not exist" in lowered and "database" in lowered:
        return StoreError(msg("There is no project {where} on the server.", where=describe(url)), "missing")
    if "connection" in lowered or "server" in lowered or "timeout" in lowered:
        return StoreError(msg("The server of {where} cannot be reached: {cause}", where=describe(url), cause=cause),
                          "offline")
    return StoreError(msg("The server refused the change to {where}: {cause}", where=describe(url), cause=cause), "io")


def client_name() -> str:
    """A fresh ``application_name`` for one client's connections (live updates skip the client's own)."""
    return f"verbatim-{uuid.uuid4().hex[:12]}"


def make_engine(url: URL, *, readonly: bool = False, app_name: str = "verbatim") -> Engine:
    """An engine on the project database; connections are checked before use (a restarted server is
    reconnected transparently) and, with ``readonly``, every transaction is read-only."""
    engine = create_engine(url, pool_pre_ping=True, pool_size=5,
                           connect_args={"connect_timeout": 5, "application_name": app_name})
    if readonly:
        def _readonly(dbapi_connection, _record) -> None:  # noqa: ANN001 - SQLAlchemy event signature
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")
            dbapi_connection.commit()

        event.listen(engine, "connect", _readonly)
    return engine


def read_version(con: Connection, url: URL) -> int:
    """The schema version of the project database, or a StoreError when it is not a Verbatim project."""
    exists = con.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": VERSION_TABLE}).scalar()
    if not exists:
        raise StoreError(msg("{where} is a database but not a Verbatim project.", where=describe(url)), "not-project")
    row = con.execute(text(f"SELECT application, version FROM {VERSION_TABLE}")).first()
    if row is None or row[0] != APPLICATION:
        raise StoreError(msg("{where} is a database but not a Verbatim project.", where=describe(url)), "not-project")
    return int(row[1])


def check_server_version(version: int, url: URL) -> None:
    """Refuse a database written by a newer Verbatim."""
    if version > CURRENT_VERSION:
        raise StoreError(msg(
            "{where} was saved by a newer Verbatim (schema {version}, this one reads up to {current}). "
            "Update Verbatim to open it.", where=describe(url), version=version, current=CURRENT_VERSION), "newer")


def create_database(url: URL, app_name: str = "verbatim") -> Engine:
    """Create the project database (or fill an empty one made by the administrator); return its engine.

    A database that already holds a Verbatim project is refused: a server project is never overwritten."""
    try:
        _ensure_database(url)
        engine = make_engine(url, app_name=app_name)
        with engine.begin() as con:
            if con.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": VERSION_TABLE}).scalar():
                engine.dispose()
                raise StoreError(msg("{where} already holds a Verbatim project.", where=describe(url)), "exists")
            Base.metadata.create_all(con)
            con.execute(text(f"CREATE TABLE {VERSION_TABLE} (application VARCHAR NOT NULL, version INTEGER NOT NULL)"))
            con.execute(text(f"INSERT INTO {VERSION_TABLE} VALUES (:a, :v)"),
                        {"a": APPLICATION, "v": CURRENT_VERSION})
            install_notify(con)
        return engine
    except sqlalchemy.exc.DBAPIError as exc:
        raise server_error(exc, url) from exc


def _ensure_database(url: URL) -> None:
    """Create the database named by ``url`` when it does not exist (needs the CREATEDB right)."""
    probe = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT",
                          connect_args={"connect_timeout": 5})
    try:
        with probe.connect() as con:
            found = con.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": url.database}).scalar()
            if not found:
                quoted = con.dialect.identifier_preparer.quote(url.database)
                con.execute(text(f"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0"))
    finally:
        probe.dispose()


def open_database(url: URL, *, readonly: bool, app_name: str = "verbatim") -> tuple[Engine, str | None]:
    """Open the project database, upgrading it (after a backup schema) unless ``readonly``.

    Return the engine and the name of the backup schema made, if any."""
    engine = make_engine(url, readonly=readonly, app_name=app_name)
    try:
        with engine.begin() as con:
            version = read_version(con, url)
            check_server_version(version, url)
            if version < CURRENT_VERSION and readonly:
                raise StoreError(msg("{where} was saved by an older Verbatim (schema {version}); open it once for "
                                     "writing to upgrade it.", where=describe(url), version=version), "old")
        backup = None if readonly or version == CURRENT_VERSION else upgrade_database(engine, url)
        return engine, backup
    except sqlalchemy.exc.DBAPIError as exc:
        engine.dispose()
        raise server_error(exc, url) from exc
    except BaseException:
        engine.dispose()
        raise


def backup_schema(con: Connection, version: int) -> str:
    """Copy every project table (rows included) into a new schema; return its name."""
    name = f"verbatim_backup_v{version}_{datetime.now().strftime('%Y%m%d_%H%M%S')}"
    con.execute(text(f'CREATE SCHEMA "{name}"'))
    tables = [r[0] for r in con.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))]
    for table in tables:
        con.execute(text(f'CREATE TABLE "{name}"."{table}" AS TABLE public."{table}"'))
    return name


def upgrade_database(engine: Engine, url: URL) -> str | None:
    """Bring the database to ``CURRENT_VERSION`` in one transaction, after a backup schema; return its name.

    An advisory lock makes a second client wait, then find the work done."""
    with engine.begin() as con:
        con.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        version = read_version(con, url)
        if version >= CURRENT_VERSION:
            return None
        if version < FIRST_SERVER_VERSION - 1:
            raise StoreError(msg("{where} has schema {version}, older than any server project.",
                                 where=describe(url), version=version), "old")
        saved = backup_schema(con, version)
        for step in range(version + 1, CURRENT_VERSION + 1):
            PG_MIGRATIONS[step](con)
            con.execute(text(f"UPDATE {VERSION_TABLE} SET version = :v"), {"v": step})
        return saved
