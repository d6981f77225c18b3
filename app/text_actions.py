"""Gestures on a document's text and on single codings: edit mode, find-and-replace, resize a coding
(drag a stripe end, or "Extend/shrink to selection"), a coding's memo from its context menu.

Every change is one command on the controller's undo stack; a text edit that deletes the whole text of
codings says so (Edit > Undo brings them back)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from coding import commands as cmd
from coding.codings import CodingService
from coding.text_commands import DocumentEdit, EditTexts, ResizeCoding
from coding.types import Coding
from corpus.text_edit import OffsetRemap

MENU_CODINGS = 6  # codings listed in the text's context menu (the shortest first)
SNIPPET = 60


class TextActions(QObject):
    """Needs ``window.viewer``, ``window.controller`` and (once built) the window's coding actions."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        viewer = window.viewer
        viewer.editFinished.connect(self.commit_edit)
        viewer.editCancelled.connect(self.reload)
        viewer.edit_button.clicked.connect(self._editing_changed)
        viewer.done_button.clicked.connect(self._editing_changed)
        viewer.cancel_button.clicked.connect(self._editing_changed)
        viewer.text.margin.resizeRequested.connect(self.resize)
        viewer.text.margin.codingMenuRequested.connect(self.coding_menu)
        viewer.text.documentLoaded.connect(self.refresh_memo_marks)
        self.controller.changed.connect(self._on_changed)
        self.controller.projectClosing.connect(viewer.finish_edit)  # an edit in progress is saved, not lost

    @property
    def text(self):  # noqa: ANN201 - CodedTextEdit
        return self.window.viewer.text

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # --- edit mode ----------------------------------------------------------------------
    def begin_edit(self) -> None:
        """Edit > Edit text: the open document becomes editable."""
        if self.text.document_id is None:
            self._status(self.tr("Open a document first."))
            return
        self.window.viewer.begin_edit()
        self._editing_changed()

    def _editing_changed(self) -> None:
        """Coding gestures (and the project's undo) wait while the text is being edited: their shortcuts
        (digits, Ctrl+Z…) type or undo inside the text instead."""
        editing = self.window.viewer.editing
        for name in ("act_code_selection", "act_code_with", "act_in_vivo", "act_uncode", "act_recode"):
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(not editing)
        for action in getattr(self.window, "quick_keys", []):
            action.setEnabled(not editing)
        stack = self.controller.undo_stack
        for name, can in (("act_undo", stack.canUndo()), ("act_redo", stack.canRedo())):
            action = getattr(self.window, name, None)
            if action is not None:
                action.setEnabled(can and not editing)

    def commit_edit(self, document_id: int, new_text: str) -> bool:
        """Store an edited text as one undoable step; report codings whose whole text was deleted."""
        self._editing_changed()
        if self.controller.project is None:
            return False
        change = DocumentEdit.between(document_id, self.controller.document(document_id).text, new_text)
        return self._execute(EditTexts((change,), label=self.tr("Edit text")), self.tr("Edit text"))

    def _execute(self, command: EditTexts, label: str) -> bool:
        lost = self._vanishing(command)
        scroll = self.text.verticalScrollBar().value()
        if not self.controller.execute(command, label):
            self.reload()
            return False
        self.text.verticalScrollBar().setValue(scroll)
        if lost:
            self._report_lost(lost)
        return True

    def _vanishing(self, command: EditTexts) -> list[Coding]:
        """The codings whose whole text the command deletes (computed before it runs, to report them)."""
        service = CodingService(self.controller.project)
        texts = {c.document_id: self.controller.document(c.document_id).text for c in command.changes}
        lost = []
        for change in command.changes:
            remap = OffsetRemap(texts[change.document_id], change.edits)
            lost.extend(c for c in service.codings_in_document(change.document_id)
                        if remap.span(c.span.start, c.span.end) is None)
        return lost

    def _report_lost(self, lost: list[Coding]) -> None:
        names = {c.id: c.path or c.name for c in self.controller.codes()}
        lines = [f"• {names.get(c.code_id, '?')} : « {c.snippet[:SNIPPET]} »" for c in lost[:10]]
        text = self.tr("%n coding(s) lost all their text and were removed:", "", len(lost))
        QMessageBox.information(self.window, self.tr("Codings removed"), text + "\n" + "\n".join(lines) + "\n\n"
                                + self.tr("Edit > Undo puts the text and these codings back."))

    def reload(self, _document_id: int | None = None) -> None:
        """Show the stored text of the open document again (same scroll position)."""
        doc_id = self.text.document_id
        if doc_id is None or self.controller.project is None:
            return
        scroll = self.text.verticalScrollBar().value()
        self.window.open_document(doc_id)
        self.text.verticalScrollBar().setValue(scroll)
        self._editing_changed()

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind == "texts":
            self._forget_class_colours()
            if not self.window.viewer.editing:
                self.reload()
        elif kind == "memos":
            self.refresh_memo_marks()

    def _forget_class_colours(self) -> None:
        """Class colours sit on offsets of the analysed texts: once a text changes they are dropped, and
        the saved analyses show as out of date."""
        panel = getattr(self.window, "analyses", None)
        if panel is not None:
            panel.context.class_passages = {}
            panel.refresh_tree()

    def find_replace(self) -> None:
        """Edit > Find and replace…: in this document or in every document, one undo step."""
        from app.dialogs.replace_dialog import ReplaceDialog

        if self.controller.project is None:
            return
        if self.window.viewer.editing:
            self.window.viewer.finish_edit()
        span = self.text.selected_span()
        needle = self.text.text[span[0]:span[1]] if span and span[1] - span[0] < 80 else ""
        dialog = ReplaceDialog(self.controller.project, self.text.document_id, needle, self.window)
        if dialog.exec() and dialog.plan:
            self._execute(EditTexts(tuple(dialog.plan), label=self.tr("Replace")), self.tr("Replace"))
            self._status(dialog.summary())

    # --- one coding: resize, memo -------------------------------------------------------------
    def resize(self, coding_id: int, start: int, end: int) -> bool:
        """Give a coding new bounds (one undo step)."""
        return self.controller.execute(ResizeCoding(coding_id, start, end, label=self.tr("Resize coding")),
                                       self.tr("Resize coding"))

    def resize_to_selection(self, coding_id: int) -> bool:
        """Context menu: "Extend/shrink to selection" (the selection snaps to words like any other)."""
        span = self.text.selected_span()
        if span is None:
            self._status(self.tr("Select the passage the coding should cover first."))
            return False
        return self.resize(coding_id, *span)

    def edit_memo(self, coding_id: int) -> bool:
        """Write the memo of one coding in a small dialog (one undo step)."""
        mark = next((m for m in self.text.spans if m.coding_id == coding_id), None)
        if mark is None:
            return False
        memo = self.controller.memo("coding", coding_id)
        snippet = self.text.text[mark.start:mark.end][:SNIPPET]
        label = f"{self.text.code_name(mark.code_id)} : « {snippet} »"
        text, ok = QInputDialog.getMultiLineText(self.window, self.tr("Memo on a coding"), label,
                                                 memo.text if memo else "")
        if not ok or text == (memo.text if memo else ""):
            return False
        return self.controller.execute(cmd.SetMemo("coding", coding_id, text, self.controller.coder,
                                                   label=self.tr("Edit memo")), self.tr("Edit memo"))

    def refresh_memo_marks(self) -> None:
        """Mark the stripes of the open document's codings that have a memo."""
        if self.controller.project is None or self.text.document_id is None:
            self.text.set_memo_codings(())
            return
        ids = {m.coding_id for m in self.text.spans}
        with_memo = {m.target_id for m in self._coding_memos() if m.target_id in ids}
        self.text.set_memo_codings(with_memo)

    def _coding_memos(self) -> list:
        from coding.memos import MemoService

        return MemoService(self.controller.project).memos("coding")

    # --- context menus --------------------------------------------------------------------
    def add_coding_entries(self, menu: QMenu, cp: int) -> None:
        """One submenu per coding under the mouse (or the selection): memo, resize, select, remove."""
        span = self.text.selected_span()
        marks = self.text.spans.overlapping(*span) if span else self.text.spans.at(cp)
        for mark in sorted(marks, key=lambda m: m.end - m.start)[:MENU_CODINGS]:
            memo = "  ◤" if mark.coding_id in self.text.memo_codings else ""
            sub = menu.addMenu(self.tr("Coding “%1”").replace("%1", self.text.code_name(mark.code_id)) + memo)
            self.fill_coding_menu(sub, mark.coding_id)

    def fill_coding_menu(self, menu: QMenu, coding_id: int) -> None:
        """The actions on one coding."""
        menu.addAction(self.tr("Memo…"), lambda: self.edit_memo(coding_id))
        resize = menu.addAction(self.tr("Extend/shrink to selection"), lambda: self.resize_to_selection(coding_id))
        resize.setEnabled(self.text.selected_span() is not None)
        menu.addAction(self.tr("Select coded passage"), lambda: self.window.on_coding_clicked(coding_id))
        menu.addSeparator()
        menu.addAction(self.tr("Remove coding"), lambda: self.controller.uncode([coding_id]))

    def coding_menu(self, coding_id: int, global_pos: QPoint) -> None:
        """Right-click on a stripe."""
        if self.window.viewer.editing:
            return
        menu = QMenu(self.window)
        self.fill_coding_menu(menu, coding_id)
        menu.exec(global_pos)
