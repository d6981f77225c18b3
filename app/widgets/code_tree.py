"""The codebook as a tree of check boxes: which codes to export (Word, Iramuteq) or to cross (matrix, grid)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget


def swatch(color: str, size: int = 12) -> QPixmap:
    """A square of the code's colour, for icons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap


class CheckableCodeTree(QTreeWidget):
    """Codes (with their colour) as check boxes. With ``tristate`` a parent checks its whole branch;
    without, every code is ticked on its own (a parent alone in a matrix)."""

    def __init__(self, codes: list, title: str, parent: QWidget | None = None, checked: bool = True,
                 tristate: bool = True):
        super().__init__(parent)
        self.setHeaderLabel(title)
        self.tristate = tristate
        self.items: dict[int, QTreeWidgetItem] = {}
        self.set_codes(codes, checked)

    def set_codes(self, codes: list, checked: bool | set[int] = True) -> None:
        """(Re)build the tree; ``checked`` is a flag for all or the set of ids to check."""
        self.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for code in codes:  # tree order: parents first
            parent_item = items.get(code.parent_id)
            item = QTreeWidgetItem(parent_item) if parent_item else QTreeWidgetItem(self)
            item.setText(0, code.name)
            item.setIcon(0, swatch(code.color))
            item.setData(0, Qt.ItemDataRole.UserRole, code.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags | Qt.ItemFlag.ItemIsAutoTristate if self.tristate else flags)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            items[code.id] = item
        self.items = items
        self.set_checked(set(items) if checked is True else set(checked or ()))
        self.expandAll()

    def checked_code_ids(self) -> list[int]:
        """Ids of the checked codes, in tree order (a partly checked parent is not included)."""
        return [code_id for code_id, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, code_ids: set[int]) -> None:
        """Check exactly ``code_ids`` (leaves first, so tri-state parents follow)."""
        for code_id, item in reversed(list(self.items.items())):
            if item.childCount() == 0 or not self.tristate:
                item.setCheckState(0, Qt.CheckState.Checked if code_id in code_ids else Qt.CheckState.Unchecked)
        for code_id, item in self.items.items():
            if self.tristate and item.childCount() and code_id in code_ids:
                item.setCheckState(0, Qt.CheckState.Checked)
