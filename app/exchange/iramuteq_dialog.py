"""File > Export > Iramuteq corpus: unit (document, turn, code), the codes to include, interviewer.

The corpus is written as a job; a summary (units, variables, warnings) follows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import CheckableCodeTree, start_job, with_suffix
from app.jobs import Job, JobRunner
from coding.export.iramuteq_export import IramuteqExport, export_iramuteq


class IramuteqDialog(QDialog):
    """Options of the Iramuteq export; ``export_to(path)`` starts the job; ``exported(result)`` after."""

    exported = Signal(object)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.setWindowTitle(self.tr("Export an Iramuteq corpus"))
        self.resize(480, 560)
        self.unit = QComboBox(self)
        for label, value in ((self.tr("One text per document"), "document"),
                             (self.tr("One text per speaker turn"), "turn"),
                             (self.tr("One text per coded excerpt"), "code")):
            self.unit.addItem(label, value)
        self.tree = CheckableCodeTree(controller.codes(), self.tr("Codes to include"), self, checked=False)
        self.subcodes = QCheckBox(self.tr("Include sub-codes"), self, checked=True)
        self.exclude_interviewer = QCheckBox(self.tr("Leave out the interviewer"), self, checked=True)
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow("", self.subcodes)
        form.addRow("", self.exclude_interviewer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self._ask_path)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()

    def _unit_changed(self) -> None:
        by_code = self.unit.currentData() == "code"
        self.tree.setEnabled(by_code)
        self.subcodes.setEnabled(by_code)

    def options(self) -> dict[str, object]:
        """The keyword arguments of :func:`export_iramuteq`."""
        unit = self.unit.currentData()
        return {"unit": unit, "code_ids": self.tree.checked_code_ids() if unit == "code" else None,
                "include_subcodes": self.subcodes.isChecked(),
                "exclude_interviewer": self.exclude_interviewer.isChecked()}

    def _ask_path(self) -> None:
        if self.unit.currentData() == "code" and not self.tree.checked_code_ids():
            QMessageBox.information(self, self.windowTitle(), self.tr("Tick at least one code."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"{self.controller.project_name}.txt",
                                              self.tr("Text (*.txt)"))
        if path:
            self.export_to(with_suffix(path, ".txt"))

    def export_to(self, path: str) -> Job:
        """Write the corpus to ``path`` as a job."""
        project, options = self.controller.project, self.options()
        return start_job(self.runner, self, self.tr("Exporting…"),
                         lambda progress, cancel: export_iramuteq(project, path, **options), self._done)

    def _done(self, result: IramuteqExport) -> None:
        lines = [self.tr("%n text(s) written, %1.", "", result.units)
                 .replace("%1", self.tr("%n variable(s)", "", len(result.variables)))]
        lines.extend(str(w) for w in result.warnings[:10])  # messages render in the UI language
        self.exported.emit(result)
        QMessageBox.information(self, self.windowTitle(), "\n".join(lines))
        self.accept()
