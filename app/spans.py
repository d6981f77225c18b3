"""A sorted list of coded intervals of one document, queried for the visible range only."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from typing import NamedTuple


class Mark(NamedTuple):
    """One coding as the viewer paints it (code point offsets)."""

    start: int
    end: int
    code_id: int
    coding_id: int


class SpanIndex:
    """Codings sorted by start; ``overlapping(a, b)`` costs a bisect plus the hits.

    Candidates start in ``[a - longest, b)``; a document with one huge coding degrades to a scan of
    a few thousand tuples, still well under a millisecond.
    """

    def __init__(self, marks: Iterable[Mark] = ()):
        self._marks: list[Mark] = sorted(marks)
        self._longest = max((m.end - m.start for m in self._marks), default=0)

    def __len__(self) -> int:
        return len(self._marks)

    def __iter__(self):
        return iter(self._marks)

    def add(self, mark: Mark) -> None:
        insort(self._marks, mark)
        self._longest = max(self._longest, mark.end - mark.start)

    def remove_codings(self, coding_ids: set[int]) -> None:
        self._marks = [m for m in self._marks if m.coding_id not in coding_ids]

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks sharing at least one character with ``[start, end)`` (or containing a caret)."""
        lo = bisect_left(self._marks, (start - self._longest,))
        hi = bisect_left(self._marks, (end + (1 if end == start else 0),))
        return [m for m in self._marks[lo:hi] if m.end > start and (m.start < end or m.start == start)]

    def at(self, position: int) -> list[Mark]:
        """Marks covering code point ``position``."""
        return [m for m in self.overlapping(position, position + 1) if m.start <= position < m.end]

    def code_ids(self) -> set[int]:
        return {m.code_id for m in self._marks}



def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def word_start(text: str, position: int) -> int:
    """``position`` moved back to the start of the word it falls inside (unchanged at a word edge)."""
    while position > 0 and _word_char(text, position - 1) and _word_char(text, position):
        position -= 1
    return position


def word_end(text: str, position: int) -> int:
    """``position`` moved on to the end of the word it falls inside (unchanged at a word edge)."""
    while position < len(text) and _word_char(text, position - 1) and _word_char(text, position):
        position += 1
    return position


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so that it neither starts nor ends inside a word.

    A bound between two letters or digits moves outwards to the word's edge ("ne participante" selected
    in "une participante" becomes "une participante"); bounds already at a word edge, on a space or on
    punctuation stay where they are. Offsets are code points.
    """
    if end <= start:
        return start, end
    return word_start(text, start), word_end(text, end)


def trim_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
