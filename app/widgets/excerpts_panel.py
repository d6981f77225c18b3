"""Coded excerpts of the selected code: include sub-codes, filter by speaker, speaker attribute and coder,
context on demand, double-click to jump to the passage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.excerpts import ATTRIBUTES, TEXT, ExcerptsModel


class ExcerptsPanel(QWidget):
    """Emits ``jumpTo(document_id, start, end, coding_id)``."""

    jumpTo = Signal(int, int, int, int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.model = ExcerptsModel(controller, self)
        self.descendants = QCheckBox(self.tr("Include sub-codes"), self, checked=True)
        self.show_context = QCheckBox(self.tr("Show context"), self)
        self.speaker = QComboBox(self)
        self.speaker.setToolTip(self.tr("Only the excerpts spoken by this speaker"))
        self.attribute = QComboBox(self)
        self.value = QComboBox(self)
        self.coder = QComboBox(self)
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # one line: more rows
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(ATTRIBUTES, 160)
        self.table.doubleClicked.connect(self._jump)
        self.context = QTextBrowser(self)
        self.context.hide()
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.context)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self._filters_row())
        layout.addWidget(splitter, 1)
        self.descendants.toggled.connect(self.apply_filters)
        self.speaker.currentIndexChanged.connect(self.apply_filters)
        self.attribute.currentIndexChanged.connect(self._attribute_changed)
        self.value.currentIndexChanged.connect(self.apply_filters)
        self.coder.currentIndexChanged.connect(self.apply_filters)
        self.show_context.toggled.connect(self._toggle_context)
        self.table.selectionModel().currentRowChanged.connect(self._show_context)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
        controller.projectChanged.connect(self.refresh_filters)
        controller.changed.connect(lambda kind, _i: kind in ("cases", "attributes") and self.refresh_filters())
        controller.coderChanged.connect(lambda _c: self.refresh_filters())
        self.refresh_filters()

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.descendants)
        row.addWidget(QLabel(self.tr("Speaker:"), self))
        row.addWidget(self.speaker)
        row.addWidget(QLabel(self.tr("Attribute:"), self))
        row.addWidget(self.attribute)
        row.addWidget(self.value)
        row.addWidget(QLabel(self.tr("Coder:"), self))
        row.addWidget(self.coder)
        row.addWidget(self.show_context)
        row.addStretch(1)
        row.addWidget(self.count)
        return row

    def set_code(self, code_id: int | None) -> None:
        self.model.set_code(code_id)

    def refresh_filters(self) -> None:
        """Refill the speaker, attribute and coder lists, keeping the current choices."""
        self._refresh_speakers()
        for combo, items in ((self.attribute, self.controller.attribute_names("case")),
                             (self.coder, self.controller.coders())):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)") if combo is self.coder else self.tr("(any attribute)"), None)
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self._attribute_changed()

    def _refresh_speakers(self) -> None:
        current = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("(all speakers)"), None)
        for case in sorted(self.controller.cases(), key=lambda c: c.name.casefold()):
            if case.kind != "group":  # ★ the interviewer, as in the auto-coding dialog
                self.speaker.addItem(case.name + (" ★" if case.interviewer else ""), case.id)
        self.speaker.setCurrentIndex(max(self.speaker.findData(current), 0))
        self.speaker.blockSignals(False)

    def _attribute_changed(self, *_a: object) -> None:
        name = self.attribute.currentData()
        current = self.value.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        self.value.addItem(self.tr("(any value)"), None)
        for value in self.controller.distinct_values("case", name) if name else []:
            self.value.addItem(value, value)
        self.value.setCurrentIndex(max(self.value.findData(current), 0))
        self.value.setEnabled(bool(name))
        self.value.blockSignals(False)
        self.apply_filters()

    def apply_filters(self, *_a: object) -> None:
        name, value = self.attribute.currentData(), self.value.currentData()
        case_filter = {name: value} if name and value is not None else {}
        self.model.set_filters(self.descendants.isChecked(), self.coder.currentData(), case_filter,
                               self.speaker.currentData())

    def _update_count(self, *_args: object) -> None:
        if self.model.code_id is None:
            self.count.setText(self.tr("Select a code in the codebook to see its coded excerpts."))
        else:
            self.count.setText(self.tr("%n excerpt(s)", "", self.model.rowCount()))

    def _jump(self, index: QModelIndex) -> None:
        ex = self.model.excerpt(index.row())
        span = ex.coding.span
        self.jumpTo.emit(span.document_id, span.start, span.end, ex.coding.id)

    def _toggle_context(self, on: bool) -> None:
        self.context.setVisible(on)
        self._show_context(self.table.currentIndex())

    def _show_context(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not self.show_context.isChecked() or not index.isValid():
            self.context.clear()
            return
        ex = self.model.excerpt(index.row())
        head = f"<p><b>{escape(ex.document_name)}</b> — {escape(ex.speaker or '')}</p>"
        self.context.setHtml(head + self.model.context_text(ex))
