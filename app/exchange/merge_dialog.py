"""Team > Merge a coder's copy…: pick the other .vbt, confirm, merge as a job, show what was added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.exchange.common import refresh_views, start_job
from app.exchange.report_dialog import ReportDialog
from app.jobs import Job, JobRunner
from coding.merge import MergeReport, merge_project


class MergeReportDialog(ReportDialog):
    """The counts of a merge, and the lists of what is new (documents, speakers, codes, coders)."""

    def __init__(self, report: MergeReport, source: str, parent: QWidget | None = None):
        self.report = report
        super().__init__("", "", parent)
        self.setWindowTitle(self.tr("Merged %1").replace("%1", Path(source).name))
        self.summary.setText(self._summary())
        self.tree.setHeaderHidden(True)
        for title, names in ((self.tr("New documents"), report.documents_added),
                             (self.tr("New speakers or groups"), report.cases_created),
                             (self.tr("New codes"), report.codes_created),
                             (self.tr("New coders"), report.coders_created)):
            if names:
                self.add_group(title, ([name] for name in names))

    def text(self) -> str:
        return self.report.render()

    def _summary(self) -> str:
        r = self.report
        return " ".join((
            self.tr("%n document(s) matched, %1.", "", r.documents_matched).replace(
                "%1", self.tr("%n added", "", len(r.documents_added))),
            self.tr("%n coding(s) added, %1.", "", r.codings_added).replace(
                "%1", self.tr("%n already present", "", r.codings_already_present)),
            self.tr("%n memo(s) merged, %1.", "", r.memos_merged).replace(
                "%1", self.tr("%n attribute value(s) filled in", "", r.values_added))))


class MergeAction(QObject):
    """Runs a merge for ``window``; ``report_dialog`` is the last report shown."""

    def __init__(self, window):  # noqa: ANN001 - app.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.runner = JobRunner(self)
        self.report_dialog: MergeReportDialog | None = None

    def run(self) -> Job | None:
        """Ask for the other copy, confirm, merge."""
        if self.controller.project is None:
            return None
        title = self.tr("Merge a coder's copy")
        path, _ = QFileDialog.getOpenFileName(self.window, title, "", "Verbatim (*.vbt)")
        if not path:
            return None
        answer = QMessageBox.question(
            self.window, title,
            self.tr("Add the documents, codes, codings and memos of %1 to this project? "
                                    "A merge cannot be undone.").replace("%1", Path(path).name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.merge(path)

    def merge(self, path: str) -> Job:
        """Merge ``path`` into the open project as a job."""
        project = self.controller.project
        return start_job(self.runner, self.window, self.tr("Merging…"),
                         lambda progress, cancel: merge_project(project, path),
                         lambda report: self._done(report, path))

    def _done(self, report: MergeReport, path: str) -> None:
        refresh_views(self.controller)
        self.report_dialog = MergeReportDialog(report, path, self.window)
        self.report_dialog.open()
