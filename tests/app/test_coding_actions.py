"""Coding from the real widgets: code a selection, overlap two codes, undo/redo, in-vivo, uncode, turns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coding import commands as cmd
from tests.app.conftest import select_text


def _code(window, name: str, parent: int | None = None) -> int:
    window.controller.execute(cmd.CreateCode(name, parent))
    return next(c.id for c in window.controller.codes() if c.name == name)


def test_code_selection_with_button_and_undo_redo(window, qtbot):
    fatigue = _code(window, "Fatigue")
    window.codebook.select_code(fatigue)
    start, end = select_text(window, "la fatigue arrive vite")
    qtbot.mouseClick(window.codebook.code_button, Qt.MouseButton.LeftButton)
    marks = list(window.viewer.text.spans)
    assert [(m.start, m.end, m.code_id) for m in marks] == [(start, end, fatigue)]
    coding = window.controller.codings_in_document(window.viewer.document_id)[0]
    assert coding.snippet == "la fatigue arrive vite" and coding.coder == "alice"
    assert window.codebook.model.counts[fatigue].codings == 1
    window.controller.undo_stack.undo()
    assert len(window.viewer.text.spans) == 0
    assert window.codebook.model.counts[fatigue].codings == 0
    window.controller.undo_stack.redo()
    assert len(window.viewer.text.spans) == 1
    window.controller.undo_stack.undo()  # undo the coding
    window.controller.undo_stack.undo()  # undo the code itself
    assert window.controller.codes() == []


def test_overlapping_codes_are_both_highlighted_and_striped(window):
    fatigue, equipe = _code(window, "Fatigue"), _code(window, "Équipe")
    select_text(window, "la fatigue arrive vite, on tient")
    window.coding.code_selection(fatigue)
    select_text(window, "on tient grâce à l'équipe")
    window.coding.code_selection(equipe)
    text = window.viewer.text
    here = text.text.index("on tient")
    assert {m.code_id for m in text.spans.at(here)} == {fatigue, equipe}
    assert set(text.margin.lanes) == {fatigue, equipe}
    y = text.line_top(here) + 3
    assert set(text.margin.tooltip_text(y).split("\n")) == {"Fatigue", "Équipe"}
    text.refresh_highlights(force=True)
    colored = [s for s in text.extraSelections() if s.format.background().color().alpha() < 255]
    assert len(colored) >= 2


def test_quick_key_codes_with_pinned_code(window, qtbot):
    salaire = _code(window, "Salaire")
    window.files.pin(salaire, 3)
    select_text(window, "le salaire compte")
    window.viewer.text.setFocus()
    window.quick_keys[2].trigger()
    assert [m.code_id for m in window.viewer.text.spans] == [salaire]


def test_code_on_click_mode(window, qtbot):
    salaire = _code(window, "Salaire")
    window.codebook.click_mode.setChecked(True)
    select_text(window, "le salaire compte")
    window.codebook.codeClicked.emit(salaire)
    assert len(window.viewer.text.spans) == 1


def test_in_vivo_creates_code_named_after_selection(window):
    select_text(window, "ce qui nous fait rester")
    assert window.coding.in_vivo()
    code = next(c for c in window.controller.codes() if c.name == "ce qui nous fait rester")
    assert [m.code_id for m in window.viewer.text.spans] == [code.id]
    window.controller.undo_stack.undo()  # one step: coding and code go together
    assert window.controller.codes() == []


def test_uncode_removes_selected_codes_codings_at_cursor(window):
    fatigue, equipe = _code(window, "Fatigue"), _code(window, "Équipe")
    select_text(window, "La fatigue aussi")
    window.coding.code_selection(fatigue)
    select_text(window, "La fatigue aussi, les horaires")
    window.coding.code_selection(equipe)
    window.codebook.select_code(fatigue)
    select_text(window, "fatigue")
    select_text(window, "La fatigue aussi")
    assert window.coding.uncode()
    assert [m.code_id for m in window.viewer.text.spans] == [equipe]


def test_code_turn_and_every_turn_of_speaker(window):
    equipe = _code(window, "Équipe")
    window.codebook.select_code(equipe)
    text = window.viewer.text
    marie = text.text.index("L’équipe, c’est")
    assert window.coding.code_turn(marie)
    turn = text.turn_at(marie)
    assert [(m.start, m.end) for m in text.spans] == [(turn.content_start, turn.end)]
    window.controller.undo_stack.undo()
    assert window.coding.code_speaker(marie)
    assert len(text.spans) == 2  # Marie speaks twice in the focus group
    window.controller.undo_stack.undo()
    assert len(text.spans) == 0


def test_dropping_a_selection_on_a_code_codes_it(window):
    equipe = _code(window, "Équipe")
    start, end = select_text(window, "l’équipe avant tout")
    mime = window.viewer.text.createMimeDataFromSelection()
    model = window.codebook.model
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index_of(equipe))
    assert [(m.start, m.end) for m in window.viewer.text.spans] == [(start, end)]


def test_recode_moves_codings_to_another_code(window, monkeypatch):
    fatigue, equipe = _code(window, "Fatigue"), _code(window, "Équipe")
    select_text(window, "La fatigue aussi")
    window.coding.code_selection(fatigue)
    window.codebook.select_code(fatigue)
    from app.dialogs import code_picker

    def fake_exec(self):
        self.chosen_id = equipe
        return True

    monkeypatch.setattr(code_picker.CodePicker, "exec", fake_exec)
    assert window.coding.recode()
    assert [m.code_id for m in window.viewer.text.spans] == [equipe]


def test_digit_key_in_document_quick_codes_but_types_in_filter(window, qtbot):
    salaire = _code(window, "Salaire")
    window.files.pin(salaire, 2)
    select_text(window, "le salaire compte")
    window.activateWindow()
    window.viewer.text.setFocus()
    qtbot.keyClick(window.viewer.text, Qt.Key.Key_2)
    assert [m.code_id for m in window.viewer.text.spans] == [salaire]
    window.codebook.filter.setFocus()
    qtbot.keyClick(window.codebook.filter, Qt.Key.Key_2)
    assert window.codebook.filter.text() == "2"
    assert len(window.viewer.text.spans) == 1


def test_ctrl_z_and_ctrl_shift_z(window, qtbot):
    fatigue = _code(window, "Fatigue")
    select_text(window, "La fatigue aussi")
    window.coding.code_selection(fatigue)
    window.viewer.text.setFocus()
    qtbot.keyClick(window.viewer.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.viewer.text.spans) == 0
    qtbot.keyClick(window.viewer.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.viewer.text.spans) == 1


def test_excerpts_follow_new_codings(window, qtbot):
    fatigue = _code(window, "Fatigue")
    window.codebook.select_code(fatigue)
    select_text(window, "La fatigue aussi")
    window.coding.code_selection()
    qtbot.waitUntil(lambda: window.excerpts.model.rowCount() == 1, timeout=2000)


def test_analysis_dock_place(window):
    from PySide6.QtWidgets import QLabel

    dock = window.add_analysis_dock(QLabel("CHD"), "CHD", name="chd")
    assert dock.objectName() == "dock_chd" and window.analysis_docks[-1] is dock
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock.toggleViewAction() in window.menu_view.actions()
