"""Numbered schema migrations; the project file is copied to a timestamped backup before any upgrade.

The schema version lives in SQLite's ``PRAGMA user_version``. A new project is created at
``CURRENT_VERSION`` from the models; an older file is upgraded step by step by the functions of
``MIGRATIONS`` (explicit SQL, never "try ALTER, except pass"), inside one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from corpus.errors import ProjectError

CURRENT_VERSION = 2
APPLICATION_ID = 0x56425431  # "VBT1": marks the SQLite file as a Verbatim project


def _v1_to_v2(con: sqlite3.Connection) -> None:
    """Version 2 adds the lexical caches: NLP annotations and saved analyses."""
    con.execute(
        "CREATE TABLE annotation_cache (key VARCHAR NOT NULL PRIMARY KEY, data BLOB NOT NULL,"
        " created VARCHAR NOT NULL)"
    )
    con.execute(
        "CREATE TABLE analyses (id INTEGER NOT NULL PRIMARY KEY, kind VARCHAR NOT NULL,"
        " name VARCHAR NOT NULL, params TEXT NOT NULL, results BLOB NOT NULL, created VARCHAR NOT NULL)"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _v1_to_v2}


def read_version(path: Path) -> tuple[int, int]:
    """Return ``(user_version, application_id)`` of a SQLite file, or raise ProjectError."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise ProjectError(f"{path.name}: cannot be read ({exc.strerror}).") from exc
    if head != b"SQLite format 3\x00":
        raise ProjectError(f"{path.name} is not a Verbatim project (not an SQLite file).")
    con = sqlite3.connect(path)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path.name} is damaged or not a Verbatim project ({exc}).") from exc
    finally:
        con.close()
    return version, app_id


def backup(path: Path, version: int) -> Path:
    """Copy the project (consistently, with SQLite's backup API) beside itself; return the copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(path: Path) -> Path | None:
    """Bring an existing project to ``CURRENT_VERSION``; return the backup made, if any."""
    version, app_id = read_version(path)
    if app_id != APPLICATION_ID:
        raise ProjectError(f"{path.name} is an SQLite file but not a Verbatim project.")
    if version > CURRENT_VERSION:
        raise ProjectError(
            f"{path.name} was saved by a newer Verbatim (schema {version}, this one reads up to "
            f"{CURRENT_VERSION}). Update Verbatim to open it."
        )
    if version == CURRENT_VERSION:
        return None
    saved = backup(path, version)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("BEGIN IMMEDIATE")
        for step in range(version + 1, CURRENT_VERSION + 1):
            MIGRATIONS[step](con)
            con.execute(f"PRAGMA user_version={step}")
        con.execute("COMMIT")
    except Exception as exc:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise ProjectError(
            f"{path.name} could not be upgraded ({exc}); it is unchanged, and a copy is at {saved.name}."
        ) from exc
    finally:
        con.close()
    return saved
