"""The thematic grid window: cells with excerpts, summaries edited as undoable steps, exports."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from PySide6.QtCore import Qt

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.grid import get_summary
from coding.types import Span
from corpus.documents import CorpusService
from tests.app.conftest import finish


def code_focus_group(window) -> dict[str, int]:
    project = window.controller.project
    books, codings = CodebookService(project), CodingService(project)
    ids = {p: books.ensure_path(p).id for p in ("Fatigue", "Équipe")}
    for name, path, needle in (("Focus group soignants", "Fatigue", "la fatigue arrive vite"),
                               ("Focus group soignants", "Équipe", "l’équipe avant tout"),
                               ("Entretien Sophie", "Fatigue", "La fatigue est constante")):
        doc = CorpusService(project).find_document(name)
        start = doc.text.index(needle)
        codings.apply(ids[path], [Span(doc.id, start, start + len(needle))], "alice")
    for kind in ("codes", "codings"):
        window.controller.notify(kind)
    return ids


def built_grid(window, qtbot):
    code_focus_group(window)
    grid = window.exchange.open_grid()
    assert set(grid.codes.checked_code_ids()) == {c.id for c in window.controller.codes()}  # top-level codes
    assert finish(qtbot, grid.build()) is True
    return grid


def test_grid_rows_cells_and_model(window, qtbot, qtmodeltester):
    grid = built_grid(window, qtbot)
    model = grid.model
    qtmodeltester.check(model)
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows == ["Marie", "Paul", "Sophie"]  # interviewers left out
    cols = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    marie, fatigue = rows.index("Marie"), cols.index("Fatigue")
    cell = model.index(marie, fatigue)
    assert "1 excerpt(s)" in cell.data() and "la fatigue arrive vite" in cell.data()
    assert "Focus group soignants, Marie" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows.index("Paul"), fatigue).data() == ""
    grid.table.setCurrentIndex(cell)
    assert "la fatigue arrive vite" in grid.excerpts.toPlainText() and "Marie" in grid.cell_title.text()


def test_grid_summary_edit_is_saved_and_undoable(window, qtbot):
    grid = built_grid(window, qtbot)
    model, project, stack = grid.model, window.controller.project, window.controller.undo_stack
    cell = model.index(0, 0)
    row_id, code_id = model.key(cell)
    assert model.setData(cell, "Épuisement décrit tôt")
    assert get_summary(project, "case", row_id, code_id) == "Épuisement décrit tôt"
    assert cell.data().startswith("Épuisement décrit tôt\n")
    assert stack.undoText() == "Edit summary"
    stack.undo()
    assert get_summary(project, "case", row_id, code_id) == ""
    assert not model.index(0, 0).data().startswith("Épuisement")
    stack.redo()
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "Épuisement décrit tôt"
    grid.table.setCurrentIndex(model.index(0, 0))  # the editor below the grid: the same command
    assert grid.summary.toPlainText() == "Épuisement décrit tôt"
    grid.summary.setPlainText("Fatigue physique")
    assert grid.save_button.isEnabled()
    grid.save_summary()
    assert get_summary(project, "case", row_id, code_id) == "Fatigue physique"
    stack.undo()
    assert grid.summary.toPlainText() == "Épuisement décrit tôt"


def test_grid_by_document_and_exports(window, qtbot, tmp_path):
    code_focus_group(window)
    grid = window.exchange.open_grid()
    grid.rows.setCurrentIndex(grid.rows.findData("document"))
    finish(qtbot, grid.build())
    assert grid.model.rowCount() == 2 and grid.act_docx.isEnabled()
    grid.edit_summary(*grid.model.key(grid.model.index(0, 0)), "Résumé")
    docx = grid.export("docx", str(tmp_path / "grid"))
    document = Document(docx)
    assert document.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert "Résumé" in document.tables[0].cell(1, 1).text
    assert grid.export("xlsx", str(tmp_path / "grid.xlsx")).endswith(".xlsx")


def test_grid_window_closes_with_its_project(window, qtbot):
    built_grid(window, qtbot)
    window.controller.close_project()
    assert window.exchange.grid_window is None
