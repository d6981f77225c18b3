"""Tables read from CSV/TSV files (and built for XLSX sheets): a header and rows of strings.

Reading is linear in the size of the file, also for very wide headers, and bounded by
:data:`limits.MAX_COLUMNS`, :data:`limits.MAX_ROWS` and :data:`limits.MAX_CELLS`. A quoted field left
open (``"Bonjour;30`` with no closing quote) would make the CSV reader swallow the following rows
into one field: such a record is read again line by line, and the lines are named in a warning.
"""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..messages import msg
from .base import ImportFailure, ImportOptions, warn
from .encoding import decode_bytes
from .limits import MAX_CELLS, MAX_COLUMNS, MAX_DOCUMENTS, MAX_ROWS, check_document_counts, too_large

_DELIMITERS = ";,\t|"


@dataclass
class Table:
    """A header and rows of strings, as read from a CSV or the first XLSX sheet."""

    columns: list[str]
    rows: list[list[str]]
    delimiter: str | None = None
    encoding: str | None = None


def unique_columns(header: list[str]) -> list[str]:
    """Column names stripped, empty ones named ``column N``, duplicates suffixed ``(N)`` (linear time)."""
    names: list[str] = []
    taken: set[str] = set()
    for index, raw in enumerate(header, start=1):
        name = " ".join(str(raw).split()) or f"column {index}"
        if name in taken:
            name = f"{name} ({index})"
        taken.add(name)
        names.append(name)
    return names


def _last_filled(row: list[str]) -> int:
    """1 + the index of the last non-blank cell of ``row`` (0 for a blank row)."""
    for index in range(len(row) - 1, -1, -1):
        if row[index].strip():
            return index + 1
    return 0


def check_table_size(path: str | Path, rows: int, columns: int, cells: int) -> None:
    """Refuse a table beyond the column, row or cell limits."""
    if columns > MAX_COLUMNS:
        raise too_large(path, msg("a table of {count} columns (at most {limit})", count=columns, limit=MAX_COLUMNS))
    if rows > MAX_ROWS:
        raise too_large(path, msg("a table of more than {limit} rows", limit=MAX_ROWS))
    if cells > MAX_CELLS:
        raise too_large(path, msg("a table of more than {limit} cells", limit=MAX_CELLS))


def make_table(path: str | Path, raw_rows: list[list[str]], **info: str | None) -> Table:
    """Build a :class:`Table` from raw rows: drop empty rows, pad short rows, name columns."""
    filled = [(row, _last_filled(row)) for row in raw_rows]
    filled = [(row, last) for row, last in filled if last]
    if not filled:
        raise ImportFailure(path, msg("the table is empty"))
    width = max(1, max(last for _row, last in filled))
    check_table_size(path, len(filled), width, len(filled) * width)
    rows = [(row + [""] * width)[:width] for row, _last in filled]
    if len(rows) < 2:
        raise ImportFailure(path, msg("the table has a header row but no data row"))
    return Table(unique_columns(rows[0]), rows[1:], **info)


def parse_csv(text: str, delimiter: str) -> list[list[str]]:
    """The records of CSV ``text`` (no check for unclosed quotes: see :func:`read_csv_rows`)."""
    return list(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True))


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """(share of the first rows with the header's width, that width) for one delimiter."""
    sample = text[:65536]
    try:
        parsed = parse_csv(sample[: sample.rfind("\n") + 1] or sample, delimiter)
    except csv.Error:
        return 0.0, 0
    rows = [row for row in parsed if row][:50]
    if not rows:
        return 0.0, 0
    width = len(rows[0])
    return sum(len(row) == width for row in rows) / len(rows), width


def sniff_delimiter(text: str) -> str:
    """The CSV delimiter: csv.Sniffer's answer when consistent, else the most consistent of ; , tab |."""
    candidates: list[str] = []
    with contextlib.suppress(csv.Error):
        candidates.append(csv.Sniffer().sniff(text[:65536], delimiters=_DELIMITERS).delimiter)
    candidates.extend(d for d in _DELIMITERS if d not in candidates)
    scored = [(_consistency(text, d), -position, d) for position, d in enumerate(candidates)]
    best = max(scored, key=lambda item: (item[0][1] > 1, item[0][0] >= 0.9, item[1], item[0]))
    return best[2]


def _swallowed(record: list[str], delimiter: str, width: int) -> bool:
    """True when a multi-line field of ``record`` holds lines shaped like rows (an unclosed quote)."""
    if width < 2 or (width < 3 and len(record) == width):
        return False
    for value in record:
        if "\n" in value and any(line.count(delimiter) >= width - 1 for line in value.split("\n")[1:]):
            return True
    return False


def read_csv_rows(path: str | Path, text: str, delimiter: str) -> list[list[str]]:
    """The rows of CSV ``text``; records swallowed by an unclosed quote are read again line by line."""
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True)
    rows: list[list[str]] = []
    width = previous = 0
    try:
        for record in reader:
            first, last = previous + 1, reader.line_num
            previous = last
            if len(record) > MAX_COLUMNS:
                check_table_size(path, 0, len(record), 0)
            width = width or len(record)
            if last > first and _swallowed(record, delimiter, width):
                rows.extend(next(csv.reader([line], delimiter=delimiter), []) for line in lines[first - 1 : last])
                warn(msg("lines {first}-{last}: a quote is not closed; the lines were read one by one",
                         first=first, last=last))
            else:
                rows.append(record)
            if len(rows) > MAX_ROWS:
                check_table_size(path, len(rows), 0, 0)
            if len(rows) > MAX_DOCUMENTS + 1:  # a row is a document: refuse before reading a million of them
                check_document_counts(path, len(rows) - 1, 0, 0)
    except csv.Error as exc:
        raise ImportFailure(path, msg("line {line}: the CSV file is malformed ({cause}; an unclosed quote?)",
                                      line=reader.line_num, cause=str(exc))) from exc
    return rows


def read_csv(path: str | Path, data: bytes, options: ImportOptions) -> Table:
    """Read a CSV/TSV file (encoding and delimiter guessed) as a :class:`Table`."""
    text, encoding = decode_bytes(data, path, options.encoding)
    delimiter = sniff_delimiter(text)
    raw = read_csv_rows(path, text, delimiter)
    return make_table(path, raw, delimiter=delimiter, encoding=encoding)
