"""Thematic grid: rows x codes, excerpts, summaries stored in settings, Word and XLSX exports."""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from openpyxl import load_workbook

from coding.codebook import CodebookService
from coding.export.grid_export import grid_to_docx, grid_to_xlsx
from coding.grid import build_grid, get_summary, set_summary
from corpus.cases import CaseService


@pytest.fixture
def rich(rich_project):
    return rich_project


def codes(project):
    books = CodebookService(project)
    return [books.find_path("Vie").id, books.find_path("École").id, books.find_path("Logement").id]


def test_grid_by_participant(rich):
    grid = build_grid(rich, codes(rich))
    assert [r.label for r in grid.rows] == ["Amélie", "Bruno"]  # interviewer left out
    amelie, bruno = grid.rows
    vie, school, housing = codes(rich)
    assert sorted(e.coding.snippet for e in grid.cell(amelie.id, vie)[0]) == ["C'est dur 🎉🎉 mais", "Très bien 😀 merci"]
    assert [e.coding.snippet for e in grid.cell(bruno.id, housing)[0]] == ["les loyers ont augmenté", "déménager"]
    assert grid.cell(bruno.id, school) == ([], "")
    assert build_grid(rich, [vie], include_subcodes=False).excerpts == {}


def test_grid_by_document_and_group(rich):
    by_doc = build_grid(rich, codes(rich), rows="document")
    assert [r.label for r in by_doc.rows] == ["Entretien A", "Entretien B"]
    by_group = build_grid(rich, codes(rich), rows="group")
    assert [r.label for r in by_group.rows] == ["Habitants"]
    assert len(by_group.excerpts[(by_group.rows[0].id, codes(rich)[2])]) == 2
    with pytest.raises(ValueError):
        build_grid(rich, codes(rich), rows="sentence")


def test_grid_summaries_are_stored(rich):
    amelie = CaseService(rich).find("Amélie").id
    vie = codes(rich)[0]
    assert set_summary(rich, "case", amelie, vie, "Travail pénible mais stable 😀") == ""
    assert get_summary(rich, "case", amelie, vie) == "Travail pénible mais stable 😀"
    assert build_grid(rich, [vie]).cell(amelie, vie)[1] == "Travail pénible mais stable 😀"
    assert set_summary(rich, "case", amelie, vie, "") == "Travail pénible mais stable 😀"
    assert get_summary(rich, "case", amelie, vie) == ""


def test_grid_exports(rich, tmp_path):
    amelie = CaseService(rich).find("Amélie").id
    set_summary(rich, "case", amelie, codes(rich)[1], "Proche de l'école")
    grid = build_grid(rich, codes(rich))
    grid_to_docx(grid, tmp_path / "grid.docx")
    doc = Document(str(tmp_path / "grid.docx"))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["Participant", "Vie"]
    assert table.rows[1].cells[2].text.startswith("Proche de l'école")
    assert "« l'école est à côté » (Entretien A, Amélie)" in table.rows[1].cells[2].text
    grid_to_xlsx(grid, tmp_path / "grid.xlsx")
    sheet = load_workbook(tmp_path / "grid.xlsx")["Grid"]
    assert sheet["A2"].value == "Amélie"
    assert sheet["C2"].value.startswith("Summary: Proche de l'école\n« l'école")


def test_grid_lists_a_passage_once_per_cell(rich, refi):
    from coding.codings import CodingService
    from corpus.documents import CorpusService

    books = CodebookService(rich)
    doc = CorpusService(rich).find_document("Entretien A").id
    span = refi.span_of(refi.TEXT_A, "l'école est à côté", doc)
    CodingService(rich).apply(books.find_path("École").id, [span], "Bob")  # a second coder, same passage
    grid = build_grid(rich, [books.find_path("École").id], rows="document")
    assert [e.coding.snippet for e in grid.excerpts[(doc, books.find_path("École").id)]] == ["l'école est à côté"]
