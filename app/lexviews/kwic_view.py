"""The concordance view: left context right-aligned, keyword bold and centred, right context; sorted
by source order, left context (read backwards), keyword or right context; filtered by text and by a
speaker or attribute. Double-click a line: the passage in the viewer. "Code these hits…" codes the
selected hits (keyword, keyword with its context, or its sentence) in one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.analysis.results import KwicLine, KwicResult
from app.lexviews._common import TEXT_PALETTE, FilterProxy, RowsModel, file_action, write_table
from app.lexviews.base import AnalysisView, Passage, ViewContext

SPEAKER = "locuteur"
SOURCE, LEFT, KEYWORD, RIGHT = range(4)
SCOPES = ("keyword", "context", "sentence")


class KwicModel(RowsModel):
    """(order, line) rows: source (speaker or key), left context, keyword, right context."""

    def text(self, row: tuple[int, KwicLine], column: int) -> str:
        line = row[1]
        if column == SOURCE:
            return line.variables.get(SPEAKER) or " ".join(f"*{k}_{v}" for k, v in line.variables.items()) or line.key
        return (line.left, line.keyword, line.right)[column - 1]

    def sort_value(self, row: tuple[int, KwicLine], column: int) -> Any:
        order, line = row
        if column == SOURCE:
            return order
        if column == LEFT:  # read backwards, word by word, as IRaMuTeQ and AntConc do
            return " ".join(reversed(line.left.casefold().split()))
        return self.text(row, column).casefold()

    def cell_role(self, row: tuple[int, KwicLine], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return {LEFT: Qt.AlignmentFlag.AlignRight, KEYWORD: Qt.AlignmentFlag.AlignHCenter}.get(
                column, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == KEYWORD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == KEYWORD:
            return QColor(TEXT_PALETTE[0])
        if role == Qt.ItemDataRole.ToolTipRole:
            line = row[1]
            extra = "".join(f"\n{k} = {v}" for k, v in line.variables.items())
            return f"{line.key} [{line.start}-{line.end}]{extra}"
        return None


class ContextDelegate(QStyledItemDelegate):
    """Elides the left context on its left and the right context on its right, so both stay readable
    next to the keyword."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = (Qt.TextElideMode.ElideLeft if index.column() == LEFT
                                else Qt.TextElideMode.ElideRight)


class KwicView(AnalysisView):
    """A :class:`KwicResult` as a sortable, filterable concordance table."""

    def __init__(self, result: KwicResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        headers = [self.tr("Source"), self.tr("Left context"), self.tr("Keyword"), self.tr("Right context")]
        self.model = KwicModel(list(enumerate(result.lines)), headers, self)
        self.proxy = FilterProxy(self.model, (LEFT, KEYWORD, RIGHT), self)
        self._build()
        self._fill_variables()
        self.set_sort("source")

    # ------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._toolbar())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ContextDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEYWORD, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # widths from 200 rows, not from every row
        self.table.setColumnWidth(SOURCE, 110)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.code_action = QAction(self.tr("Code these hits…"), self)
        self.code_action.triggered.connect(self.ask_and_code)
        self.table.addAction(self.code_action)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_buttons)
        self._update_buttons()

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        p = self.result.params
        by = {"form": self.tr("form"), "lemma": self.tr("lemma"), "regex": self.tr("regular expression")}.get(p.by, p.by)
        title = QLabel(self.tr("<b>{0}</b> ({1}): %n hit(s)", "", len(self.result.lines)).format(p.query, by))
        bar.addWidget(title)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Sort by")))
        self.sort_combo = QComboBox()
        for text, key in ((self.tr("Source order"), "source"), (self.tr("Left context"), "left"),
                          (self.tr("Keyword"), "keyword"), (self.tr("Right context"), "right")):
            self.sort_combo.addItem(text, key)
        self.sort_combo.activated.connect(lambda: self.set_sort(self.sort_combo.currentData()))
        bar.addWidget(self.sort_combo)
        self.variable_combo = QComboBox()
        self.variable_combo.setToolTip(self.tr("Filter by speaker or attribute"))
        self.value_combo = QComboBox()
        self.variable_combo.currentIndexChanged.connect(self._variable_changed)
        self.value_combo.currentIndexChanged.connect(self._apply_filter)
        bar.addWidget(self.variable_combo)
        bar.addWidget(self.value_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.filter_edit)
        self.code_button = QPushButton(self.tr("Code these hits…"))
        self.code_button.clicked.connect(self.ask_and_code)
        bar.addWidget(self.code_button)
        return bar

    def _fill_variables(self) -> None:
        names = sorted({k for line in self.result.lines for k in line.variables}, key=lambda k: (k != SPEAKER, k))
        self.variable_combo.addItem(self.tr("All sources"), "")
        for name in names:
            self.variable_combo.addItem(self.tr("Speaker") if name == SPEAKER else name, name)
        self.variable_combo.setVisible(bool(names))
        self.value_combo.setVisible(False)

    # ---------------------------------------------------------------------------------- behaviour
    def set_sort(self, key: str) -> None:
        """Sort by "source", "left", "keyword" or "right"."""
        column = {"source": SOURCE, "left": LEFT, "keyword": KEYWORD, "right": RIGHT}[key]
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(key))
        self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def _variable_changed(self) -> None:
        name = self.variable_combo.currentData()
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        if name:
            values = sorted({line.variables[name] for line in self.result.lines if name in line.variables})
            for value in values:
                self.value_combo.addItem(value, value)
        self.value_combo.blockSignals(False)
        self.value_combo.setVisible(bool(name))
        self._apply_filter()

    def set_filter(self, variable: str, value: str) -> None:
        """Keep the hits whose source has ``variable`` = ``value`` ("" variable: all)."""
        self.variable_combo.setCurrentIndex(max(0, self.variable_combo.findData(variable)))
        if variable:
            self.value_combo.setCurrentIndex(self.value_combo.findData(value))

    def _apply_filter(self) -> None:
        name, value = self.variable_combo.currentData(), self.value_combo.currentData()
        self.proxy.set_predicate((lambda row: row[1].variables.get(name) == value) if name else None)

    def shown_lines(self) -> list[KwicLine]:
        """The lines shown, in view order."""
        return [row[1] for row in self.proxy.source_rows()]

    def selected_lines(self) -> list[KwicLine]:
        """The selected lines, in view order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())[1] for r in rows]

    def _can_jump(self) -> bool:
        return self.context.project_is_open() and any(line.document_id is not None for line in self.result.lines)

    def _update_buttons(self) -> None:
        enabled = self._can_jump() and self.table.selectionModel().hasSelection()
        self.code_button.setEnabled(enabled)
        self.code_action.setEnabled(enabled)
        self.count_label.setText(self.tr("{0} of %n hit(s)", "", self.model.rowCount()).format(self.proxy.rowCount()))

    def _open(self, index: QModelIndex) -> None:
        line = self.model.row(self.proxy.mapToSource(index).row())[1]
        if line.document_id is not None and self.context.project_is_open():
            self.context.open_passage(Passage(line.document_id, line.start, line.end))

    # ------------------------------------------------------------------------------------- coding
    @staticmethod
    def passages(lines: list[KwicLine], scope: str = "keyword") -> list[Passage]:
        """The passages to code for ``lines``: the keyword, the keyword with its context, or its
        sentence (the keyword when the result has no such offsets); duplicates removed, in order."""
        out: dict[Passage, None] = {}
        for line in lines:
            if line.document_id is None:
                continue
            span = {"context": line.context, "sentence": line.sentence}.get(scope) or (line.start, line.end)
            out[Passage(line.document_id, span[0], span[1])] = None
        return list(out)

    def code_selected(self, scope: str = "keyword") -> bool:
        """Code the selected hits (one undo step); False when nothing was coded."""
        passages = self.passages(self.selected_lines(), scope)
        if not passages:
            return False
        label = self.tr("Code %n concordance hit(s) of “{0}”", "", len(passages)).format(self.result.params.query)
        return bool(self.context.code_passages(passages, None, label))

    def ask_and_code(self) -> None:
        """Ask the scope, then code the selected hits."""
        names = [self.tr("The keyword only"), self.tr("The keyword with its context"),
                 self.tr("The keyword's sentence")]
        choice, ok = QInputDialog.getItem(self, self.tr("Code these hits"), self.tr("Code:"), names, 0, False)
        if ok and choice in names:
            self.code_selected(SCOPES[names.index(choice)])

    # ------------------------------------------------------------------------------------ exports
    def export_table(self, path: str | Path) -> Path:
        """The lines shown (in view order) as CSV or XLSX, with their offsets and variables."""
        names = sorted({k for line in self.result.lines for k in line.variables})
        headers = ["source", "document", "start", "end", "left", "keyword", "right", *names]
        rows = [(x.key, x.document_id, x.start, x.end, x.left, x.keyword, x.right,
                 *(x.variables.get(n, "") for n in names)) for x in self.shown_lines()]
        return write_table(path, headers, rows, sheet=self.tr("Concordance"))

    def export_actions(self) -> list[QAction]:
        return [
            file_action(self, self.tr("Concordance (CSV)…"), self.tr("CSV (*.csv)"), "concordance.csv",
                        self.export_table),
            file_action(self, self.tr("Concordance (Excel)…"), self.tr("Excel (*.xlsx)"), "concordance.xlsx",
                        self.export_table),
        ]
