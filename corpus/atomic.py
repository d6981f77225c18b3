"""Atomic file writes: every file Verbatim writes goes through :func:`atomic_write`.

The content is written to a temporary file in the target's folder, flushed and fsynced, then renamed
over the target (``os.replace``, atomic on one filesystem) and the folder is fsynced. A crash, a full
disk or an error at any moment leaves the previous file intact; the temporary file is removed on
failure. A process killed mid-write cannot remove it, so temporary files carry a recognisable name::

    .<target name (its first 120 bytes)>.~vbtmp-<pid>-<random><target suffix>

(the suffix is kept so that writers choosing their format by suffix, like matplotlib, still work) and
:func:`clean_stale_temps` removes those of dead processes. Every folder written to is remembered in a
small list in Verbatim's cache folder; :func:`clean_known_folders` (run when the app or the CLI starts)
cleans them all.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from corpus.errors import FileWriteError
from corpus.messages import msg

TEMP_MARK = ".~vbtmp-"
_TEMP_RE = re.compile(r"^\..*\.~vbtmp-(\d+)-[0-9a-f]{8}(\.[^.]*)?$")
_STALE_AFTER_S = 24 * 3600  # a temp file of a live pid older than this is stale too (pid reuse)
_MAX_FOLDERS = 64


def temp_path_for(target: Path) -> Path:
    """A fresh temporary path beside ``target`` with our recognisable name (not created); a long target
    name is shortened in it, so that any name the filesystem accepts has a temporary file too."""
    stem = target.name
    while len(stem.encode("utf-8")) > 120:
        stem = stem[:-1]
    return target.with_name(f".{stem}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}{target.suffix}")


def is_our_temp(path: Path) -> bool:
    """True for a temporary file named by :func:`temp_path_for`."""
    return _TEMP_RE.match(path.name) is not None


def _prepare(target: Path) -> Path:
    """Check the target's folder, clean its stale temps, remember it; return a fresh temp path."""
    folder = target.parent
    if not folder.is_dir():
        raise FileWriteError(msg("Cannot write {name}: the folder {folder} does not exist.",
                                 name=target.name, folder=str(folder)))
    try:
        is_dir = target.is_dir()
    except OSError as exc:  # a name too long for the filesystem...
        raise FileWriteError(describe_os_error(exc, target)) from exc
    if is_dir:
        raise FileWriteError(msg("Cannot write {name}: it is a folder.", name=target.name))
    _remember_folder(folder)
    clean_stale_temps(folder)
    return temp_path_for(target)


def atomic_write(target: str | Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` to write a temporary file beside ``target``, then rename it over ``target``.

    ``tmp`` has the same suffix as ``target``. Raises :class:`FileWriteError` (one line naming the file
    and the cause) when the folder is missing or not writable, the disk is full, etc.; the previous
    ``target`` is then untouched and no temporary file is left. Returns ``target``.
    """
    target = Path(target)
    folder = target.parent
    tmp = _prepare(target)
    try:
        write(tmp)
        _fsync_file(tmp)
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, target)) from exc
    finally:
        with suppress(OSError):
            tmp.unlink()
    _fsync_folder(folder)
    return target


@contextmanager
def atomic_open(target: str | Path, mode: str = "w", **kwargs: object) -> Iterator[IO]:
    """``with atomic_open(path, "w", encoding=..., newline=...) as fh:`` — like :func:`open`, atomically.

    The target appears (or is replaced) only when the block ends without error."""
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_open writes whole files only, not mode {mode!r}")
    target = Path(target)
    tmp = _prepare(target)
    try:
        with open(tmp, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, target)) from exc
    finally:
        with suppress(OSError):
            tmp.unlink()
    _fsync_folder(target.parent)


def write_bytes(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically."""
    return atomic_write(target, lambda tmp: tmp.write_bytes(data))


def write_text(target: str | Path, text: str, *, encoding: str = "utf-8", newline: str | None = None) -> Path:
    """Write ``text`` to ``target`` atomically."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding=encoding, newline=newline) as fh:
            fh.write(text)

    return atomic_write(target, write)


def describe_os_error(exc: OSError, target: Path) -> object:
    """A one-line, translated message for an OS error met while writing ``target``."""
    import errno

    name = target.name
    causes = {
        errno.ENOSPC: "Cannot write {name}: the disk is full.",
        errno.EDQUOT: "Cannot write {name}: the disk quota is exceeded.",
        errno.EROFS: "Cannot write {name}: the disk is read-only.",
        errno.EACCES: "Cannot write {name}: permission denied (read-only file or folder).",
        errno.EPERM: "Cannot write {name}: the file or folder is locked (immutable or protected).",
        errno.ENAMETOOLONG: "Cannot write {name}: the file name is too long.",
        errno.EISDIR: "Cannot write {name}: it is a folder.",
    }
    template = causes.get(exc.errno or 0)
    if template is not None:
        return msg(template, name=name)
    return msg("Cannot write {name}: {cause}.", name=name, cause=exc.strerror or type(exc).__name__)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); folders cannot be opened on Windows, nothing to do there."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the permissions of the file it replaces."""
    with suppress(OSError):
        os.chmod(tmp, target.stat().st_mode & 0o7777)


# --- stale temporary files ----------------------------------------------------------------------
def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_temps(folder: str | Path) -> list[Path]:
    """Remove the temporary files of ours in ``folder`` left by dead processes; return them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP_RE.match(entry.name)
        if match is None:
            continue
        with suppress(OSError):
            pid = int(match.group(1))
            old = now - entry.stat(follow_symlinks=False).st_mtime > _STALE_AFTER_S
            if pid != os.getpid() and (old or not _pid_alive(pid)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _state_file() -> Path:
    """The list of written folders, in Verbatim's machine-local cache folder (as lexical.cache_dir)."""
    if os.environ.get("VERBATIM_CACHE_DIR"):
        root = Path(os.environ["VERBATIM_CACHE_DIR"])
    elif sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "verbatim"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches" / "verbatim"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "verbatim"
    return root / "written-folders.txt"


def known_folders() -> list[Path]:
    """The folders files were recently written to (most recent last)."""
    try:
        lines = _state_file().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [Path(line) for line in lines if line.strip()]


def _remember_folder(folder: Path) -> None:
    """Add ``folder`` to the list cleaned at the next start (best effort: never fails a write)."""
    with suppress(OSError, ValueError):
        folder = folder.resolve()
        before = known_folders()
        if before[-1:] == [folder]:
            return
        folders = ([f for f in before if f != folder] + [folder])[-_MAX_FOLDERS:]
        state = _state_file()
        state.parent.mkdir(parents=True, exist_ok=True)
        tmp = state.with_name(f"{state.name}.{os.getpid()}.tmp")
        tmp.write_text("".join(f"{f}\n" for f in folders), encoding="utf-8")
        os.replace(tmp, state)


def clean_known_folders(extra: tuple[str | Path, ...] = ()) -> list[Path]:
    """Remove stale temporary files from every remembered folder and from ``extra``; return them."""
    removed: list[Path] = []
    for folder in [*known_folders(), *map(Path, extra)]:
        removed.extend(clean_stale_temps(folder))
    return removed


__all__ = [
    "TEMP_MARK", "atomic_open", "atomic_write", "clean_known_folders", "clean_stale_temps", "describe_os_error",
    "is_our_temp", "known_folders", "temp_path_for", "write_bytes", "write_text",
]
