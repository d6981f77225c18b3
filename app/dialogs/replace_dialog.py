"""Edit > Find and replace…: replace a word or phrase in the open document or in every document.

"Replace all" counts the occurrences first (off the GUI thread, with Cancel) and asks for confirmation; the replacement is then one
command (one transaction, one undo step) that keeps every coding, memo and turn on its words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.jobs import JobRunner, progress_dialog
from coding.text_commands import DocumentEdit, plan_replace


class ReplaceDialog(QDialog):
    """Fills ``plan`` (the edits to run) when accepted."""

    def __init__(self, project, document_id: int | None, needle: str = "",  # noqa: ANN001 - Project
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace"))
        self.project, self.document_id = project, document_id
        self.plan: list[DocumentEdit] = []
        self.runner = JobRunner(self)
        self.find_edit = QLineEdit(needle, self)
        self.replace_edit = QLineEdit(self)
        self.case = QCheckBox(self.tr("Match case"), self)
        self.whole_words = QCheckBox(self.tr("Whole words only"), self, checked=True)
        self.in_document = QRadioButton(self.tr("In the open document"), self)
        self.in_project = QRadioButton(self.tr("In every document of the project"), self)
        (self.in_document if document_id is not None else self.in_project).setChecked(True)
        self.in_document.setEnabled(document_id is not None)
        note = QLabel(self.tr("Codings, memos and speaker turns stay on their words. Edit > Undo reverts the "
                              "whole replacement."), self)
        note.setWordWrap(True)
        self.message = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.replace_button = buttons.addButton(self.tr("Replace all"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.replace_all)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find_edit)
        form.addRow(self.tr("Replace with:"), self.replace_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.case, self.whole_words, self.in_document, self.in_project, note, self.message, buttons):
            layout.addWidget(widget)
        self.resize(460, self.sizeHint().height())

    def plan_job(self):  # noqa: ANN201 - app.jobs.Job
        """Search off the GUI thread (every document of a large project is scanned), with Cancel."""
        documents = [self.document_id] if self.in_document.isChecked() and self.document_id is not None else None
        project, needle, replacement = self.project, self.find_edit.text(), self.replace_edit.text()
        case, whole = self.case.isChecked(), self.whole_words.isChecked()
        return self.runner.start(lambda progress, cancel: plan_replace(
            project, needle, replacement, case_sensitive=case, whole_words=whole, document_ids=documents,
            progress=progress, cancel=cancel))

    def occurrences(self) -> int:
        """How many occurrences the plan replaces."""
        return sum(len(change.edits) for change in self.plan)

    def summary(self) -> str:
        """"12 occurrences replaced in 3 documents" (for the status bar)."""
        return (self.tr("%n occurrence(s) replaced", "", self.occurrences()) + " — "
                + self.tr("%n document(s)", "", len(self.plan)))

    def replace_all(self):  # noqa: ANN201 - the Job (tests wait on it), None on an empty search
        """Count (in a job), confirm, accept: the caller runs the plan."""
        if not self.find_edit.text():
            self.message.setText(self.tr("Type the text to find."))
            return None
        self.replace_button.setEnabled(False)
        self.message.setText(self.tr("Searching…"))
        job = self.plan_job()
        progress = progress_dialog(job, self.tr("Find and replace"), self)
        job.signals.finished.connect(self._planned)
        job.signals.failed.connect(lambda exc: self._stopped(str(exc)))
        job.signals.cancelled.connect(lambda: self._stopped(""))
        self._progress = progress
        return job

    def _stopped(self, message: str) -> None:
        self.replace_button.setEnabled(True)
        self.message.setText(message)

    def _planned(self, plan: list[DocumentEdit]) -> None:
        self._stopped("")
        self.plan = plan
        if not plan:
            self.message.setText(self.tr("Not found."))
            return
        question = self.tr("Replace %n occurrence(s)", "", self.occurrences()) + " " + self.tr(
            "in %n document(s)?", "", len(self.plan))
        answer = QMessageBox.question(self, self.tr("Find and replace"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
        else:
            self.plan = []
