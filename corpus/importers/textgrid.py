"""Praat TextGrid files (long and short text formats, UTF-8 or UTF-16).

Each IntervalTier is one speaker (the tier name); intervals with empty text are skipped; the intervals
of all tiers are sorted by start time and consecutive intervals of one speaker merge into one turn,
written as ``Name : text`` lines with their start time (as for subtitles).
"""

from __future__ import annotations

import re
from pathlib import Path

from .base import ImportedDocument, ImportFailure, ImportOptions
from .encoding import decode_bytes, sha256_bytes
from .turns import build_turn_text, merge_consecutive

# Quoted strings ("" escapes a quote), flags, numbers; bracketed indices and key words are skipped.
_TOKEN = re.compile(r'"((?:[^"]|"")*)"|\[\d*\]|<(exists|absent)>|([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)')

Interval = tuple[float, int, str, str]  # (start, tier index, speaker, text)


def read_textgrid(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .TextGrid file."""
    if data.startswith(b"ooBinaryFile"):
        raise ImportFailure(path, "binary TextGrid files are not supported; save it as a text file in Praat")
    text, _encoding = decode_bytes(data, path, options.encoding)
    return parse_textgrid(path, data, text, options)


def _tokens(text: str) -> list[str | float]:
    """The meaningful tokens of a TextGrid: strings (unescaped), numbers, and the tiers flag."""
    tokens: list[str | float] = []
    for match in _TOKEN.finditer(text):
        string, flag, number = match.groups()
        if string is not None:
            tokens.append(string.replace('""', '"'))
        elif flag is not None:
            tokens.append(flag)
        elif number is not None:
            tokens.append(float(number))
    return tokens


class _Reader:
    """Sequential reader over the token list with type checks."""

    def __init__(self, path: str | Path, tokens: list[str | float]):
        self.path, self.tokens, self.position = path, tokens, 0

    def take(self, kind: type) -> str | float:
        if self.position >= len(self.tokens):
            raise ImportFailure(self.path, "the TextGrid is truncated (unexpected end of file)")
        token = self.tokens[self.position]
        self.position += 1
        if not isinstance(token, kind):
            raise ImportFailure(
                self.path, f"the TextGrid is malformed near token {self.position} ({token!r})"
            )
        return token


def _read_tiers(path: str | Path, text: str) -> tuple[list[Interval], list[str]]:
    """All non-empty intervals of all interval tiers, and warnings (point tiers skipped)."""
    reader = _Reader(path, _tokens(text))
    if reader.take(str) != "ooTextFile" or reader.take(str) != "TextGrid":
        raise ImportFailure(path, "this is not a Praat TextGrid (no 'ooTextFile' / 'TextGrid' header)")
    reader.take(float), reader.take(float)
    if reader.take(str) != "exists":
        return [], []
    intervals: list[Interval] = []
    warnings: list[str] = []
    for tier_index in range(int(reader.take(float))):
        tier_class, name = reader.take(str), str(reader.take(str)).strip()
        reader.take(float), reader.take(float)
        count = int(reader.take(float))
        if tier_class != "IntervalTier":
            for _ in range(count):
                reader.take(float), reader.take(str)
            warnings.append(f"{Path(path).name}: point tier '{name}' was skipped")
            continue
        for _ in range(count):
            start, _end, label = reader.take(float), reader.take(float), reader.take(str)
            if str(label).strip():
                intervals.append((float(start), tier_index, name or f"tier {tier_index + 1}", str(label)))
    return intervals, warnings


def parse_textgrid(
    path: str | Path, data: bytes, text: str, options: ImportOptions
) -> list[ImportedDocument]:
    """One transcript document from the decoded text of a TextGrid.

    Intervals that start at the same time are ordered by speaker name, then tier order.
    """
    intervals, warnings = _read_tiers(path, text)
    if not intervals:
        raise ImportFailure(path, "the TextGrid has no interval with text")
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
