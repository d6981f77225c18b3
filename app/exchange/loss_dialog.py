"""The data-loss report of a REFI-QDA exchange (REFI-QDA 1.5, section 7), readable, copyable, savable.

Entries are grouped (dropped, changed, warnings, schema errors) in a tree; the summary line says
what was carried over; "Copy" puts the plain-text report on the clipboard, "Save…" writes a .txt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.exchange.report_dialog import ReportDialog
from coding.refi import DataLossReport
from coding.refi.readings import CERTAIN, HIGH
from coding.refi.report import CHANGED, DROPPED, WARNING
from corpus.atomic import write_text
from corpus.errors import ProjectError
from corpus.messages import render


class DataLossDialog(ReportDialog):
    """Shows a :class:`DataLossReport`; ``text()`` is what Copy and Save use."""

    def __init__(self, report: DataLossReport, title: str, parent: QWidget | None = None):
        self.report = report
        super().__init__(title, "", parent, (760, 480))
        self.summary.setText(self._summary())
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Element"), self.tr("Subject"), self.tr("What happened")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        self.save_button = self.add_button(self.tr("Save as .txt…"), self.save)

    def _count_label(self, what: str, n: int) -> str:
        """``"3 codings"``, translated, with the right plural (unknown kinds as they are)."""
        labels = {
            "cases": self.tr("%n case(s)", "", n), "codes": self.tr("%n code(s)", "", n),
            "codings": self.tr("%n coding(s)", "", n), "documents": self.tr("%n document(s)", "", n),
            "notes": self.tr("%n memo(s)", "", n), "sources": self.tr("%n document(s)", "", n),
            "turns": self.tr("%n turn(s)", "", n), "values": self.tr("%n attribute value(s)", "", n),
            "memos": self.tr("%n memo(s)", "", n),
        }
        return labels.get(what, f"{n} {what}")

    def _summary(self) -> str:
        counts = ", ".join(self._count_label(what, n) for what, n in self.report.counts.items())
        if self.report.lossless and not self.report.schema_errors:
            verdict = self.tr("Nothing was dropped or changed.")
        else:
            verdict = self.tr("%1 dropped, %2 changed: see below.").replace(
                "%1", str(len(self.report.of_kind(DROPPED)))).replace("%2", str(len(self.report.of_kind(CHANGED))))
        doubtful = len(self.report.unconvincing)
        if doubtful:
            verdict += "\n" + self.tr("For %n source(s) no reading of the positions was convincing: check their "
                                      "codings (see Positions below).", "", doubtful)
        return f"{counts}\n{verdict}" if counts else verdict

    def _reading_rows(self) -> list[list[str]]:
        rows = []
        for choice in self.report.readings:
            if choice.forced:
                sure = self.tr("chosen by you")
            else:
                sure = {CERTAIN: self.tr("certain"), HIGH: self.tr("convincing")}.get(choice.confidence,
                                                                                     self.tr("NOT convincing"))
            share = QLocale().toString(choice.share * 100, "f", 1)
            rows.append([choice.source, sure,
                         self.tr("%1; %2 % of %3 selections on word boundaries").replace("%1", render(choice.label))
                         .replace("%2", share).replace("%3", str(choice.selections))])
        return rows

    def _fill(self) -> None:
        if self.report.readings:
            top = self.add_group(self.tr("Positions of the selections"), self._reading_rows(),
                                 expanded=bool(self.report.unconvincing) or len(self.report.readings) < 10)
            for i in range(top.childCount()):
                top.child(i).setToolTip(2, top.child(i).text(2))
        groups = ((DROPPED, self.tr("Dropped")), (CHANGED, self.tr("Changed")), (WARNING, self.tr("Warnings")))
        for kind, label in groups:
            entries = self.report.of_kind(kind)
            if entries:
                top = self.add_group(label, ([e.element, e.subject, e.detail] for e in entries),
                                     expanded=kind != WARNING or len(entries) < 50)
                for i, entry in enumerate(entries):
                    top.child(i).setToolTip(2, entry.detail)
        if self.report.schema_errors:
            self.add_group(self.tr("Schema errors"), (["", "", error] for error in self.report.schema_errors))
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 190)

    def text(self) -> str:
        """The plain-text report."""
        return f"{self.windowTitle()}\n\n{self.report.render(limit=100000)}\n"

    def save(self, path: str | None = None) -> str | None:
        """Write the report as UTF-8 text (asks where when ``path`` is None); return the path."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "data-loss-report.txt",
                                                  self.tr("Text (*.txt)"))
            if not path:
                return None
        text = self.text()
        try:
            write_text(Path(path), text)
        except (OSError, ProjectError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        return path
