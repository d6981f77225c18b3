"""Praat TextGrid files (long and short text formats, UTF-8 or UTF-16).

Each IntervalTier is one speaker (the tier name); intervals with empty text are skipped; the intervals
of all tiers are sorted by start time and consecutive intervals of one speaker merge into one turn,
written as ``Name : text`` lines with their start time (as for subtitles).
"""

from __future__ import annotations

import bisect
import math
import re
from pathlib import Path

from ..messages import msg
from .base import ImportedDocument, ImportFailure, ImportOptions, warn
from .encoding import decode_bytes, sha256_bytes
from .turns import build_turn_text, merge_consecutive

# Quoted strings ("" escapes a quote), flags, numbers; bracketed indices and key words are skipped.
_TOKEN = re.compile(r'"((?:[^"]|"")*)"|\[\d*\]|<(exists|absent)>|([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)')

Interval = tuple[float, int, str, str]  # (start, tier index, speaker, text)


def read_textgrid(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .TextGrid file."""
    if data.startswith(b"ooBinaryFile"):
        raise ImportFailure(path, msg("binary TextGrid files are not supported; save it as a text file in Praat"))
    text, _encoding = decode_bytes(data, path, options.encoding)
    return parse_textgrid(path, data, text, options)


def _tokens(text: str) -> tuple[list[str | float], list[int]]:
    """The meaningful tokens of a TextGrid (strings unescaped, numbers, the tiers flag) and the offset
    where each starts (for line numbers in messages)."""
    tokens: list[str | float] = []
    offsets: list[int] = []
    for match in _TOKEN.finditer(text):
        string, flag, number = match.groups()
        if string is not None:
            tokens.append(string.replace('""', '"'))
        elif flag is not None:
            tokens.append(flag)
        elif number is not None:
            tokens.append(float(number))
        else:
            continue
        offsets.append(match.start())
    return tokens, offsets


class _Reader:
    """Sequential reader over the token list with type checks."""

    def __init__(self, path: str | Path, text: str):
        self.path, self.position = path, 0
        self.tokens, self._offsets = _tokens(text)
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def line(self) -> int:
        """The line number (from 1) of the token last taken."""
        offset = self._offsets[max(self.position - 1, 0)] if self._offsets else 0
        return bisect.bisect_right(self._line_starts, offset)

    def take(self, kind: type) -> str | float:
        if self.position >= len(self.tokens):
            raise ImportFailure(self.path, msg("the TextGrid is truncated (unexpected end of file)"))
        token = self.tokens[self.position]
        self.position += 1
        if not isinstance(token, kind):
            raise ImportFailure(self.path, msg("line {line}: the TextGrid is malformed ({token})",
                                               line=self.line(), token=repr(token)[:60]))
        return token

    def count(self) -> int:
        """A count (of tiers or intervals): a whole number that the rest of the file can hold."""
        value = self.take(float)
        if value != int(value) or not 0 <= value <= len(self.tokens):
            raise ImportFailure(self.path, msg("line {line}: the TextGrid is malformed (count {count})",
                                               line=self.line(), count=f"{value:g}"))
        return int(value)

    def interval(self) -> tuple[float, float, str]:
        """(start, end, label) of one interval; negative or inverted times are refused with the line."""
        start = float(self.take(float))
        line = self.line()
        end, label = float(self.take(float)), str(self.take(str))
        if not (math.isfinite(start) and math.isfinite(end)) or start < 0 or end < start:
            raise ImportFailure(self.path, msg("line {line}: the interval from {start} s to {end} s is impossible "
                                               "(negative, or ending before it starts)",
                                               line=line, start=start, end=end))
        return start, end, label


def _read_tiers(path: str | Path, text: str) -> tuple[list[Interval], list[str]]:
    """All non-empty intervals of all interval tiers, and warnings (point tiers skipped)."""
    reader = _Reader(path, text)
    if reader.take(str) != "ooTextFile" or reader.take(str) != "TextGrid":
        raise ImportFailure(path, msg("this is not a Praat TextGrid (no 'ooTextFile' / 'TextGrid' header)"))
    reader.take(float), reader.take(float)
    if reader.take(str) != "exists":
        return [], []
    intervals: list[Interval] = []
    for tier_index in range(reader.count()):
        tier_class, name = reader.take(str), str(reader.take(str)).strip()
        reader.take(float), reader.take(float)
        count = reader.count()
        if tier_class != "IntervalTier":
            for _ in range(count):
                reader.take(float), reader.take(str)
            warn(msg("point tier '{name}' was skipped", name=name))
            continue
        for _ in range(count):
            start, _end, label = reader.interval()
            if label.strip():
                intervals.append((start, tier_index, name or f"tier {tier_index + 1}", label))
    return intervals, []


def parse_textgrid(
    path: str | Path, data: bytes, text: str, options: ImportOptions
) -> list[ImportedDocument]:
    """One transcript document from the decoded text of a TextGrid.

    Intervals that start at the same time are ordered by speaker name, then tier order.
    """
    intervals, warnings = _read_tiers(path, text)
    if not intervals:
        raise ImportFailure(path, msg("the TextGrid has no interval with text"))
    intervals.sort(key=lambda interval: (interval[0], interval[2], interval[1]))
    items = merge_consecutive((speaker, label, start) for start, _tier, speaker, label in intervals)
    body, turns = build_turn_text(items)
    return [
        ImportedDocument(
            name=Path(path).stem,
            text=body,
            source_name=Path(path).name,
            source_format="textgrid",
            sha256=sha256_bytes(data),
            kind="transcript",
            turns=turns,
            warnings=warnings,
        )
    ]
