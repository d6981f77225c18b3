"""The frame of the exchange reports (REFI-QDA data loss, merge): a summary over a tree of groups,
Close and Copy buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ReportDialog(QDialog):
    """``summary`` label, ``tree`` of groups, ``buttons``; subclasses fill the tree and say ``text()``."""

    def __init__(self, title: str, summary: str, parent: QWidget | None = None, size: tuple[int, int] = (560, 420)):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(*size)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = self.add_button(self.tr("Copy"), self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """An action button beside Close."""
        button = QPushButton(text, self)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def add_group(self, title: str, rows: Iterable[list[str]], expanded: bool = True) -> QTreeWidgetItem:
        """A bold "title (count)" row with ``rows`` under it."""
        rows = list(rows)
        top = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})"])
        top.setFirstColumnSpanned(True)  # a group title is not cut to the first column's width
        bold = QFont()
        bold.setBold(True)
        top.setFont(0, bold)
        for row in rows:
            QTreeWidgetItem(top, row)
        top.setExpanded(expanded)
        return top

    def groups(self) -> list[str]:
        """The titles of the groups shown (tests)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def text(self) -> str:
        """The plain-text report (what Copy puts on the clipboard)."""
        return self.summary.text()

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
