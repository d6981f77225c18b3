"""The pages of the Reinert view: a table page (sortable table with a row of controls above it), and
the figure page (:mod:`app.lexviews.reinert_figure_page`, re-exported here).

A table page lets its table view measure its columns only when first shown (measuring the columns of a
hidden table is waste), and its model sorts itself in one Python sort: a view of a big result shows at
once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from app.lexviews._common import write_table
from app.lexviews.reinert_figure_page import FigurePage
from app.lexviews.reinert_tables import TableModel, sortable_view

__all__ = ["FigurePage", "TablePage"]


class TablePage(QWidget):
    """A sortable table with a row of filters above it; ``activated(row values)`` on double-click."""

    activated = Signal(object)

    def __init__(self, headers: Sequence[str], colour: Callable[[int, int], QColor | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TableModel(headers, colour=colour, parent=self)
        self.view = sortable_view(self.model, self)
        self.view.setModel(None)  # attached when first shown: measuring columns of hidden tables is waste
        self.wrapped_column: int | None = None  # a long-text column: takes the spare width, wraps its lines
        self.controls = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(self.model.row_values(index.row())))

    def set_rows(self, rows: Sequence[Sequence[Any]], headers: Sequence[str] | None = None) -> None:
        """Replace the rows (and optionally the headers); the first column takes the spare width."""
        self.model.set_rows(rows, headers)
        self._stretch_first()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if self.view.model() is None:
            self.attach()
        super().showEvent(event)

    def attach(self) -> None:
        """Show the model in the table view (done when the page first shows)."""
        if self.view.model() is not None:
            return
        self.view.setModel(self.model)
        if self.model.sorted_by is not None:
            self.view.sortByColumn(*self.model.sorted_by)
        self._stretch_first()

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the rows (the header shows it once the view is attached)."""
        if self.view.model() is not None:
            self.view.sortByColumn(column, order)
        else:
            self.model.sort(column, order)
            self.view.horizontalHeader().setSortIndicator(column, order)

    def wrap_column(self, column: int) -> None:
        """Let ``column`` (long texts: typical segments) take the spare width and wrap on several lines,
        each row as tall as its text, instead of one line running off the right edge."""
        self.wrapped_column = column
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._stretch_first()

    def _stretch_first(self) -> None:
        header = self.view.horizontalHeader()
        if self.view.model() is None or not self.model.columnCount():
            return
        if self.wrapped_column is None or self.wrapped_column >= self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            return
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.wrapped_column, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> list[Any] | None:
        """The values of the selected row, or None."""
        index = self.view.currentIndex()
        return self.model.row_values(index.row()) if index.isValid() else None

    def cell(self, row: int, column: int) -> str:
        """The displayed text of a cell, in the current (sorted) order — for tests and exports."""
        return self.model.data(self.model.index(row, column)) or ""

    def save(self, path: str | Path) -> Path:
        """The rows in their current order, as CSV or XLSX."""
        rows = [self.model.row_values(r) for r in range(self.model.rowCount())]
        return write_table(path, self.model.headers, rows)
