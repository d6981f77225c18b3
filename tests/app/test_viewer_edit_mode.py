"""Edit mode of the document viewer and find-and-replace: codings stay on their words, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from coding import commands as cmd
from tests.app.conftest import select_text


def _code(window, name: str) -> int:
    window.controller.execute(cmd.CreateCode(name))
    return next(c.id for c in window.controller.codes() if c.name == name)


def _code_words(window, code_id: int, needle: str) -> int:
    select_text(window, needle)
    assert window.coding.code_selection(code_id)
    return max(m.coding_id for m in window.viewer.text.spans)


def _type_at(text, cp: int, typed: str = "", delete: int = 0) -> None:
    """Edit the viewer's document as the keyboard would (insert/remove at a code point)."""
    cursor = text.cursor_at(cp)
    if delete:
        cursor.setPosition(text.offsets.to_qt(cp + delete), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    if typed:
        cursor.insertText(typed)
    else:
        cursor.removeSelectedText()
    text.parent().session.sync()  # what the pause after typing does


def _snippets(window) -> list[str]:
    return [c.snippet for c in window.controller.codings_in_document(window.viewer.document_id)]


def test_edit_mode_keeps_codings_on_their_words_and_is_one_undo_step(window, qtbot):
    fatigue = _code(window, "Fatigue")
    _code_words(window, fatigue, "la fatigue arrive vite")
    _code_words(window, fatigue, "les horaires de nuit sont durs")
    viewer, text = window.viewer, window.viewer.text
    stored = text.text
    steps = window.controller.undo_stack.count()
    viewer.edit_button.click()
    assert viewer.editing and not text.isReadOnly() and viewer.edit_bar.isVisible()
    assert not window.act_code_selection.isEnabled() and not window.quick_keys[0].isEnabled()
    _type_at(text, 0, "Transcription revue. ")
    _type_at(text, text.text.index("Moi c’est"), "", delete=len("Moi "))
    marks = sorted(text.spans)
    assert [text.text[m.start:m.end] for m in marks] == ["la fatigue arrive vite", "les horaires de nuit sont durs"]
    viewer.done_button.click()
    assert not viewer.editing and text.isReadOnly() and window.act_code_selection.isEnabled()
    assert window.controller.undo_stack.count() == steps + 1
    stored_now = window.controller.document(viewer.document_id).text
    assert stored_now.startswith("Transcription revue. [00:00:05]") and "Moi c’est" not in stored_now
    assert text.text == stored_now
    assert _snippets(window) == ["la fatigue arrive vite", "les horaires de nuit sont durs"]
    turns = window.controller.turns(viewer.document_id)
    assert stored_now[turns[1].content_start:].startswith("c’est l’envie")
    window.controller.undo_stack.undo()
    assert text.text == stored and window.controller.document(viewer.document_id).text == stored
    assert [text.text[m.start:m.end] for m in sorted(text.spans)] == ["la fatigue arrive vite",
                                                                      "les horaires de nuit sont durs"]
    window.controller.undo_stack.redo()
    assert text.text == stored_now


def test_a_typo_fixed_inside_a_coded_word_keeps_the_coding(window):
    salaire = _code(window, "Salaire")
    _code_words(window, salaire, "le salaire compte")
    viewer, text = window.viewer, window.viewer.text
    viewer.begin_edit()
    _type_at(text, text.text.index("salaire") + 3, "X")
    viewer.finish_edit()
    assert _snippets(window) == ["le salXaire compte"]


def test_deleting_all_of_a_coded_passage_reports_it_and_undo_brings_it_back(window, monkeypatch):
    fatigue = _code(window, "Fatigue")
    _code_words(window, fatigue, "la fatigue arrive vite")
    reports = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: reports.append(args[2])))
    viewer, text = window.viewer, window.viewer.text
    viewer.begin_edit()
    _type_at(text, text.text.index("Mais la fatigue"), "", delete=len("Mais la fatigue arrive vite, "))
    viewer.finish_edit()
    assert _snippets(window) == []
    assert len(reports) == 1 and "la fatigue arrive vite" in reports[0] and "1 coding" in reports[0]
    window.controller.undo_stack.undo()
    assert _snippets(window) == ["la fatigue arrive vite"]
    assert len(text.spans) == 1


def test_cancel_drops_the_edits(window):
    viewer, text = window.viewer, window.viewer.text
    stored = text.text
    steps = window.controller.undo_stack.count()
    viewer.begin_edit()
    _type_at(text, 0, "brouillon ")
    viewer.cancel_button.click()
    assert text.text == stored and text.toPlainText() == stored and not viewer.editing
    assert window.controller.undo_stack.count() == steps


def test_switching_document_saves_the_edit(window):
    viewer, text = window.viewer, window.viewer.text
    doc_id = viewer.document_id
    viewer.begin_edit()
    _type_at(text, 0, "Note. ")
    other = next(d.id for d in window.controller.documents() if d.id != doc_id)
    window.open_document(other)
    assert window.controller.document(doc_id).text.startswith("Note. ")
    assert viewer.document_id == other and not viewer.editing


def test_find_and_replace_across_the_project(window, monkeypatch, qtbot):
    from app.dialogs import replace_dialog

    equipe = _code(window, "Équipe")
    _code_words(window, equipe, "l’équipe je partirais")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))

    def run(dialog):
        dialog.find_edit.setText("équipe")
        dialog.replace_edit.setText("unité")
        dialog.in_project.setChecked(True)
        job = dialog.replace_all()
        qtbot.waitUntil(dialog.replace_button.isEnabled, timeout=20000)  # the search job reported
        assert job is not None
        return dialog.result()

    monkeypatch.setattr(replace_dialog.ReplaceDialog, "exec", run)
    steps = window.controller.undo_stack.count()
    window.coding.texts.find_replace()
    assert window.controller.undo_stack.count() == steps + 1
    texts = [window.controller.document(d.id).text for d in window.controller.documents()]
    assert not any("équipe" in t for t in texts) and sum(t.count("unité") for t in texts) == 7
    assert _snippets(window) == ["l’unité je partirais"]
    assert "l’unité je partirais" in window.viewer.text.text
    window.controller.undo_stack.undo()
    assert _snippets(window) == ["l’équipe je partirais"]
    assert sum(window.controller.document(d.id).text.count("équipe") for d in window.controller.documents()) == 7


def test_coding_is_blocked_while_editing(window, qtbot):
    fatigue = _code(window, "Fatigue")
    window.codebook.select_code(fatigue)
    window.viewer.begin_edit()
    select_text(window, "la fatigue")
    assert not window.coding.code_selection(fatigue)
    qtbot.keyClick(window.viewer.text, Qt.Key.Key_1)  # a digit types, it does not quick-code
    window.viewer.session.sync()
    assert window.controller.codings_in_document(window.viewer.document_id) == []


def test_an_edit_marks_saved_analyses_out_of_date_and_drops_class_colours(window):
    from corpus.caches import AnalysisStore

    panel = window.analyses
    analysis_id = AnalysisStore(window.controller.project).save("stats", "Avant correction", {}, b"x")
    panel.refresh_tree()
    assert "out of date" not in panel.tree.item_for(analysis_id).text(1)
    doc_id = window.viewer.document_id
    panel.context.class_passages = {doc_id: [(0, 30, "#FF0000")]}
    panel.context.refresh_viewer()
    assert window.viewer.text.class_bands
    window.viewer.begin_edit()
    _type_at(window.viewer.text, 0, "Relu. ")
    window.viewer.finish_edit()
    assert "out of date" in panel.tree.item_for(analysis_id).text(1)
    assert window.viewer.text.class_bands == []


def test_find_and_replace_not_found_and_empty(window, qtbot):
    from app.dialogs.replace_dialog import ReplaceDialog

    dialog = ReplaceDialog(window.controller.project, window.viewer.document_id, "", window)
    assert dialog.replace_all() is None and dialog.message.text() == "Type the text to find."
    dialog.find_edit.setText("introuvable")
    dialog.replace_all()
    qtbot.waitUntil(lambda: dialog.message.text() == "Not found.", timeout=20000)
    assert dialog.plan == [] and dialog.replace_button.isEnabled()
