"""Shared pieces of the result views: colour-blind-safe palettes, a read-only table model with a
filter proxy, and file exports (CSV/XLSX tables, PNG/SVG scenes) behind "Export" actions."""

from __future__ import annotations

import csv
import errno
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QMessageBox

from app.lexviews.base import AnalysisView
from coding.export.cell_safety import csv_row, xlsx_append
from corpus.atomic import atomic_open, atomic_write
from corpus.errors import ProjectError
from lexical.figures import PALETTE

__all__ = ["PALETTE", "TEXT_PALETTE", "SORT_ROLE", "RowsModel", "FilterProxy", "write_table", "save_scene",
           "file_action", "text_colour", "unit_kind"]

SORT_ROLE = Qt.ItemDataRole.UserRole
# Okabe-Ito colours dark enough for text on white (no yellow, no sky blue), then Paul Tol's muted.
TEXT_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#882255", "#117733", "#332288",
                "#AA4499", "#999933", "#44AA99", "#E69F00"]
AnyIndex = QModelIndex | QPersistentModelIndex


def text_colour(colour: str | QColor, max_lightness: int = 115) -> QColor:
    """``colour`` darkened until it reads well on white (Okabe-Ito orange or yellow are too light)."""
    c = QColor(colour)
    h, s, lightness, a = c.getHsl()
    return QColor.fromHsl(h, s, min(lightness, max_lightness), a)


def unit_kind(prep: dict[str, Any]) -> str:
    """The concordance query kind matching the result's units: "lemma" or "form"."""
    return "lemma" if prep.get("lemmatize", True) else "form"


class RowsModel(QAbstractTableModel):
    """A read-only table of ``rows`` (any objects); subclasses say how a cell reads and sorts."""

    def __init__(self, rows: Sequence[Any], headers: Sequence[str], parent: Any = None):
        super().__init__(parent)
        self._rows = list(rows)
        self._headers = list(headers)
        self._order = list(range(len(self._rows)))  # shown row -> index in ``_rows`` (see :meth:`sort`)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def row(self, i: int) -> Any:
        """The object shown on row ``i``."""
        return self._rows[self._order[i]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows on :meth:`sort_value` in one Python sort (a sorting proxy would call
        :meth:`data` twice per comparison: seconds for the ~40,000 lemmas of a big corpus)."""
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._order[i.row()] for i in persistent]
        keys = [self.sort_value(r, column) for r in self._rows]
        self._order = sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        position = {source: row for row, source in enumerate(self._order)}
        self.changePersistentIndexList(persistent, [self.index(position[s], i.column())
                                                    for s, i in zip(sources, persistent)])
        self.layoutChanged.emit()

    def text(self, row: Any, column: int) -> str:
        """The displayed text of a cell."""
        return str(row[column])

    def sort_value(self, row: Any, column: int) -> Any:
        """The value the proxy sorts on (numbers stay numbers)."""
        return self.text(row, column).casefold()

    def cell_role(self, row: Any, column: int, role: int) -> Any:
        """Other roles (alignment, font, colours, tooltip); None by default."""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[self._order[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        return self.cell_role(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and every row as exported (display texts)."""
        return list(self._headers), [[self.text(r, c) for c in range(len(self._headers))] for r in self._rows]


class FilterProxy(QSortFilterProxyModel):
    """Sorted by its source model (:meth:`RowsModel.sort`, on :data:`SORT_ROLE` values); keeps rows whose ``text_columns`` contain the filter text
    (case-insensitive) and that ``predicate`` accepts."""

    def __init__(self, source: RowsModel, text_columns: Sequence[int] = (0,), parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self._columns = list(text_columns)
        self._text = ""
        self._predicate: Callable[[Any], bool] | None = None

    def set_text(self, text: str) -> None:
        """Filter on ``text`` (empty: no text filter)."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Filter on the row objects (None: keep all)."""
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (:meth:`RowsModel.sort`); the proxy keeps its order."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 - Qt API
        model: RowsModel = self.sourceModel()  # type: ignore[assignment]
        row = model.row(source_row)
        if self._predicate is not None and not self._predicate(row):
            return False
        return not self._text or any(self._text in model.text(row, c).casefold() for c in self._columns)

    def source_rows(self) -> list[Any]:
        """The row objects shown, in view order."""
        model: RowsModel = self.sourceModel()  # type: ignore[assignment]
        return [model.row(self.mapToSource(self.index(i, 0)).row()) for i in range(self.rowCount())]


# ---------------------------------------------------------------------------------------- exports
def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet: str = "Table") -> Path:
    """Write a table as CSV (UTF-8 with BOM, for Excel; formulas escaped) or XLSX (bold frozen header),
    by suffix, atomically (a temporary file renamed over ``path``)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(csv_row(headers))
            writer.writerows(csv_row(row) for row in rows)
        return path
    if suffix != ".xlsx":
        raise ValueError(f"unsupported table format {suffix!r} (use .csv or .xlsx)")
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    xlsx_append(ws, list(headers))
    for row in rows:
        xlsx_append(ws, list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    return atomic_write(path, lambda tmp: book.save(str(tmp)))


def _save_png(scene: QGraphicsScene, path: Path, rect: QRectF, size: QSize, scale: float) -> None:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(errno.EIO, "the image could not be encoded or written")


def _save_svg(scene: QGraphicsScene, path: Path, rect: QRectF, size: QSize, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), rect)
    painter.end()
    if not path.is_file():
        raise OSError(errno.EIO, "the SVG file could not be written")


def save_scene(scene: QGraphicsScene, path: str | Path, rect: QRectF | None = None, scale: float = 2.0,
               title: str = "") -> Path:
    """Render ``scene`` (its items' bounding rect with a margin by default) to PNG (``scale``x) or SVG,
    atomically."""
    path = Path(path)
    rect = rect or scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    size = QSize(max(1, round(rect.width())), max(1, round(rect.height())))
    suffix = path.suffix.lower()
    if suffix == ".png":
        return atomic_write(path, lambda tmp: _save_png(scene, tmp, rect, size, scale))
    if suffix != ".svg":
        raise ValueError(f"unsupported figure format {suffix!r} (use .png or .svg)")
    return atomic_write(path, lambda tmp: _save_svg(scene, tmp, rect, size, title))


def save_figure(figure: Any, path: str | Path, **savefig_options: Any) -> Path:
    """Write a matplotlib figure (.png/.svg by suffix) atomically."""
    path = Path(path)
    return atomic_write(path, lambda tmp: figure.savefig(str(tmp), format=path.suffix.lower().lstrip("."),
                                                          **savefig_options))


def file_action(view: AnalysisView, text: str, filters: str, suggested: str,
                write: Callable[[Path], object]) -> QAction:
    """An Export action: asks for a path (adds the suffix of ``suggested`` when missing), then writes."""
    action = QAction(text, view)

    def run() -> None:
        path = view.ask_path(text, filters, suggested)
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(Path(suggested).suffix)
        try:
            write(path)
        except ProjectError as exc:  # FileWriteError: already one line naming the file and the cause
            QMessageBox.warning(view, text, str(exc))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(view, text, QCoreApplication.translate("AnalysisView", "Could not write {0}: {1}")
                                .format(path, exc))

    action.triggered.connect(run)
    return action
