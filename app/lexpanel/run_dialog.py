"""The dialog that sets up an analysis: what to analyse (the selection), the analysis's parameters and
the corpus preparation; ``request()`` returns the :class:`AnalysisRequest` to run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.lexpanel.param_forms import ParamsForm, PrepForm
from app.lexpanel.worker import AnalysisRequest
from coding.selection import Selection


def checkable(parent: QWidget, items: list[tuple[str, object]], checked: bool = True) -> QListWidget:
    """A list of checkable items (label, data)."""
    widget = QListWidget(parent)
    for label, data in items:
        item = QListWidgetItem(label, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.setMaximumHeight(110)
    return widget


def checked_data(widget: QListWidget) -> list[object]:
    """Data of the checked items."""
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class SelectionBox(QGroupBox):
    """What to analyse: documents by attribute value, speakers, interviewers, one code's excerpts."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(self.tr("What to analyse"), parent)
        self.controller = controller
        form = QFormLayout(self)
        self.attribute = QComboBox(self)
        self.attribute.addItem(self.tr("(every document)"), "")
        for name in controller.attribute_names("document"):
            self.attribute.addItem(name, name)
        self.values = checkable(self, [])
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.speakers = checkable(self, [(c.name, c.id) for c in controller.cases()])
        self.exclude_interviewer = QCheckBox(self.tr("Leave out the interviewers' turns"), self)
        self.code = QComboBox(self)
        self.code.addItem(self.tr("(the whole text)"), None)
        for code in controller.codes():
            self.code.addItem(code.path or code.name, code.id)
        self.codes_as_variables = QCheckBox(self.tr("Use codes as variables (*code_… modalities)"), self)
        form.addRow(self.tr("Documents with attribute:"), self.attribute)
        form.addRow(self.tr("Values kept:"), self.values)
        form.addRow(self.tr("Speakers:"), self.speakers)
        form.addRow("", self.exclude_interviewer)
        form.addRow(self.tr("Only the excerpts of:"), self.code)
        form.addRow("", self.codes_as_variables)
        self._fill_values()

    def _fill_values(self) -> None:
        name = self.attribute.currentData()
        self.values.clear()
        for value in (self.controller.distinct_values("document", name) if name else []):
            item = QListWidgetItem(value, self.values)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.values.setEnabled(bool(name))

    def selection(self) -> Selection:
        """The :class:`Selection` these widgets describe."""
        name = self.attribute.currentData()
        where = {name: tuple(str(v) for v in checked_data(self.values))} if name else {}
        speakers = checked_data(self.speakers)
        case_ids = None if len(speakers) == self.speakers.count() else tuple(int(s) for s in speakers)
        return Selection(document_filter=where, case_ids=case_ids,
                         exclude_interviewer=self.exclude_interviewer.isChecked(), code_id=self.code.currentData(),
                         codes_as_variables=self.codes_as_variables.isChecked())

    def set_selection(self, selection: Selection) -> None:
        """Show a saved selection (re-running with changes)."""
        for name, values in selection.document_filter.items():
            self.attribute.setCurrentIndex(max(self.attribute.findData(name), 0))
            for i in range(self.values.count()):
                item = self.values.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in values else Qt.CheckState.Unchecked)
        if selection.case_ids is not None:
            for i in range(self.speakers.count()):
                item = self.speakers.item(i)
                wanted = item.data(Qt.ItemDataRole.UserRole) in selection.case_ids
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.exclude_interviewer.setChecked(selection.exclude_interviewer)
        self.code.setCurrentIndex(max(self.code.findData(selection.code_id), 0))
        self.codes_as_variables.setChecked(selection.codes_as_variables)


class RunDialog(QDialog):
    """Set up an analysis of ``kind``; optional ``template`` pre-fills it (from a saved run)."""

    def __init__(self, controller, kind: str, parent: QWidget | None = None,  # noqa: ANN001
                 template: AnalysisRequest | None = None, name: str = ""):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("New analysis"))
        self.name = QLineEdit(name, self)
        self.selection_box = SelectionBox(controller, self)
        self.params = ParamsForm(kind, controller, self)
        self.prep = PrepForm(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Run"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.selection_box, 3)
        side = QVBoxLayout()
        side.addWidget(self.params)
        side.addWidget(self.prep)
        side.addStretch(1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Name:"), self.name)
        layout.addLayout(name_row)
        layout.addLayout(top)
        layout.addWidget(buttons)
        if template is not None:
            self.selection_box.set_selection(Selection.from_description(template.selection))
            self.params.set_params(template.params)
            self.prep.set_params(template.prep)

    def request(self) -> AnalysisRequest:
        """The request these settings describe."""
        return AnalysisRequest(self.kind, self.params.params(), self.prep.params(),
                               self.selection_box.selection().describe(), self.name.text().strip() or self.kind)
