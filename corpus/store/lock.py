"""An exclusive lock held for as long as a project is open for writing.

A second process (or a second window) that opens the same project gets :class:`ProjectLockedError`
with a clear message instead of two writers racing on one file. The lock is an OS-level lock on a
side file ``<project>.lock``; it dies with the process, so a crash never leaves a project locked.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path

from corpus.errors import ProjectLockedError
from corpus.messages import msg


class ProjectLock:
    """Hold an exclusive, non-blocking OS lock on ``<project>.lock``."""

    def __init__(self, project_path: Path):
        self.path = Path(str(project_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`ProjectLockedError` naming the holder; an :class:`OSError` when the
        lock file cannot be created or written (read-only folder, full disk)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock_fd(fd)
        except OSError:
            holder = _read_holder(fd)
            os.close(fd)
            name = self.path.name[:-5]
            if holder is None:
                raise ProjectLockedError(msg("{name} is already open in another Verbatim window. Close it there "
                                             "first, or open a copy of the file.", name=name)) from None
            raise ProjectLockedError(msg("{name} is already open in another Verbatim window (process {pid} on "
                                         "{host}). Close it there first, or open a copy of the file.",
                                         name=name, pid=str(holder[0]), host=holder[1])) from None
        try:  # who holds it, for the message of the next one (a full disk fails here: let go, say so)
            os.ftruncate(fd, 0)
            info = {"pid": os.getpid(), "host": socket.gethostname()}
            os.write(fd, json.dumps(info).encode())
        except OSError:
            _unlock_fd(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        self._fd = fd

    def release(self) -> None:
        """Release the lock and remove the side file."""
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            _unlock_fd(self._fd)
            os.close(self._fd)
            self._fd = None


def _read_holder(fd: int) -> tuple[int, str] | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, 4096) or b"{}")
        return int(info["pid"]), str(info["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
