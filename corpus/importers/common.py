"""Helpers shared by the importers: building documents, zip containers, Office encryption checks."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ..messages import Message, msg
from .base import ImportedDocument, ImportFailure, ImportOptions, printable
from .encoding import normalize_text, sha256_bytes
from .limits import too_large, zip_problem
from .turns import detect_structure

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_CELL_LABEL = 40


def plain_document(
    path: str | Path, data: bytes, text: str, source_format: str, options: ImportOptions
) -> ImportedDocument:
    """One document from the plain text of a file, with speaker turns and heading sections found."""
    text = normalize_text(text)
    if not text.strip():
        raise ImportFailure(path, msg("the file contains no text"))
    turns, sections = detect_structure(text)
    if not options.detect_speakers:
        turns = []
    return ImportedDocument(
        name=Path(path).stem,
        text=text,
        source_name=Path(path).name,
        source_format=source_format,
        sha256=sha256_bytes(data),
        kind="transcript" if turns else "text",
        turns=turns,
        sections=sections,
    )


def check_office_container(path: str | Path, data: bytes, what: Message, legacy_hint: Message) -> None:
    """Refuse encrypted Office files and legacy binary formats with a clear reason.

    ``what`` names the file with its article (``msg("the Word document")``)."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptedPackage" in data:
            raise ImportFailure(path, msg("{what} is password-protected (encrypted); remove the password and "
                                          "save it again", what=what))
        raise ImportFailure(path, msg("{what} is an old binary file, not the expected format; {hint}",
                                      what=what, hint=legacy_hint))
    if not data.startswith(ZIP_MAGIC):
        raise ImportFailure(path, msg("{what} is not valid (not a zip container; damaged or renamed?)", what=what))


def open_zip(path: str | Path, data: bytes, what: Message) -> zipfile.ZipFile:
    """Open ``data`` as a zip archive whose directory passed the bomb checks of :func:`limits.zip_problem`.

    Only the directory is read (no entry is inflated here); a truncated or damaged archive, or one that
    looks like a zip bomb, becomes :class:`ImportFailure`."""
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ImportFailure(path, msg("{what} is damaged or truncated (not a readable zip archive)",
                                      what=what)) from exc
    problem = zip_problem(archive.infolist(), len(data))
    if problem is not None:
        archive.close()
        raise too_large(path, problem)
    return archive


def read_zip_entry(path: str | Path, archive: zipfile.ZipFile, name: str, what: Message) -> bytes:
    """The bytes of one entry (never more than its checked, declared size); a damaged entry
    becomes :class:`ImportFailure`."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ImportFailure(path, msg("{what} is damaged (part '{part}' cannot be read)",
                                      what=what, part=printable(name))) from exc


def table_lines(rows: list[list[str]]) -> list[str]:
    """Table rows as text lines: ``Label : speech`` for a speaker/speech table, tab-separated otherwise."""
    if _is_speaker_table(rows):
        return [f"{row[0].rstrip(' :')} : {row[1]}" if row[0] else row[1] for row in rows if any(row)]
    return ["\t".join(cells).rstrip("\t") for cells in rows if any(cells)]


def _is_speaker_table(rows: list[list[str]]) -> bool:
    """Two columns: short labels without sentence punctuation, then speech (a label recurs, or the
    second column is at least twice as long as the first on average)."""
    filled = [row for row in rows if any(row)]
    if len(filled) < 2 or any(len(row) != 2 for row in filled):
        return False
    labels = [row[0].rstrip(" :") for row in filled if row[0]]
    if not labels or any(len(label) > MAX_CELL_LABEL or any(c in label for c in "?!,;…") for label in labels):
        return False
    speech = sum(len(row[1]) for row in filled)
    return len(set(labels)) < len(labels) or speech >= 2 * sum(len(row[0]) for row in filled)
