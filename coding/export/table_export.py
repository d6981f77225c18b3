"""All codings as a table: CSV (UTF-8 with BOM, so Excel reads accents) or XLSX.

Columns: code path, document, speaker, start, end, text, coder, date. Offsets are code points.
Both are written atomically (a temporary file renamed over the target). CSV cells that a spreadsheet
would run as formulas are escaped; XLSX cells lose the characters XML cannot hold (replaced by U+FFFD,
reported in ``warnings``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.export.cell_safety import XmlSanitizer, csv_row, xlsx_append
from coding.types import Excerpt
from corpus.atomic import atomic_open, atomic_write
from corpus.messages import Message
from corpus.store.project import Project

HEADERS = {
    "en": ("Code", "Document", "Speaker", "Start", "End", "Text", "Coder", "Date"),
    "fr": ("Code", "Document", "Locuteur", "Début", "Fin", "Texte", "Codeur", "Date"),
}
_WIDTHS = (30, 24, 16, 8, 8, 80, 14, 20)


def coding_rows(project: Project, code_ids: Sequence[int] | None = None,
                include_subcodes: bool = True) -> list[tuple]:
    """One tuple per coding (see :data:`HEADERS`), by document order then text order."""
    if code_ids is not None and include_subcodes:
        codebook = CodebookService(project)
        wanted = set(code_ids)
        for code_id in code_ids:
            wanted.update(codebook.descendants(code_id))
        code_ids = sorted(wanted)
    return [_row(e) for e in CodingService(project).excerpts_for(code_ids)]


def _row(e: Excerpt) -> tuple:
    c = e.coding
    return (e.code_path, e.document_name, e.speaker or "", c.span.start, c.span.end, c.snippet, c.coder,
            c.created)


def export_csv(project: Project, path: str | Path, *, delimiter: str = ",", language: str = "en",
               code_ids: Sequence[int] | None = None, warnings: list[Message] | None = None) -> int:
    """Write the codings as CSV (UTF-8 with BOM, every text field quoted, formulas escaped); return the
    row count. ``warnings`` is accepted for symmetry with :func:`export_xlsx` (CSV carries any text)."""
    rows = coding_rows(project, code_ids)
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        writer.writerow(HEADERS[language])
        writer.writerows(csv_row(row) for row in rows)
    return len(rows)


def export_xlsx(project: Project, path: str | Path, *, language: str = "en",
                code_ids: Sequence[int] | None = None, warnings: list[Message] | None = None) -> int:
    """Write the codings as an Excel sheet (bold frozen header, widths, wrapped text); return the rows.

    Characters XLSX cannot hold are replaced by U+FFFD; one message per document or code where that
    happened is appended to ``warnings``."""
    rows = coding_rows(project, code_ids)
    book = Workbook()
    sheet = book.active
    sheet.title = "Codings" if language == "en" else "Codages"
    sheet.append(HEADERS[language])
    sanitizer = XmlSanitizer()
    for row in rows:
        xlsx_append(sheet, _safe_row(row, sanitizer))  # a passage "= 2 + 2" stays text, not a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    sheet.auto_filter.ref = sheet.dimensions
    atomic_write(path, lambda tmp: book.save(str(tmp)))
    if warnings is not None:
        warnings.extend(sanitizer.report())
    return len(rows)


def _safe_row(row: tuple, sanitizer: XmlSanitizer) -> list[object]:
    """A coding row with what XLSX cannot hold replaced, counted against its code or its document."""
    code_path, document, speaker, start, end, snippet, coder, created = row
    return [sanitizer.clean(code_path, "code", code_path), sanitizer.clean(document, "document", document),
            sanitizer.clean(speaker, "case", speaker), start, end, sanitizer.clean(snippet, "document", document),
            sanitizer.clean(coder, "other", coder), created]


def export_table(project: Project, path: str | Path, **options: object) -> int:
    """CSV or XLSX by the suffix of ``path``; return the row count (``warnings=[...]`` collects what
    was replaced)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return export_csv(project, path, **options)  # type: ignore[arg-type]
    if suffix == ".xlsx":
        options.pop("delimiter", None)
        return export_xlsx(project, path, **options)  # type: ignore[arg-type]
    raise ValueError(f"{Path(path).name}: expected a .csv or .xlsx file")
