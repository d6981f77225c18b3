"""The contract between the analysis panel and the views of analysis results.

Every view is a :class:`AnalysisView` built from a result (``app.analysis.results``) and a
:class:`ViewContext`, the view's only way to reach the rest of the window: jump to a passage, open a
concordance, code passages (one undo step), colour the document viewer by class. Views never call
services themselves and never run analyses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget


@dataclass(frozen=True)
class Passage:
    """A passage of a document, in Python code points."""

    document_id: int
    start: int
    end: int


class ViewContext(Protocol):
    """What a view may ask of the window (implemented by the analysis panel)."""

    def open_passage(self, passage: Passage) -> None:
        """Show the passage in the document viewer, selected."""

    def show_concordance(self, query: str, by: str = "lemma") -> None:
        """Open the concordance of a form or lemma of the analysed corpus."""

    def code_passages(self, passages: list[Passage], code_path: str | None = None, label: str = "") -> bool:
        """Code the passages with a code (asked when ``code_path`` is None); one undo step."""

    def colour_by_classes(self, passages: list[tuple[Passage, int]], colours: dict[int, str]) -> None:
        """Colour the document viewer by class (class 0 = no colour); an empty list clears it."""

    def project_is_open(self) -> bool:
        """False when the analysed input is a file, not the open project (no jumping, no coding)."""


class AnalysisView(QWidget):
    """Base class of the result views: export actions and a shared save dialog."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context

    def export_actions(self) -> list[QAction]:
        """Actions shown in the panel's Export menu (PNG/SVG for charts, CSV/XLSX for tables)."""
        return []

    def ask_path(self, title: str, filters: str, suggested: str) -> Path | None:
        """A save dialog; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        return Path(path) if path else None
