"""Open-ended survey answers in CSV or XLSX: one document per row (kind ``"survey"``).

The free-text column(s) and the respondent id column come from :class:`ImportOptions` or are guessed
(:func:`guess_columns`): the text column has the longest answers (most words on average); the id column
has unique, short, always-filled values (a name such as ``id`` or ``répondant`` is preferred), else the
row number is the id. Every column that is not a text column becomes an attribute. Empty answers are
skipped with a warning (in the first document's ``warnings``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import msg
from .base import ImportedDocument, ImportFailure, ImportOptions, warn
from .encoding import normalize_text, sha256_bytes
from .limits import check_document_counts
from .tables import Table, read_csv
from .xlsx import read_xlsx

PREVIEW_ROWS = 5
_DEFAULTS = ImportOptions()
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


def load_table(path: str | Path, data: bytes, options: ImportOptions = _DEFAULTS) -> Table:
    """Read a CSV/TSV or XLSX file as a :class:`Table`."""
    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path, data)
    return read_csv(path, data, options)


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
    shown = table.columns[:20]
    available = ", ".join(f"'{c}'" for c in shown) + (", …" if len(table.columns) > len(shown) else "")
    raise ImportFailure(path, msg("no column '{column}' in the file; available columns: {available}",
                                  column=wanted, available=available))


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

    table = load_table(path, read_bytes(path, text=Path(path).suffix.lower() not in (".xlsx", ".xlsm")), options)
    text_columns, id_column = guess_columns(table)
    preview = [dict(zip(table.columns, row)) for row in table.rows[:PREVIEW_ROWS]]
    return SurveyColumnGuess(
        table.columns, text_columns, id_column, preview, len(table.rows), table.delimiter, table.encoding
    )


def read_survey(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """One document per non-empty answer row of a CSV/XLSX file."""
    table = load_table(path, data, options)
    check_document_counts(path, len(table.rows), len(table.columns) - 1, len(table.rows) * (len(table.columns) - 1))
    text_columns, id_column = choose_columns(path, table, options)
    text_indexes = [table.columns.index(name) for name in text_columns]
    id_index = table.columns.index(id_column) if id_column else None
    source, stem, sha = Path(path).name, Path(path).stem, sha256_bytes(data)
    documents: list[ImportedDocument] = []
    for number, row in enumerate(table.rows, start=1):
        ident = row[id_index].strip() if id_index is not None else str(number)
        answer = "\n\n".join(row[i].strip() for i in text_indexes if row[i].strip())
        if not answer:
            warn(msg("row {row} (id {id}): empty answer, skipped", row=number, id=ident))
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
        raise ImportFailure(path, msg("every answer in column(s) {columns} is empty",
                                      columns=", ".join(text_columns)))
    return documents
