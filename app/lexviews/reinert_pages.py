"""The pages of the Reinert view: a figure page (matplotlib canvas at its own size, in a scroll area)
and a table page (sortable table with a filter row above it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.lexviews.reinert_tables import TableModel, export_table, sortable_view

FIGURE_DPI = 100


class FigurePage(QWidget):
    """A matplotlib figure shown at its own size (so labels placed for it never collide), scrollable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.controls = QHBoxLayout()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: white; }")
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.controls)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty)
        self.empty.hide()

    def set_figure(self, figure: Figure | None, empty_text: str = "") -> None:
        """Show ``figure`` (None: show ``empty_text`` instead)."""
        self.figure = figure
        if figure is None:
            self.scroll.hide()
            self.empty.setText(empty_text)
            self.empty.show()
            return
        figure.set_dpi(FIGURE_DPI)
        canvas = FigureCanvasQTAgg(figure)
        w, h = figure.get_size_inches() * FIGURE_DPI
        canvas.setFixedSize(int(w), int(h))
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(canvas)
        self.canvas = canvas
        canvas.draw_idle()  # drawn at the next paint: the view shows at once
        self.empty.hide()
        self.scroll.show()

    def save(self, path: str | Path) -> Path:
        """Write the figure as .png (150 dpi) or .svg (vector; matplotlib's savefig)."""
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        if self.figure is None:
            raise ValueError("no figure to export")
        self.figure.savefig(path, dpi=150, facecolor="white")
        return path


class TablePage(QWidget):
    """A sortable table with a row of filters above it; ``activated(row values)`` on double-click."""

    activated = Signal(object)

    def __init__(self, headers: Sequence[str], colour: Callable[[int, int], QColor | None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TableModel(headers, colour=colour, parent=self)
        self.view, self.proxy = sortable_view(self.model, self)
        self.controls = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self.controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(self.proxy.data(index, Qt.ItemDataRole.UserRole)))

    def set_rows(self, rows: Sequence[Sequence[Any]], headers: Sequence[str] | None = None) -> None:
        """Replace the rows (and optionally the headers); the first column takes the spare width."""
        self.model.set_rows(rows, headers)
        header = self.view.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> list[Any] | None:
        """The values of the selected row, or None."""
        index = self.view.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def cell(self, row: int, column: int) -> str:
        """The displayed text of a cell, in the current (sorted) order — for tests and exports."""
        return self.proxy.data(self.proxy.index(row, column)) or ""

    def save(self, path: str | Path) -> Path:
        """The rows in their current order, as CSV or XLSX."""
        rows = [self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]
        return export_table(path, self.model.headers, rows)
