"""Exports never fail on content and never carry a formula: characters XML cannot hold are replaced and
reported with the document or code they came from; CSV cells that a spreadsheet would run are escaped."""

from __future__ import annotations

import csv

import pytest
from docx import Document as read_docx
from openpyxl import load_workbook

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.export.cell_safety import REPLACEMENT, XmlSanitizer, csv_cell, xml_safe
from coding.export.docx_export import DocxExportOptions, export_docx
from coding.export.grid_export import grid_to_docx, grid_to_xlsx
from coding.export.table_export import export_csv, export_xlsx
from coding.memos import MemoService
from coding.queries_export import matrix_to_xlsx, passages_to_csv
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.messages import render

DIRTY = "Marie : Début\x00 fin\x0b et \x1f encore.\nPaul : =cmd|' /C calc'!A0\nLéa : +33 6 12 @maison -5"
FORMULAS = ("=cmd|' /C calc'!A0", "+33 6 12", "@maison", "-2+3", "-cmd", "\tx", "\rx")


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Entretien\x07 1", DIRTY)])
    codebook, codings = CodebookService(project), CodingService(project)
    dirty = codebook.create("Code\x01 sale", description="desc\x02")
    formula = codebook.create("=SUM(A1)")
    marie = DIRTY.index("Début")
    created = codings.apply(dirty.id, [Span(1, marie, DIRTY.index("encore") + 6)], "ana")
    paul = DIRTY.index("=cmd")
    codings.apply(formula.id, [Span(1, paul, DIRTY.index("A0") + 2)], "ana")
    lea = DIRTY.index("+33")
    codings.apply(formula.id, [Span(1, lea, len(DIRTY))], "ana")
    MemoService(project).set("coding", created[0].id, "mémo\x03", "ana")
    yield project
    project.close()


def test_export_csv_escapes_formulas(project, tmp_path):
    out = tmp_path / "c.csv"
    assert export_csv(project, out) == 3
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    texts = {row[5] for row in rows[1:]}
    assert "'=cmd|' /C calc'!A0" in texts and "'+33 6 12 @maison -5" in texts
    assert all(row[0] in ("Code\x01 sale", "'=SUM(A1)") for row in rows[1:])
    assert [csv_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert csv_cell("Début") == "Début" and csv_cell(-5) == -5 and csv_cell("3 - 2") == "3 - 2"
    assert csv_cell("-5") == "-5" and csv_cell("-1.250107") == "-1.250107"  # numbers written as text stay numbers


def test_export_passages_csv_escapes_formulas(tmp_path):
    from coding.queries import Passage

    out = passages_to_csv([Passage(1, "doc", 0, 4, "=A1")], tmp_path / "p.csv")
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    assert rows[1][-1] == "'=A1"


def test_export_docx_replaces_and_reports_what_xml_cannot_hold(project, tmp_path):
    warnings: list = []
    out = export_docx(project, tmp_path / "x.docx", DocxExportOptions(language="en", title="Titre\x04"),
                      warnings=warnings)
    text = "\n".join(p.text for p in read_docx(str(out)).paragraphs)
    assert "Début\ufffd fin\ufffd et \ufffd encore" in text and "Code\ufffd sale" in text
    lines = [render(w, "en") for w in warnings]
    assert "document “Entretien\ufffd 1”: 4 characters that XML cannot hold were replaced by \ufffd" in lines
    assert "code “Code\ufffd sale”: 2 characters that XML cannot hold were replaced by \ufffd" in lines
    assert any(line.startswith("memo of “Entretien\ufffd 1”: 1 character") for line in lines)
    assert all("\n" not in line for line in lines)
    french = [render(w, "fr") for w in warnings]
    assert any(line.startswith("document « Entretien\ufffd 1 » : ") for line in french)


def test_export_xlsx_replaces_reports_and_keeps_formulas_as_text(project, tmp_path):
    warnings: list = []
    assert export_xlsx(project, tmp_path / "x.xlsx", warnings=warnings) == 3
    sheet = load_workbook(tmp_path / "x.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any(v[5] == "Début\ufffd fin\ufffd et \ufffd encore" for v in values), values
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row
               if isinstance(cell.value, str))
    assert warnings and all(REPLACEMENT in render(w, "en") for w in warnings)


def test_export_grid_and_matrix_never_fail_on_content(project, tmp_path):
    from coding.grid import build_grid
    from coding.queries import Matrix

    grid = build_grid(project, [c.id for c in CodebookService(project).codes()], rows="document")
    grid_to_docx(grid, tmp_path / "g.docx", title="Grille\x05")
    grid_to_xlsx(grid, tmp_path / "g.xlsx")
    assert "\ufffd" in "\n".join(c.text for row in read_docx(str(tmp_path / "g.docx")).tables[0].rows for c in row.cells)
    matrix = Matrix("=T", ["=r"], ["c\x00"], [[1]])
    matrix_to_xlsx(matrix, tmp_path / "m.xlsx", with_passages=False)
    sheet = load_workbook(tmp_path / "m.xlsx").active
    assert sheet["A1"].value == "=T" and sheet["A1"].data_type == "s" and sheet["B1"].value == "c\ufffd"


def test_xml_sanitizer_counts_per_origin():
    sanitizer = XmlSanitizer()
    assert sanitizer.clean("a\x00b\ud800", "document", "D") == "a\ufffdb\ufffd"
    assert sanitizer.clean("ok", "document", "D") == "ok"
    assert sanitizer.clean("\x1b", "code", "C") == "\ufffd"
    assert sanitizer.clean("\x1b", "code", "C") == "\ufffd"  # the same text again (a repeated name)
    assert sanitizer.counts == {("document", "D"): 2, ("code", "C"): 1}
    assert xml_safe("tab\tline\ncr\r") == "tab\tline\ncr\r"
