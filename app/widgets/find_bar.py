"""Ctrl+F bar of the document viewer: find a word or phrase, next/previous, every match highlighted."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


def find_all(text: str, needle: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Code point ranges of every occurrence of ``needle`` (typographic and straight apostrophes match)."""
    needle = unicodedata.normalize("NFC", needle.strip())
    if not needle:
        return []
    pattern = "".join("['’]" if ch in "'’" else re.escape(ch) for ch in needle)
    flags = 0 if case_sensitive else re.IGNORECASE
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


class FindBar(QWidget):
    """Emits ``search(text, case)``, ``step(+1/-1)`` and ``closed``; shows "i / n"."""

    search = Signal(str, bool)
    step = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Match case"), self)
        self.count = QLabel(self)
        self.previous = QToolButton(self, text="▲", toolTip=self.tr("Previous (Shift+F3)"))
        self.next = QToolButton(self, text="▼", toolTip=self.tr("Next (F3)"))
        close = QToolButton(self, text="✕", toolTip=self.tr("Close (Esc)"), autoRaise=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.edit, self.previous, self.next, self.case, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._emit_search)
        self.case.toggled.connect(self._emit_search)
        self.edit.returnPressed.connect(lambda: self.step.emit(1))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _emit_search(self) -> None:
        self.search.emit(self.edit.text(), self.case.isChecked())

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total)))
