"""The data-loss report of a REFI-QDA exchange (REFI-QDA 1.5, section 7), readable, copyable, savable.

Entries are grouped (dropped, changed, warnings, schema errors) in a tree; the summary line says
what was carried over; "Copy" puts the plain-text report on the clipboard, "Save…" writes a .txt.
"""

from __future__ import annotations

from pathlib import Path

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

from coding.refi import DataLossReport
from coding.refi.report import CHANGED, DROPPED, WARNING


class DataLossDialog(QDialog):
    """Shows a :class:`DataLossReport`; ``text()`` is what Copy and Save use."""

    def __init__(self, report: DataLossReport, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(title)
        self.resize(760, 480)
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Element"), self.tr("Subject"), self.tr("What happened")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.save_button = QPushButton(self.tr("Save as .txt…"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _summary(self) -> str:
        counts = ", ".join(f"{n} {what}" for what, n in self.report.counts.items())
        if self.report.lossless and not self.report.schema_errors:
            verdict = self.tr("Nothing was dropped or changed.")
        else:
            verdict = self.tr("%1 dropped, %2 changed: see below.").replace(
                "%1", str(len(self.report.of_kind(DROPPED)))).replace("%2", str(len(self.report.of_kind(CHANGED))))
        return f"{counts}\n{verdict}" if counts else verdict

    def _fill(self) -> None:
        groups = ((DROPPED, self.tr("Dropped")), (CHANGED, self.tr("Changed")), (WARNING, self.tr("Warnings")))
        bold = QFont()
        bold.setBold(True)
        for kind, label in groups:
            entries = self.report.of_kind(kind)
            if not entries:
                continue
            top = QTreeWidgetItem(self.tree, [f"{label} ({len(entries)})"])
            top.setFont(0, bold)
            for entry in entries:
                item = QTreeWidgetItem(top, [entry.element, entry.subject, entry.detail])
                item.setToolTip(2, entry.detail)
            top.setExpanded(kind != WARNING or len(entries) < 50)
        if self.report.schema_errors:
            top = QTreeWidgetItem(self.tree, [self.tr("Schema errors (%1)").replace(
                "%1", str(len(self.report.schema_errors)))])
            top.setFont(0, bold)
            for error in self.report.schema_errors:
                QTreeWidgetItem(top, ["", "", error])
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 190)

    def groups(self) -> list[str]:
        """The titles of the groups shown (tests)."""
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def text(self) -> str:
        """The plain-text report."""
        return f"{self.windowTitle()}\n\n{self.report.render(limit=100000)}\n"

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())

    def save(self, path: str | None = None) -> str | None:
        """Write the report as UTF-8 text (asks where when ``path`` is None); return the path."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "data-loss-report.txt",
                                                  self.tr("Text (*.txt)"))
            if not path:
                return None
        try:
            Path(path).write_text(self.text(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        return path
