"""The legend of the coding stripes: which colour is which code in the open document, and what the
marks on a stripe mean. Rebuilt only when the set of codes present (or their colours/names) changes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

SWATCH = "&#9608;"  # a full block, in the code's colour


class StripesLegend(QLabel):
    """A wrapped, one-paragraph legend under the viewer's title."""

    def __init__(self, editor, parent: QWidget | None = None):  # noqa: ANN001 - CodedTextEdit
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("StripesLegend")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet("#StripesLegend { padding: 2px 8px 4px 8px; color: palette(text); }")
        self._shown: tuple | None = None
        editor.lanesChanged.connect(self.refresh)

    def entries(self) -> list[tuple[str, str]]:
        """``(name, colour)`` of each code with a stripe, in stripe (codebook) order."""
        lanes = sorted(self.editor.margin.lanes.items(), key=lambda item: item[1])
        return [(self.editor.code_name(code_id), self.editor.code_color(code_id).name()) for code_id, _ in lanes]

    def refresh(self) -> None:
        """Rebuild the legend when what it shows changed (and only while visible)."""
        if self.isHidden():
            self._shown = None  # rebuilt when shown again
            return
        entries = tuple(self.entries())
        if entries == self._shown:
            return
        self._shown = entries
        if not entries:
            self.setText(escape(self.tr("No coding in this document yet.")))
            return
        items = [f'<span style="color:{color}">{SWATCH}</span>&nbsp;{escape(name)}' for name, color in entries]
        marks = escape(self.tr("◤ on a stripe: the coding has a memo · drag a stripe's end to resize the coding · "
                               "right-click a stripe for its memo"))
        self.setText("&nbsp;&nbsp; ".join(items) + f'<br><span style="color:gray">{marks}</span>')

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.refresh()
