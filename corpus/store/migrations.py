"""Numbered schema migrations; the project file is copied to a timestamped backup before any upgrade.

The schema version lives in SQLite's ``PRAGMA user_version``. A new project is created at
``CURRENT_VERSION`` from the models; an older file is upgraded step by step by the functions of
``MIGRATIONS`` (explicit SQL, never "try ALTER, except pass"), inside one transaction.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from corpus.atomic import atomic_write
from corpus.errors import FileWriteError, StoreError
from corpus.messages import msg
from corpus.store.diagnose import database_error, read_only_uri

CURRENT_VERSION = 4
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


# Schema 3: the attribute_values table as the models declare it (SQLAlchemy's text up to whitespace, so
# a fresh project and an upgraded one have the same sqlite_master; a test compares them).
_V3_ATTRIBUTE_VALUES = """CREATE TABLE attribute_values (
    id INTEGER NOT NULL,
    attribute_id INTEGER NOT NULL,
    document_id INTEGER,
    case_id INTEGER,
    value TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(attribute_id) REFERENCES attributes (id) ON DELETE CASCADE,
    FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
    FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE
)"""
_V3_STATEMENTS = (
    # Hashes are read in one scan (duplicate detection, merge): their indexes only cost space and time.
    "DROP INDEX ix_documents_sha256",
    "DROP INDEX ix_documents_text_sha256",
    # attribute_values: the two UNIQUE constraints are table constraints (automatic indexes), so the
    # table is rebuilt: the old one is renamed (its four indexes follow it), the new one filled, the old
    # one dropped. Nothing refers to attribute_values, so the rename touches no other table.
    "ALTER TABLE attribute_values RENAME TO attribute_values_v2",
    _V3_ATTRIBUTE_VALUES,
    "INSERT INTO attribute_values (id, attribute_id, document_id, case_id, value)"
    " SELECT id, attribute_id, document_id, case_id, value FROM attribute_values_v2 ORDER BY id",
    "DROP TABLE attribute_values_v2",
    "CREATE UNIQUE INDEX ux_attribute_values_document ON attribute_values (document_id, attribute_id)"
    " WHERE document_id IS NOT NULL",
    "CREATE UNIQUE INDEX ux_attribute_values_case ON attribute_values (case_id, attribute_id)"
    " WHERE case_id IS NOT NULL",
)


def _v2_to_v3(con: sqlite3.Connection) -> None:
    """Version 3 makes bulk imports cheap: one partial unique index per attribute value instead of four
    full ones (the ``case_id`` half was NULL for every document value), no indexes on the two hashes."""
    for statement in _V3_STATEMENTS:
        con.execute(statement)


# Schema 4: the user's own lexicon, as the models declare it (see _V3_ATTRIBUTE_VALUES).
_V4_USER_LEXICON = """CREATE TABLE user_lexicon (
    id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    entry VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (kind, entry)
)"""


def _v3_to_v4(con: sqlite3.Connection) -> None:
    """Version 4 adds the user's own lexicon (lemma changes, merges, statuses, expressions)."""
    con.execute(_V4_USER_LEXICON)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _v1_to_v2, 3: _v2_to_v3, 4: _v3_to_v4}


def read_version(path: Path) -> tuple[int, int]:
    """Return ``(user_version, application_id)`` of a SQLite file, or raise :class:`StoreError`."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(msg("{name} cannot be read: {cause}.", name=path.name,
                             cause=exc.strerror or str(exc)), "io") from exc
    if head != b"SQLite format 3\x00":
        raise StoreError(msg("{name} is not a Verbatim project (not an SQLite file).", name=path.name),
                         "not-project")
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    try:  # by SQL, not from the header: after a crash the last committed values may be in the WAL
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    finally:
        con.close()
    return version, app_id


def check_version(path: Path, version: int, app_id: int, *, upgradable: bool) -> None:
    """Raise :class:`StoreError` unless ``path`` is a Verbatim project this version can open (an older one
    only when ``upgradable``)."""
    if app_id != APPLICATION_ID:
        raise StoreError(msg("{name} is an SQLite file but not a Verbatim project.", name=path.name), "not-project")
    if version > CURRENT_VERSION:
        raise StoreError(msg(
            "{name} was saved by a newer Verbatim (schema {version}, this one reads up to {current}). "
            "Update Verbatim to open it.", name=path.name, version=version, current=CURRENT_VERSION), "newer")
    if version < CURRENT_VERSION and not upgradable:
        raise StoreError(msg(
            "{name} was saved by an older Verbatim (schema {version}); open it once for writing to upgrade it "
            "(a backup copy is made first).", name=path.name, version=version), "old")


def backup(path: Path, version: int) -> Path:
    """Copy the project (consistently, with SQLite's backup API) beside itself; return the copy.

    The copy is written to a temporary file renamed when complete, so a full disk or a crash never leaves
    a half backup that looks whole."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-v{version}-{stamp}{path.suffix}")

    def write(tmp: Path) -> None:
        src = sqlite3.connect(path)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        except sqlite3.Error as exc:
            cause = exc.strerror if isinstance(exc, OSError) else str(exc)
            if "full" in cause.lower():
                raise OSError(errno.ENOSPC, cause) from exc
            raise OSError(errno.EIO, cause) from exc
        finally:
            dst.close()
            src.close()

    try:
        return atomic_write(target, write)
    except FileWriteError as exc:
        raise StoreError(msg("{name} could not be upgraded: its backup copy could not be written ({cause}). "
                             "The project is unchanged.", name=path.name, cause=exc), "full"
                         if isinstance(exc.__cause__, OSError) and exc.__cause__.errno == errno.ENOSPC
                         else "io") from exc


def upgrade(path: Path) -> Path | None:
    """Bring an existing project to ``CURRENT_VERSION``; return the backup made, if any."""
    version, app_id = read_version(path)
    check_version(path, version, app_id, upgradable=True)
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
        raise StoreError(msg("{name} could not be upgraded ({cause}); it is unchanged, and a copy is at {copy}.",
                             name=path.name, cause=exc, copy=saved.name),
                         "full" if "full" in str(exc).lower() else "io") from exc
    finally:
        con.close()
    return saved
