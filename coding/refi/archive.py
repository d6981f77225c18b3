"""Zip containers of REFI-QDA projects: safe reading and validated, atomic writing.

Reading refuses entries whose path leaves the archive (``../``, absolute paths, drive letters),
archives with too many entries, and archives whose uncompressed size is beyond
:data:`MAX_TOTAL_SIZE` or whose compression ratio betrays a zip bomb. Sizes declared in the zip
are not trusted: entries are read with a hard cap.

Writing goes to a temporary file in the destination folder, then is renamed over the target, so
a failed export never leaves half a file (nor destroys the previous one).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from coding.refi.report import RefiError
from corpus.atomic import atomic_write as corpus_atomic_write

MAX_TOTAL_SIZE = 2 * 1024**3  # 2 GiB: the REFI-QDA limit for one internal file
MAX_ENTRIES = 100_000
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024**2
_DRIVE = re.compile(r"^[A-Za-z]:")


def check_member_name(name: str) -> str:
    """The entry's normalised POSIX path; :class:`RefiError` if it would escape the archive."""
    clean = name.replace("\\", "/")
    parts = PurePosixPath(clean).parts
    if not clean or clean.startswith("/") or _DRIVE.match(clean) or ".." in parts:
        raise RefiError(f"Refused: the archive entry {name!r} points outside the archive "
                        "(absolute path or '..'); the file may be malicious.")
    return "/".join(p for p in parts if p not in (".", ""))


class SafeZip:
    """A read-only zip whose entries were checked; entries are looked up case-insensitively."""

    def __init__(self, path: str | Path, *, max_total: int = MAX_TOTAL_SIZE):
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise RefiError(f"{Path(path).name}: not a readable zip archive ({exc}).") from exc
        try:
            self._names = self._check(max_total)
        except RefiError:
            self._zip.close()
            raise

    def _check(self, max_total: int) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise RefiError(f"Refused: the archive has {len(infos)} entries (at most {MAX_ENTRIES}).")
        total = 0
        names: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = check_member_name(info.filename)
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                raise RefiError(f"Refused: {info.filename!r} expands {ratio:.0f} times (a zip bomb?).")
            if total > max_total:
                raise RefiError(f"Refused: the archive would expand to more than {max_total // 1024**2} MB "
                                "(a zip bomb?).")
            if not info.is_dir():
                names[name.lower()] = info
        self._limit = max_total
        return names

    def find(self, name: str) -> str | None:
        """The stored name of entry ``name`` (case-insensitive), or ``None``."""
        info = self._names.get(name.replace("\\", "/").lower())
        return info.filename if info else None

    def names(self) -> list[str]:
        """Every file entry, as stored."""
        return [i.filename for i in self._names.values()]

    def read(self, name: str) -> bytes:
        """The bytes of an entry, never more than its declared size (nor the archive limit)."""
        info = self._names.get(name.replace("\\", "/").lower())
        if info is None:
            raise KeyError(name)
        cap = min(info.file_size, self._limit)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(cap + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise RefiError(f"The archive entry {name!r} is corrupt ({exc}).") from exc
        if len(data) > cap:
            raise RefiError(f"Refused: {name!r} is larger than the archive says (a zip bomb?).")
        return data

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def atomic_write(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``target``, then rename it over ``target``
    (:func:`corpus.atomic.atomic_write`: fsynced, removed on failure, cleaned after a crash)."""
    target = Path(target)
    if not target.parent.is_dir():
        raise RefiError(f"Folder {target.parent} does not exist.")
    return corpus_atomic_write(target, write)


def write_zip(tmp: Path, entries: dict[str, bytes]) -> None:
    """Write ``entries`` (name -> bytes) as a deflated zip."""
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
