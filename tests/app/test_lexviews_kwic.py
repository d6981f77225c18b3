"""KwicView: table contents, sorting, filtering by speaker, opening a passage, coding hits."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog

from app.lexviews.base import Passage
from app.lexviews.kwic_view import KEYWORD, LEFT, KwicView
from tests.app.test_lexviews_common import FakeContext, corpus, kwic_result


def make_view(qtbot, project_open: bool = True):
    context = FakeContext(project_open)
    view = KwicView(kwic_result(), context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view, context


def select_rows(view: KwicView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(view.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_table_contents_and_model(qtbot, qtmodeltester):
    view, _ = make_view(qtbot)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    lines = view.result.lines
    assert view.proxy.rowCount() == len(lines) > 3
    assert view.proxy.index(0, KEYWORD).data() == lines[0].keyword
    assert view.proxy.index(0, 0).data() == lines[0].variables["locuteur"]
    assert view.proxy.index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert view.proxy.index(0, KEYWORD).data(Qt.ItemDataRole.FontRole).bold()


def test_sorting(qtbot):
    view, _ = make_view(qtbot)
    view.set_sort("right")
    rights = [x.right.casefold() for x in view.shown_lines()]
    assert rights == sorted(rights)
    view.set_sort("left")
    lefts = [" ".join(reversed(x.left.casefold().split())) for x in view.shown_lines()]
    assert lefts == sorted(lefts)
    view.set_sort("source")
    assert view.shown_lines() == view.result.lines


def test_filter_by_speaker_and_text(qtbot):
    view, _ = make_view(qtbot)
    view.set_filter("locuteur", "Paul")
    shown = view.shown_lines()
    assert shown and {x.variables["locuteur"] for x in shown} == {"Paul"}
    view.set_filter("", "")
    assert len(view.shown_lines()) == len(view.result.lines)
    view.filter_edit.setText("ouvriers")
    assert all("ouvriers" in (x.left + x.keyword + x.right).casefold() for x in view.shown_lines())


def test_double_click_opens_the_passage(qtbot):
    view, context = make_view(qtbot)
    line = view.shown_lines()[1]
    view.table.doubleClicked.emit(view.proxy.index(1, KEYWORD))
    assert context.calls == [("open_passage", Passage(line.document_id, line.start, line.end))]
    assert line.document_id == int(line.key[1:].split(":")[0])


def test_code_these_hits_scopes(qtbot):
    view, context = make_view(qtbot)
    assert not view.code_button.isEnabled()
    select_rows(view, [0, 2])
    assert view.code_button.isEnabled()
    a, b = view.shown_lines()[0], view.shown_lines()[2]
    assert view.code_selected("keyword")
    name, passages, code_path, label = context.calls[-1]
    assert name == "code_passages" and code_path is None and "2" in label
    assert passages == [Passage(a.document_id, a.start, a.end), Passage(b.document_id, b.start, b.end)]
    view.code_selected("sentence")
    sentence = context.calls[-1][1][0]
    source = next(s for s in corpus().sources if s.key == a.key)
    text = source.text[sentence.start - source.offset: sentence.end - source.offset]
    assert text.endswith(".") and a.keyword in text and sentence.start <= a.start
    view.code_selected("context")
    context_passage = context.calls[-1][1][0]
    assert context_passage.start <= a.start and context_passage.end >= a.end


def test_code_action_asks_the_scope(qtbot, monkeypatch):
    view, context = make_view(qtbot)
    select_rows(view, [0])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][2], True)))
    view.code_button.click()
    assert len(context.calls) == 1 and context.calls[0][1][0].end > view.shown_lines()[0].end


def test_no_coding_without_project(qtbot):
    view, context = make_view(qtbot, project_open=False)
    select_rows(view, [0])
    assert not view.code_button.isEnabled()
    view.table.doubleClicked.emit(view.proxy.index(0, 0))
    assert context.calls == []


def test_exports(qtbot, tmp_path):
    view, _ = make_view(qtbot)
    view.set_filter("locuteur", "Sophie")
    lines = view.export_table(tmp_path / "k.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("source,document,start,end,left,keyword,right")
    assert len(lines) == 1 + len(view.shown_lines())
    sheet = load_workbook(view.export_table(tmp_path / "k.xlsx")).active
    assert sheet.max_row == len(lines) and sheet["F2"].value == view.shown_lines()[0].keyword
