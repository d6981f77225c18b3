"""Export a thematic grid to Word (a landscape table) and to XLSX, written atomically; characters XML
cannot hold are replaced by U+FFFD (see :mod:`coding.export.cell_safety`)."""

from __future__ import annotations

from pathlib import Path

from coding.export.cell_safety import xlsx_append, xml_safe
from coding.grid import Grid
from corpus.atomic import atomic_write

ROW_HEADERS = {"case": "Participant", "document": "Document", "group": "Group"}
SUMMARY_LABEL = "Summary: "


def _excerpt_line(e) -> str:  # noqa: ANN001 - coding.types.Excerpt
    where = e.document_name + (f", {e.speaker}" if e.speaker else "")
    return xml_safe(f"« {' '.join(e.coding.snippet.split())} » ({where})")


def grid_to_docx(grid: Grid, target: str | Path, *, title: str = "Thematic grid") -> Path:
    """A landscape A4 document: one table, rows x codes, summary (bold) above the excerpts."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    doc.add_heading(xml_safe(title), level=1)
    table = doc.add_table(rows=1 + len(grid.rows), cols=1 + len(grid.codes))
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = ROW_HEADERS[grid.row_kind]
    for j, code in enumerate(grid.codes, start=1):
        header[j].text = xml_safe(code.path)
    for cell in header:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for i, row in enumerate(grid.rows, start=1):
        cells = table.rows[i].cells
        cells[0].text = xml_safe(row.label)
        for j, code in enumerate(grid.codes, start=1):
            excerpts, summary = grid.cell(row.id, code.id)
            para = cells[j].paragraphs[0]
            if summary:
                para.add_run(xml_safe(summary)).bold = True
                para = cells[j].add_paragraph()
            for k, e in enumerate(excerpts):
                if k:
                    para = cells[j].add_paragraph()
                run = para.add_run(_excerpt_line(e))
                run.font.size = Pt(8)
    return atomic_write(target, lambda tmp: doc.save(str(tmp)))


def grid_to_xlsx(grid: Grid, target: str | Path) -> Path:
    """One sheet: rows x codes, each cell the summary then the excerpts (wrapped text)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Grid"
    xlsx_append(sheet, [ROW_HEADERS[grid.row_kind], *[c.path for c in grid.codes]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in grid.rows:
        values = [xml_safe(row.label)]
        for code in grid.codes:
            excerpts, summary = grid.cell(row.id, code.id)
            lines = ([SUMMARY_LABEL + summary] if summary else []) + [_excerpt_line(e) for e in excerpts]
            values.append(xml_safe("\n".join(lines)))
        xlsx_append(sheet, values)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col in range(2, 2 + len(grid.codes)):
        sheet.column_dimensions[sheet.cell(1, col).column_letter].width = 50
    return atomic_write(target, lambda tmp: book.save(str(tmp)))
