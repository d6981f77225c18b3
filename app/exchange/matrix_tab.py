"""Matrix queries: code co-occurrence, codes × attribute values, codes × speakers, as a heat map.

Clicking a cell lists its passages below; double-clicking a passage jumps to it. The matrix is
computed as a job and can be exported to CSV or XLSX (with a sheet of passages).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import CheckableCodeTree, show_error, start_job, with_suffix
from app.exchange.models import HeatDelegate, MatrixModel
from app.exchange.passage_table import PassageTable
from app.jobs import Job, JobRunner
from coding.queries import Matrix, code_attribute_matrix, code_case_matrix, cooccurrence
from coding.queries_export import matrix_to_csv, matrix_to_xlsx


class MatrixTab(QWidget):
    """Controls on top, codes on the left, the heat map and the passages of the clicked cell."""

    jumpTo = Signal(int, int, int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.model = MatrixModel(self)
        self._make_controls()
        self.codes = CheckableCodeTree(controller.codes(), self.tr("Codes"), self, tristate=False)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(HeatDelegate(self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.clicked.connect(self.show_cell)
        self.passages = PassageTable(self)
        self.passages.jumpTo.connect(self.jumpTo)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.table)
        right.addWidget(self.passages)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(self)
        split.addWidget(self.codes)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([230, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(split, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.scope.currentIndexChanged.connect(self.fill_attributes)
        self._kind_changed()

    def _make_controls(self) -> None:
        self.kind = QComboBox(self)
        for label, value in ((self.tr("Code co-occurrence"), "cooccurrence"),
                             (self.tr("Codes × attribute values"), "attribute"),
                             (self.tr("Codes × speakers"), "case")):
            self.kind.addItem(label, value)
        self.mode = QComboBox(self)
        for label, value in ((self.tr("overlapping passages"), "overlap"), (self.tr("same speaker turn"), "turn"),
                             (self.tr("within N characters"), "distance")):
            self.mode.addItem(label, value)
        self.distance = QSpinBox(self, minimum=0, maximum=100000, value=200, suffix=self.tr(" characters"))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("speakers (cases)"), "case")
        self.scope.addItem(self.tr("documents"), "document")
        self.attribute = QComboBox(self)
        self.measure = QComboBox(self)
        for label, value in ((self.tr("number of codings"), "count"), (self.tr("% of documents"), "documents_pct"),
                             (self.tr("% of speakers"), "speakers_pct")):
            self.measure.addItem(label, value)
        self.aggregate = QCheckBox(self.tr("Count sub-codes with their parent"), self)
        self.run_button = QPushButton(self.tr("Compute"), self)
        self.export_button = QPushButton(self.tr("Export…"), self, enabled=False)
        self.run_button.clicked.connect(lambda: self.compute())
        self.export_button.clicked.connect(lambda: self.export())
        self.mode.currentIndexChanged.connect(lambda: self.distance.setEnabled(self.mode.currentData() == "distance"))
        form = QFormLayout()
        form.addRow(self.tr("Matrix:"), self.kind)
        row = QHBoxLayout()
        for w in (self.mode, self.distance, self.scope, self.attribute, self.measure):
            row.addWidget(w)
        form.addRow(self.tr("Options:"), row)
        self.controls = QHBoxLayout()
        self.controls.addLayout(form, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.aggregate)
        actions = QHBoxLayout()
        actions.addWidget(self.run_button)
        actions.addWidget(self.export_button)
        buttons.addLayout(actions)
        self.controls.addLayout(buttons)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.mode.setVisible(kind == "cooccurrence")
        self.distance.setVisible(kind == "cooccurrence")
        self.distance.setEnabled(self.mode.currentData() == "distance")
        for w in (self.scope, self.attribute):
            w.setVisible(kind == "attribute")
        self.measure.setVisible(kind != "cooccurrence")
        self.fill_attributes()

    def fill_attributes(self) -> None:
        current = self.attribute.currentText()
        self.attribute.clear()
        self.attribute.addItems(self.controller.attribute_names(self.scope.currentData()))
        self.attribute.setCurrentIndex(max(self.attribute.findText(current), 0))

    def request(self) -> dict[str, object]:
        """What to compute, as plain values (the job gets no widget)."""
        return {"kind": self.kind.currentData(), "code_ids": self.codes.checked_code_ids(),
                "mode": self.mode.currentData(), "distance": self.distance.value(),
                "scope": self.scope.currentData(), "attribute": self.attribute.currentText(),
                "measure": self.measure.currentData(), "aggregate": self.aggregate.isChecked()}

    def compute(self) -> Job | None:
        """Compute the matrix as a job; None when there is nothing to compute."""
        req, project = self.request(), self.controller.project
        if project is None or not req["code_ids"] or (req["kind"] == "attribute" and not req["attribute"]):
            return None
        self.run_button.setEnabled(False)
        job = start_job(self.runner, self, self.tr("Computing…"),
                        lambda progress, cancel: compute_matrix(project, req), self.show_matrix, self._failed)
        return job

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        show_error(self, self.tr("Queries"), exc)

    def show_matrix(self, matrix: Matrix) -> None:
        """Show a computed matrix."""
        self.run_button.setEnabled(True)
        self.model.set_matrix(matrix, square=self.kind.currentData() == "cooccurrence")
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 56), 160))
        self.export_button.setEnabled(True)
        self.passages.set_passages([], matrix.title)

    def show_cell(self, index: QModelIndex) -> None:
        """List the passages of a clicked cell."""
        if not index.isValid() or self.model.matrix is None:
            return
        m, r, c = self.model.matrix, index.row(), index.column()
        passages = self.model.passages(r, c)
        self.passages.set_passages(passages, self.tr("%1 × %2: %n passage(s)", "", len(passages))
                                   .replace("%1", m.row_labels[r]).replace("%2", m.col_labels[c]))

    def export(self, path: str | None = None) -> str | None:
        """Write the matrix to .xlsx or .csv (by suffix; asks when ``path`` is None)."""
        if self.model.matrix is None:
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the matrix"), "matrix.xlsx",
                                                       "Excel (*.xlsx);;CSV (*.csv)")
            if not path:
                return None
            path = path if path.lower().endswith((".csv", ".xlsx")) else with_suffix(path, ".csv" if "csv" in chosen else ".xlsx")
        try:
            writer = matrix_to_csv if path.lower().endswith(".csv") else matrix_to_xlsx
            writer(self.model.matrix, path)
        except (OSError, ValueError) as exc:
            show_error(self, self.tr("Export the matrix"), exc)
            return None
        return path


def compute_matrix(project, req: dict[str, object]) -> Matrix:  # noqa: ANN001 - corpus Project
    """Run the query described by :meth:`MatrixTab.request` (in a worker thread)."""
    kind, code_ids, aggregate = req["kind"], req["code_ids"], bool(req["aggregate"])
    if kind == "cooccurrence":
        return cooccurrence(project, code_ids, mode=str(req["mode"]), distance=int(req["distance"]),  # type: ignore[arg-type]
                            aggregate=aggregate)
    if kind == "attribute":
        return code_attribute_matrix(project, str(req["attribute"]), scope=str(req["scope"]),
                                     code_ids=code_ids, measure=str(req["measure"]), aggregate=aggregate)  # type: ignore[arg-type]
    return code_case_matrix(project, code_ids, measure=str(req["measure"]), aggregate=aggregate)  # type: ignore[arg-type]
