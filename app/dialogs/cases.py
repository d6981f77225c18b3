"""Speakers and cases: turn counts, rename, merge (Enq + ENQ), mark the interviewer, edit attributes.

Renames, the interviewer flag and attribute values are undoable commands; a merge is confirmed instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coding import commands as cmd

NAME, TURNS, INTERVIEWER, FIRST_ATTRIBUTE = range(4)


class CasesDialog(QDialog):
    """A table of cases; edits go through the controller as they are made."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Speakers and cases"))
        self.resize(980, 520)
        self.table = QTableWidget(self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        merge = QPushButton(self.tr("Merge selected…"), self)
        add = QPushButton(self.tr("Add attribute…"), self)
        close = QPushButton(self.tr("Close"), self)
        merge.clicked.connect(self.merge_selected)
        add.clicked.connect(self.add_attribute)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (merge, add):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.extra_attributes: list[str] = []
        self.reload()
        self.table.itemChanged.connect(self._item_changed)
        controller.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("cases", "attributes"):
            self.reload()

    def attribute_names(self) -> list[str]:
        names = self.controller.attribute_names("case")
        return names + [n for n in self.extra_attributes if n not in names]

    def reload(self) -> None:
        self.cases = self.controller.cases()
        names = self.attribute_names()
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(FIRST_ATTRIBUTE + len(names))
        self.table.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Turns"), self.tr("Interviewer"), *names])
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            self.table.setItem(row, NAME, QTableWidgetItem(case.name))
            turns = QTableWidgetItem(str(case.turn_count))
            turns.setFlags(turns.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, TURNS, turns)
            flag = QTableWidgetItem()
            flag.setFlags((flag.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            flag.setCheckState(Qt.CheckState.Checked if case.interviewer else Qt.CheckState.Unchecked)
            self.table.setItem(row, INTERVIEWER, flag)
            for col, name in enumerate(names, FIRST_ATTRIBUTE):
                self.table.setItem(row, col, QTableWidgetItem(case.attributes.get(name, "")))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        case = self.cases[item.row()]
        column = item.column()
        if column == NAME and item.text().strip() and item.text() != case.name:
            self.controller.execute(cmd.RenameCase(case.id, item.text()), self.tr("Rename speaker"))
        elif column == INTERVIEWER:
            checked = item.checkState() == Qt.CheckState.Checked
            if checked != case.interviewer:
                self.controller.execute(cmd.SetInterviewer(case.id, checked), self.tr("Mark interviewer"))
        elif column >= FIRST_ATTRIBUTE:
            name = self.attribute_names()[column - FIRST_ATTRIBUTE]
            value = item.text().strip() or None
            if value != case.attributes.get(name):
                self.controller.execute(cmd.SetAttributeValue("case", case.id, name, value), self.tr("Edit attribute"))
        self.reload()  # also puts back a refused edit (e.g. a name already taken)

    def selected_ids(self) -> list[int]:
        return sorted({self.cases[i.row()].id for i in self.table.selectedIndexes()})

    def merge_selected(self, target_id: int | None = None) -> int:
        ids = self.selected_ids()
        if len(ids) < 2:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select two or more speakers to merge."))
            return 0
        names = {c.id: c.name for c in self.cases}
        if target_id is None:
            choice, ok = QInputDialog.getItem(self, self.tr("Merge speakers"), self.tr("Keep the name:"),
                                              [names[i] for i in ids], 0, False)
            if not ok:
                return 0
            target_id = next(i for i in ids if names[i] == choice)
        others = ", ".join(names[i] for i in ids if i != target_id)
        answer = QMessageBox.question(self, self.tr("Merge speakers"), self.tr(
            "Merge %1 into %2? Their turns move to %2 (Edit > Undo puts them back).").replace("%1", others)
            .replace("%2", names[target_id]))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        return self.controller.merge_cases([i for i in ids if i != target_id], target_id)

    def add_attribute(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add attribute"), self.tr("Attribute name (e.g. role, age):"))
        if ok and name.strip() and name.strip() not in self.attribute_names():
            self.extra_attributes.append(name.strip())
            self.reload()
