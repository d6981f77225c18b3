"""File > Export / Import of REFI-QDA projects (.qdpx) and codebooks (.qdc).

Every exchange runs as a job with a progress dialog, then shows the data-loss report. A .qdpx is
first read without storing anything (a job) to see how the positions of each source were counted;
when the evidence does not settle it for a source, :class:`ReadingsDialog` lets the user choose.
It is then imported into a new project (created by the job, opened when it succeeded, deleted when
it failed) or into the current one (after a confirmation: imports are not undone).
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.exchange.common import refresh_views, start_job, with_suffix
from app.exchange.loss_dialog import DataLossDialog
from app.exchange.readings_dialog import ReadingsDialog
from app.jobs import Job, JobRunner
from coding.refi import DataLossReport, export_qdc, export_qdpx, import_qdc, import_qdpx, inspect_qdpx
from corpus.store.project import Project

QDPX_FILTER = "REFI-QDA (*.qdpx)"


def ask_import_target(parent: QWidget, has_project: bool) -> str | None:
    """``"new"``, ``"current"`` or None (cancelled): where a .qdpx goes."""
    if not has_project:
        return "new"
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("RefiActions", "Import a REFI-QDA project"),
                      QCoreApplication.translate("RefiActions", "Import the .qdpx into a new Verbatim project, or add "
                                                 "it to the open project? Adding to the open project cannot be undone."),
                      QMessageBox.StandardButton.Cancel, parent)
    new = box.addButton(QCoreApplication.translate("RefiActions", "New project…"), QMessageBox.ButtonRole.AcceptRole)
    current: QPushButton = box.addButton(QCoreApplication.translate("RefiActions", "Add to the open project"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(new)
    box.exec()
    return {id(new): "new", id(current): "current"}.get(id(box.clickedButton()))


def _remove_project(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(f"{path}{extra}").unlink()


def import_into_new(source: str, target: str, progress, cancel=None,  # noqa: ANN001
                    readings: dict[str, str] | None = None) -> DataLossReport:
    """Create ``target`` and import ``source`` into it; remove it again if the import fails or is cancelled."""
    created = Project.create(target)
    try:
        report = import_qdpx(created, source, progress=progress, cancel=cancel, readings=readings)
    except BaseException:
        created.close()
        _remove_project(Path(target))
        raise
    created.close()
    return report


class RefiActions(QObject):
    """The REFI-QDA menu actions of ``window``; ``report_dialog`` is the last report shown."""

    def __init__(self, window):  # noqa: ANN001 - app.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.runner = JobRunner(self)
        self.report_dialog: DataLossDialog | None = None
        self.readings_dialog: ReadingsDialog | None = None
        self.last_job: Job | None = None  # the import started after the positions were checked

    def show_report(self, report: DataLossReport, title: str) -> DataLossDialog:
        """The data-loss dialog, window-modal (does not block the caller)."""
        self.report_dialog = DataLossDialog(report, title, self.window)
        self.report_dialog.open()
        return self.report_dialog

    # --- exports ----------------------------------------------------------------------
    def export_qdpx(self, path: str | None = None, speakers_as_codes: bool = False) -> Job | None:
        """Export the whole project as .qdpx (asks where when ``path`` is None); ``speakers_as_codes`` also
        writes speaker turns as codings of a code per speaker (QualCoder's case text)."""
        if self.controller.project is None:
            return None
        path = path or self._save_path(self.tr("Export a REFI-QDA project"), ".qdpx", QDPX_FILTER)
        if not path:
            return None
        project, title = self.controller.project, self.tr("REFI-QDA export: %1").replace("%1", Path(path).name)
        return start_job(self.runner, self.window, self.tr("Exporting…"),
                         lambda progress, cancel: export_qdpx(project, path, progress=progress, cancel=cancel,
                                                              speakers_as_codes=speakers_as_codes),
                         lambda report: self.show_report(report, title))

    def export_qdc(self, path: str | None = None) -> Job | None:
        """Export the codebook as .qdc."""
        if self.controller.project is None:
            return None
        path = path or self._save_path(self.tr("Export a REFI-QDA codebook"), ".qdc",
                                      self.tr("REFI-QDA codebook (*.qdc)"))
        if not path:
            return None
        project, title = self.controller.project, self.tr("REFI-QDA export: %1").replace("%1", Path(path).name)
        return start_job(self.runner, self.window, self.tr("Exporting…"),
                         lambda progress, cancel: export_qdc(project, path, cancel=cancel),
                         lambda report: self.show_report(report, title))

    def _save_path(self, title: str, suffix: str, filters: str) -> str | None:
        name = f"{self.controller.project_name}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, name, filters)
        return with_suffix(path, suffix) if path else None

    # --- imports ----------------------------------------------------------------------
    def import_qdpx(self) -> Job | None:
        """Pick a .qdpx, check how its positions were counted (a job; the import follows in
        ``last_job``), then a new project (where to save the .vbt) or the open one."""
        source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a REFI-QDA project"), "", QDPX_FILTER)
        if not source:
            return None
        return start_job(self.runner, self.window, self.tr("Reading the positions of the selections…"),
                         lambda _progress, cancel: inspect_qdpx(source, cancel),
                         lambda report: self._inspected(source, report))

    def ask_readings(self, report: DataLossReport) -> dict[str, str] | None:
        """The readings the user forces (empty when every source convinced); None when cancelled."""
        if not report.unconvincing:
            return {}
        self.readings_dialog = ReadingsDialog(report.readings, self.window)
        if self.readings_dialog.exec() != ReadingsDialog.DialogCode.Accepted:
            return None
        return self.readings_dialog.forced()

    def _inspected(self, source: str, report: DataLossReport) -> None:
        self.last_job = None
        readings = self.ask_readings(report)
        if readings is None:
            return
        target = ask_import_target(self.window, self.controller.project is not None)
        if target == "current":
            self.last_job = self.import_qdpx_into_current(source, readings)
        elif target == "new":
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the new project as"),
                                                  f"{Path(source).stem}.vbt", "Verbatim (*.vbt)")
            if path:
                self.last_job = self.import_qdpx_into_new(source, with_suffix(path, ".vbt"), readings)

    def import_qdpx_into_new(self, source: str, target: str, readings: dict[str, str] | None = None) -> Job | None:
        """Create ``target`` from ``source``; open it when the import succeeded."""
        if Path(target).exists():
            QMessageBox.warning(self.window, self.tr("Import a REFI-QDA project"),
                                self.tr("%1 already exists.").replace("%1", Path(target).name))
            return None
        title = self.tr("REFI-QDA import: %1").replace("%1", Path(source).name)

        def done(report: DataLossReport) -> None:
            if self.window.files.open_path(target):
                self.show_report(report, title)

        return start_job(self.runner, self.window, self.tr("Importing…"),
                         lambda progress, cancel: import_into_new(source, target, progress, cancel, readings), done)

    def import_qdpx_into_current(self, source: str, readings: dict[str, str] | None = None) -> Job | None:
        """Add ``source`` to the open project (one transaction: all or nothing)."""
        project, title = self.controller.project, self.tr("REFI-QDA import: %1").replace("%1", Path(source).name)
        return start_job(self.runner, self.window, self.tr("Importing…"),
                         lambda progress, cancel: import_qdpx(project, source, progress=progress, cancel=cancel,
                                                              readings=readings),
                         lambda report: self._imported(report, title))

    def import_qdc(self, source: str | None = None) -> Job | None:
        """Add the codes of a .qdc codebook to the open project (after a confirmation)."""
        if self.controller.project is None:
            return None
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a REFI-QDA codebook"), "",
                                                    self.tr("REFI-QDA codebook (*.qdc)"))
            if not source:
                return None
            answer = QMessageBox.question(self.window, self.tr("Import a REFI-QDA codebook"),
                                          self.tr("Add the codes of %1 to this project? This cannot be undone.")
                                          .replace("%1", Path(source).name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        project, title = self.controller.project, self.tr("REFI-QDA import: %1").replace("%1", Path(source).name)
        return start_job(self.runner, self.window, self.tr("Importing…"),
                         lambda progress, cancel: import_qdc(project, source, cancel=cancel),
                         lambda report: self._imported(report, title))

    def _imported(self, report: DataLossReport, title: str) -> None:
        refresh_views(self.controller)
        self.show_report(report, title)
