"""Open, create and close a project file; hand out transactional sessions.

Every service call runs in ``with project.transaction() as session:``: one transaction, committed at
the end or rolled back whole on any error, so a failure never leaves half an edit on disk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from corpus.errors import ProjectError
from corpus.store.lock import ProjectLock
from corpus.store.migrations import APPLICATION_ID, CURRENT_VERSION, upgrade
from corpus.store.models import Base, SettingRow

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


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure)
    return engine


class Project:
    """An open project file: its engine, its session factory and its write lock."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock | None, backup: Path | None):
        self.path = path
        self.engine = engine
        self._lock = lock
        self.backup_made = backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Project:
        """Create a new, empty project file at ``path`` and open it for writing."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise ProjectError(f"{path.name} already exists.")
        if path.exists():
            path.unlink()
        if not path.parent.is_dir():
            raise ProjectError(f"Folder {path.parent} does not exist.")
        lock = ProjectLock(path)
        lock.acquire()
        try:
            engine = _engine(path)
            Base.metadata.create_all(engine)
            with engine.begin() as con:
                con.exec_driver_sql(f"PRAGMA user_version={CURRENT_VERSION}")
                con.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        except Exception:
            lock.release()
            raise
        project = cls(path, engine, lock, None)
        project.set_setting("created", now_iso())
        return project

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Project:
        """Open an existing project; upgrade it (after a backup) if it is older.

        With ``readonly`` no lock is taken and no upgrade is made (for reports and the CLI's
        ``info``); writing through such a project is the caller's mistake.
        """
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"{path} does not exist.")
        lock = None if readonly else ProjectLock(path)
        if lock:
            lock.acquire()
        try:
            saved = None if readonly else upgrade(path)
            if readonly:
                from corpus.store.migrations import read_version

                version, app_id = read_version(path)
                if app_id != APPLICATION_ID or version != CURRENT_VERSION:
                    raise ProjectError(f"{path.name} is not a Verbatim project of this version.")
            return cls(path, _engine(path), lock, saved)
        except Exception:
            if lock:
                lock.release()
            raise

    def close(self) -> None:
        """Checkpoint the WAL into the main file, release the engine and the lock."""
        try:
            if self._lock is not None:
                with self.engine.begin() as con:
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
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def setting(self, key: str, default: str = "") -> str:
        """Read a project setting."""
        with self.transaction() as session:
            value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        """Write a project setting."""
        with self.transaction() as session:
            session.merge(SettingRow(key=key, value=value))
