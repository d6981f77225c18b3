"""Before a .qdpx import: how the positions of each source will be read, and a choice where no reading
convinced (REFI-QDA tools count positions differently; see coding.refi.readings).

One row per source with selections: the reading proposed (a combo box of every reading that gives
different positions on that text, with the share of selections whose two ends fall on word
boundaries under it) and how sure the evidence is. Rows whose evidence is not convincing come first
and are marked; :meth:`ReadingsDialog.forced` is what the user chose, for ``import_qdpx(readings=...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coding.refi.readings import CERTAIN, HIGH, ReadingChoice, reading_label
from corpus.messages import render


class ReadingsDialog(QDialog):
    """Shows the proposed reading of every source; lets the user change it."""

    def __init__(self, choices: list[ReadingChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("How were the positions counted?"))
        self.resize(900, 420)
        self.choices = sorted((c for c in choices if c.selections), key=lambda c: (c.convincing, c.source))
        doubtful = sum(1 for c in self.choices if not c.convincing)
        intro = QLabel(self.tr("The tool that wrote this file may count positions in its own way. For %n source(s) "
                               "the selections do not show clearly how: choose the reading under which the "
                               "selections fall on whole words (the share shown for each reading).", "", doubtful),
                       self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.choices), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Reading of the positions"),
                                              self.tr("Selections on word boundaries"), self.tr("Evidence")])
        self.combos: list[QComboBox] = []
        for row, choice in enumerate(self.choices):
            self._fill_row(row, choice)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.examples = QLabel(self)
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.PlainText)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_examples(row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.examples)
        layout.addWidget(buttons)
        if self.choices:
            self.table.setCurrentCell(0, 0)
            self._show_examples(0)

    def _share(self, share: float) -> str:
        return QLocale().toString(share * 100, "f", 1) + " %"

    def _fill_row(self, row: int, choice: ReadingChoice) -> None:
        name = QTableWidgetItem(choice.source)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, name)
        combo = QComboBox(self.table)
        options = {choice.key: choice.share, **choice.alternatives}
        for key, share in sorted(options.items(), key=lambda kv: -kv[1]):
            combo.addItem(f"{render(reading_label(key))} — {self._share(share)}", key)
        combo.setCurrentIndex(combo.findData(choice.key))
        combo.currentIndexChanged.connect(lambda _i, r=row: self._update_share(r))
        self.combos.append(combo)
        self.table.setCellWidget(row, 1, combo)
        self.table.setItem(row, 2, QTableWidgetItem(self._share(choice.share)))
        evidence = {CERTAIN: self.tr("Certain"), HIGH: self.tr("Convincing")}.get(
            choice.confidence, self.tr("Not convincing: please check"))
        item = QTableWidgetItem(evidence)
        if not choice.convincing:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, 3, item)

    def _update_share(self, row: int) -> None:
        choice = self.choices[row]
        key = self.combos[row].currentData()
        share = choice.share if key == choice.key else choice.alternatives.get(key, 0.0)
        self.table.item(row, 2).setText(self._share(share))
        self._show_examples(row)

    def _show_examples(self, row: int) -> None:
        """The first selected passages of the source of ``row`` under the reading chosen there."""
        if not 0 <= row < len(self.choices):
            return
        choice = self.choices[row]
        passages = choice.examples.get(self.combos[row].currentData(), [])
        lines = "\n".join(f"« {p} »" for p in passages)
        self.examples.setText(self.tr("First selections of %1 under this reading:\n%2")
                              .replace("%1", choice.source).replace("%2", lines))

    def choose(self, row: int, key: str) -> None:
        """Select reading ``key`` for the source of ``row`` (tests, keyboard-free use)."""
        self.combos[row].setCurrentIndex(self.combos[row].findData(key))

    def forced(self) -> dict[str, str]:
        """``{source GUID: reading key}`` for every source whose reading the user changed or confirmed
        where the evidence was not convincing."""
        out = {}
        for choice, combo in zip(self.choices, self.combos):
            key = combo.currentData()
            if key != choice.key or not choice.convincing:
                out[choice.guid] = key
        return out
