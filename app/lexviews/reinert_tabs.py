"""Rows of the Reinert view's tables, and the classes x codes page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.analysis.results import ReinertResult
from app.analysis.stability import class_stability
from app.lexviews.classes_codes import ClassesCodes, classes_codes
from app.lexviews.reinert_pages import TablePage
from app.lexviews.reinert_tables import chi2_colour
from app.numbers import fmt_number


def signed(value: float) -> str:
    """``+3,2`` / ``−1,5``: a signed chi2 with one decimal in the UI locale."""
    return ("+" if value >= 0 else "−") + fmt_number(abs(value), 1)


def profile_rows(result: ReinertResult, number: int, kind: str | None, anti: bool) -> list[list[Any]]:
    """Form, kind, chi2, p, n in class, n total, % — of the class's profile (or anti-profile)."""
    return [[r.form, r.kind, round(r.chi2, 3), r.p, r.n_in_class, r.n_total, round(r.percent, 2)]
            for r in result.profile(number, kind, anti)]


def typical_rows(result: ReinertResult, number: int) -> list[list[Any]]:
    """Score, text and segment number (1-based) of the class's typical segments."""
    rows = []
    for t in result.typical.get(number, result.typical.get(str(number), [])):  # JSON keys may be strings
        rows.append([round(t.score, 2), result.segments.text(t.segment), t.segment + 1])
    return rows


def attribute_rows(result: ReinertResult, first: str, class_label: str) -> tuple[list[list[Any]], list[str]]:
    """Modalities x classes: segment counts (colours come from the signed chi2)."""
    table = result.modalities
    headers = [first] + [class_label.replace("%1", str(c.number)) for c in result.classes]
    if table is None:
        return [], headers
    return [[m, *counts] for m, counts in zip(table.modalities, table.counts)], headers


class ClassesCodesPage(QWidget):
    """How the codings fall in each class: segments of class k overlapping codings of code c."""

    def __init__(self, result: ReinertResult, context, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.result = result
        self.context = context
        self.data: ClassesCodes | None = None
        self.table = TablePage([], colour=self._colour, parent=self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.controls.addWidget(self.refresh_button)
        self.table.controls.addStretch(1)
        self.table.note.setText(self.tr("Segments of each class overlapping the code's codings (sub-codes count for their parents); orange: over-represented, blue: under-represented (signed chi2)."))  # noqa: E501
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - computed when first shown
        super().showEvent(event)
        if self.data is None:
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the project's current codings."""
        reader = getattr(self.context, "codings_by_document", None)
        docs = self.result.segments.document_ids()
        codings = reader(docs) if reader is not None and self.context.project_is_open() else {}
        self.data = classes_codes(self.result, codings)
        stability = class_stability(self.result)
        labels = {"stable": self.tr("stable"), "fragile": self.tr("fragile"), "dissolved": self.tr("dissolved")}
        headers = [self.tr("Code"), self.tr("Segments")] + [
            self.tr("Class %1").replace("%1", str(k)) + " (chi2)"
            + (f"\n{labels.get(stability[k]['label'], '')}" if k in stability else "") for k in self.data.classes]
        rows = [[code, total, *[f"{n}  ({signed(chi)})" for n, chi in zip(counts, chis)]]
                for code, total, counts, chis in zip(self.data.codes, self.data.totals, self.data.counts,
                                                     self.data.chi2)]
        self.table.set_rows(rows, headers)
        self.table.sort_by(0, Qt.SortOrder.AscendingOrder)
        if not rows:
            self.table.note.setText(self.tr("No coding overlaps the analysed segments."))

    def _colour(self, row: int, column: int):  # noqa: ANN202 - QColor | None
        if self.data is None or column < 2 or row >= len(self.data.chi2):
            return None
        return chi2_colour(self.data.chi2[row][column - 2])



def stability_page(result: ReinertResult, parent: QWidget) -> StabilityPage | None:
    """The Stability tab when the analysis measured it, else None."""
    return StabilityPage(result.info["stability"], parent) if result.info.get("stability") else None


class StabilityPage(TablePage):
    """The stability of each class: mean Jaccard, share of runs recovering it, its label and the profile
    forms that stay (from ``result.info["stability"]``)."""

    def __init__(self, stab: dict, parent: QWidget | None = None):
        super().__init__([self.tr("Class"), self.tr("Segments"), self.tr("Mean Jaccard"), self.tr("Recovered (%)"),
                          self.tr("Stability"), self.tr("Profile forms that stay (share of runs)")], parent=parent)
        labels = {"stable": self.tr("stable"), "fragile": self.tr("fragile"), "dissolved": self.tr("dissolved")}
        locale = QLocale()
        rows = [[row["class"], row["size"], row["mean_jaccard"], round(100 * row["recovered_share"]),
                 labels.get(row["label"], row["label"]),
                 ", ".join(f"{form} {locale.toString(100 * share, 'f', 0)} %" for form, share in row["kept_forms"])]
                for row in stab["classes"]]
        self.set_rows(rows)
        self.sort_by(0, Qt.SortOrder.AscendingOrder)
        self.note.setText(self.tr(
            "The classification was run again %1 times on %2 % of the segments drawn at random. Each class is "
            "matched to its most similar class in every run (Jaccard index on the segments both runs hold; Hennig "
            "2007). Stable: mean Jaccard ≥ 0.75; fragile: 0.5–0.75 (a real theme whose edges move); dissolved: "
            "≤ 0.5 (not found again: do not interpret it). Recovered: share of runs with a Jaccard ≥ 0.5.")
            .replace("%1", str(stab["runs"])).replace("%2", locale.toString(100 * stab["fraction"], "f", 0)))
