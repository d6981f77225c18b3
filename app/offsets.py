"""Code points (the domain) <-> positions in a Qt text document (UTF-16 units).

The domain counts Python code points (the REFI-QDA convention). ``QTextCursor`` counts UTF-16 code units
of the document, where a character outside the Basic Multilingual Plane (😀) takes two units, and where
``setPlainText`` turns a ``"\\r\\n"`` pair into ONE block separator. Every conversion goes through
:class:`OffsetMap`; it keeps only the sorted positions where the two counts drift apart, so a conversion is
one ``bisect`` even in a 600,000-character document, and a text without emoji or CRLF costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

_DRIFT = re.compile("[\U00010000-\U0010ffff]|\r\n")


class OffsetMap:
    """Converts offsets of one text between code points and Qt (UTF-16) positions."""

    __slots__ = ("_events", "_sums", "_thresholds", "length", "qt_length")

    def __init__(self, text: str):
        events, deltas = _drift_events(text, 0, len(text))
        self._build(events, deltas, len(text))

    def _build(self, events: list[int], deltas: list[int], length: int) -> None:
        self._events = events
        self._sums = [0, *accumulate(deltas)]
        self._thresholds = self._qt_thresholds(events, deltas)
        self.length = length
        self.qt_length = self.length + self._sums[-1]

    def patched(self, new_text: str, start: int, old_end: int, new_end: int) -> OffsetMap:
        """The map of ``new_text``, this map's text with ``[start, old_end)`` replaced by
        ``new_text[start:new_end]``: only the changed range is scanned (a keystroke in edit mode)."""
        deltas = [b - a for a, b in zip(self._sums, self._sums[1:])]
        shift = new_end - old_end
        pairs = [(e, d) for e, d in zip(self._events, deltas) if e < start]
        scanned = zip(*_drift_events(new_text, max(start - 1, 0), min(new_end + 1, len(new_text))))
        pairs.extend((e, d) for e, d in scanned if start <= e <= new_end)
        pairs.extend((e + shift, d) for e, d in zip(self._events, deltas) if e > old_end)
        events, kept = [e for e, _d in pairs], [d for _e, d in pairs]
        patched = OffsetMap.__new__(OffsetMap)
        patched._build(events, kept, len(new_text))
        return patched

    def _qt_thresholds(self, events: list[int], deltas: list[int]) -> list[int]:
        thresholds = []
        for i, (event, delta) in enumerate(zip(events, deltas)):
            qt_event = event + self._sums[i]
            # astral: a position inside the surrogate pair floors to the character; CRLF: the position
            # just after the separator is the code point after "\n".
            thresholds.append(qt_event + 1 if delta > 0 else qt_event)
        return thresholds

    @property
    def trivial(self) -> bool:
        """True when code points and Qt positions are the same everywhere."""
        return not self._events

    def to_qt(self, cp: int) -> int:
        """Qt (UTF-16) position of code point offset ``cp``."""
        if not self._events:
            return cp
        return cp + self._sums[bisect_left(self._events, cp)]

    def to_cp(self, qt: int) -> int:
        """Code point offset of Qt position ``qt`` (a position inside a surrogate pair floors)."""
        if not self._events:
            return qt
        return qt - self._sums[bisect_right(self._thresholds, qt)]

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """A code point range ``[start, end)`` as a Qt range."""
        return self.to_qt(start), self.to_qt(end)

    def span_to_cp(self, start: int, end: int) -> tuple[int, int]:
        """A Qt range as a code point range; an end inside a surrogate pair rounds up."""
        cp_end = self.to_cp(end)
        if self.to_qt(cp_end) < end:
            cp_end += 1
        return self.to_cp(start), cp_end


def _drift_events(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where code points and UTF-16 positions drift apart in ``text[start:end]``: (events, deltas)."""
    events: list[int] = []  # code point e: every cp > e is shifted by delta
    deltas: list[int] = []
    for match in _DRIFT.finditer(text, start, end):
        if match.group() == "\r\n":
            events.append(match.start() + 1)  # the "\n" vanishes into the separator
            deltas.append(-1)
        else:
            events.append(match.start())  # two UTF-16 units instead of one code point
            deltas.append(1)
    return events, deltas


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
