"""The textual statistics view: summary numbers, a sortable and filterable frequency table, and the
Zipf plot (log rank vs log frequency, embedded matplotlib). Double-click a unit: its concordance.
The table's context menu (and its Lexicon button) edits the project's own lexicon
(:mod:`app.lexviews.lexicon_edit`); the "Next analysis" column and a banner show what will change."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

import numpy as np  # noqa: E402
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.analysis.results import FrequencyItem, StatsResult  # noqa: E402
from app.lexviews._common import (  # noqa: E402
    PALETTE,  # noqa: E402
    FilterProxy,
    RowsModel,
    file_action,
    save_figure,
    unit_kind,
    write_table,
)
from app.lexviews.base import AnalysisView, ViewContext  # noqa: E402
from app.lexviews.lexicon_edit import LexiconActions, LexiconBanner, pending_changes, same_lexicon  # noqa: E402
from app.numbers import fmt_percent  # noqa: E402

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _num(value: float) -> str:
    """An integer in the user's locale (thousands separators)."""
    return QLocale().toString(int(value))


class FrequencyModel(RowsModel):
    """Unit, frequency, POS tag, status (translated), and what the next analysis changes (the user's
    lexicon edits since this result); frequencies sort as numbers."""

    def __init__(self, rows: list[FrequencyItem], headers: list[str], statuses: dict[str, str],
                 parent: Any = None):
        super().__init__(rows, headers, parent)
        self._statuses = statuses
        self.pending: dict[str, str] = {}

    def set_pending(self, pending: dict[str, str]) -> None:
        """Unit -> text of its change on the next analysis; refreshes the column."""
        self.pending = pending
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 4), self.index(self.rowCount() - 1, 4))

    def text(self, row: FrequencyItem, column: int) -> str:
        if column == 4:
            return self.pending.get(row.name, "")
        return (row.name, str(row.freq), row.tag, self._statuses.get(row.status, row.status))[column]

    def sort_value(self, row: FrequencyItem, column: int) -> Any:
        return row.freq if column == 1 else self.text(row, column).casefold()

    def cell_role(self, row: FrequencyItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        return None


def zipf_figure(frequencies: list[int], labels: tuple[str, str, str]) -> Figure:
    """log rank vs log frequency, with Zipf's ideal ``f1 / rank`` as a dashed reference."""
    f = np.sort(np.asarray(frequencies, dtype=float))[::-1]
    f = f[f > 0]
    fig = Figure(figsize=(5.5, 4.2), layout="constrained")
    ax = fig.add_subplot(111)
    ranks = np.arange(1, len(f) + 1)
    if len(f):
        ax.loglog(ranks, f[0] / ranks, color="#999999", lw=1, ls="--", label=labels[2])
        ax.loglog(ranks, f, color=PALETTE[4], lw=1.8, marker="o", ms=2.5, mec="none", label="Zipf")
        ax.legend(frameon=False, fontsize=8)
    ax.set_xlabel(labels[0])
    ax.set_ylabel(labels[1])
    ax.grid(True, which="major", color="#dddddd", lw=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


class StatsView(AnalysisView):
    """Summary, frequency table and Zipf plot of a :class:`StatsResult`."""

    def __init__(self, result: StatsResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        self.lemmatized = bool(result.summary.get("lemmatized", result.prep.get("lemmatize", True)))
        statuses = {"active": self.tr("active"), "supplementary": self.tr("supplementary"),
                    "ignored": self.tr("ignored")}
        headers = [self.tr("Lemma") if self.lemmatized else self.tr("Form"), self.tr("Frequency"),
                   self.tr("POS"), self.tr("Status"), self.tr("Next analysis")]
        self._statuses = statuses
        self.model = FrequencyModel(result.frequencies, headers, statuses, self)
        self.lexicon = LexiconActions(self, context, self.selected_rows, self.lemmatized)
        self.banner = LexiconBanner(lambda: context.rerun(result), self)
        self.proxy = FilterProxy(self.model, (0,), self)
        self.figure = zipf_figure(result.zipf, (self.tr("rank (log)"), self.tr("frequency (log)"),
                                                self.tr("ideal Zipf (f1 / rank)")))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self._build()
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        if hasattr(context, "lexiconChanged"):
            context.lexiconChanged.connect(self.refresh_pending)
        self.refresh_pending()

    # ------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._summary_box())
        self.canvas.setMinimumSize(320, 260)
        column.addWidget(self.canvas, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._table_panel())
        splitter.setSizes([560, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def summary_rows(self) -> list[tuple[str, str]]:
        """The summary as (label, value) pairs, as shown and exported."""
        s = self.result.summary
        occ, forms, hapax = int(s.get("occurrences", 0)), int(s.get("forms", 0)), int(s.get("hapax", 0))
        lemmas, lemma_hapax = int(s.get("lemmas", 0)), int(s.get("lemma_hapax", 0))

        def pct(n: int, d: int) -> str:
            return fmt_percent(n / d, 2) if d else "–"

        rows = [(self.tr("Texts"), _num(s.get("texts", 0))), (self.tr("Segments"), _num(s.get("segments", 0))),
                (self.tr("Occurrences"), _num(occ)), (self.tr("Forms"), _num(forms)),
                (self.tr("Hapax (forms)"), self.tr("{0} ({1} of forms, {2} of occurrences)").format(
                    hapax, pct(hapax, forms), pct(hapax, occ)))]
        if self.lemmatized:
            rows += [(self.tr("Lemmas"), _num(lemmas)),
                     (self.tr("Hapax (lemmas)"), self.tr("{0} ({1} of lemmas, {2} of occurrences)").format(
                         lemma_hapax, pct(lemma_hapax, lemmas), pct(lemma_hapax, occ)))]
        rows += [(self.tr("Mean occurrences per text"), QLocale().toString(float(s.get("mean_occurrences_per_text", 0)), "f", 2)),
                 (self.tr("Active forms"), _num(s.get("active_forms", 0))),
                 (self.tr("Supplementary forms"), _num(s.get("supplementary_forms", 0)))]
        return rows

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Summary"))
        form = QFormLayout(box)
        for label, value in self.summary_rows():
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        return box

    def _table_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = QComboBox()
        for text, status in ((self.tr("All"), ""), (self.tr("Active"), "active"),
                             (self.tr("Supplementary"), "supplementary"), (self.tr("Ignored"), "ignored")):
            self.status_combo.addItem(text, status)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.lexicon_button = QToolButton()
        self.lexicon_button.setText(self.tr("Lexicon"))
        self.lexicon_button.setToolTip(self.tr("Change statuses, lemmas and expressions of the project's lexicon"))
        self.lexicon_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lexicon_button.setMenu(self.lexicon.menu(self.lexicon_button))
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.lexicon_button)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)  # the lemma keeps the room
        header.resizeSection(4, 200)  # room for “fusionné dans « … »” and its header
        header.setResizeContentsPrecision(200)  # widths from 200 rows, not from every row
        self.table.setToolTip(self.tr("Double-click a row to open its concordance"))
        self.table.doubleClicked.connect(self._open_concordance)
        layout.addWidget(self.table)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()
        return panel

    # ---------------------------------------------------------------------------------- behaviour
    def _status_changed(self) -> None:
        status = self.status_combo.currentData()
        self.proxy.set_predicate((lambda row: row.status == status) if status else None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} of %n row(s)", "", self.model.rowCount()).format(self.proxy.rowCount()))

    def selected_rows(self) -> list[FrequencyItem]:
        """The rows selected in the table (view order)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows]

    def refresh_pending(self) -> None:
        """Show what the project's lexicon changes on the next analysis (column and banner)."""
        current = self.context.project_lexicon() if hasattr(self.context, "project_lexicon") else {}
        used = self.result.prep.get("lexicon") or {}
        pending = pending_changes(self.result.frequencies, used, current, self.lemmatized)
        texts = {"status": lambda v: self._statuses.get(v, v),
                 "merge": lambda v: self.tr("merged into “%1”").replace("%1", v), "lemma": lambda v: v}
        self.model.set_pending({unit: texts[kind](value) for unit, (kind, value) in pending.items()})
        self.banner.setVisible(not same_lexicon(used, current) and self.lexicon.available())

    def _context_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        rows = self.selected_rows()
        if len(rows) == 1:
            menu.addAction(self.tr("Concordance of “%1”").replace("%1", rows[0].name),
                           lambda: self.context.show_concordance(rows[0].name, unit_kind(self.result.prep)))
            menu.addSeparator()
        self.lexicon.fill(menu)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _open_concordance(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.context.show_concordance(row.name, unit_kind(self.result.prep))

    # ------------------------------------------------------------------------------------ exports
    def export_table(self, path: str | Path) -> Path:
        """The frequency table (rows shown, in view order) as CSV or XLSX."""
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        rows = [(r.name, r.freq, r.tag, r.status) for r in self.proxy.source_rows()]
        return write_table(path, headers, rows, sheet=self.tr("Frequencies"))

    def export_figure(self, path: str | Path) -> Path:
        """The Zipf plot as PNG or SVG."""
        path = Path(path)
        if path.suffix.lower() not in (".png", ".svg"):
            raise ValueError(f"unsupported figure format {path.suffix!r}")
        return save_figure(self.figure, path, dpi=200, facecolor="white")

    def export_actions(self) -> list[QAction]:
        return [
            file_action(self, self.tr("Frequencies (CSV)…"), self.tr("CSV (*.csv)"), "frequencies.csv",
                        self.export_table),
            file_action(self, self.tr("Frequencies (Excel)…"), self.tr("Excel (*.xlsx)"), "frequencies.xlsx",
                        self.export_table),
            file_action(self, self.tr("Zipf plot (PNG)…"), self.tr("PNG image (*.png)"), "zipf.png",
                        self.export_figure),
            file_action(self, self.tr("Zipf plot (SVG)…"), self.tr("SVG image (*.svg)"), "zipf.svg",
                        self.export_figure),
        ]
