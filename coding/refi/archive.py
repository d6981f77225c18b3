"""Zip containers of REFI-QDA projects: safe reading and validated, atomic writing.

Reading refuses entries whose path leaves the archive (``../``, absolute paths, drive letters),
archives with more than :data:`MAX_ENTRIES` entries, and archives whose uncompressed size is beyond
:data:`MAX_TOTAL_SIZE` or whose compression ratio betrays a zip bomb (per entry, whatever its size, and
for the whole archive: see :mod:`corpus.importers.limits`), from the zip directory alone, before any
entry is inflated. Entries are read with a hard cap at their declared size.

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
from corpus.importers.base import ImportFailure, display_name, printable
from corpus.importers.limits import check_regular_file, size_text, zip_problem
from corpus.messages import msg

MAX_TOTAL_SIZE = 2 * 1024**3  # 2 GiB: the REFI-QDA limit for one internal file
MAX_ENTRIES = 100_000
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
        self._display = display_name(path)
        try:
            self._size = check_regular_file(path)
            self._zip = zipfile.ZipFile(path)
        except ImportFailure as exc:
            raise RefiError(str(exc)) from exc
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise RefiError(f"{self._display}: " + str(msg("not a readable zip archive (damaged or truncated)"))) from exc
        try:
            self._names = self._check(max_total)
        except RefiError:
            self._zip.close()
            raise

    def _check(self, max_total: int) -> dict[str, zipfile.ZipInfo]:
        """Entry names and the bomb checks of :func:`corpus.importers.limits.zip_problem` (count, total size,
        per-entry and overall ratio, with no size floor), from the directory alone: nothing is inflated."""
        infos = self._zip.infolist()
        problem = zip_problem(infos, self._size, max_total=max_total, max_entries=MAX_ENTRIES)
        if problem is not None:
            raise RefiError(f"{self._display}: " + str(msg("refused, the file is too large or suspicious: {what}",
                                                           what=problem)))
        names: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = check_member_name(info.filename)
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
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
            # RuntimeError: an encrypted entry; NotImplementedError: an unknown compression method
            raise RefiError(f"{self._display}: the archive entry {printable(name)!r} is corrupt or cannot be read "
                            f"({printable(str(exc), 100)}).") from exc
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


MAX_CODEBOOK_BYTES = 256 * 1024**2


def naming_file(path: str | Path, error: RefiError) -> RefiError:
    """``error`` with the file name of ``path`` in front (unless it starts with it already)."""
    name = display_name(path)
    text = str(error)
    return error if text.startswith(f"{name}:") else RefiError(f"{name}: {text}")


def read_untrusted_file(path: str | Path, max_size: int = MAX_CODEBOOK_BYTES) -> bytes:
    """The bytes of a file given by the user (a ``.qdc``): a regular file (never a FIFO, which would
    block) of at most ``max_size`` bytes, else :class:`RefiError` naming the file."""
    try:
        size = check_regular_file(path)
        if size > max_size:
            raise RefiError(f"{display_name(path)}: " + str(msg("refused, the file is too large or suspicious: {what}",
                                                                what=msg("{size} (at most {limit})", size=size_text(size),
                                                                         limit=size_text(max_size)))))
        with open(path, "rb") as handle:
            return handle.read(max_size + 1)[: max_size + 1]
    except ImportFailure as exc:
        raise RefiError(str(exc)) from exc
    except OSError as exc:
        raise RefiError(f"{display_name(path)}: " + str(msg("the file cannot be read ({cause})",
                                                            cause=exc.strerror or exc))) from exc


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
