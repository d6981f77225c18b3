"""File > Import: pick files; for CSV/XLSX confirm the guessed text and id columns; import as a job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jobs import progress_dialog
from corpus.documents import CorpusService, ImportFailures
from corpus.importers import SUPPORTED_EXTENSIONS, guess_survey_columns
from corpus.importers.base import ImportFailure, ImportOptions
from corpus.types import ImportReport

SURVEY_SUFFIXES = (".csv", ".tsv", ".xlsx")


class SurveyColumnsDialog(QDialog):
    """Shows the guessed free-text column(s) and respondent id column of a survey file."""

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.guess = guess_survey_columns(path)
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", Path(path).name))
        self.resize(720, 460)
        self.texts = QListWidget(self)
        for column in self.guess.columns:
            item = QListWidgetItem(column, self.texts)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in self.guess.text_columns else Qt.CheckState.Unchecked)
        self.id_column = QComboBox(self)
        self.id_column.addItem(self.tr("(row number)"), None)
        for column in self.guess.columns:
            self.id_column.addItem(column, column)
        self.id_column.setCurrentIndex(max(self.id_column.findData(self.guess.id_column), 0))
        preview = QTableWidget(len(self.guess.preview), len(self.guess.columns), self)
        preview.setHorizontalHeaderLabels(self.guess.columns)
        for row, values in enumerate(self.guess.preview):
            for col, column in enumerate(self.guess.columns):
                preview.setItem(row, col, QTableWidgetItem(values.get(column, "")))
        preview.setWordWrap(False)  # one line per answer: more rows in view, full text in the tooltip
        preview.resizeColumnsToContents()
        header = preview.horizontalHeader()
        for col, column in enumerate(self.guess.columns):
            if column in self.guess.text_columns:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            elif header.sectionSize(col) > 160:
                header.resizeSection(col, 160)
        for row in range(preview.rowCount()):
            for col in range(preview.columnCount()):
                if (item := preview.item(row, col)) is not None:
                    item.setToolTip(item.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Free-text answers:"), self.texts)
        form.addRow(self.tr("Respondent id:"), self.id_column)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n row(s). Check the guessed columns:", "", self.guess.row_count), self))
        layout.addLayout(form)
        layout.addWidget(preview, 1)
        layout.addWidget(buttons)

    def options(self) -> ImportOptions:
        items = [self.texts.item(i) for i in range(self.texts.count())]
        texts = tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)
        return ImportOptions(text_columns=texts or None, id_column=self.id_column.currentData())


def choose_files(parent: QWidget) -> list[str]:
    patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_EXTENSIONS))
    documents = QCoreApplication.translate("ImportDialog", "Documents")  # outside the f-string: lupdate reads it
    every_file = QCoreApplication.translate("ImportDialog", "All files")
    paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("ImportDialog", "Import documents"), "",
                                            f"{documents} ({patterns});;{every_file} (*)")
    return paths


def import_groups(paths: list[str], parent: QWidget | None) -> list[tuple[list[str], ImportOptions]] | None:
    """Plain files together; each survey file with the columns the user confirmed. None: cancelled."""
    plain = [p for p in paths if Path(p).suffix.lower() not in SURVEY_SUFFIXES]
    groups: list[tuple[list[str], ImportOptions]] = [(plain, ImportOptions())] if plain else []
    for path in paths:
        if Path(path).suffix.lower() in SURVEY_SUFFIXES:
            try:
                dialog = SurveyColumnsDialog(path, parent)
            except ImportFailure as exc:
                QMessageBox.warning(parent, QCoreApplication.translate("ImportDialog", "Import"), str(exc))
                return None
            if not dialog.exec():
                return None
            groups.append(([path], dialog.options()))
    return groups


def start_import(window, groups: list[tuple[list[str], ImportOptions]]):  # noqa: ANN001, ANN201 - the Job
    """Run the import off the GUI thread; the views refresh when it ends."""
    project = window.controller.project
    total = sum(len(paths) for paths, _ in groups) or 1

    def work(progress, cancel) -> ImportReport:  # noqa: ANN001 - runs in the worker thread
        """Read every file of every group (all failures gathered), then store them in one transaction."""
        service = CorpusService(project)  # its own service: the engine gives this thread its own session
        documents, repeated, failures, done = [], [], [], 0
        for paths, options in groups:
            def scaled(fraction: float, message: str, base: int = done, n: int = len(paths)) -> None:
                progress((base + fraction / 0.7 * n) / total * 0.8, message)
            try:
                read, twice = service.read_files(paths, options, progress=scaled, cancel=cancel)
            except ImportFailure as exc:
                failures.extend(exc.failures if isinstance(exc, ImportFailures) else [exc])
                read, twice = [], []
            documents.extend(read)
            repeated.extend(twice)
            done += len(paths)
        if failures:
            raise ImportFailures(failures) if len(failures) > 1 else failures[0]
        progress(0.8, QCoreApplication.translate("ImportDialog", "Saving…"))
        report = service.add_documents(documents)
        report.duplicates.extend(name for name in repeated if name not in report.duplicates)
        return report

    job = window.files.runner.start(work)
    progress_dialog(job, QCoreApplication.translate("ImportDialog", "Importing…"), window)
    job.signals.finished.connect(lambda report: _finished(window, report))
    job.signals.failed.connect(lambda exc: show_import_failure(window, exc))
    job.signals.cancelled.connect(lambda: _refresh(window))
    return job


def show_import_failure(window, exc: BaseException) -> None:  # noqa: ANN001
    """One dialog naming every file that could not be read and why; says that nothing was imported."""
    failures = exc.failures if isinstance(exc, ImportFailures) else [exc]
    if isinstance(exc, ImportFailure):
        head = ImportDialog().failed(len(failures))
        text = head + "\n\n" + "\n".join(f"• {failure}" for failure in failures)
    else:
        text = str(exc)
    QMessageBox.warning(window, QCoreApplication.translate("ImportDialog", "Import failed"), text)


def _refresh(window) -> None:  # noqa: ANN001
    for kind in ("documents", "cases", "attributes"):
        window.controller.notify(kind)


class ImportDialog(QObject):
    """The ``ImportDialog`` translation context for plurals: pyside6-lupdate reads the n of self.tr() only."""

    def imported(self, count: int) -> str:
        return self.tr("%n document(s) imported.", "", count)

    def failed(self, count: int) -> str:
        return self.tr("%n file(s) could not be read. Nothing was imported (an import stores all its files "
                       "or none): fix or remove the files below, then import again.", "", count)


def _finished(window, report: ImportReport) -> None:  # noqa: ANN001
    _refresh(window)
    lines = [ImportDialog().imported(len(report.documents))]
    if report.duplicates:
        lines.append(QCoreApplication.translate("ImportDialog", "Already in the project (skipped): %1").replace("%1", ", ".join(report.duplicates)))
    if report.new_cases:
        lines.append(QCoreApplication.translate("ImportDialog", "New speakers: %1").replace("%1", ", ".join(report.new_cases)))
    lines.extend(str(w) for w in report.warnings[:10])  # messages render in the UI language
    window.statusBar().showMessage(lines[0], 6000)
    if len(lines) > 1:
        QMessageBox.information(window, QCoreApplication.translate("ImportDialog", "Import"), "\n".join(lines))


def run_import(window) -> None:  # noqa: ANN001
    if window.controller.project is None:
        return
    paths = choose_files(window)
    groups = import_groups(paths, window) if paths else None
    if groups:
        start_import(window, groups)
