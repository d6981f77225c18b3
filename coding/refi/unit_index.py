"""Positions counted in other units, converted without a table of every character.

Most characters of a text count one unit whatever the counting (ASCII in UTF-8, everything but emoji and
rare scripts in UTF-16); only the others are listed, with the running sum of their extra units, so a
position converts by binary search and a long source costs memory for its exceptions only. The same
holds for the map from the file's characters (CRLF) to the Verbatim text (LF, NFC), which only has
to know where the CRs of the CRLF pairs were when the text is already NFC (the usual case).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right

from coding.refi.offsets import normalise

NON_ASCII = re.compile(r"[^\x00-\x7f]")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile(r"\r(?=\n)")


def _utf8_extra(ch: str) -> int:
    code = ord(ch)
    return 1 if code < 0x800 else 2 if code < 0x10000 else 3


class UnitIndex:
    """Converts a tool's positions (in ``unit``, CRLF counted ``crlf`` units) to indices of the raw text."""

    def __init__(self, raw: str, unit: str, crlf: int):
        extra: dict[int, int] = {}  # raw index -> units beyond one (-1: a CR counted as nothing)
        if unit == "utf8":
            extra.update((m.start(), _utf8_extra(m.group())) for m in NON_ASCII.finditer(raw))
        elif unit == "utf16":
            extra.update((m.start(), 1) for m in ASTRAL.finditer(raw))
        if crlf == 1:
            extra.update((m.start(), -1) for m in _CRLF.finditer(raw))
        self.index = array("q", sorted(extra))
        self.cumulative = array("q")  # extra units up to and including each listed character
        self.after = array("q")  # the tool's position of the character after each listed one
        total = 0
        for i in self.index:
            total += extra[i]
            self.cumulative.append(total)
            self.after.append(i + 1 + total)
        self.length = len(raw) + total  # the text's length in the tool's units

    def to_raw(self, pos: int) -> tuple[int | None, bool]:
        """The raw index of the tool's ``pos`` and whether ``pos`` falls between two characters
        (``None`` beyond the text; a position inside a character is rounded up)."""
        if pos > self.length:
            return None, False
        k = bisect_right(self.after, pos)
        i = pos - (self.cumulative[k - 1] if k else 0)
        if k < len(self.index) and i > self.index[k]:
            return self.index[k] + 1, False
        return i, True


class RawToText:
    """Index in the raw text (BOM removed, CRLF, maybe NFD) -> position in the Verbatim text (LF, NFC)."""

    def __init__(self, raw: str):
        lf = raw.replace("\r\n", "\n").replace("\r", "\n")
        if unicodedata.is_normalized("NFC", lf):
            self.text = lf
            self.crs = array("q", (m.start() for m in _CRLF.finditer(raw)))
            self.table: list[int] | None = None
        else:  # decomposed accents: a table of every position (rare: some macOS tools)
            self.text, self.table, _from_lf = normalise(raw)
            self.crs = array("q")

    def __call__(self, i: int) -> int:
        if self.table is not None:
            return self.table[i]
        return i - bisect_left(self.crs, i)
