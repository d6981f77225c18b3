"""Document viewer: a text column that never moves, whole-word selections, the stripes legend, memo
marks, and a coding's memo / resize from its context menu or stripe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QInputDialog

from app.spans import snap_to_words
from app.widgets.word_selection import PRECISION_SETTING
from coding import commands as cmd
from tests.app.conftest import select_text


def _code(window, name: str) -> int:
    window.controller.execute(cmd.CreateCode(name))
    return next(c.id for c in window.controller.codes() if c.name == name)


def _code_words(window, code_id: int, needle: str, occurrence: int = 0) -> int:
    select_text(window, needle, occurrence)
    assert window.coding.code_selection(code_id)
    return max(m.coding_id for m in window.viewer.text.spans)


def test_snap_to_words_pure():
    text = "une participante dit l’équipe 😀 ok"
    assert snap_to_words(text, 1, 10) == (0, 16)  # "ne partic" -> "une participante"
    assert snap_to_words(text, 4, 16) == (4, 16)
    assert snap_to_words(text, 24, 26) == (23, 29)  # inside "équipe"
    assert snap_to_words(text, 29, 32) == (29, 32)


def test_text_column_never_moves_when_codes_come_and_go(window):
    text = window.viewer.text
    left = text.viewport().geometry().left()
    ids = [_code(window, f"Code {i}") for i in range(12)]
    for i, code_id in enumerate(ids):
        _code_words(window, code_id, "Bonjour à tous" if i % 2 else "la fatigue arrive vite")
        assert text.viewport().geometry().left() == left
    assert len(text.margin.lanes) == 12
    lanes = [text.margin.lane_x(i) for i in range(12)]
    assert lanes == sorted(set(lanes)) and lanes[-1] < text.margin.width()  # squeezed, all visible
    text.set_class_bands([(0, 20, "#FF0000")])
    assert text.viewport().geometry().left() == left
    text.set_class_bands([])
    while window.controller.undo_stack.canUndo():
        window.controller.undo_stack.undo()
    assert len(text.spans) == 0 and text.viewport().geometry().left() == left


def test_partial_word_selection_is_coded_as_whole_words(window):
    code_id = _code(window, "Aide")
    text = window.viewer.text
    start = text.text.index("envie d’aider")
    text.select_span(start + 2, start + 10)  # "vie d’ai"
    assert text.selected_span() == (start, start + len("envie d’aider"))
    window.coding.code_selection(code_id)
    assert window.controller.codings_in_document(text.document_id)[0].snippet == "envie d’aider"


def test_character_precision_setting_and_alt_keep_the_exact_selection(window, qtbot):
    text = window.viewer.text
    start = text.text.index("envie")
    assert window.viewer.words_button.isChecked()
    window.viewer.words_button.click()  # the "Whole words" toggle off: character precision
    assert QSettings().value(PRECISION_SETTING, False, bool)
    text.select_span(start + 2, start + 5)
    assert text.selected_span() == (start + 2, start + 5)
    window.viewer.words_button.click()
    assert text.selected_span() == (start, start + 5)
    # A mouse drag snaps what is shown; the same drag with Alt keeps it exact.
    viewport = text.viewport()
    a = text.cursorRect(text.cursor_at(start + 2)).center()
    b = text.cursorRect(text.cursor_at(start + 4)).center()
    for modifier, expected in ((Qt.KeyboardModifier.NoModifier, (start, start + 5)),
                               (Qt.KeyboardModifier.AltModifier, (start + 2, start + 4))):
        text.select_span(0, 0)
        QCoreApplication.sendEvent(viewport, _mouse(viewport, "MouseButtonPress", a, modifier))
        QCoreApplication.sendEvent(viewport, _mouse(viewport, "MouseMove", b, modifier))
        QCoreApplication.sendEvent(viewport, _mouse(viewport, "MouseButtonRelease", b, modifier))
        cursor = text.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == tuple(text.offsets.to_qt(p) for p in expected)
        assert text.selected_span() == expected


def test_keyboard_selection_snaps_when_shift_is_released(window, qtbot):
    text = window.viewer.text
    start = text.text.index("envie")
    text.setTextCursor(text.cursor_at(start + 1))
    text.setFocus()
    for _ in range(3):
        qtbot.keyPress(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start + 1, start + 4)
    qtbot.keyRelease(text, Qt.Key.Key_Shift)
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, start + 5)  # "envie"


def test_legend_lists_the_codes_with_a_stripe(window):
    legend = window.viewer.legend
    assert legend.isVisible() and "No coding" in legend.text()
    fatigue = _code(window, "Fatigue")
    _code(window, "Salaire")
    _code_words(window, fatigue, "la fatigue arrive vite")
    assert "Fatigue" in legend.text() and "Salaire" not in legend.text()
    assert legend.entries() == [("Fatigue", window.viewer.text.code_color(fatigue).name())]
    window.viewer.legend_button.setChecked(False)
    assert not legend.isVisible() and not QSettings().value("viewer/legend", True, bool)


def test_memo_from_the_context_menu_marks_the_stripe(window, monkeypatch):
    fatigue = _code(window, "Fatigue")
    coding_id = _code_words(window, fatigue, "la fatigue arrive vite")
    assert window.viewer.text.memo_codings == set()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("épuisement", True)))
    assert window.coding.texts.edit_memo(coding_id)
    assert window.controller.memo("coding", coding_id).text == "épuisement"
    assert window.viewer.text.memo_codings == {coding_id}
    text = window.viewer.text
    assert text.margin.tooltip_text(text.line_top(text.text.index("la fatigue")) + 3) == "Fatigue ◤ memo"
    window.controller.undo_stack.undo()
    assert window.viewer.text.memo_codings == set()


def test_coding_menu_offers_memo_and_resize(window):
    from PySide6.QtWidgets import QMenu

    fatigue = _code(window, "Fatigue")
    _code_words(window, fatigue, "la fatigue arrive vite")
    menu = QMenu()
    here = window.viewer.text.text.index("fatigue arrive")
    window.viewer.text.select_span(here, here + 3)
    window.coding.texts.add_coding_entries(menu, here)
    sub = menu.actions()[0].menu()
    assert menu.actions()[0].text() == "Coding “Fatigue”"
    labels = [a.text() for a in sub.actions() if a.text()]
    assert labels == ["Memo…", "Extend/shrink to selection", "Select coded passage", "Remove coding"]


def test_extend_shrink_to_selection_is_undoable(window):
    fatigue = _code(window, "Fatigue")
    coding_id = _code_words(window, fatigue, "la fatigue arrive vite")
    text = window.viewer.text
    start, _end = select_text(window, "fatig")  # snaps to "fatigue"
    assert window.coding.texts.resize_to_selection(coding_id)
    assert [(m.start, m.end) for m in text.spans] == [(start, start + len("fatigue"))]
    assert window.controller.codings_in_document(text.document_id)[0].snippet == "fatigue"
    window.controller.undo_stack.undo()
    assert window.controller.codings_in_document(text.document_id)[0].snippet == "la fatigue arrive vite"
    assert [(m.end - m.start) for m in text.spans] == [len("la fatigue arrive vite")]


def test_dragging_a_stripe_end_resizes_the_coding(window, qtbot):
    fatigue = _code(window, "Fatigue")
    coding_id = _code_words(window, fatigue, "Mais la fatigue")
    text, margin = window.viewer.text, window.viewer.text.margin
    mark = next(iter(text.spans))
    start, end = text.visible_range()
    rect = margin.stripe_rect(mark, start, end)
    handle = QPoint(rect.center().x(), rect.bottom())
    assert margin.handle_at(handle) == (mark, "end")
    target_cp = text.text.index("arrive vite") + 3  # inside "arrive": snaps to its end
    target = text.viewport().mapTo(window, text.cursorRect(text.cursor_at(target_cp)).center())
    qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=handle)
    QCoreApplication.sendEvent(margin, _mouse(margin, "MouseMove", margin.mapFrom(window, target)))
    assert margin.preview is not None
    qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=margin.mapFrom(window, target))
    coding = window.controller.codings_in_document(text.document_id)[0]
    assert coding.id == coding_id and coding.snippet == "Mais la fatigue arrive"
    window.controller.undo_stack.undo()
    assert window.controller.codings_in_document(text.document_id)[0].snippet == "Mais la fatigue"


def _mouse(widget, kind: str, pos: QPoint, modifier=Qt.KeyboardModifier.NoModifier):  # noqa: ANN001
    """A mouse move with the left button held, or its release (qtbot.mouseMove holds no button)."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    move = kind == "MouseMove"  # a press or a release changes the left button
    return QMouseEvent(getattr(QEvent.Type, kind), QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                       Qt.MouseButton.NoButton if move else Qt.MouseButton.LeftButton,
                       Qt.MouseButton.LeftButton if move else Qt.MouseButton.NoButton, modifier)
