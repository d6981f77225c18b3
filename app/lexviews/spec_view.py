"""The specificities view: forms x modalities of signed scores as a heat map (sortable by any
modality), each modality's most over- and under-represented forms, and the CA map of modalities and
forms (labels de-overlapped). Double-click a form: its concordance."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

import numpy as np  # noqa: E402
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from PySide6.QtCore import QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QColor  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis import drawing  # noqa: E402
from app.analysis.results import SpecificitiesResult  # noqa: E402
from app.lexviews._ca_map import ca_map_figure, place_labels  # noqa: E402
from app.lexviews._common import FilterProxy, RowsModel, file_action, unit_kind, write_table  # noqa: E402
from app.lexviews.base import AnalysisView, ViewContext  # noqa: E402
from app.numbers import fmt_number  # noqa: E402
from corpus.atomic import atomic_write  # noqa: E402

# Paul Tol's BuRd diverging scheme ends (colour-blind safe): under-represented blue, over- red.
NEGATIVE, POSITIVE = QColor("#2166AC"), QColor("#B2182B")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def blend(colour: QColor, t: float) -> QColor:
    """``colour`` mixed with white (``t`` = 0: white, 1: the colour)."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(1 - t * (1 - colour.redF()), 1 - t * (1 - colour.greenF()), 1 - t * (1 - colour.blueF()))


class SpecModel(RowsModel):
    """Rows ``(form, total, scores, counts)``; columns form, total, one score per modality."""

    def __init__(self, result: SpecificitiesResult, headers: list[str], parent: Any = None):
        rows = [(f, sum(c), s, c) for f, s, c in zip(result.forms, result.scores, result.counts)]
        super().__init__(rows, headers, parent)
        scores = np.abs(np.asarray(result.scores, dtype=float))
        self.cap = max(3.0, float(np.nanpercentile(scores, 99))) if scores.size else 3.0
        self.modalities = result.modalities

    def text(self, row: tuple, column: int) -> str:
        if column == 0:
            return row[0]
        if column == 1:
            return str(row[1])
        return fmt_number(row[2][column - 2], 2)

    def sort_value(self, row: tuple, column: int) -> Any:
        if column == 0:
            return row[0].casefold()
        return float(row[1]) if column == 1 else float(row[2][column - 2])

    def cell_role(self, row: tuple, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if column < 2:
            return None
        score = row[2][column - 2]
        t = abs(score) / self.cap
        if role == Qt.ItemDataRole.BackgroundRole:
            return blend(POSITIVE if score > 0 else NEGATIVE, t * 0.9)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("white") if t > 0.55 else QColor("black")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row[0]} — {self.modalities[column - 2]}: {fmt_number(score, 3)} ({row[3][column - 2]})"
        return None


class SpecificitiesView(AnalysisView):
    """A :class:`SpecificitiesResult`: heat-map table, top lists per modality, CA map."""

    def __init__(self, result: SpecificitiesResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        headers = [self.tr("Form"), self.tr("Total")] + list(result.modalities)
        self.model = SpecModel(result, headers, self)
        self.proxy = FilterProxy(self.model, (0,), self)
        self.figure = self._map_figure()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._table_tab(), self.tr("Table"))
        self.tabs.addTab(self._top_tab(), self.tr("Top forms"))
        self.tabs.addTab(self._map_tab(), self.tr("CA map"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        method = {"hypergeometric": self.tr("hypergeometric law, signed log10 p")}.get(result.method, result.method)
        sizes = ", ".join(f"{m} {n}" for m, n in zip(result.modalities[:12], result.sizes[:12]))
        if len(result.modalities) > 12:
            sizes += " " + self.tr("… (%n modalities)", "", len(result.modalities))
        title = QLabel(self.tr("Specificities of <b>{0}</b> ({1}); sizes: {2}").format(result.variable, method, sizes))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    # -------------------------------------------------------------------------------------- tabs
    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(22)
        table.verticalHeader().hide()
        table.doubleClicked.connect(self._open_concordance)
        return table

    def _table_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.filter_edit)
        bar.addWidget(QLabel(self.tr("Red: over-represented, blue: under-represented. Click a header to sort.")))
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = self._table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self._size_columns()
        layout.addWidget(self.table)
        return page

    def _size_columns(self) -> None:
        """Widths set once: the form and total columns from their first 200 rows, each modality from its
        header. (ResizeToContents re-measured every cell of every column at each sort: with 500
        modalities, a minute to open and 20 s per sort.)"""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(50)
        header.setResizeContentsPrecision(200)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        metrics = header.fontMetrics()
        for j, name in enumerate(self.result.modalities, start=2):
            header.resizeSection(j, min(max(64, metrics.horizontalAdvance(name) + 24), 180))

    def _top_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Modality")))
        self.modality_combo = QComboBox()
        self.modality_combo.addItems(self.result.modalities)
        self.modality_combo.currentIndexChanged.connect(self._fill_top)
        bar.addWidget(self.modality_combo)
        bar.addStretch(1)
        layout.addLayout(bar)
        lists = QHBoxLayout()
        self.top_tables: list[QTableView] = []
        for title in (self.tr("Over-represented"), self.tr("Under-represented")):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            table = self._table(None)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            column.addWidget(table)
            lists.addLayout(column)
            self.top_tables.append(table)
        layout.addLayout(lists, 1)
        self._fill_top()
        return page

    def top_rows(self, modality: str, n: int = 30, negative: bool = False) -> list[tuple[str, float, int]]:
        """``(form, score, count in the modality)`` of the ``n`` most (or least) specific forms."""
        j = self.result.modalities.index(modality)
        rows = [(f, s[j], c[j]) for f, s, c in zip(self.result.forms, self.result.scores, self.result.counts)]
        rows = [r for r in rows if (r[1] < 0 if negative else r[1] > 0)]
        return sorted(rows, key=lambda r: r[1] if negative else -r[1])[:n]

    def _fill_top(self) -> None:
        modality = self.modality_combo.currentText()
        headers = [self.tr("Form"), self.tr("Score"), self.tr("Count")]
        for table, negative in zip(self.top_tables, (False, True)):
            old = table.model()
            table.setModel(TopModel(self.top_rows(modality, negative=negative), headers, table))
            if old is not None:
                old.deleteLater()

    def _map_figure(self) -> Any:
        fmap = self.result.ca
        if fmap is None or not fmap.columns:
            return None
        names = [self.tr("Axis {0} ({1} %)").format(i + 1, fmt_number(v, 1)) for i, v in enumerate(fmap.percent[:2])]
        return ca_map_figure(fmap, self.result.modalities,
                             self.tr("Correspondence analysis: {0}").format(self.result.variable), names)

    def _map_tab(self) -> QWidget:
        if self.figure is None:
            return QLabel(self.tr("The map needs at least three modalities."))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._placer = QTimer(self, singleShot=True, interval=150)
        self._placer.timeout.connect(self._place_labels)
        # labels are placed when the canvas first gets its size (the tab shown), not now: 1 s on a big map
        self.canvas.mpl_connect("resize_event", lambda _event: self._placer.start())
        return self.canvas

    def _place_labels(self) -> None:
        place_labels(self.figure)
        self.canvas.draw_idle()

    def _open_concordance(self, index: QModelIndex) -> None:
        model = index.model()
        form = model.index(index.row(), 0).data()
        if form:
            self.context.show_concordance(form, unit_kind(self.result.prep))

    # ------------------------------------------------------------------------------------ exports
    def export_table(self, path: str | Path) -> Path:
        """Forms x modalities: total, score and count per modality, as CSV or XLSX."""
        r = self.result
        headers = ["form", "total", *(f"score {m}" for m in r.modalities), *(f"count {m}" for m in r.modalities)]
        rows = [(f, sum(c), *(round(x, 4) for x in s), *c) for f, s, c in zip(r.forms, r.scores, r.counts)]
        return write_table(path, headers, rows, sheet=self.tr("Specificities"))

    def export_figure(self, path: str | Path) -> Path:
        """The CA map as PNG or SVG (ValueError without a map)."""
        if self.figure is None:
            raise ValueError(self.tr("no map: fewer than three modalities"))
        place_labels(self.figure)
        figure = self.figure
        return atomic_write(path, lambda tmp: drawing.save(figure, tmp, dpi=200))

    def export_actions(self) -> list[QAction]:
        actions = [
            file_action(self, self.tr("Specificities (CSV)…"), self.tr("CSV (*.csv)"), "specificities.csv",
                        self.export_table),
            file_action(self, self.tr("Specificities (Excel)…"), self.tr("Excel (*.xlsx)"), "specificities.xlsx",
                        self.export_table),
        ]
        if self.figure is not None:
            actions += [
                file_action(self, self.tr("CA map (PNG)…"), self.tr("PNG image (*.png)"), "specificities_map.png",
                            self.export_figure),
                file_action(self, self.tr("CA map (SVG)…"), self.tr("SVG image (*.svg)"), "specificities_map.svg",
                            self.export_figure),
            ]
        return actions


class TopModel(RowsModel):
    """``(form, score, count)`` rows of a top list."""

    def text(self, row: tuple, column: int) -> str:
        return (row[0], fmt_number(row[1], 2), str(row[2]))[column]

    def cell_role(self, row: tuple, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None
