"""Tables of the Reinert view: a sortable table model, CSV/XLSX export, and chi2 cell colours."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def chi2_colour(chi2: float, limit: float = 3.84) -> QColor | None:
    """A background for a signed chi2 cell: orange over-representation, blue under; None when weak."""
    if abs(chi2) < limit:
        return None
    strength = min(1.0, abs(chi2) / 40.0)
    base = QColor("#E69F00") if chi2 > 0 else QColor("#56B4E9")
    base.setAlphaF(0.25 + 0.55 * strength)
    return base


def format_cell(value: Any) -> str:
    """Numbers as a reader expects them: ints plain, p-values in scientific notation, floats 2 decimals."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if 0 < abs(value) < 1e-3:
            return f"{value:.1e}"
        return f"{value:.2f}"
    return str(value)


def sort_key(text: str) -> str:
    """Case- and accent-insensitive order (« Économie » between « Acteurs » and « Socialismes »)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


class TableModel(QAbstractTableModel):
    """Rows of plain values; sorts numerically; ``colour(row, column)`` may give a cell background."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = (),
                 colour: Callable[[int, int], QColor | None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.colour = colour

    def set_rows(self, rows: Sequence[Sequence[Any]], headers: Sequence[str] | None = None) -> None:
        """Replace the content."""
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        if headers is not None:
            self.headers = list(headers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value)
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else sort_key(str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.colour is not None:
            return self.colour(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def sortable_view(model: TableModel, parent: QWidget | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable table view over ``model`` (through a proxy)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setMinimumSectionSize(60)
    return view, proxy


def export_table(path: str | Path, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """Write a table as .csv (UTF-8 with BOM, for spreadsheets) or .xlsx (openpyxl)."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(list(headers))
        for row in rows:
            sheet.append([v if isinstance(v, (int, float)) or v is None else str(v) for v in row])
        book.save(path)
        return path
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path
