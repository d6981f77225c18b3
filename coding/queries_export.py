"""Export query results (matrices, passage lists) to CSV and XLSX: atomically, formulas escaped."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from coding.export.cell_safety import csv_row, xlsx_append
from coding.queries import Matrix, Passage
from corpus.atomic import atomic_write

PASSAGE_HEADER = ["document", "start", "end", "speaker", "text"]


def _matrix_rows(matrix: Matrix) -> list[list[object]]:
    rows: list[list[object]] = [[matrix.title, *matrix.col_labels]]
    for label, values in zip(matrix.row_labels, matrix.values):
        rows.append([label, *[int(v) if float(v).is_integer() else v for v in values]])
    return rows


def _passage_rows(passages: Sequence[Passage]) -> list[list[object]]:
    return [PASSAGE_HEADER] + [[p.document_name, p.start, p.end, p.speaker or "", p.text] for p in passages]


def _write_csv(target: str | Path, rows: list[list[object]]) -> Path:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8 then
            csv.writer(fh).writerows(csv_row(row) for row in rows)

    return atomic_write(target, write)


def matrix_to_csv(matrix: Matrix, target: str | Path) -> Path:
    """The matrix as CSV (UTF-8 with BOM, so spreadsheets read accents)."""
    return _write_csv(target, _matrix_rows(matrix))


def passages_to_csv(passages: Sequence[Passage], target: str | Path) -> Path:
    """A passage list as CSV."""
    return _write_csv(target, _passage_rows(passages))


def matrix_to_xlsx(matrix: Matrix, target: str | Path, *, with_passages: bool = True) -> Path:
    """The matrix on a first sheet; with ``with_passages`` a second sheet lists each cell's passages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    for row in _matrix_rows(matrix):
        xlsx_append(sheet, row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    if with_passages:
        detail = book.create_sheet("Passages")
        detail.append(["row", "column", *PASSAGE_HEADER])
        for (i, j), passages in sorted(matrix.passages.items()):
            for p in passages:
                xlsx_append(detail, [matrix.row_labels[i], matrix.col_labels[j], p.document_name, p.start, p.end,
                                     p.speaker or "", p.text])
    return atomic_write(target, lambda tmp: book.save(str(tmp)))
