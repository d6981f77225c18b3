"""The Queries dock: heat-map matrices with passages and jumps, boolean code queries, text search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.exchange.models import YLORBR, MatrixModel, heat_color, text_color
from app.exchange.search_tabs import build_query
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.queries_bool import AllOf, Has, Without
from coding.types import Span
from corpus.documents import CorpusService
from tests.app.conftest import finish


def code_focus_group(window) -> dict[str, int]:
    """Fatigue and Équipe overlap once ("on tient grâce à l'équipe" inside a fatigue passage)."""
    project = window.controller.project
    books, codings = CodebookService(project), CodingService(project)
    doc = CorpusService(project).find_document("Focus group soignants")
    ids = {p: books.ensure_path(p).id for p in ("Fatigue", "Équipe", "Salaire")}
    for path, needle in (("Fatigue", "la fatigue arrive vite, on tient grâce à l'équipe"),
                         ("Fatigue", "La fatigue aussi"), ("Équipe", "on tient grâce à l'équipe"),
                         ("Équipe", "Sans l’équipe je partirais"), ("Salaire", "le salaire compte")):
        start = doc.text.index(needle)
        codings.apply(ids[path], [Span(doc.id, start, start + len(needle))], "alice")
    for kind in ("codes", "codings"):
        window.controller.notify(kind)
    return ids


def test_heat_palette_and_contrast():
    assert heat_color(0.0) == QColor(YLORBR[0]) and heat_color(1.0) == QColor(YLORBR[-1])
    assert text_color(QColor(YLORBR[0])) == QColor("#000000")
    assert text_color(QColor(YLORBR[-1])) == QColor("#FFFFFF")


def test_cooccurrence_heat_map_cell_passages_and_jump(window, qtbot, qtmodeltester, tmp_path):
    ids = code_focus_group(window)
    panel = window.exchange.show_queries()
    tab = panel.matrix
    assert set(tab.codes.checked_code_ids()) == set(ids.values())
    assert finish(qtbot, tab.compute()) is True
    model: MatrixModel = tab.model
    qtmodeltester.check(model)
    labels = model.matrix.row_labels
    f, e, s = labels.index("Fatigue"), labels.index("Équipe"), labels.index("Salaire")
    assert model.index(f, e).data() == "1" and model.index(f, f).data() == "2" and model.index(f, s).data() == "0"
    assert model.index(f, e).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(YLORBR[-1])  # the maximum
    assert model.index(f, s).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(YLORBR[0])
    assert model.index(f, f).data(Qt.ItemDataRole.BackgroundRole).color() != QColor(YLORBR[-1])  # diagonal apart
    assert model.index(f, e).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#FFFFFF")
    assert "(1 passage" in model.index(f, e).data(Qt.ItemDataRole.ToolTipRole)  # "1 passage" with the English .qm
    tab.show_cell(model.index(f, e))
    passages = tab.passages.model
    qtmodeltester.check(passages)
    assert passages.rowCount() == 1 and passages.index(0, 2).data() == "on tient grâce à l'équipe"
    assert passages.index(0, 1).data() == "Marie"
    window.viewer.text.setTextCursor(window.viewer.text.cursor_at(0))
    tab.passages.jump_row(0)
    assert window.viewer.text.textCursor().selectedText() == "on tient grâce à l'équipe"
    assert tab.export(str(tmp_path / "m.csv")).endswith("m.csv")
    assert "Fatigue" in (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert tab.export(str(tmp_path / "m.xlsx")) and (tmp_path / "m.xlsx").stat().st_size > 0


def test_cooccurrence_same_turn_and_distance(window, qtbot):
    code_focus_group(window)
    tab = window.exchange.show_queries().matrix
    tab.mode.setCurrentIndex(tab.mode.findData("turn"))
    finish(qtbot, tab.compute())
    labels = tab.model.matrix.row_labels
    assert tab.model.value(labels.index("Fatigue"), labels.index("Équipe")) == 1
    tab.mode.setCurrentIndex(tab.mode.findData("distance"))
    assert tab.distance.isEnabled()
    tab.distance.setValue(10000)
    finish(qtbot, tab.compute())
    assert tab.model.value(labels.index("Salaire"), labels.index("Fatigue")) >= 1


def test_code_by_attribute_and_by_case(window, qtbot, qtmodeltester):
    code_focus_group(window)
    tab = window.exchange.show_queries().matrix
    tab.kind.setCurrentIndex(tab.kind.findData("attribute"))
    assert tab.attribute.isVisibleTo(tab) and not tab.mode.isVisibleTo(tab)
    tab.attribute.setCurrentText("rôle")
    finish(qtbot, tab.compute())
    m = tab.model.matrix
    assert m.col_labels == ["aide-soignant", "infirmière"]
    assert m.value("Fatigue", "infirmière") == 1 and m.value("Salaire", "aide-soignant") == 1
    qtmodeltester.check(tab.model)
    tab.kind.setCurrentIndex(tab.kind.findData("case"))
    tab.measure.setCurrentIndex(tab.measure.findData("count"))
    finish(qtbot, tab.compute())
    assert tab.model.matrix.value("Équipe", "Marie") == 2


def test_boolean_code_query_builder(window, qtbot, qtmodeltester):
    ids = code_focus_group(window)
    assert build_query(1, "and", 2, "turn", True) == AllOf((Has(1, True), Has(2, True)), within="turn")
    assert build_query(1, "not", 2, "overlap", False) == Without(Has(1), Has(2))
    assert build_query(1, "or", None, "overlap", True) == Has(1, True)
    tab = window.exchange.queries.code_query
    tab.code_a.setCurrentIndex(tab.code_a.findData(ids["Fatigue"]))
    tab.code_b.setCurrentIndex(tab.code_b.findData(ids["Équipe"]))
    tab.operator.setCurrentIndex(tab.operator.findData("and"))
    finish(qtbot, tab.run())
    assert [p.text for p in tab.results.model.items] == ["on tient grâce à l'équipe"]
    tab.operator.setCurrentIndex(tab.operator.findData("not"))
    finish(qtbot, tab.run())
    assert [p.text for p in tab.results.model.items] == ["La fatigue aussi"]
    qtmodeltester.check(tab.results.model)


def test_text_search_with_accent_and_apostrophe_folding(window, qtbot, tmp_path):
    tab = window.exchange.queries.text_search
    tab.pattern.setText("l'equipe")
    tab.ignore_accents.setChecked(True)
    finish(qtbot, tab.run())
    found = [p.text for p in tab.results.model.items]
    assert "l’équipe" in found and "l'équipe" in found and len(found) == 6
    window.viewer.text.setTextCursor(window.viewer.text.cursor_at(0))
    tab.results.jump_row(len(found) - 1)
    assert window.viewer.document_id == tab.results.model.items[-1].document_id
    assert tab.export(str(tmp_path / "hits.csv")) and (tmp_path / "hits.csv").is_file()


def test_bad_regular_expression_is_reported(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    tab = window.exchange.queries.text_search
    tab.pattern.setText("(unclosed")
    tab.regex.setChecked(True)
    finish(qtbot, tab.run())
    assert shown and tab.run_button.isEnabled()


def test_code_choices_follow_the_codebook(window):
    panel = window.exchange.queries
    before = panel.code_query.code_a.count()
    code_focus_group(window)
    assert panel.code_query.code_a.count() == before + 3
    assert len(panel.matrix.codes.items) == 3
