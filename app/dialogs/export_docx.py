"""Export dialogs: coded excerpts to Word (checkable code tree and options), all codings to CSV/XLSX.

The export runs as a job (a big project takes a few seconds); errors end in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import ui_language
from app.jobs import JobRunner, progress_dialog
from app.widgets.code_tree import CheckableCodeTree
from coding.export.docx_export import DocxExportOptions, export_docx
from corpus.errors import ProjectError


class ExportDocxDialog(QDialog):
    """Pick codes and options; ``export_to(path)`` starts the job; ``exported(path)`` when written."""

    exported = Signal(str)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.setWindowTitle(self.tr("Export coded excerpts to Word"))
        self.resize(520, 600)
        self.tree = CheckableCodeTree(controller.codes(), self.tr("Codes to export"), self)
        self.subcodes = QCheckBox(self.tr("Include sub-codes"), self, checked=True)
        self.descriptions = QCheckBox(self.tr("Code descriptions"), self, checked=True)
        self.memos = QCheckBox(self.tr("Code memos"), self, checked=True)
        self.attributes = QCheckBox(self.tr("Speaker attributes"), self, checked=True)
        self.group_by = QComboBox(self)
        self.group_by.addItem(self.tr("Code"), "code")
        self.group_by.addItem(self.tr("Document"), "document")
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ui_language() == "fr" else 1)
        self.title = QLineEdit(controller.project_name, self)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Group by:"), self.group_by)
        form.addRow(self.tr("Document language:"), self.language)
        for box in (self.subcodes, self.descriptions, self.memos, self.attributes):
            form.addRow("", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self._ask_path)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def checked_code_ids(self) -> tuple[int, ...]:
        return tuple(self.tree.checked_code_ids())

    def options(self) -> DocxExportOptions:
        return DocxExportOptions(code_ids=self.checked_code_ids(), include_subcodes=self.subcodes.isChecked(),
                                 include_descriptions=self.descriptions.isChecked(),
                                 include_memos=self.memos.isChecked(),
                                 include_speaker_attributes=self.attributes.isChecked(),
                                 group_by=self.group_by.currentData(), language=self.language.currentData(),
                                 title=self.title.text().strip())

    def _ask_path(self) -> None:
        if not self.checked_code_ids():
            QMessageBox.information(self, self.windowTitle(), self.tr("Tick at least one code."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), f"{self.controller.project_name}.docx",
                                              "Word (*.docx)")
        if path:
            self.export_to(path if path.lower().endswith(".docx") else path + ".docx")

    def export_to(self, path: str):  # noqa: ANN201 - the Job
        project, options = self.controller.project, self.options()
        replaced: list = []  # characters XML cannot hold, per document or code (filled by the job)
        job = self.runner.start(lambda progress, cancel: str(export_docx(project, path, options, warnings=replaced)))
        progress_dialog(job, self.tr("Exporting…"), self)
        job.signals.finished.connect(lambda done: show_replaced(self, self.windowTitle(), replaced))
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(lambda exc: QMessageBox.warning(self, self.windowTitle(), str(exc)))
        return job

    def _done(self, path: str) -> None:
        self.exported.emit(path)
        self.accept()


def export_table(controller, parent: QWidget | None, path: str | None = None,  # noqa: ANN001
                 on_done: Callable[[int, str], None] | None = None) -> int:
    """Every coding to .csv or .xlsx (by suffix); returns the row count (0 when cancelled) and calls
    ``on_done(rows, path)`` once written."""
    from coding.export.table_export import export_table as write_table

    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportDocxDialog", "Export codings"),
                                              f"{controller.project_name}.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return 0
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += ".xlsx"
    replaced: list = []
    try:
        rows = write_table(controller.project, path, language=ui_language(), warnings=replaced)
    except (OSError, ValueError, ProjectError) as exc:
        QMessageBox.warning(parent, "Verbatim", str(exc))
        return 0
    show_replaced(parent, "Verbatim", replaced)
    if on_done is not None:
        on_done(rows, path)
    return rows


def show_replaced(parent: QWidget | None, title: str, replaced: list) -> None:
    """Tell what an export had to replace (characters XML cannot hold), with where they came from."""
    if not replaced:
        return
    lines = [str(message) for message in replaced[:20]] + (["…"] if len(replaced) > 20 else [])
    QMessageBox.warning(parent, title, QCoreApplication.translate(
        "ExportDocxDialog", "The export is complete, but some characters could not be written and were replaced "
        "by �:") + "\n\n" + "\n".join(lines))
