"""The Queries panel (a dock): matrices with a heat map, boolean code queries, text search."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.exchange.matrix_tab import MatrixTab
from app.exchange.search_tabs import CodeQueryTab, TextSearchTab


class QueriesPanel(QWidget):
    """Three tabs; ``jumpTo(document_id, start, end)`` when a passage is double-clicked."""

    jumpTo = Signal(int, int, int)

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.matrix = MatrixTab(controller, self)
        self.code_query = CodeQueryTab(controller, self)
        self.text_search = TextSearchTab(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.matrix, self.tr("Matrices"))
        self.tabs.addTab(self.code_query, self.tr("Code query"))
        self.tabs.addTab(self.text_search, self.tr("Text search"))
        for tab in (self.matrix, self.code_query, self.text_search):
            tab.jumpTo.connect(self.jumpTo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        controller.changed.connect(self._on_changed)
        controller.projectChanged.connect(self.reload)

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind == "codes":
            self.reload_codes()
        elif kind in ("attributes", "cases"):
            self.matrix.fill_attributes()

    def reload_codes(self) -> None:
        """The codebook changed: refresh the code choices (what was ticked stays, new codes are ticked)."""
        tree, codes = self.matrix.codes, self.controller.codes()
        fresh = {c.id for c in codes} - set(tree.items)
        tree.set_codes(codes, set(tree.checked_code_ids()) | fresh)
        self.code_query.reload_codes()

    def reload(self) -> None:
        """Another project: fresh choices, empty results."""
        self.matrix.codes.set_codes(self.controller.codes(), True)
        self.matrix.model.set_matrix(None)
        self.matrix.passages.set_passages([])
        self.matrix.fill_attributes()
        self.code_query.reload_codes()
        for tab in (self.code_query, self.text_search):
            tab.results.set_passages([])
