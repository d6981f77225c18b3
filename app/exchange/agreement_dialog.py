"""Team > Inter-coder agreement: two coders, a unit (characters or turns); per code and overall
percent agreement, Cohen's kappa and Krippendorff's alpha ("—" when undefined), then the passages
where the coders differ (double-click shows the passage in the document)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import show_error, start_job
from app.jobs import Job, JobRunner
from app.numbers import fmt_number
from coding.agreement import Agreement, AgreementReport, Disagreement, agreement

Index = QModelIndex | QPersistentModelIndex
DASH = "—"


def fmt(value: float | None, digits: int = 2) -> str:
    """A statistic, or a dash when it is undefined."""
    return DASH if value is None else fmt_number(value, digits)


class AgreementModel(QAbstractTableModel):
    """One row per code, then the overall row (bold)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Agreement] = []
        self.headers = [self.tr("Code"), self.tr("Units"), self.tr("Both"), self.tr("Only A"), self.tr("Only B"),
                        self.tr("Agreement %"), self.tr("Cohen's kappa"), self.tr("Krippendorff's alpha")]

    def set_report(self, report: AgreementReport | None) -> None:
        """Show a report (None clears)."""
        self.beginResetModel()
        self.rows = [] if report is None else [*report.per_code, report.overall]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def cell(self, row: int, column: int) -> str:
        """The text of a cell."""
        a = self.rows[row]
        values = (self.tr("All codes") if a.code_id is None else a.code_path, fmt_number(a.units),
                  fmt_number(a.both), fmt_number(a.only_a), fmt_number(a.only_b), fmt(a.percent, 1), fmt(a.kappa), fmt(a.alpha))
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()].code_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class DisagreementModel(QAbstractTableModel):
    """Document, code, passage text, who coded it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[Disagreement] = []
        self.headers = [self.tr("Document"), self.tr("Code"), self.tr("Passage"), self.tr("Coded only by")]

    def set_items(self, items: list[Disagreement]) -> None:
        """Show the disagreements."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        d = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (d.document_name, d.code_path, " ".join(d.text.split()), d.coded_by)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return d.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return self.headers[section]
        return None


class AgreementDialog(QDialog):
    """Non-modal; ``jumpTo(document_id, start, end)`` when a disagreement is double-clicked."""

    jumpTo = Signal(int, int, int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.setWindowTitle(self.tr("Inter-coder agreement"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1000, 680)
        self.coder_a, self.coder_b, self.unit = QComboBox(self), QComboBox(self), QComboBox(self)
        coders = controller.coders()
        for combo in (self.coder_a, self.coder_b):
            combo.addItems(coders)
        self.coder_b.setCurrentIndex(1 if len(coders) > 1 else 0)
        self.unit.addItem(self.tr("characters"), "character")
        self.unit.addItem(self.tr("speaker turns"), "turn")
        self.compute_button = QPushButton(self.tr("Compute"), self)
        self.compute_button.clicked.connect(lambda: self.compute())
        self.model, self.disagreements = AgreementModel(self), DisagreementModel(self)
        self.table, self.list = self._view(self.model, 0), self._view(self.disagreements, 2)
        self.list.doubleClicked.connect(self._jump)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        layout.addWidget(self.caption)
        layout.addWidget(split, 1)

    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, widget in ((self.tr("Coder A:"), self.coder_a), (self.tr("Coder B:"), self.coder_b),
                              (self.tr("Unit:"), self.unit)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.compute_button)
        return row

    def _view(self, model: QAbstractTableModel, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def compute(self) -> Job | None:
        """Compute the agreement of the chosen coders as a job."""
        a, b, unit, project = self.coder_a.currentText(), self.coder_b.currentText(), self.unit.currentData(), \
            self.controller.project
        if project is None or not a or not b:
            return None
        self.compute_button.setEnabled(False)
        return start_job(self.runner, self, self.tr("Computing…"),
                         lambda progress, cancel: agreement(project, a, b, unit=unit), self.show_report,
                         self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.compute_button.setEnabled(True)
        show_error(self, self.windowTitle(), exc)

    def show_report(self, report: AgreementReport) -> None:
        """Show the statistics and the disagreements."""
        self.compute_button.setEnabled(True)
        self.model.set_report(report)
        self.disagreements.set_items(report.disagreements)
        self.caption.setText(self.tr("A = %1, B = %2. %n passage(s) where they differ (double-click to read it):", "",
                                     len(report.disagreements))
                             .replace("%1", report.coder_a).replace("%2", report.coder_b))

    def _jump(self, index: QModelIndex) -> None:
        if index.isValid():
            d = self.disagreements.items[index.row()]
            self.jumpTo.emit(d.document_id, d.start, d.end)
