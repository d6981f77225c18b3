"""Rich Text Format (``.rtf``) files, through striprtf."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..messages import msg
from .base import ImportedDocument, ImportFailure, ImportOptions, printable
from .common import plain_document

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Table cells end with \cell (striprtf would write "|"): a tab between cells, as for .docx/.odt; the
# tab before the row end is stripped again by _table_tabs.
_CELL_END = re.compile(r"\\(?:nest)?cell(?![a-z])\s?")
_ROW_TAB = re.compile(r"[ \t]+\n")


def _codepage(data: bytes) -> str:
    """The ANSI code page declared in the RTF header (cp1252 when absent or unknown)."""
    match = _CODEPAGE.search(data[:4096])
    if match:
        name = f"cp{match.group(1).decode()}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return "cp1252"


# striprtf finds font entries with r"\\f(\d+).*?\\fcharset(\d+).*?([^;]+);": for each entry without
# \fcharset the lazy ``.*?`` scans the rest of the table, quadratic time (a 3.6 MB table of 300,000 such
# entries ran for hours). The same pattern kept inside one entry's braces (and its {\\*\\panose} groups) is linear.
_FONT_ENTRY = re.compile(r"\\f(\d+)(?:[^{}]|\{[^{}]*\})*?\\fcharset(\d+)(?:[^{};]|\{[^{}]*\})*?([^;{}]+);")


def read_rtf(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read an .rtf file (``\\'xx`` escapes in its code page, ``\\uN`` Unicode escapes)."""
    from striprtf import striprtf
    from striprtf.striprtf import rtf_to_text

    striprtf.FONTTABLE = _FONT_ENTRY

    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportFailure(path, msg("this is not an RTF file (it does not start with '{{\\rtf')"))
    source = _CELL_END.sub(r"\\tab ", data.decode("latin-1"))
    try:
        text = rtf_to_text(source, encoding=_codepage(data), errors="replace")
    except Exception as exc:  # striprtf raises plain exceptions on malformed groups
        raise ImportFailure(path, msg("the RTF file is damaged and cannot be read ({cause})",
                                      cause=printable(str(exc), 120))) from exc
    return [plain_document(path, data, _ROW_TAB.sub("\n", _join_surrogates(text)), "rtf", options)]


def _join_surrogates(text: str) -> str:
    """RTF writes non-BMP characters (emoji) as two ``\\uN`` surrogates: pair them up again."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
