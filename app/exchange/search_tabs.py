"""Passage queries: a boolean code query (code A AND / OR / AND NOT code B, overlapping or in the
same turn) and a text search across documents (the auto-coding options). Results jump to the text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange.common import show_error, start_job, with_suffix
from app.exchange.passage_table import PassageTable
from app.jobs import Job, JobRunner
from coding.queries import Passage
from coding.queries_bool import AllOf, AnyOf, Has, Without, code_query, text_search
from coding.queries_export import passages_to_csv

OPERATORS = ("and", "or", "not")


def build_query(code_a: int, operator: str, code_b: int | None, within: str, subcodes: bool) -> object:
    """The query tree of the builder (``code_b`` None: code A alone)."""
    a = Has(code_a, subcodes)
    if code_b is None:
        return a
    b = Has(code_b, subcodes)
    if operator == "and":
        return AllOf((a, b), within=within)
    if operator == "or":
        return AnyOf((a, b))
    return Without(a, b, within=within)


class _PassageQueryTab(QWidget):
    """A form on top, the passages below (with CSV export); subclasses fill ``form`` and ``job_fn``."""

    jumpTo = Signal(int, int, int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.runner = JobRunner(self)
        self.form = QFormLayout()
        self.results = PassageTable(self)
        self.results.jumpTo.connect(self.jumpTo)
        self.run_button = QPushButton(self.tr("Search"), self)
        self.export_button = QPushButton(self.tr("Export…"), self, enabled=False)
        self.run_button.clicked.connect(lambda: self.run())
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.results, 1)

    def job_fn(self):  # noqa: ANN201 - a JobFn, or None when the form is incomplete
        raise NotImplementedError

    def run(self) -> Job | None:
        """Run the query as a job."""
        fn = self.job_fn() if self.controller.project is not None else None
        if fn is None:
            return None
        self.run_button.setEnabled(False)
        return start_job(self.runner, self, self.tr("Searching…"), fn, self.show_results, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        show_error(self, self.tr("Queries"), exc)

    def show_results(self, passages: list[Passage]) -> None:
        """Show the passages found."""
        self.run_button.setEnabled(True)
        self.export_button.setEnabled(bool(passages))
        self.results.set_passages(passages)

    def export(self, path: str | None = None) -> str | None:
        """The passages to CSV."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the passages"), "passages.csv", "CSV (*.csv)")
            if not path:
                return None
        try:
            return str(passages_to_csv(self.results.model.items, with_suffix(path, ".csv")))
        except OSError as exc:
            show_error(self, self.tr("Export the passages"), exc)
            return None


class CodeQueryTab(_PassageQueryTab):
    """Code A [AND | OR | AND NOT] code B, within overlapping passages or the same turn."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(controller, parent)
        self.code_a, self.code_b = QComboBox(self), QComboBox(self)
        self.operator = QComboBox(self)
        for label, value in ((self.tr("AND"), "and"), (self.tr("OR"), "or"), (self.tr("AND NOT"), "not")):
            self.operator.addItem(label, value)
        self.within = QComboBox(self)
        self.within.addItem(self.tr("in overlapping passages"), "overlap")
        self.within.addItem(self.tr("in the same speaker turn"), "turn")
        self.subcodes = QCheckBox(self.tr("Include sub-codes"), self, checked=True)
        self.form.addRow(self.tr("Code A:"), self.code_a)
        row = QHBoxLayout()
        row.addWidget(self.operator)
        row.addWidget(self.code_b, 1)
        self.form.addRow(self.tr("Operator, code B:"), row)
        self.form.addRow(self.tr("Where:"), self.within)
        self.form.addRow("", self.subcodes)
        self.operator.currentIndexChanged.connect(
            lambda: self.within.setEnabled(self.operator.currentData() != "or"))
        self.reload_codes()

    def reload_codes(self) -> None:
        """Fill the code lists (after the codebook changed)."""
        for combo, none in ((self.code_a, False), (self.code_b, True)):
            current = combo.currentData()
            combo.clear()
            if none:
                combo.addItem(self.tr("(none: code A alone)"), None)
            for code in self.controller.codes():
                combo.addItem(code.path or code.name, code.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def query(self) -> object | None:
        """The query of the form (None without code A)."""
        a = self.code_a.currentData()
        if a is None:
            return None
        return build_query(a, self.operator.currentData(), self.code_b.currentData(), self.within.currentData(),
                           self.subcodes.isChecked())

    def job_fn(self):  # noqa: ANN201
        query, project = self.query(), self.controller.project
        return None if query is None else (lambda progress, cancel: code_query(project, query))


class TextSearchTab(_PassageQueryTab):
    """Literal text or a regular expression across every document, with the auto-coding options."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(controller, parent)
        self.pattern = QLineEdit(self, placeholderText=self.tr("word, phrase or regular expression"))
        self.pattern.returnPressed.connect(lambda: self.run())
        self.regex = QCheckBox(self.tr("Regular expression"), self)
        self.whole_word = QCheckBox(self.tr("Whole words"), self, checked=True)
        self.ignore_case = QCheckBox(self.tr("Ignore case"), self, checked=True)
        self.ignore_accents = QCheckBox(self.tr("Ignore accents (é = e)"), self)
        self.apostrophes = QCheckBox(self.tr("l’ = l' (apostrophes)"), self, checked=True)
        self.exclude_interviewer = QCheckBox(self.tr("Leave out the interviewer"), self)
        self.form.addRow(self.tr("Find:"), self.pattern)
        options = QHBoxLayout()
        for box in (self.regex, self.whole_word, self.ignore_case, self.ignore_accents, self.apostrophes,
                    self.exclude_interviewer):
            options.addWidget(box)
        options.addStretch(1)
        self.form.addRow("", options)

    def options(self) -> dict[str, object]:
        """The :class:`coding.search.TextQuery` options of the form."""
        return {"regex": self.regex.isChecked(), "whole_word": self.whole_word.isChecked(),
                "ignore_case": self.ignore_case.isChecked(), "ignore_accents": self.ignore_accents.isChecked(),
                "ignore_apostrophes": self.apostrophes.isChecked(),
                "exclude_interviewer": self.exclude_interviewer.isChecked()}

    def job_fn(self):  # noqa: ANN201
        pattern, options, project = self.pattern.text(), self.options(), self.controller.project
        if not pattern.strip():
            return None
        return lambda progress, cancel: text_search(project, pattern, **options)
