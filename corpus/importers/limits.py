"""Resource limits on everything an import reads from a file, checked while reading, before memory is used.

A file beyond a limit is refused with a one-line "too large or suspicious" message naming the file and the
limit; nothing is stored. The limits are far above any real interview, survey or project file (the largest
corpus in ../shared/corpora, 70,000 Iramuteq texts, is 15.8 MiB) and keep an import under about 1 GB:

==========================  ==========================================================================
file size                   :data:`MAX_FILE_BYTES` (512 MiB) for any file; text formats
                            (txt, md, vtt, srt, csv, Iramuteq, TextGrid, rtf) :data:`MAX_TEXT_FILE_BYTES`
text of one file            :data:`MAX_TEXT_CHARS` characters once extracted
zip containers              :data:`MAX_ZIP_ENTRIES` entries, :data:`MAX_ZIP_TOTAL` uncompressed in all,
(docx, odt, xlsx; qdpx:     each entry at most :data:`MAX_ZIP_RATIO` times its compressed size (no floor:
100,000 entries, 2 GiB,     small entries count too, beyond a slack of :data:`ZIP_RATIO_SLACK` bytes),
coding/refi/archive.py)     and the whole archive at most :data:`MAX_ZIP_RATIO` times its size (+ 1 MiB)
XML parts                   libxml2's safe mode (depth 256, no entities, no huge text nodes); ``text:s``
                            repeat counts at most :data:`MAX_REPEAT`
tables (csv, tsv, xlsx)     :data:`MAX_COLUMNS` columns, :data:`MAX_ROWS` rows, :data:`MAX_CELLS` cells
Iramuteq                    :data:`MAX_VARIABLES` variables on one ``****`` line
documents of one file       :data:`MAX_DOCUMENTS` documents (survey rows, Iramuteq texts), with at most
                            :data:`MAX_ATTRIBUTES` attributes and :data:`MAX_ATTRIBUTE_VALUES` values
PDF                         :data:`MAX_PDF_PAGES` pages, :data:`MAX_PAGE_CHARS` characters on a page,
                            each stream at most :data:`MAX_PDF_STREAM` decoded, :data:`MAX_PDF_DECODED`
                            decoded in all
==========================  ==========================================================================

Declared zip sizes can be trusted as caps: Python's ``zipfile`` never inflates an entry beyond the size
its directory declares (a lying entry fails its CRC check), and every container reader here goes through
``zipfile``.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from ..messages import Message, fmt_number, msg
from .base import ImportFailure, printable

MiB = 1024**2
MAX_FILE_BYTES = 512 * MiB
MAX_TEXT_FILE_BYTES = 32 * MiB
MAX_TEXT_CHARS = 32_000_000
MAX_ZIP_ENTRIES = 20_000
MAX_ZIP_TOTAL = 1024 * MiB
MAX_ZIP_RATIO = 100
ZIP_RATIO_SLACK = 64 * 1024
MAX_REPEAT = 10_000
MAX_COLUMNS = 16_384  # Excel's own limit (XFD)
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELLS = 4_000_000
MAX_VARIABLES = 1_000
MAX_DOCUMENTS = 200_000  # documents from one file (survey rows, Iramuteq texts)
MAX_ATTRIBUTES = 2_000  # distinct attribute names from one file (survey columns, Iramuteq variables)
MAX_ATTRIBUTE_VALUES = 2_000_000  # attribute values from one file (documents × attributes)
MAX_PAGE_CHARS = 50_000  # characters drawn on one PDF page (a dense A4 page holds about 8,000)
MAX_PDF_PAGES = 5_000
MAX_PDF_STREAM = 64 * MiB
MAX_PDF_DECODED = 512 * MiB


def too_large(path: str | Path, what: Message) -> ImportFailure:
    """The failure for a file beyond a limit: ``name: refused, too large or suspicious: <what>``."""
    return ImportFailure(path, msg("refused, the file is too large or suspicious: {what}", what=what))


def size_text(size: float) -> str:
    """A byte count for people: ``512 MiB``, ``64 KiB``, ``312 bytes``."""
    for unit, factor in (("GiB", 1024**3), ("MiB", MiB), ("KiB", 1024)):
        if size >= factor:
            return f"{fmt_number(size / factor, 0 if size % factor == 0 else 1)} {unit}"
    return f"{int(size)} bytes"


def check_regular_file(path: str | Path) -> int:
    """The size of ``path``; :class:`ImportFailure` for a missing file, a folder, a FIFO or a device,
    and for a file beyond :data:`MAX_FILE_BYTES` (checked before a single byte is read)."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise ImportFailure(path, msg("file not found")) from exc
    except OSError as exc:
        raise ImportFailure(path, msg("the file cannot be read ({cause})", cause=exc.strerror or exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailure(path, msg("this is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure(path, msg("this is not a regular file (a pipe, socket or device); nothing was read"))
    if info.st_size > MAX_FILE_BYTES:
        raise too_large(path, msg("{size} (at most {limit})", size=size_text(info.st_size),
                                  limit=size_text(MAX_FILE_BYTES)))
    return info.st_size


def check_text_size(path: str | Path, size: int) -> None:
    """Refuse a text-format file beyond :data:`MAX_TEXT_FILE_BYTES`."""
    if size > MAX_TEXT_FILE_BYTES:
        raise too_large(path, msg("a text file of {size} (at most {limit})", size=size_text(size),
                                  limit=size_text(MAX_TEXT_FILE_BYTES)))


def check_text_chars(path: str | Path, count: int) -> None:
    """Refuse extracted text beyond :data:`MAX_TEXT_CHARS` characters."""
    if count > MAX_TEXT_CHARS:
        raise too_large(path, msg("{count} characters of text (at most {limit})", count=count,
                                  limit=MAX_TEXT_CHARS))


def check_document_counts(path: str | Path, documents: int, names: int, values: int) -> None:
    """Refuse a file giving more than :data:`MAX_DOCUMENTS` documents, :data:`MAX_ATTRIBUTES` attribute
    names or :data:`MAX_ATTRIBUTE_VALUES` attribute values."""
    if documents > MAX_DOCUMENTS:
        raise too_large(path, msg("{count} documents (at most {limit})", count=documents, limit=MAX_DOCUMENTS))
    if names > MAX_ATTRIBUTES:
        raise too_large(path, msg("{count} attributes (columns or variables; at most {limit})", count=names,
                                  limit=MAX_ATTRIBUTES))
    if values > MAX_ATTRIBUTE_VALUES:
        raise too_large(path, msg("{count} attribute values (at most {limit})", count=values,
                                  limit=MAX_ATTRIBUTE_VALUES))


def zip_problem(infos: list[zipfile.ZipInfo], archive_size: int, *, max_total: int = MAX_ZIP_TOTAL,
                max_entries: int = MAX_ZIP_ENTRIES) -> Message | None:
    """Why a zip directory looks like a bomb (too many entries, too large, an entry expanding too much),
    or ``None``. Only the directory is read: nothing is inflated."""
    if len(infos) > max_entries:
        return msg("the archive has {count} entries (at most {limit})", count=len(infos), limit=max_entries)
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_total:
            return msg("the archive would expand to more than {limit}", limit=size_text(max_total))
        if info.file_size > MAX_ZIP_RATIO * info.compress_size + ZIP_RATIO_SLACK:
            ratio = info.file_size / max(info.compress_size, 1)
            return msg("the archive entry '{entry}' expands {ratio} times (a zip bomb?)",
                       entry=printable(info.filename), ratio=round(ratio))
    if total > MAX_ZIP_RATIO * max(archive_size, 1) + ZIP_RATIO_SLACK * 16:
        return msg("the archive expands {ratio} times in all (a zip bomb?)", ratio=round(total / max(archive_size, 1)))
    return None

