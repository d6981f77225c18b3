"""A table of passages (document, speaker, text): double-click jumps to the passage in the viewer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.exchange.models import PassageModel
from coding.queries import Passage


class PassageTable(QWidget):
    """Lists passages; emits ``jumpTo(document_id, start, end)`` on double-click."""

    jumpTo = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = PassageModel(self)
        self.caption = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 170)
        header.resizeSection(1, 110)
        self.table.doubleClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def set_passages(self, passages: list[Passage], caption: str = "") -> None:
        """Show ``passages`` under ``caption``."""
        self.model.set_passages(passages)
        self.caption.setText(caption or self.tr("%n passage(s)", "", len(passages)))

    def _jump(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jump_row(index.row())

    def jump_row(self, row: int) -> None:
        """Ask to show the passage of ``row``."""
        p = self.model.passage(row)
        self.jumpTo.emit(p.document_id, p.start, p.end)
