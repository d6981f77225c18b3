"""Ctrl+K "Code with...": a searchable list of codes; typing a new name offers to create it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coding.types import Code

NEW_CODE = -1


def _swatch(color: str) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return pixmap


def fold(text: str) -> str:
    """``text`` for matching: case and accents ignored ("inegalites" finds "Inégalités")."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CodePicker(QDialog):
    """``chosen_id`` (a code id, or NEW_CODE with ``new_name``) once accepted."""

    def __init__(self, codes: list[Code], parent: QWidget | None = None, title: str = "",
                 allow_new: bool = True, exclude: set[int] = frozenset()):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Code with…"))
        self.resize(420, 420)
        self.codes = [c for c in codes if c.id not in exclude]
        self.allow_new = allow_new
        self.chosen_id: int | None = None
        self.new_name = ""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to filter codes…"))
        self.list = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.refilter)
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self.accept)  # type, Return: the dialog has no default button
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.refilter("")

    def refilter(self, text: str) -> None:
        self.list.clear()
        needle = fold(text.strip())
        for code in self.codes:
            label = code.path or code.name
            if needle and needle not in fold(label):
                continue
            item = QListWidgetItem(_swatch(code.color), label)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            self.list.addItem(item)
        if self.allow_new and needle and not any(fold(c.name) == needle for c in self.codes):
            item = QListWidgetItem(self.tr("Create code “%1”").replace("%1", text.strip()))
            item.setData(Qt.ItemDataRole.UserRole, NEW_CODE)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - arrows move in the list
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        if (watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in arrows):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        self.new_name = self.search.text().strip() if self.chosen_id == NEW_CODE else ""
        super().accept()
