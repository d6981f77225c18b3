"""The margin beside the document: one vertical bar per code (NVivo/MAXQDA "coding stripes") and the
speaker turns' time stamps. Paints only the visible range, from the editor's sorted interval list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

STRIPE, GAP, MAX_LANES = 5, 3, 16
CLASS_BAND = 7  # width of the lexical-class band (left of the code stripes)


def format_timestamp(seconds: float) -> str:
    """``mm:ss`` or ``h:mm:ss``."""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class CodingMargin(QWidget):
    """Painted beside a :class:`~app.widgets.coded_text.CodedTextEdit` (which owns the data)."""

    codingClicked = Signal(int)  # a coding id

    def __init__(self, editor):  # noqa: ANN001 - CodedTextEdit (circular import otherwise)
        super().__init__(editor)
        self.editor = editor
        self.lanes: dict[int, int] = {}  # code id -> lane, stable for the whole document
        self.show_times = False
        self.show_classes = False
        self.setMouseTracking(True)

    # --- geometry ---------------------------------------------------------------------
    def time_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0:00:00") + 8 if self.show_times else 0

    def stripes_width(self) -> int:
        lanes = min(len(self.lanes), MAX_LANES)
        return (GAP + lanes * (STRIPE + GAP) if lanes else 0) + self.class_width()

    def class_width(self) -> int:
        """Width of the lexical-class band (0 when the viewer is not coloured by class)."""
        return CLASS_BAND + GAP if self.show_classes else 0

    def sizeHint(self) -> QSize:
        return QSize(self.time_width() + self.stripes_width() + 4, 0)

    def set_lanes(self, code_ids_in_order: list[int]) -> None:
        """One lane per code present in the document, in codebook order."""
        self.lanes = {cid: i % MAX_LANES for i, cid in enumerate(code_ids_in_order)}

    def lane_x(self, lane: int) -> int:
        return self.time_width() + self.class_width() + GAP + lane * (STRIPE + GAP)

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window().color().lighter(103))
        editor = self.editor
        start, end = editor.visible_range()
        if self.show_times:
            self._paint_times(painter, start, end)
        if self.show_classes:
            self._paint_classes(painter, start, end)
        for mark in editor.spans.overlapping(start, end):
            lane = self.lanes.get(mark.code_id)
            if lane is None:
                continue
            top = editor.line_top(max(mark.start, start))
            bottom = editor.line_bottom(max(min(mark.end, end) - 1, mark.start))
            color = QColor(editor.code_color(mark.code_id))
            painter.fillRect(QRect(self.lane_x(lane), top + 1, STRIPE, max(bottom - top - 2, 3)), color)
        painter.end()

    def _paint_classes(self, painter: QPainter, start: int, end: int) -> None:
        """One band per class passage, left of the code stripes."""
        x = self.time_width() + GAP
        for band_start, band_end, color in self.editor.class_bands_between(start, end):
            top = self.editor.line_top(max(band_start, start))
            bottom = self.editor.line_bottom(max(min(band_end, end) - 1, band_start))
            painter.fillRect(QRect(x, top + 1, CLASS_BAND, max(bottom - top - 1, 3)), color)

    def _paint_times(self, painter: QPainter, start: int, end: int) -> None:
        painter.setPen(self.palette().placeholderText().color())
        width = self.time_width() - 4
        for turn in self.editor.turns_between(start, end):
            if turn.timestamp is None:
                continue
            top = self.editor.line_top(turn.start)
            rect = QRect(0, top, width, self.fontMetrics().height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight, format_timestamp(turn.timestamp))

    # --- interaction ------------------------------------------------------------------
    def marks_at_y(self, y: int):  # noqa: ANN201 - list[Mark]
        """Codings that touch the visual line at height ``y``."""
        start, end = self.editor.line_range_at(y)
        return self.editor.spans.overlapping(start, max(end, start + 1))

    def lane_at_x(self, x: int) -> int | None:
        for lane in range(MAX_LANES):
            left = self.lane_x(lane)
            if left - 1 <= x <= left + STRIPE + 1:
                return lane
        return None

    def tooltip_text(self, y: int) -> str:
        names = []
        for mark in self.marks_at_y(y):
            name = self.editor.code_name(mark.code_id)
            if name not in names:
                names.append(name)
        return "\n".join(names)

    def event(self, event) -> bool:  # noqa: ANN001
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_text(event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos: QPoint = event.position().toPoint()
        lane = self.lane_at_x(pos.x())
        for mark in self.marks_at_y(pos.y()):
            if self.lanes.get(mark.code_id) == lane:
                self.codingClicked.emit(mark.coding_id)
                return
        super().mousePressEvent(event)
