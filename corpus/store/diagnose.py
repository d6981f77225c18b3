"""Why a project file cannot be opened or changed, as one line naming the file and the cause.

Every failure of the store becomes a :class:`corpus.errors.StoreError` whose message is translated
(``corpus.messages.msg``) and whose ``cause`` tells the cases apart: a missing file, a folder, a named
pipe or device, an unreadable file, a read-only file, folder or disk, an immutable file, a full disk,
a damaged file, an older or a newer schema, a file that is not a Verbatim project.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from corpus.errors import StoreError
from corpus.messages import Message, msg


def check_file(path: Path, *, write: bool) -> None:
    """Raise :class:`StoreError` unless ``path`` is a regular file that can be read (and written)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise StoreError(msg("{path} does not exist.", path=str(path)), "missing") from None
    except OSError as exc:
        raise StoreError(_read_error(exc, path), "io") from exc
    if stat.S_ISDIR(mode):
        raise StoreError(msg("{name} is a folder, not a Verbatim project.", name=path.name), "not-file")
    if not stat.S_ISREG(mode):
        raise StoreError(msg("{name} is not a regular file (a named pipe, socket or device): it cannot be a "
                             "Verbatim project.", name=path.name), "not-file")
    flags = os.O_RDWR if write else os.O_RDONLY
    try:
        os.close(os.open(path, flags))
    except OSError as exc:
        raise (write_error(exc, path) if write and exc.errno != errno.ENOENT else
               StoreError(_read_error(exc, path), "io")) from exc
    if write and not os.access(path.parent, os.W_OK):
        raise StoreError(msg("The folder of {name} is read-only: Verbatim writes its journal and lock files "
                             "beside the project. Move the project to a writable folder.", name=path.name),
                         "readonly")


def _read_error(exc: OSError, path: Path) -> Message:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("{name} cannot be read: permission denied.", name=path.name)
    return msg("{name} cannot be read: {cause}.", name=path.name, cause=exc.strerror or str(exc))


def write_error(exc: OSError, path: Path, *, what: str = "") -> StoreError:
    """The :class:`StoreError` for an OS error met while opening ``path`` for writing (or writing
    ``what`` beside it: its lock file, its backup copy)."""
    name = path.name
    code = exc.errno
    if code == errno.EROFS:
        return StoreError(msg("{name} is on a read-only disk: copy it to a writable folder to work on it.",
                              name=name), "readonly")
    if code == errno.EPERM:
        return StoreError(msg("{name} is locked against changes (an immutable or protected file): copy it, or "
                              "remove the protection.", name=name), "locked-file")
    if code == errno.EACCES:
        if what:
            return StoreError(msg("The folder of {name} is read-only: Verbatim writes its journal and lock files "
                                  "beside the project. Move the project to a writable folder.", name=name),
                              "readonly")
        return StoreError(msg("{name} is read-only (its permissions forbid writing): make it writable or open "
                              "a copy.", name=name), "readonly")
    if code in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(msg("Cannot open {name}: the disk is full. Free some space and try again.",
                              name=name), "full")
    return StoreError(msg("Cannot open {name}: {cause}.", name=name, cause=exc.strerror or str(exc)), "io")


def database_error(exc: BaseException, path: Path) -> StoreError:
    """The :class:`StoreError` for an SQLite error (raw or wrapped by SQLAlchemy) on ``path``."""
    original = getattr(exc, "orig", None) or exc
    cause = "".join(ch if ch.isprintable() else " " for ch in str(original))
    cause = " ".join(cause.split())  # one printable line, whatever SQLite said
    cause = cause if len(cause) <= 160 else cause[:159] + "…"
    text = cause.lower()
    name = path.name
    if "could not decode" in text:  # SQLite handed back bytes that are not text: a damaged page
        cause = "text that is not UTF-8 where text is stored"
        text = "malformed"
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return StoreError(msg("{name} is damaged ({cause}). Open its latest backup copy, or ask for help to "
                              "recover it; Verbatim did not change it.", name=name, cause=cause),
                          "damaged")
    if "disk is full" in text or "database or disk is full" in text:
        return StoreError(msg("Cannot save to {name}: the disk is full. Free some space; the last change was "
                              "not saved, the project is as it was before it.", name=name), "full")
    if "readonly" in text or "read-only" in text:
        return StoreError(msg("Cannot save to {name}: the file, its folder or the disk is read-only; the last "
                              "change was not saved.", name=name), "readonly")
    if "unable to open" in text:
        return StoreError(msg("Cannot open {name}: SQLite could not open it or its journal (is the folder "
                              "writable?).", name=name), "io")
    if "locked" in text or "busy" in text:
        return StoreError(msg("{name} is busy: another program is writing to it. Try again in a moment.",
                              name=name), "busy")
    if "disk i/o error" in text:
        return StoreError(msg("Cannot use {name}: a disk input/output error occurred; the last change was not "
                              "saved.", name=name), "io")
    return StoreError(msg("Cannot use {name}: {cause}.", name=name, cause=cause), "io")


def is_database_error(exc: BaseException) -> bool:
    """True for SQLite errors about the file itself (not a constraint violated by a bug)."""
    original = getattr(exc, "orig", None) or exc
    return isinstance(original, (sqlite3.OperationalError, sqlite3.DatabaseError)) and not isinstance(
        original, sqlite3.IntegrityError)


QUICK_CHECK_MAX_BYTES = 64 * 2**20  # above this, opening would wait too long for PRAGMA quick_check


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only; ``immutable`` when its folder cannot hold a journal."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def check_schema(path: Path) -> None:
    """A soundness check at open: the schema parses and, for files up to :data:`QUICK_CHECK_MAX_BYTES`,
    ``PRAGMA quick_check`` finds no damaged page."""
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            verdict = con.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                raise database_error(sqlite3.DatabaseError(f"database disk image is malformed: {verdict.strip('* ')}"),
                                     path)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    finally:
        con.close()


__all__ = ["QUICK_CHECK_MAX_BYTES", "check_file", "check_schema", "database_error", "is_database_error", "read_only_uri",
           "write_error"]
