"""CSV and XLSX exports of codings: BOM, quoting, delimiter, header style, code filter."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.export.table_export import export_csv, export_table, export_xlsx
from coding.testing import make_project, transcript
from coding.types import Span

TEXT = 'Marie : Il a dit "non", puis ; l’œuvre 😀\nvraiment.\nPaul : Oui.'


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Entretien, 1", TEXT)])
    cb, cs = CodebookService(project), CodingService(project)
    parent = cb.create("Avis")
    child = cb.create("Négatif", parent_id=parent.id)
    other = cb.create("Autre")
    cs.apply(child.id, [Span(1, 8, TEXT.index("vraiment") + 9)], "ana")
    cs.apply(other.id, [Span(1, TEXT.index("Oui"), len(TEXT))], "bob")
    yield project
    project.close()


def test_table_export_csv_has_bom_quotes_and_exact_text(project, tmp_path):
    out = tmp_path / "c.csv"
    assert export_csv(project, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    assert rows[0] == ["Code", "Document", "Speaker", "Start", "End", "Text", "Coder", "Date"]
    assert rows[1][:3] == ["Avis/Négatif", "Entretien, 1", "Marie"]
    assert rows[1][5] == TEXT[8:TEXT.index("vraiment") + 9] and int(float(rows[1][3])) == 8
    assert rows[2][0] == "Autre" and rows[2][6] == "bob"


def test_table_export_csv_delimiter_and_code_filter(project, tmp_path):
    out = tmp_path / "c.csv"
    parent = CodebookService(project).find_path("Avis").id
    assert export_csv(project, out, delimiter=";", language="fr", code_ids=[parent]) == 1
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows[0][2] == "Locuteur" and len(rows) == 2


def test_table_export_xlsx_layout(project, tmp_path):
    out = tmp_path / "c.xlsx"
    assert export_table(project, out) == 2
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert sheet["F2"].value == TEXT[8:TEXT.index("vraiment") + 9] and sheet["F2"].alignment.wrap_text
    assert sheet.column_dimensions["F"].width == 80
    assert export_xlsx(project, tmp_path / "d.xlsx", code_ids=[]) == 0
    with pytest.raises(ValueError):
        export_table(project, tmp_path / "c.ods")


def test_table_export_xlsx_keeps_a_passage_starting_with_equals_as_text(tmp_path):
    text = "Paul : = 2 + 2, disait-il.\nMarie : Oui."
    project = make_project(tmp_path / "q.vbt", [transcript("Calcul", text)])
    try:
        code = CodebookService(project).create("Calcul")
        CodingService(project).apply(code.id, [Span(1, 7, text.index("\n"))], "ana")
        export_xlsx(project, tmp_path / "q.xlsx")
    finally:
        project.close()
    cell = load_workbook(tmp_path / "q.xlsx").active["F2"]
    assert cell.value == "= 2 + 2, disait-il." and cell.data_type == "s"
