"""Open-ended survey answers in CSV or XLSX: one document per row (kind ``"survey"``).

The free-text column(s) and the respondent id column come from :class:`ImportOptions` or are guessed
(:func:`guess_columns`): the text column has the longest answers (most words on average); the id column
has unique, short, always-filled values (a name such as ``id`` or ``répondant`` is preferred), else the
row number is the id. Every column that is not a text column becomes an attribute. Empty answers are
skipped with a warning (in the first document's ``warnings``).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .base import ImportedDocument, ImportFailure, ImportOptions
from .common import check_office_container, open_zip
from .encoding import decode_bytes, normalize_text, sha256_bytes

PREVIEW_ROWS = 5
_DEFAULTS = ImportOptions()
_DELIMITERS = ";,\t|"
_ID_NAME = re.compile(
    r"(?:^|\b|_)(id|ident|identifiant|r[ée]pondant|respondent|num[ée]ro|n°|code|participant)(?:\b|_|$)"
)
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


@dataclass
class SurveyColumnGuess:
    """What the GUI/CLI shows the user to confirm before a survey import."""

    columns: list[str]
    text_columns: list[str]
    id_column: str | None  # None: the row number is the id
    preview: list[dict[str, str]] = field(default_factory=list)
    row_count: int = 0
    delimiter: str | None = None  # CSV only
    encoding: str | None = None  # CSV only


@dataclass
class Table:
    """A header and rows of strings, as read from a CSV or the first XLSX sheet."""

    columns: list[str]
    rows: list[list[str]]
    delimiter: str | None = None
    encoding: str | None = None


def _unique_columns(header: list[str]) -> list[str]:
    """Column names stripped, empty ones named ``column N``, duplicates suffixed ``(N)``."""
    names: list[str] = []
    for index, raw in enumerate(header, start=1):
        name = " ".join(str(raw).split()) or f"column {index}"
        names.append(f"{name} ({index})" if name in names else name)
    return names


def _make_table(path: str | Path, raw_rows: list[list[str]], **info: str | None) -> Table:
    """Build a :class:`Table` from raw rows: drop empty rows, pad short rows, name columns."""
    rows = [row for row in raw_rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ImportFailure(path, "the table is empty")
    width = max(len(row) for row in rows)
    while width > 1 and not any(len(row) >= width and row[width - 1].strip() for row in rows):
        width -= 1
    rows = [(row + [""] * width)[:width] for row in rows]
    if len(rows) < 2:
        raise ImportFailure(path, "the table has a header row but no data row")
    return Table(_unique_columns(rows[0]), rows[1:], **info)


def _parse_csv(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True))


def _consistency(text: str, delimiter: str) -> tuple[float, int]:
    """(share of the first rows with the header's width, that width) for one delimiter."""
    sample = text[:65536]
    rows = [row for row in _parse_csv(sample[: sample.rfind("\n") + 1] or sample, delimiter) if row][:50]
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


def _read_csv(path: str | Path, data: bytes, options: ImportOptions) -> Table:
    text, encoding = decode_bytes(data, path, options.encoding)
    delimiter = sniff_delimiter(text)
    try:
        raw = _parse_csv(text, delimiter)
    except csv.Error as exc:
        raise ImportFailure(path, f"the CSV file is malformed ({exc})") from exc
    return _make_table(path, raw, delimiter=delimiter, encoding=encoding)


def _cell(value: object) -> str:
    """A spreadsheet value as text (integral floats without ``.0``, dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return normalize_text(str(value))


def _read_xlsx(path: str | Path, data: bytes) -> Table:
    check_office_container(path, data, "Excel workbook", "open it in Excel and save it as .xlsx")
    open_zip(path, data, "Excel workbook").close()
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        raw = [[_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        workbook.close()
    except Exception as exc:  # openpyxl raises KeyError, InvalidFileException, XML errors...
        raise ImportFailure(path, f"the Excel workbook cannot be read (damaged?): {exc}") from exc
    return _make_table(path, raw)


def load_table(path: str | Path, data: bytes, options: ImportOptions = _DEFAULTS) -> Table:
    """Read a CSV/TSV or XLSX file as a :class:`Table`."""
    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, data)
    return _read_csv(path, data, options)


def _column_values(table: Table, index: int) -> list[str]:
    return [row[index].strip() for row in table.rows if row[index].strip()]


def _guess_text_column(table: Table) -> str:
    """The column with the most words per non-empty answer (ties: longer answers); numbers excluded."""
    best, best_score = table.columns[0], (-1.0, -1.0)
    for index, name in enumerate(table.columns):
        values = _column_values(table, index)
        if not values or all(_NUMBER.fullmatch(value) for value in values):
            continue
        score = (sum(len(v.split()) for v in values) / len(values), sum(map(len, values)) / len(values))
        if score > best_score:
            best, best_score = name, score
    return best


def _guess_id_column(table: Table, text_columns: list[str]) -> str | None:
    """A column of unique short values filled in every row; a name like ``id`` wins; else None."""
    candidates: list[tuple[int, int, str]] = []
    for index, name in enumerate(table.columns):
        values = [row[index].strip() for row in table.rows]
        if name in text_columns or not all(values) or len(set(values)) != len(values):
            continue
        if max(map(len, values)) > 40:
            continue
        named = bool(_ID_NAME.search(name.casefold()))
        compact = all(" " not in value and len(value) <= 20 for value in values)
        if named or compact:
            candidates.append((0 if named else 1, index, name))
    return min(candidates)[2] if candidates else None


def guess_columns(table: Table) -> tuple[list[str], str | None]:
    """(text columns, id column or None) guessed from the table's content."""
    text_columns = [_guess_text_column(table)]
    return text_columns, _guess_id_column(table, text_columns)


def _resolve(path: str | Path, table: Table, wanted: str) -> str:
    """The table's column named ``wanted`` (exact, then ignoring case and spaces)."""
    if wanted in table.columns:
        return wanted
    folded = {" ".join(c.split()).casefold(): c for c in table.columns}
    key = " ".join(wanted.split()).casefold()
    if key in folded:
        return folded[key]
    available = ", ".join(f"'{c}'" for c in table.columns)
    raise ImportFailure(path, f"no column '{wanted}' in the file; available columns: {available}")


def choose_columns(path: str | Path, table: Table, options: ImportOptions) -> tuple[list[str], str | None]:
    """Text and id columns: the options' choices (checked against the table) or the guess."""
    guessed_text, guessed_id = guess_columns(table)
    if options.text_columns:
        text_columns = [_resolve(path, table, name) for name in options.text_columns]
        id_column = _guess_id_column(table, text_columns)
    else:
        text_columns, id_column = guessed_text, guessed_id
    if options.id_column:
        id_column = _resolve(path, table, options.id_column)
    return text_columns, id_column


def guess_survey_columns(path: str | Path, options: ImportOptions = _DEFAULTS) -> SurveyColumnGuess:
    """Read a CSV/XLSX file and guess its text and id columns, for the user to confirm."""
    from .encoding import read_bytes

    table = load_table(path, read_bytes(path), options)
    text_columns, id_column = guess_columns(table)
    preview = [dict(zip(table.columns, row)) for row in table.rows[:PREVIEW_ROWS]]
    return SurveyColumnGuess(
        table.columns, text_columns, id_column, preview, len(table.rows), table.delimiter, table.encoding
    )


def read_survey(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """One document per non-empty answer row of a CSV/XLSX file."""
    table = load_table(path, data, options)
    text_columns, id_column = choose_columns(path, table, options)
    text_indexes = [table.columns.index(name) for name in text_columns]
    id_index = table.columns.index(id_column) if id_column else None
    source, stem, sha = Path(path).name, Path(path).stem, sha256_bytes(data)
    documents: list[ImportedDocument] = []
    warnings: list[str] = []
    for number, row in enumerate(table.rows, start=1):
        ident = row[id_index].strip() if id_index is not None else str(number)
        answer = "\n\n".join(row[i].strip() for i in text_indexes if row[i].strip())
        if not answer:
            warnings.append(f"{source}: row {number} (id {ident}): empty answer, skipped")
            continue
        attributes = {name: row[i].strip() for i, name in enumerate(table.columns) if i not in text_indexes}
        documents.append(
            ImportedDocument(
                name=f"{stem} – {ident}",
                text=normalize_text(answer),
                source_name=source,
                source_format=Path(path).suffix.lower().lstrip(".") or "csv",
                sha256=sha,
                kind="survey",
                attributes=attributes,
            )
        )
    if not documents:
        raise ImportFailure(path, f"every answer in column(s) {', '.join(text_columns)} is empty")
    documents[0].warnings.extend(warnings)
    return documents
