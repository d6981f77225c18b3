"""The margin beside the document: one vertical bar per code (NVivo/MAXQDA "coding stripes") and the
speaker turns' time stamps. Paints only the visible range, from the editor's sorted interval list.

The stripes live in an area of FIXED width (room for the lexical-class band and ``FULL_LANES`` stripes):
a code appearing or disappearing never changes the margin's width, so the text column never moves
sideways. More codes than that squeeze the stripes inside the same area. A coding with a memo carries a
small mark at the top of its stripe; the ends of a stripe can be dragged to resize the coding.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent, QPainter, QPaintEvent, QPolygon
from PySide6.QtWidgets import QToolTip, QWidget

from app.spans import Mark, trim_spaces, word_end, word_start

STRIPE, GAP, MAX_LANES = 5, 3, 16
FULL_LANES = 8  # stripes shown at full width; more share the same area
CLASS_BAND = 7  # width of the lexical-class band (left of the code stripes)
HANDLE = 4  # pixels from a stripe's end where a drag resizes the coding
MEMO_MARK = 5  # size of the memo triangle


def format_timestamp(seconds: float) -> str:
    """``mm:ss`` or ``h:mm:ss``."""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class CodingMargin(QWidget):
    """Painted beside a :class:`~app.widgets.coded_text.CodedTextEdit` (which owns the data)."""

    codingClicked = Signal(int)  # a coding id
    codingMenuRequested = Signal(int, QPoint)  # a coding id, global position (right-click on its stripe)
    resizeRequested = Signal(int, int, int)  # coding id, new start, new end (code points)

    def __init__(self, editor):  # noqa: ANN001 - CodedTextEdit (circular import otherwise)
        super().__init__(editor)
        self.editor = editor
        self.lanes: dict[int, int] = {}  # code id -> lane, stable for the whole document
        self.show_times = False
        self.show_classes = False
        self._drag: tuple[Mark, str] | None = None  # the coding whose "start"/"end" is being dragged
        self.preview: tuple[int, int, int] | None = None  # coding id, start, end while dragging
        self.setMouseTracking(True)

    # --- geometry ---------------------------------------------------------------------
    def time_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("0:00:00") + 8 if self.show_times else 0

    def stripes_width(self) -> int:
        """The fixed width of the class band and stripes area (whatever the number of codes)."""
        return self.class_width() + GAP + FULL_LANES * (STRIPE + GAP)

    def class_width(self) -> int:
        """Width reserved for the lexical-class band (kept when the viewer is not coloured by class)."""
        return CLASS_BAND + GAP

    def lane_pitch(self) -> int:
        """Distance between two stripes: full when the codes fit, squeezed beyond ``FULL_LANES``."""
        lanes = min(len(self.lanes), MAX_LANES)
        if lanes <= FULL_LANES:
            return STRIPE + GAP
        return max(2, FULL_LANES * (STRIPE + GAP) // lanes)

    def stripe_width(self) -> int:
        """Width of one stripe (narrower when many codes share the area)."""
        return min(STRIPE, max(1, self.lane_pitch() - 1))

    def sizeHint(self) -> QSize:
        return QSize(self.time_width() + self.stripes_width() + 4, 0)

    def set_lanes(self, code_ids_in_order: list[int]) -> None:
        """One lane per code present in the document, in codebook order."""
        self.lanes = {cid: i % MAX_LANES for i, cid in enumerate(code_ids_in_order)}

    def lane_x(self, lane: int) -> int:
        return self.time_width() + self.class_width() + GAP + lane * self.lane_pitch()

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
            if self.preview is not None and mark.coding_id == self.preview[0]:
                mark = mark._replace(start=self.preview[1], end=self.preview[2])
            self._paint_stripe(painter, mark, start, end)
        painter.end()

    def stripe_rect(self, mark: Mark, start: int, end: int) -> QRect | None:
        """Where the stripe of ``mark`` is painted, for the visible range ``[start, end)``."""
        lane = self.lanes.get(mark.code_id)
        if lane is None:
            return None
        top = self.editor.line_top(max(mark.start, start))
        bottom = self.editor.line_bottom(max(min(mark.end, end) - 1, mark.start))
        return QRect(self.lane_x(lane), top + 1, self.stripe_width(), max(bottom - top - 2, 3))

    def _paint_stripe(self, painter: QPainter, mark: Mark, start: int, end: int) -> None:
        rect = self.stripe_rect(mark, start, end)
        if rect is None:
            return
        painter.fillRect(rect, QColor(self.editor.code_color(mark.code_id)))
        if mark.coding_id in self.editor.memo_codings and mark.start >= start:
            x, y = rect.left(), rect.top()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#202020"))
            painter.drawPolygon(QPolygon([QPoint(x, y), QPoint(x + MEMO_MARK, y), QPoint(x, y + MEMO_MARK)]))

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
        """The lane (stripe column) at ``x``, None between lanes."""
        pitch, width = self.lane_pitch(), self.stripe_width()
        for lane in range(MAX_LANES):
            left = self.lane_x(lane)
            if left - 1 <= x <= left + width + min(1, pitch - width - 1):
                return lane
        return None

    def mark_at(self, pos: QPoint) -> Mark | None:
        """The coding whose stripe is under ``pos`` (the shortest when several share the lane)."""
        lane = self.lane_at_x(pos.x())
        hits = [m for m in self.marks_at_y(pos.y()) if lane is not None and self.lanes.get(m.code_id) == lane]
        return min(hits, key=lambda m: m.end - m.start) if hits else None

    def handle_at(self, pos: QPoint) -> tuple[Mark, str] | None:
        """The coding end (``"start"`` or ``"end"``) whose stripe end is under ``pos``, if any."""
        lane = self.lane_at_x(pos.x())
        if lane is None:
            return None
        start, end = self.editor.visible_range()
        for mark in self.editor.spans.overlapping(start, end):
            rect = self.stripe_rect(mark, start, end) if self.lanes.get(mark.code_id) == lane else None
            if rect is None:
                continue
            if mark.start >= start and abs(pos.y() - rect.top()) <= HANDLE:
                return mark, "start"
            if mark.end <= end and abs(pos.y() - rect.bottom()) <= HANDLE:
                return mark, "end"
        return None

    def tooltip_text(self, y: int) -> str:
        """The codes coding the line at ``y``; "◤ memo" after those whose coding here has a memo."""
        names = []
        for mark in self.marks_at_y(y):
            name = self.editor.code_name(mark.code_id)
            if mark.coding_id in self.editor.memo_codings:
                name = self.tr("%1 ◤ memo").replace("%1", name)
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
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = self.handle_at(pos)
            if self._drag is not None:
                mark = self._drag[0]
                self.preview = (mark.coding_id, mark.start, mark.end)
                return
            mark = self.mark_at(pos)
            if mark is not None:
                self.codingClicked.emit(mark.coding_id)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is None:
            over_handle = self.handle_at(pos) is not None
            self.setCursor(Qt.CursorShape.SizeVerCursor if over_handle else Qt.CursorShape.ArrowCursor)
            return
        self.preview = self.dragged_span(pos)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        mark = self._drag[0]
        preview = self.dragged_span(event.position().toPoint())
        self._drag, self.preview = None, None
        self.update()
        if preview[1:] != (mark.start, mark.end):
            self.resizeRequested.emit(*preview)

    def dragged_span(self, pos: QPoint) -> tuple[int, int, int]:
        """``(coding id, start, end)`` with the dragged end at ``pos``, snapped to whole words (Alt:
        to characters), never empty. Over the text, the end goes where the mouse is; over the margin, to
        the start (or end) of the line."""
        mark, which = self._drag
        editor = self.editor
        viewport_pos = editor.viewport().mapFromGlobal(self.mapToGlobal(pos))
        if viewport_pos.x() < 0:
            line_start, line_end = editor.line_range_at(viewport_pos.y())
            cp = line_start if which == "start" else line_end
        else:
            cp = editor.offsets.to_cp(editor.cursorForPosition(viewport_pos).position())
        text, precise = editor.text, editor.precise_selection()
        if which == "start":
            start = min(cp if precise else word_start(text, cp), mark.end - 1)
            start, end = trim_spaces(text, start, mark.end)
        else:
            end = max(cp if precise else word_end(text, cp), mark.start + 1)
            start, end = trim_spaces(text, mark.start, end)
        return (mark.coding_id, start, end) if end > start else (mark.coding_id, mark.start, mark.end)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        mark = self.mark_at(event.pos())
        if mark is not None:
            self.codingMenuRequested.emit(mark.coding_id, event.globalPos())
