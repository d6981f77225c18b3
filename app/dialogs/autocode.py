"""Auto-coding: a word, phrase or regex; options; a PREVIEW of the hits; "Code N hits" is ONE undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.jobs import JobRunner
from coding.autocode import TextQuery, autocode_command, autocode_path_command, autocode_preview
from coding.codings import context_of
from coding.search import compile_query, find_spans
from coding.types import TextHit

DOCUMENT, SPEAKER, BEFORE, HIT, AFTER = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _ElideLeft(QStyledItemDelegate):
    """Cuts a cell's text on the left (the context before a hit ends next to it)."""

    def initStyleOption(self, option, index) -> None:  # noqa: ANN001, N802 - Qt override
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def _one_line(text: str) -> str:
    """``text`` on one line; a space at either end stays (the context is shown next to its hit)."""
    core = " ".join(text.split())
    if not core:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else "")


class AutocodeDialog(QDialog):
    """Search options on the left, the preview table below; ``hits`` holds the last preview.
    Emits ``coded(passages, code path)`` once the hits are coded."""

    coded = Signal(int, str)

    def __init__(self, controller, parent: QWidget | None = None, code_id: int | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.hits: list[TextHit] = []
        self._previewed: TextQuery | None = None  # the query of the hits shown
        self.setWindowTitle(self.tr("Auto-code"))
        self.resize(900, 650)
        self._make_search_widgets()
        self._make_target_widgets(code_id)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Speaker"), self.tr("Before"),
                                              self.tr("Hit"), self.tr("After")])
        for column in (BEFORE, AFTER):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(BEFORE, _ElideLeft(self.table))  # keep the words next to the hit
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.code_button = QPushButton(self.tr("Code hits"), self, enabled=False)
        close = QPushButton(self.tr("Close"), self)
        self.preview_button.clicked.connect(self.preview)
        self.code_button.clicked.connect(self.code_hits)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.preview_button, self.code_button, close):
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.speakers)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _make_search_widgets(self) -> None:
        self.pattern = QLineEdit(self, placeholderText=self.tr("word, phrase or regular expression"))
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.whole_word = QCheckBox(self.tr("Whole words"), self, checked=True)
        self.ignore_case = QCheckBox(self.tr("Ignore case"), self, checked=True)
        self.ignore_accents = QCheckBox(self.tr("Ignore accents (é = e)"), self)
        self.apostrophes = QCheckBox(self.tr("l’ = l' (apostrophes)"), self, checked=True)
        self.scope = QComboBox(self)
        for label, value in ((self.tr("the match only"), "match"), (self.tr("its sentence"), "sentence"),
                             (self.tr("the whole turn"), "turn")):
            self.scope.addItem(label, value)
        self.exclude_interviewer = QCheckBox(self.tr("Leave out the interviewer"), self, checked=True)
        self.speakers = QListWidget(self)
        self.speakers.setToolTip(self.tr("Speakers whose turns are searched"))
        for case in self.controller.cases():
            item = QListWidgetItem(case.name + (" ★" if case.interviewer else ""), self.speakers)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        # wide enough for the longest name and its check box: names were cut off
        self.speakers.setMinimumWidth(min(self.speakers.sizeHintForColumn(0) + 48, 320))
        self.speakers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Find:"), self.pattern)
        options = QHBoxLayout()
        for box in (self.regex, self.whole_word, self.ignore_case, self.ignore_accents, self.apostrophes):
            options.addWidget(box)
        self.form.addRow("", options)
        self.form.addRow(self.tr("Code:"), self.scope)
        self.form.addRow("", self.exclude_interviewer)

    def _make_target_widgets(self, code_id: int | None) -> None:
        self.use_existing = QRadioButton(self.tr("Existing code"), self, checked=True)
        self.use_new = QRadioButton(self.tr("New code (Parent/Child)"), self)
        self.existing = QComboBox(self)
        for code in self.controller.codes():
            self.existing.addItem(code.path or code.name, code.id)
        if code_id is not None:
            self.existing.setCurrentIndex(max(self.existing.findData(code_id), 0))
        self.new_path = QLineEdit(self, placeholderText=self.tr("Theme/Sub-theme"))
        self.new_path.textEdited.connect(lambda _t: self.use_new.setChecked(True))
        if not self.existing.count():
            self.use_new.setChecked(True)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self.use_existing)
        row1.addWidget(self.existing, 1)
        row2.addWidget(self.use_new)
        row2.addWidget(self.new_path, 1)
        self.form.addRow(self.tr("Target:"), row1)
        self.form.addRow("", row2)

    def query(self) -> TextQuery:
        checked = [self.speakers.item(i) for i in range(self.speakers.count())]
        chosen = tuple(i.data(Qt.ItemDataRole.UserRole) for i in checked if i.checkState() == Qt.CheckState.Checked)
        return TextQuery(self.pattern.text(), regex=self.regex.isChecked(), whole_word=self.whole_word.isChecked(),
                         ignore_case=self.ignore_case.isChecked(), ignore_accents=self.ignore_accents.isChecked(),
                         ignore_apostrophes=self.apostrophes.isChecked(), scope=self.scope.currentData(),
                         case_ids=None if len(chosen) == len(checked) else chosen,
                         exclude_interviewer=self.exclude_interviewer.isChecked())

    def preview(self):  # noqa: ANN201 - the Job (tests wait on it)
        if not self.pattern.text().strip():
            return None
        project, query = self.controller.project, self.query()
        self._previewed = query
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        job = self.runner.start(lambda progress, cancel: autocode_preview(project, query, progress=progress,
                                                                          cancel=cancel))
        job.signals.finished.connect(self.show_hits)
        job.signals.failed.connect(self._failed)
        return job

    def _failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self.status.setText(str(exc))

    def show_hits(self, hits: list[TextHit]) -> None:
        bold = self.table.font()
        bold.setBold(True)
        self.preview_button.setEnabled(True)
        self.hits = hits
        texts: dict[int, str] = {}  # each document's text, read once for the context of its hits
        self.table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            first = QTableWidgetItem(hit.document_name)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, QTableWidgetItem(hit.speaker or ""))
            text = texts.get(hit.document_id)
            if text is None:
                text = texts[hit.document_id] = self.controller.document(hit.document_id).text
            start, end = self._match_in(hit)
            before, match, after = (_one_line(part) for part in context_of(text, start, end, 70))
            coded = " ".join(hit.text.split())
            for column, value in ((BEFORE, before), (HIT, match), (AFTER, after)):
                item = QTableWidgetItem(value)
                item.setToolTip(self.tr("Coded passage: « %1 »").replace("%1", coded)
                                if (start, end) != (hit.span.start, hit.span.end) else value)
                self.table.setItem(row, column, item)
            self.table.item(row, BEFORE).setTextAlignment(RIGHT)
            self.table.item(row, HIT).setFont(bold)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(HIT)
        self.table.setColumnWidth(HIT, min(self.table.columnWidth(HIT), 360))
        self.status.setText(self.tr("%n hit(s)", "", len(hits)))
        self.code_button.setText(self.tr("Code %n hit(s)", "", len(hits)))
        self.code_button.setEnabled(bool(hits))

    def _match_in(self, hit: TextHit) -> tuple[int, int]:
        """Where the searched words are in a hit coded with its sentence or turn (the hit itself in
        "match" scope): the preview centres on them, in bold, rather than on the sentence's start."""
        query = self._previewed
        if query is None or query.scope == "match":
            return hit.span.start, hit.span.end
        try:
            found = find_spans(hit.text, query, compile_query(query))
        except ValueError:
            found = []
        if not found:
            return hit.span.start, hit.span.end
        return hit.span.start + found[0][0], hit.span.start + found[0][1]

    def checked_hits(self) -> list[TextHit]:
        return [h for row, h in enumerate(self.hits)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def code_hits(self) -> bool:
        hits = self.checked_hits()
        if not hits:
            return False
        coder = self.controller.coder
        label = self.tr("Auto-code %n passage(s)", "", len(hits))
        if self.use_new.isChecked():
            path = "/".join(p.strip() for p in self.new_path.text().split("/") if p.strip())
            if not path:
                QMessageBox.information(self, self.windowTitle(), self.tr("Name the new code."))
                return False
            command = autocode_path_command(path, hits, coder, label=label)
        else:
            path = self.existing.currentText()
            command = autocode_command(self.existing.currentData(), hits, coder, label=label)
        if self.controller.execute(command, label):
            self.coded.emit(len(hits), path)
            self.accept()
            return True
        return False
