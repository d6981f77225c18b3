"""Coding gestures of the main window: code the selection (button, click, quick key, drag, Ctrl+K),
in-vivo coding, uncode, recode, code a whole turn or every turn of a speaker."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu

from app.dialogs.code_picker import NEW_CODE, CodePicker
from app.text_actions import TextActions
from coding import commands as cmd
from coding.search import code_speaker_turns
from coding.types import Span

INVIVO_MAX = 60


class CodingActions(QObject):
    """Needs ``window.viewer``, ``window.codebook`` and ``window.controller``."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.texts = TextActions(window)  # edit mode, find-and-replace, resize, a coding's memo

    @property
    def text(self):  # noqa: ANN201 - CodedTextEdit
        return self.window.viewer.text

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 4000)

    def selection(self) -> Span | None:
        if self.window.viewer.editing:
            self._status(self.tr("Finish editing the text first (Done)."))
            return None
        span = self.text.selected_span()
        if span is None or self.text.document_id is None:
            self._status(self.tr("Select a passage of the document first."))
            return None
        return Span(self.text.document_id, *span)

    def current_code(self) -> int | None:
        code_id = self.window.codebook.current_code_id()
        if code_id is None:
            self._status(self.tr("Select a code in the codebook first."))
        return code_id

    # --- code -------------------------------------------------------------------------
    def code_selection(self, code_id: int | None = None) -> bool:
        span = self.selection()
        code_id = code_id or (self.current_code() if span else None)
        if span is None or code_id is None:
            return False
        return self.controller.code_spans(code_id, [span], self.tr("Code selection"))

    def on_code_clicked(self, code_id: int) -> None:
        if self.window.codebook.click_mode.isChecked() and code_id and self.text.selected_span():
            self.code_selection(code_id)

    def quick_code(self, key: int) -> None:
        code_id = self.window.codebook.pins.get(key)
        if code_id is None or code_id not in self.window.codebook.model.codes:
            self._status(self.tr("No code is pinned to key %1 (codebook: right-click a code).").replace("%1", str(key)))
            return
        self.code_selection(code_id)

    def code_with(self) -> None:
        span = self.selection()
        if span is None:
            return
        picker = CodePicker(self.controller.codes(), self.window)
        if not picker.exec() or picker.chosen_id is None:
            return
        if picker.chosen_id == NEW_CODE:
            self._code_new(picker.new_name, [span], self.tr("Code with new code"))
        else:
            self.controller.code_spans(picker.chosen_id, [span], self.tr("Code selection"))

    def _code_new(self, name: str, spans: list[Span], label: str) -> bool:
        path = name.replace("/", "-")
        command = cmd.CompositeCommand(label, (cmd.EnsureCodePath(path), cmd.ApplyCodings(
            path, tuple(spans), self.controller.coder, label=label)))
        return self.controller.execute(command, label)

    def in_vivo(self) -> bool:
        span = self.selection()
        if span is None:
            return False
        name = " ".join(self.text.text[span.start:span.end].split()).strip(" .,;:!?«»\"“”")
        if len(name) > INVIVO_MAX:
            name = name[:INVIVO_MAX].rsplit(" ", 1)[0] + "…"
        return bool(name) and self._code_new(name, [span], self.tr("In-vivo code"))

    # --- uncode, recode ----------------------------------------------------------------
    def marks_here(self, code_id: int | None) -> list:
        """Codings of ``code_id`` (any code when None) under the selection, or at the caret."""
        span = self.text.selected_span()
        if span is None:
            caret = self.text.offsets.to_cp(self.text.textCursor().position())
            marks = self.text.spans.at(caret)
        else:
            marks = self.text.spans.overlapping(*span)
        return [m for m in marks if code_id is None or m.code_id == code_id]

    def uncode(self) -> bool:
        code_id = self.current_code()
        marks = self.marks_here(code_id) if code_id else []
        if not marks:
            self._status(self.tr("No coding of the selected code here."))
            return False
        return self.controller.uncode([m.coding_id for m in marks])

    def recode(self) -> bool:
        code_id = self.current_code()
        marks = self.marks_here(code_id) if code_id else []
        if not marks:
            self._status(self.tr("No coding of the selected code here."))
            return False
        picker = CodePicker(self.controller.codes(), self.window, self.tr("Recode with…"), allow_new=False,
                            exclude={code_id})
        if not picker.exec() or not picker.chosen_id:
            return False
        return self.controller.execute(cmd.Recode(tuple(m.coding_id for m in marks), picker.chosen_id),
                                       self.tr("Recode"))

    # --- turns ------------------------------------------------------------------------
    def code_turn(self, cp: int, code_id: int | None = None) -> bool:
        turn = self.text.turn_at(cp)
        code_id = code_id or self.current_code()
        if turn is None or code_id is None:
            return False
        start, end = turn.content_start, turn.end
        while end > start and self.text.text[end - 1].isspace():
            end -= 1
        if end <= start:
            return False
        return self.controller.code_spans(code_id, [Span(turn.document_id, start, end)], self.tr("Code turn"))

    def code_speaker(self, cp: int, code_id: int | None = None, all_documents: bool = False) -> bool:
        turn = self.text.turn_at(cp)
        code_id = code_id or self.current_code()
        if turn is None or turn.case_id is None or code_id is None:
            return False
        docs = None if all_documents else [turn.document_id]
        hits = code_speaker_turns(self.controller.project, [turn.case_id], docs)
        label = self.tr("Code every turn of %1").replace("%1", turn.speaker or "?")
        return self.controller.code_spans(code_id, [h.span for h in hits], label)

    # --- context menu -----------------------------------------------------------------
    def context_menu(self, cp: int, global_pos: QPoint) -> None:
        if self.window.viewer.editing:
            self.text.createStandardContextMenu().exec(global_pos)  # cut, copy, paste while editing
            return
        menu = QMenu(self.window)
        w = self.window
        code_id = w.codebook.current_code_id()
        code_name = w.codebook.model.codes[code_id].name if code_id in w.codebook.model.codes else None
        has_selection = self.text.selected_span() is not None
        for action in (w.act_code_selection, w.act_code_with, w.act_in_vivo, w.act_uncode, w.act_recode):
            menu.addAction(action)
        menu.addSeparator()
        turn = self.text.turn_at(cp)
        if turn is not None and code_name:
            menu.addAction(self.tr("Code this turn with “%1”").replace("%1", code_name),
                           lambda: self.code_turn(cp))
            if turn.case_id is not None:
                menu.addAction(self.tr("Code every turn of %1 with “%2”").replace("%1", turn.speaker or "?")
                               .replace("%2", code_name), lambda: self.code_speaker(cp))
        menu.addSeparator()
        self.texts.add_coding_entries(menu, cp)
        menu.addSeparator()
        menu.addAction(w.act_copy)
        w.act_code_selection.setEnabled(has_selection)
        menu.exec(global_pos)
        w.act_code_selection.setEnabled(True)
