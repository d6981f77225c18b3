"""Tables of the Reinert view: a sortable table model, CSV/XLSX export, and chi2 cell colours."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.numbers import fmt_number, fmt_scientific

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
    """Numbers as a reader expects them: ints plain, floats 2 decimals, small ones (p-values) 4 decimals,
    tiny ones in scientific notation."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if 0 < abs(value) < 1e-4:
            return fmt_scientific(value, 1)
        if 0 < abs(value) < 0.01:  # a p of 0.0013 is not "0.00"
            return fmt_number(value, 4)
        return fmt_number(value, 2)
    return str(value)


@functools.lru_cache(maxsize=65536)
def sort_key(text: str) -> str:
    """Case- and accent-insensitive order (« Économie » between « Acteurs » and « Socialismes »)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


class TableModel(QAbstractTableModel):
    """Rows of plain values; sorts itself (numbers numerically, text case- and accent-insensitively) in
    one Python sort, where a sort proxy would call :meth:`data` twice per comparison. ``rows`` keep their
    given order; ``order`` maps a shown row to its index in ``rows``. ``colour(row index in rows,
    column)`` may give a cell background."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = (),
                 colour: Callable[[int, int], QColor | None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.order = list(range(len(self.rows)))
        self.colour = colour
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Sequence[Any]], headers: Sequence[str] | None = None) -> None:
        """Replace the content (sorted as before)."""
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        if headers is not None:
            self.headers = list(headers)
        self.order = self._sorted_order()
        self.endResetModel()

    def row_values(self, row: int) -> list[Any]:
        """The values of shown row ``row``."""
        return self.rows[self.order[row]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.order[i.row()] for i in persistent]
        self.order = self._sorted_order()
        position = {source: row for row, source in enumerate(self.order)}
        self.changePersistentIndexList(persistent, [self.index(position[s], i.column())
                                                    for s, i in zip(sources, persistent)])
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        if self.sorted_by is None or not self.rows or self.sorted_by[0] >= len(self.headers):
            return list(range(len(self.rows)))
        column, order = self.sorted_by
        keys = [_sort_value(r[column] if column < len(r) else None) for r in self.rows]
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.order[index.row()]
        value = self.rows[source][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value)
        if role == SORT_ROLE:
            return _sort_value(value)[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.colour is not None:
            return self.colour(source, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[source]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def _sort_value(value: Any) -> tuple[int, Any]:
    """A key ordering numbers (first) and texts (accent-insensitive) without comparing them together."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, value)
    return (1, sort_key("" if value is None else str(value)))


def sortable_view(model: TableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table view over ``model``, sorted by clicking a header (the model sorts itself)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(200)  # widths from 200 rows: not from every row of a long table
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    return view
