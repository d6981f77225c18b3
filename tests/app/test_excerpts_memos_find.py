"""Coded excerpts (filters, context, jump), memos saved through commands, find in document."""

from __future__ import annotations

from coding import commands as cmd
from tests.app.conftest import select_text


def _coded(window) -> dict[str, int]:
    c = window.controller
    c.execute(cmd.EnsureCodePath("Collectif/Équipe"))
    ids = {code.path: code.id for code in c.codes()}
    for needle in ("on tient grâce à l'équipe", "Sans l’équipe je partirais", "l’équipe avant tout"):
        select_text(window, needle)
        window.coding.code_selection(ids["Collectif/Équipe"])
    return ids


def test_excerpts_of_code_with_descendants_and_attribute_filter(window, qtmodeltester):
    ids = _coded(window)
    panel = window.excerpts
    window.codebook.select_code(ids["Collectif"])
    panel.descendants.setChecked(False)
    assert panel.model.rowCount() == 0
    panel.descendants.setChecked(True)
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)
    rows = [panel.model.excerpt(r) for r in range(3)]
    assert [r.speaker for r in rows] == ["Marie", "Marie", "Paul"]
    assert "rôle: infirmière" in panel.model.index(0, 4).data()
    panel.attribute.setCurrentIndex(panel.attribute.findData("rôle"))
    panel.value.setCurrentIndex(panel.value.findData("aide-soignant"))
    assert panel.model.rowCount() == 1 and panel.model.excerpt(0).speaker == "Paul"
    assert panel.count.text().startswith("1 ")


def test_context_tooltip_and_double_click_jump(window, qtbot):
    ids = _coded(window)
    window.codebook.select_code(ids["Collectif/Équipe"])
    panel = window.excerpts
    tooltip = panel.model.index(2, 0).data(3)  # ToolTipRole
    assert "<b>l’équipe avant tout</b>" in tooltip and "Marie" in tooltip
    panel.show_context.setChecked(True)
    panel.table.selectRow(2)
    assert "l’équipe avant tout" in panel.context.toPlainText()
    window.viewer.text.setTextCursor(window.viewer.text.cursor_at(0))
    panel._jump(panel.model.index(2, 0))
    assert window.viewer.text.textCursor().selectedText() == "l’équipe avant tout"


def test_excerpts_filter_by_coder(window):
    ids = _coded(window)
    window.controller.set_coder("bob")
    select_text(window, "ce qui nous fait rester")
    window.coding.code_selection(ids["Collectif/Équipe"])
    panel = window.excerpts
    window.codebook.select_code(ids["Collectif/Équipe"])
    assert panel.model.rowCount() == 4
    panel.coder.setCurrentIndex(panel.coder.findData("bob"))
    assert panel.model.rowCount() == 1


def test_memo_is_saved_after_a_pause_and_undone(window, qtbot):
    memos = window.memos
    memos.show_kind("project")
    memos.edit.setPlainText("Premières impressions : l’équipe compte beaucoup.")
    qtbot.waitUntil(lambda: window.controller.memo("project", 0) is not None, timeout=3000)
    assert window.controller.memo("project", 0).text.startswith("Premières")
    window.controller.undo_stack.undo()
    assert window.controller.memo("project", 0) is None
    assert memos.edit.toPlainText() == ""


def test_memo_follows_the_selected_code(window):
    ids = _coded(window)
    memos = window.memos
    memos.show_kind("code")
    window.codebook.select_code(ids["Collectif"])
    memos.edit.setPlainText("Tout ce qui touche au collectif")
    memos.save()
    window.codebook.select_code(ids["Collectif/Équipe"])
    assert memos.edit.toPlainText() == ""
    window.codebook.select_code(ids["Collectif"])
    assert memos.edit.toPlainText() == "Tout ce qui touche au collectif"


def test_find_bar_highlights_and_steps(window):
    viewer = window.viewer
    viewer.open_find()
    viewer.find_bar.edit.setText("l'équipe")  # straight apostrophe finds typographic ones too
    assert len(viewer.text.find_matches) == 5  # "L’équipe" too: case ignored
    first = viewer.text.textCursor().selectedText()
    viewer.find_step(1)
    assert viewer.text.current_match == 1 and viewer.find_bar.count.text() == "2 of 5"
    viewer.find_step(-1)
    assert viewer.text.textCursor().selectedText() == first
    found = [s for s in viewer.text.extraSelections() if s.format.background().color().name() in ("#ffe94d", "#ff9632")]
    assert len(found) == 5
    viewer.find_bar.close_bar()
    assert viewer.text.find_matches == []
