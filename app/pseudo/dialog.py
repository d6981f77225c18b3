"""Project > Pseudonymise a copy…: detect, review, and write a pseudonymised copy of the project.

Detection and the copy run off the GUI thread with progress and Cancel. The review table lists every
detected form with its count, kind and context; the user accepts or rejects forms, edits replacements,
merges variants (they get one replacement) and adds missed forms by selecting them in the preview.
The original project is never changed; the correspondence table is saved to a separate file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.error_dialog import show_error
from app.jobs import JobRunner, progress_dialog
from app.pseudo import work
from app.pseudo.review_model import COUNT, ReviewModel, kind_label
from corpus.pseudonymise import DetectOptions, Entity, propose_replacements, read_table, write_table
from corpus.pseudonymise.types import ACCEPT, KINDS, PERSON, REJECT

PREVIEW = 300  # characters shown on each side of a form


class PseudonymiseDialog(QDialog):
    """The whole workflow in one dialog; ``review`` holds the current table once detection ran."""

    def __init__(self, project, selected_text: str = "", parent: QWidget | None = None):  # noqa: ANN001 - Project
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pseudonymise a copy of the project"))
        self.project = project
        self.review: work.Review | None = None
        self.runner = JobRunner(self)
        self.model = ReviewModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build(selected_text)
        self._enable()
        self.resize(980, 640)

    # --- layout ------------------------------------------------------------------------------
    def _build(self, selected_text: str) -> None:
        self.use_ner = QCheckBox(self.tr("Recognise names with spaCy (slower)"), self, checked=True)
        self.countries = QCheckBox(self.tr("Also countries and regions"), self)
        self.keep_gender = QCheckBox(self.tr("Replace first names by first names of the same gender"), self)
        self.detect_button = QPushButton(self.tr("Detect"), self)
        self.detect_button.clicked.connect(self.start_detection)
        options = QHBoxLayout()
        for widget in (self.use_ner, self.countries, self.keep_gender):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.detect_button)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COUNT, Qt.SortOrder.DescendingOrder)  # the most frequent forms first
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_preview())
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a row to see its context; select missed words here to add them."))
        self.preview.selectionChanged.connect(self._take_selection)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._row_buttons(selected_text))
        layout.addLayout(self._file_buttons())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def _row_buttons(self, selected_text: str) -> QHBoxLayout:
        self.accept_button = QPushButton(self.tr("Replace"), self)
        self.reject_button = QPushButton(self.tr("Keep"), self)
        self.merge_button = QPushButton(self.tr("Merge variants"), self)
        self.merge_button.setToolTip(self.tr("Give the selected forms the replacement of the first one"))
        self.accept_button.clicked.connect(lambda: self.set_action(ACCEPT))
        self.reject_button.clicked.connect(lambda: self.set_action(REJECT))
        self.merge_button.clicked.connect(self.merge_selected)
        self.add_edit = QLineEdit(selected_text, self)
        self.add_edit.setPlaceholderText(self.tr("A missed form"))
        self.add_kind = QComboBox(self)
        for kind in KINDS:
            self.add_kind.addItem(kind_label(kind), kind)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_form)
        row = QHBoxLayout()
        for widget in (self.accept_button, self.reject_button, self.merge_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.add_edit, self.add_kind, self.add_button):
            row.addWidget(widget)
        return row

    def _file_buttons(self) -> QHBoxLayout:
        self.load_button = QPushButton(self.tr("Load table…"), self)
        self.save_button = QPushButton(self.tr("Save table…"), self)
        self.copy_button = QPushButton(self.tr("Write pseudonymised copy…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.load_button.clicked.connect(self.load_table)
        self.save_button.clicked.connect(self.save_table)
        self.copy_button.clicked.connect(self.write_copy)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for widget in (self.load_button, self.save_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        row.addWidget(close)
        return row

    def _enable(self) -> None:
        ready = self.review is not None
        for button in (self.accept_button, self.reject_button, self.merge_button, self.add_button,
                       self.save_button, self.copy_button, self.load_button):
            button.setEnabled(ready)

    # --- detection ---------------------------------------------------------------------------
    def start_detection(self):  # noqa: ANN201 - the Job (tests wait on it)
        """Run detection in a job, with a progress dialog and Cancel."""
        options = DetectOptions(countries=self.countries.isChecked())
        project, use_ner, keep = self.project, self.use_ner.isChecked(), self.keep_gender.isChecked()
        job = self.runner.start(lambda progress, cancel: work.detect(project, options, use_ner, keep, progress, cancel))
        job.signals.finished.connect(self._detected)
        job.signals.failed.connect(lambda exc: show_error(self, exc))
        job.signals.cancelled.connect(lambda: self.status.setText(self.tr("Detection cancelled.")))
        self.progress = progress_dialog(job, self.tr("Detecting names and contact details…"), self)
        return job

    def _detected(self, review: work.Review) -> None:
        self.review = review
        self.model.set_rows(review.rows)
        self.view.resizeColumnsToContents()
        self.status.setText(self.tr("%n form(s) found. Check each one, then write the copy.", "", len(review.rows)))
        self._enable()

    # --- review ------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Source rows selected in the table, in display order."""
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()},
                      key=lambda r: self.proxy.mapFromSource(self.model.index(r, 0)).row())
        return rows

    def set_action(self, action: str) -> None:
        """Replace (accept) or keep (reject) the selected forms."""
        self.model.set_action(self.selected_rows(), action)

    def merge_selected(self) -> None:
        """One entity: the selected forms get the first one's replacement."""
        rows = self.selected_rows()
        if len(rows) >= 2:
            replacement = self.model.merge(rows)
            self.status.setText(self.tr("%n form(s) now replaced by “%1”.", "", len(rows)).replace("%1", replacement))

    def add_form(self) -> None:
        """Add the typed or selected form, counted over the project, with a proposed replacement."""
        surface = " ".join(self.add_edit.text().split())
        if not surface or self.review is None:
            return
        kind = self.add_kind.currentData() or PERSON
        entity = Entity(surface, kind, count=self.review.count(surface), sources="user")
        propose_replacements([*self.model.rows, entity])
        number = self.model.add(entity)
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
        self.add_edit.clear()

    def show_preview(self) -> None:
        """The selected form in its document, highlighted."""
        index = self.view.currentIndex()
        if self.review is None or not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        where = self.review.locate(row.surface)
        if where is None:
            self.preview.setPlainText("")
            return
        document_id, start, end = where
        text = self.review.texts[document_id]
        left = max(0, start - PREVIEW)
        self.preview.blockSignals(True)
        self.preview.setPlainText(text[left:end + PREVIEW])
        cursor = self.preview.textCursor()
        cursor.setPosition(len(text[left:start].encode("utf-16-le")) // 2)
        cursor.setPosition(len(text[left:end].encode("utf-16-le")) // 2, cursor.MoveMode.KeepAnchor)
        self.preview.setTextCursor(cursor)
        self.preview.blockSignals(False)

    def _take_selection(self) -> None:
        selected = self.preview.textCursor().selectedText().replace("\u2029", " ").strip()
        if selected and len(selected) <= 120:
            self.add_edit.setText(selected)

    # --- files -------------------------------------------------------------------------------
    def load_table(self) -> None:
        """Read back a table saved earlier (or edited in a spreadsheet)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a pseudonymisation table"), "",
                                              self.tr("CSV tables (*.csv)"))
        if not path or self.review is None:
            return
        try:
            rows = read_table(path)
        except Exception as exc:  # noqa: BLE001 - a bad file: one clear message, the table unchanged
            show_error(self, exc)
            return
        self.model.set_rows(rows)

    def save_table(self) -> Path | None:
        """Save the table (to edit elsewhere, or to keep as the correspondence table)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pseudonymisation table"),
                                              str(self._beside("-correspondence.csv")), self.tr("CSV tables (*.csv)"))
        if not path:
            return None
        try:
            return write_table(path, self.model.rows)
        except Exception as exc:  # noqa: BLE001 - disk full, no permission: one clear message
            show_error(self, exc)
            return None

    def _beside(self, suffix: str) -> Path:
        path = Path(self.project.path)
        return path.with_name(path.stem + suffix)

    def write_copy(self):  # noqa: ANN201 - the Job, or None when the user gave up
        """Ask where to write the copy and the table, then write both in a job."""
        if any(r.accepted and not r.replacement for r in self.model.rows):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Every replaced form needs a replacement."))
            return None
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Pseudonymised copy"),
                                                str(self._beside("-pseudo.vbt")), self.tr("Verbatim projects (*.vbt)"))
        if not target:
            return None
        table, _ = QFileDialog.getSaveFileName(
            self, self.tr("Correspondence table (keep it apart from the copy)"),
            str(self._beside("-correspondence.csv")), self.tr("CSV tables (*.csv)"))
        if not table:
            return None
        return self.start_copy(Path(target), Path(table))

    def start_copy(self, target: Path, table: Path):  # noqa: ANN201 - the Job
        """Write the copy in a job (the table first)."""
        if target.resolve() == Path(self.project.path).resolve():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The copy must not replace the original project."))
            return None
        source, rows = Path(self.project.path), list(self.model.rows)
        job = self.runner.start(lambda progress, cancel: work.write_copy(source, target, table, rows, progress, cancel))
        job.signals.finished.connect(self._copied)
        job.signals.failed.connect(lambda exc: show_error(self, exc))
        self.progress = progress_dialog(job, self.tr("Writing the pseudonymised copy…"), self)
        return job

    def _copied(self, report) -> None:  # noqa: ANN001 - CopyReport
        text = self.tr("%n occurrence(s) replaced in the copy.", "", report.replacements)
        if report.leftovers:
            text += " " + self.tr("Still found: %1").replace("%1", ", ".join(report.leftovers))
        self.status.setText(f"{text} {report.path}")
