"""The read-only text of a document with its codings as light highlights in their code's colour.

Highlights are ``ExtraSelections`` built for the VISIBLE range only (from a sorted interval list), so
opening a long, densely coded document or adding one coding costs the same as a short one. All public
offsets are code points; :class:`~app.offsets.OffsetMap` converts at this edge.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.offsets import OffsetMap
from app.spans import Mark, SpanIndex, snap_to_words, trim_spaces
from app.widgets.coding_margin import CodingMargin
from app.widgets.speaker_colors import SPEAKER_COLORS, speaker_color_name  # noqa: F401 - SPEAKER_COLORS re-exported
from app.widgets.word_selection import WordSelection

SPAN_MIME = "application/x-verbatim-span"
HIGHLIGHT_ALPHA = 70


class CodedTextEdit(WordSelection, QPlainTextEdit):
    """Shows one document; emits ``selectionSpanChanged`` with code point offsets."""

    selectionSpanChanged = Signal(int, int)
    contextMenuAt = Signal(int, QPoint)  # code point under the mouse, global position
    documentLoaded = Signal()  # after load(): overlays (e.g. lexical classes) re-apply themselves
    lanesChanged = Signal()  # the codes with a stripe (or their names/colours) may have changed: legend

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.document().setDocumentMargin(8)
        self.document_id: int | None = None
        self.text = ""
        self.offsets = OffsetMap("")
        self.spans = SpanIndex()
        self.turns: list = []
        self._turn_starts: list[int] = []
        self._colors: dict[int, QColor] = {}
        self._names: dict[int, str] = {}
        self._speaker_colors: dict[tuple[str, int | None], QColor] = {}
        self.focus_code: int | None = None
        self.class_bands: list[tuple[int, int, QColor]] = []  # lexical classes, sorted (start, end, colour)
        self.class_underline = False
        self.find_matches: list[tuple[int, int]] = []
        self.current_match: int = -1
        self._visible = (-1, -1)
        self.memo_codings: set[int] = set()  # codings with a memo: marked on their stripe
        self.margin = CodingMargin(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0, timeout=self.refresh_highlights)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.updateRequest.connect(self._on_update_request)
        self.selectionChanged.connect(self._emit_selection)

    # --- content ----------------------------------------------------------------------
    def load(self, document_id: int | None, text: str, turns: Iterable = ()) -> None:
        """Show a new text (resets codings and find matches)."""
        self.document_id = document_id
        self.text = text
        self.offsets = OffsetMap(text)
        self.turns = sorted(turns, key=lambda t: t.start)
        self._turn_starts = [t.start for t in self.turns]
        self.margin.show_times = any(t.timestamp is not None for t in self.turns)
        self.spans = SpanIndex()
        self.class_bands = []
        self.find_matches, self.current_match = [], -1
        self.document().setUndoRedoEnabled(False)
        self.setPlainText(text)
        self._format_speakers()
        self._visible = (-1, -1)
        self.margin.show_classes = False
        self._update_margin_width()
        self.documentLoaded.emit()

    def _format_speakers(self) -> None:
        """Speaker labels in bold and a colour per speaker (real formats: layout may change)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        formats: dict[str, QTextCharFormat] = {}
        for turn in self.turns:
            if not turn.speaker or turn.content_start <= turn.start:
                continue
            if turn.speaker not in formats:
                formats[turn.speaker] = QTextCharFormat()
                formats[turn.speaker].setFontWeight(QFont.Weight.Bold)
                formats[turn.speaker].setForeground(self.speaker_color(turn.speaker, getattr(turn, "case_id", None)))
            cursor.setPosition(self.offsets.to_qt(turn.start))
            cursor.setPosition(self.offsets.to_qt(turn.content_start), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(formats[turn.speaker])
        cursor.endEditBlock()

    def set_codes(self, colors: dict[int, str], names: dict[int, str], order: list[int]) -> None:
        """Colours and names of the codes, and their codebook order (for the stripe lanes)."""
        self._colors = {cid: QColor(c) for cid, c in colors.items()}
        self._names = dict(names)
        self._order = list(order)
        self._relane()

    def set_memo_codings(self, coding_ids: Iterable[int]) -> None:
        """The codings that have a memo (a mark on their stripe)."""
        self.memo_codings = set(coding_ids)
        self.margin.update()

    def set_marks(self, marks: Iterable[Mark]) -> None:
        self.spans = SpanIndex(marks)
        self._relane()
        self.refresh_highlights(force=True)

    def add_marks(self, marks: Iterable[Mark]) -> None:
        for mark in marks:
            self.spans.add(mark)
        self._relane()
        self.refresh_highlights(force=True)

    def apply_delta(self, added: list[Mark], removed: set[int]) -> None:
        """Add and remove codings in one refresh."""
        if removed:
            self.spans.remove_codings(removed)
        for mark in added:
            self.spans.add(mark)
        self._relane()
        self.refresh_highlights(force=True)

    def remove_marks(self, coding_ids: set[int]) -> None:
        self.spans.remove_codings(coding_ids)
        self._relane()
        self.refresh_highlights(force=True)

    def _relane(self) -> None:
        present = self.spans.code_ids()
        order = getattr(self, "_order", [])
        ordered = [c for c in order if c in present] + sorted(present.difference(order))
        old = self.margin.stripes_width()
        self.margin.set_lanes(ordered)
        if self.margin.stripes_width() != old:
            self._update_margin_width()
        self.margin.update()
        self.lanesChanged.emit()

    def set_class_bands(self, bands: Iterable[tuple[int, int, str]], underline: bool = True) -> None:
        """Colour passages by lexical class beside the codings: a band in the margin and, when
        ``underline``, a wavy underline in the class colour. An empty list clears them."""
        self.class_bands = sorted(((s, e, QColor(c)) for s, e, c in bands), key=lambda b: (b[0], b[1]))
        self.class_underline = underline
        old = self.margin.stripes_width()
        self.margin.show_classes = bool(self.class_bands)
        if self.margin.stripes_width() != old:
            self._update_margin_width()
        self.refresh_highlights(force=True)

    def class_bands_between(self, start: int, end: int) -> list[tuple[int, int, QColor]]:
        """Class bands sharing a character with ``[start, end)`` (bands do not overlap)."""
        bands = self.class_bands
        lo = max(bisect_left(bands, (start,)) - 1, 0)
        hi = bisect_left(bands, (end,))
        return [b for b in bands[lo:hi] if b[1] > start]

    def code_color(self, code_id: int) -> QColor:
        return self._colors.get(code_id, QColor("#999999"))

    def code_name(self, code_id: int) -> str:
        return self._names.get(code_id, "?")

    # --- geometry helpers (code points) -------------------------------------------------
    def cursor_at(self, cp: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.offsets.to_qt(cp), self.document().characterCount() - 1))
        return cursor

    def line_top(self, cp: int) -> int:
        return self.cursorRect(self.cursor_at(cp)).top()

    def line_bottom(self, cp: int) -> int:
        return self.cursorRect(self.cursor_at(cp)).bottom()

    def visible_range(self) -> tuple[int, int]:
        """Code points shown in the viewport (whole blocks)."""
        block = self.firstVisibleBlock()
        start = block.position()
        bottom = self.viewport().height()
        end = start
        while block.isValid():
            end = block.position() + block.length()
            if self.blockBoundingGeometry(block).translated(self.contentOffset()).bottom() > bottom:
                break
            block = block.next()
        return self.offsets.to_cp(start), self.offsets.to_cp(end)

    def line_range_at(self, y: int) -> tuple[int, int]:
        """Code point range of the visual line at viewport height ``y``."""
        cursor = self.cursorForPosition(QPoint(0, y))
        cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        start = cursor.position()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        return self.offsets.to_cp(start), self.offsets.to_cp(cursor.position())

    def turns_between(self, start: int, end: int) -> list:
        lo, hi = bisect_left(self._turn_starts, start), bisect_left(self._turn_starts, end)
        return self.turns[lo:hi]

    def turn_at(self, cp: int):  # noqa: ANN201 - Turn | None
        i = bisect_right(self._turn_starts, cp) - 1
        if i >= 0 and self.turns[i].start <= cp < max(self.turns[i].end, self.turns[i].start + 1):
            return self.turns[i]
        return None

    # --- selection --------------------------------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The selection as code points, snapped to whole words (unless :meth:`precise_selection`),
        trimmed of surrounding white space and of the speaker label ("[00:01:10] Karim :") it starts
        in; None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offsets.span_to_cp(cursor.selectionStart(), cursor.selectionEnd())
        if not self.precise_selection():
            start, end = snap_to_words(self.text, start, end)
        start, end = trim_spaces(self.text, start, end)
        turn = self.turn_at(start) if start < end else None
        if turn is not None and start < turn.content_start < end:
            start = turn.content_start
        start, end = trim_spaces(self.text, start, end)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll it to the middle of the view."""
        cursor = self.cursor_at(start)
        cursor.setPosition(min(self.offsets.to_qt(end), self.document().characterCount() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.refresh_highlights(force=True)

    def _emit_selection(self) -> None:
        span = self.selected_span()
        self.selectionSpanChanged.emit(*(span or (-1, -1)))

    # --- highlights -------------------------------------------------------------------
    def _on_scroll(self, _value: int) -> None:
        self._refresh_timer.start()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def refresh_highlights(self, force: bool = False) -> None:
        """Rebuild the ExtraSelections of the visible range (when it changed or ``force``)."""
        visible = self.visible_range()
        if visible == self._visible and not force:
            return
        self._visible = visible
        self.setExtraSelections(self._build_selections(*visible))
        self.margin.update()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_at(start)
        sel.cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.format = fmt
        return sel

    def _build_selections(self, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        selections: list[QTextEdit.ExtraSelection] = []
        formats: dict[tuple[int, bool], QTextCharFormat] = {}
        for mark in self.spans.overlapping(start, end):
            key = (mark.code_id, mark.code_id == self.focus_code)
            if key not in formats:
                color = QColor(self.code_color(mark.code_id))
                color.setAlpha(HIGHLIGHT_ALPHA * 2 if key[1] else HIGHLIGHT_ALPHA)
                formats[key] = QTextCharFormat()
                formats[key].setBackground(color)
            selections.append(self._selection(mark.start, mark.end, formats[key]))
        selections.extend(self._class_selections(start, end))
        selections.extend(self._find_selections(start, end))
        return selections

    def _class_selections(self, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        if not self.class_underline:
            return []
        out = []
        for band_start, band_end, color in self.class_bands_between(start, end):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color)
            out.append(self._selection(band_start, band_end, fmt))
        return out

    def speaker_color(self, speaker: str, case_id: int | None = None) -> QColor:
        """The speaker's colour, stable across launches (see ``app.widgets.speaker_colors``)."""
        key = (speaker, case_id)  # the same name may be another case in another project
        if key not in self._speaker_colors:
            self._speaker_colors[key] = QColor(speaker_color_name(speaker, case_id))
        return self._speaker_colors[key]

    def _find_selections(self, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        if not self.find_matches:
            return []
        lo = bisect_left(self.find_matches, (start, 0))
        hi = bisect_left(self.find_matches, (end, 0))
        out = []
        for i in range(lo, hi):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#FF9632" if i == self.current_match else "#FFE94D"))
            out.append(self._selection(*self.find_matches[i], fmt))
        return out

    # --- painting, layout, mime ----------------------------------------------------------
    def _update_margin_width(self) -> None:
        self.setViewportMargins(self.margin.sizeHint().width(), 0, 0, 0)
        self._place_margin()

    def _place_margin(self) -> None:
        rect = self.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), self.margin.sizeHint().width(), rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margin()
        self._refresh_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._visible != self.visible_range():
            self._refresh_timer.start()
        start, end = self._visible
        painter = QPainter(self.viewport())
        painter.setPen(QColor(0, 0, 0, 28))
        for turn in self.turns_between(max(start, 1), end):  # a hairline above each turn
            y = self.line_top(turn.start) - 2
            painter.drawLine(4, y, self.viewport().width() - 4, y)
        painter.end()

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        cursor = self.cursorForPosition(event.pos())
        self.contextMenuAt.emit(self.offsets.to_cp(cursor.position()), event.globalPos())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        mime = QMimeData()  # Qt's own QTextEditMimeData hides formats added to it
        mime.setText(self.textCursor().selection().toPlainText())
        span = self.selected_span()
        if span and self.document_id is not None:
            payload = {"document_id": self.document_id, "start": span[0], "end": span[1]}
            mime.setData(SPAN_MIME, json.dumps(payload).encode())
        return mime


SpanCallback = Callable[[int, int], None]
