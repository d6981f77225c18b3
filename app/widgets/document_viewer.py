"""The document viewer: a title, the coded text with its stripes margin, and the Ctrl+F find bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.spans import Mark
from app.widgets.coded_text import CodedTextEdit
from app.widgets.find_bar import FindBar, find_all


class DocumentViewer(QWidget):
    """Shows one document; the main window feeds it codings and codes through the controller."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DocumentViewer")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; padding: 4px 6px;")
        self.text = CodedTextEdit(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self.find_bar.search.connect(self.find)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(self._clear_find)
        for keys, slot in ((QKeySequence.StandardKey.FindNext, lambda: self.find_step(1)),
                           (QKeySequence.StandardKey.FindPrevious, lambda: self.find_step(-1))):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_document(None, "", "")

    @property
    def document_id(self) -> int | None:
        return self.text.document_id

    def show_document(self, document_id: int | None, name: str, text: str, turns: Iterable = (),
                      marks: Iterable[Mark] = ()) -> None:
        self.title.setText(name or self.tr("No document open"))
        self.text.load(document_id, text, turns)
        self.text.set_marks(marks)
        if self.find_bar.isVisible():
            self.find(self.find_bar.edit.text(), self.find_bar.case.isChecked())

    # --- find -------------------------------------------------------------------------
    def open_find(self) -> None:
        span = self.text.selected_span()
        selected = self.text.text[span[0]:span[1]] if span and span[1] - span[0] < 80 else ""
        self.find_bar.open_bar(selected)

    def find(self, needle: str, case_sensitive: bool) -> None:
        self.text.find_matches = find_all(self.text.text, needle, case_sensitive)
        self.text.current_match = -1
        if self.text.find_matches:
            self.find_step(1)
        else:
            self.text.refresh_highlights(force=True)
            self.find_bar.show_count(-1, 0)

    def find_step(self, step: int) -> None:
        matches = self.text.find_matches
        if not matches:
            return
        if self.text.current_match < 0:
            caret = self.text.offsets.to_cp(self.text.textCursor().selectionStart())
            after = [i for i, (s, _e) in enumerate(matches) if s >= caret]
            index = after[0] if after and step > 0 else 0
        else:
            index = (self.text.current_match + step) % len(matches)
        self.text.current_match = index
        self.text.select_span(*matches[index])
        self.find_bar.show_count(index, len(matches))

    def _clear_find(self) -> None:
        self.text.find_matches, self.text.current_match = [], -1
        self.text.refresh_highlights(force=True)
        self.text.setFocus()
