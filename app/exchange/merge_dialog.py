"""Team > Merge a coder's copy…: pick the other .vbt, confirm, merge as a job, show what was added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import refresh_views, start_job
from app.jobs import Job, JobRunner
from coding.merge import MergeReport, merge_project


class MergeReportDialog(QDialog):
    """The counts of a merge, and the lists of what is new (documents, speakers, codes, coders)."""

    def __init__(self, report: MergeReport, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Merged %1").replace("%1", Path(source).name))
        self.resize(560, 420)
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        bold = QFont()
        bold.setBold(True)
        for title, names in ((self.tr("New documents"), report.documents_added),
                             (self.tr("New speakers or groups"), report.cases_created),
                             (self.tr("New codes"), report.codes_created),
                             (self.tr("New coders"), report.coders_created)):
            if names:
                top = QTreeWidgetItem(self.tree, [f"{title} ({len(names)})"])
                top.setFont(0, bold)
                for name in names:
                    QTreeWidgetItem(top, [name])
                top.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report.render()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _summary(self) -> str:
        r = self.report
        return self.tr("%1 document(s) matched, %2 added. %3 coding(s) added, %4 already present. "
                       "%5 memo(s) merged, %6 attribute value(s) filled in.").replace(
            "%1", str(r.documents_matched)).replace("%2", str(len(r.documents_added))).replace(
            "%3", str(r.codings_added)).replace("%4", str(r.codings_already_present)).replace(
            "%5", str(r.memos_merged)).replace("%6", str(r.values_added))


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
