"""Open, create and close a project file; hand out transactional sessions.

Every service call runs in ``with project.transaction() as session:``: one transaction, committed at
the end or rolled back whole on any error, so a failure never leaves half an edit on disk. Transactions
nest: a ``transaction()`` opened (in the same thread) while another is active joins it, so a composite
command that calls several services is still one transaction, committed once at the outer end.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from corpus.atomic import atomic_write
from corpus.errors import FileWriteError, StoreError
from corpus.messages import msg
from corpus.store.diagnose import (
    check_file,
    check_schema,
    database_error,
    is_database_error,
    read_only_uri,
    write_error,
)
from corpus.store.lock import ProjectLock
from corpus.store.migrations import APPLICATION_ID, CURRENT_VERSION, check_version, read_version, upgrade
from corpus.store.models import Base, SettingRow
from corpus.store.postgres import (
    client_name,
    create_database,
    is_server_url,
    open_database,
    server_error,
    server_url,
)

PROJECT_SUFFIX = ".vbt"


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string (seconds precision)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _configure(dbapi_connection, _record) -> None:  # noqa: ANN001 - SQLAlchemy event signature
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _configure_readonly(dbapi_connection, _record) -> None:  # noqa: ANN001 - SQLAlchemy event signature
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _engine(path: Path, *, readonly: bool = False) -> Engine:
    if readonly:  # mode=ro (immutable on a read-only folder): reading never writes a journal
        uri = read_only_uri(path)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _configure_readonly)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)
    return engine


def _acquire(path: Path) -> ProjectLock:
    """Take the project's lock; an OS error (read-only folder, full disk) becomes a :class:`StoreError`."""
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        raise write_error(exc, path, what="lock") from exc
    return lock


def _build_empty(tmp: Path) -> None:
    """Write an empty project of the current schema to ``tmp`` (then closed, journal checkpointed)."""
    engine = create_engine(f"sqlite:///{tmp}")
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as con:
            con.exec_driver_sql(f"PRAGMA user_version={CURRENT_VERSION}")
            con.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            con.exec_driver_sql("PRAGMA journal_mode=WAL")
    except sqlalchemy.exc.DBAPIError as exc:
        text = str(exc.orig).lower()
        raise OSError(errno.ENOSPC if "full" in text else errno.EIO, str(exc.orig)) from exc
    finally:
        engine.dispose()


class Project:
    """An open project: a ``.vbt`` file or a PostgreSQL database; its engine, session factory and lock.

    For a server project ``path`` is the database name (for titles and export names), ``url`` its
    ``postgresql://`` address (``None`` for a file) and ``backup_made`` the name of the backup schema."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock | None, backup: Path | str | None,
                 url: str | None = None):
        self.path = path
        self.url = url
        self.client_name = ""  # a server project: the application_name of this client's connections
        self.engine = engine
        self._lock = lock
        self.backup_made = backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._active = threading.local()  # the session of the transaction running in this thread, if any

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Project:
        """Create a new, empty project file at ``path`` and open it for writing.

        The file is built under a temporary name and renamed when complete, so a full disk never leaves a
        half-made project, and with ``overwrite`` the previous file is replaced only by a complete one.
        ``path`` may be a ``postgresql://`` URL: the database is created (or an empty one filled); a
        database that already holds a project is never overwritten."""
        if is_server_url(path):
            return cls._create_server(str(path))
        path = Path(path)
        try:
            exists, folder_exists = path.exists(), path.parent.is_dir()
        except OSError as exc:  # a folder on the way that cannot be searched
            raise write_error(exc, path, what="folder") from exc
        if exists and not overwrite:
            raise StoreError(msg("{name} already exists.", name=path.name), "exists")
        if not folder_exists:
            raise StoreError(msg("Folder {folder} does not exist.", folder=str(path.parent)), "missing")
        lock = _acquire(path)
        try:
            for journal in (Path(f"{path}-wal"), Path(f"{path}-shm")):  # the old file's: never replay them on the new
                journal.unlink(missing_ok=True)
            atomic_write(path, _build_empty)
        except FileWriteError as exc:
            lock.release()
            cause = exc.__cause__
            raise (write_error(cause, path) if isinstance(cause, OSError) else exc) from exc
        except BaseException:
            lock.release()
            raise
        project = cls(path, _engine(path), lock, None)
        project.set_setting("created", now_iso())
        return project

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Project:
        """Open an existing project; upgrade it (after a backup) if it is older.

        With ``readonly`` no lock is taken, nothing is written and no upgrade is made (for reports and the
        CLI's ``info``); writing through such a project fails. Every failure is a :class:`StoreError`
        naming the file and the cause (see :mod:`corpus.store.diagnose`). ``path`` may be a
        ``postgresql://`` URL (see :mod:`corpus.store.postgres`)."""
        if is_server_url(path):
            url, name = server_url(str(path)), client_name()
            engine, saved = open_database(url, readonly=readonly, app_name=name)
            project = cls(Path(url.database or "project"), engine, None, saved, str(path))
            project.client_name = name
            return project
        path = Path(path)
        check_file(path, write=not readonly)
        lock = None if readonly else _acquire(path)
        try:
            if readonly:
                version, app_id = read_version(path)
                check_version(path, version, app_id, upgradable=False)
                saved = None
            else:
                saved = upgrade(path)
            check_schema(path)
            return cls(path, _engine(path, readonly=readonly), lock, saved)
        except BaseException:
            if lock:
                lock.release()
            raise

    @classmethod
    def _create_server(cls, location: str) -> Project:
        url, name = server_url(location), client_name()
        project = cls(Path(url.database or "project"), create_database(url, name), None, None, location)
        project.client_name = name
        project.set_setting("created", now_iso())
        return project

    @property
    def is_server(self) -> bool:
        """True for a project in a PostgreSQL database."""
        return self.url is not None

    @property
    def location(self) -> str:
        """What reopens this project: the file path or the server URL."""
        return self.url if self.url is not None else str(self.path)

    def close(self) -> None:
        """Checkpoint the WAL into the main file, release the engine and the lock.

        A checkpoint that fails (full disk, damaged file) loses nothing: committed edits stay in the WAL,
        which SQLite replays at the next open."""
        try:
            if self._lock is not None:
                with suppress(sqlalchemy.exc.DBAPIError), self.engine.begin() as con:
                    con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.engine.dispose()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        Inside another ``transaction()`` of the same thread, the outer session is handed out again:
        nothing is committed until the outermost block ends, and an error anywhere rolls back all of it.
        """
        outer = getattr(self._active, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._sessions() as session, session.begin():
                self._active.session = session
                try:
                    yield session
                finally:
                    self._active.session = None
        except sqlalchemy.exc.DBAPIError as exc:
            if self.url is not None:  # unreachable server, refused by the roles, read-only...: one clear line
                raise server_error(exc, server_url(self.url)) from exc
            if self.url is None and is_database_error(exc):  # full disk, read-only, damaged page...: one clear line
                raise database_error(exc, self.path) from exc
            raise

    @property
    def in_transaction(self) -> bool:
        """True while a :meth:`transaction` is open in the calling thread."""
        return getattr(self._active, "session", None) is not None

    def setting(self, key: str, default: str = "") -> str:
        """Read a project setting."""
        with self.transaction() as session:
            value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        """Write a project setting."""
        with self.transaction() as session:
            session.merge(SettingRow(key=key, value=value))
