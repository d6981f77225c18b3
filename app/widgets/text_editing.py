"""Edit mode of the document viewer: the transcript becomes editable, codings follow their words live.

While editing, typing, deleting and pasting use Qt's own editor (with its own Ctrl+Z inside the
session). After each change the viewer's code point text, offset map, coding marks and turns are carried
to the new text with :class:`corpus.text_edit.OffsetRemap`, so stripes and highlights stay on their
words. "Done" hands the final text to the caller, which stores it as ONE undoable command; "Cancel"
reloads the stored text.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from types import SimpleNamespace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat

from app.spans import Mark, SpanIndex
from corpus.text_edit import OffsetRemap, text_diff

SYNC_DELAY_MS = 120  # typing bursts are synced once they pause


def plain_text(document) -> str:  # noqa: ANN001 - QTextDocument
    """The document's text as the domain stores it: LF line ends, NFC, non-breaking spaces kept
    (``toPlainText`` would turn them into spaces)."""
    raw = document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n").replace("\r\n", "\n")
    return unicodedata.normalize("NFC", raw.replace("\r", "\n"))


class TextEditSession(QObject):
    """Switches a :class:`~app.widgets.coded_text.CodedTextEdit` in and out of edit mode."""

    changed = Signal()  # the text differs from the stored one (or no longer does)

    def __init__(self, editor):  # noqa: ANN001 - CodedTextEdit
        super().__init__(editor)
        self.editor = editor
        self.active = False
        self.base_text = ""
        self._timer = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS, timeout=self.sync)
        editor.document().contentsChanged.connect(self._on_contents_changed)
        editor.cursorPositionChanged.connect(self._plain_typing)

    def begin(self) -> None:
        """Make the text editable (the caret where the selection was)."""
        editor = self.editor
        self.active = True
        self.base_text = editor.text
        editor.setReadOnly(False)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        editor.document().clearUndoRedoStacks()
        editor.document().setUndoRedoEnabled(True)
        editor.setFocus()

    def _plain_typing(self) -> None:
        """Typed text is plain, even right after a speaker label (bold, coloured): the labels' formats
        are redone from the turns when the text is stored."""
        if self.active:
            self.editor.setCurrentCharFormat(QTextCharFormat())

    def _on_contents_changed(self) -> None:
        if self.active:
            self._timer.start()

    def sync(self) -> None:
        """Carry marks, turns and offsets from the viewer's last text to the editor's current one."""
        self._timer.stop()
        editor = self.editor
        new_text = plain_text(editor.document())
        if new_text == editor.text:
            return
        remap = OffsetRemap(editor.text, text_diff(editor.text, new_text))
        editor.spans = SpanIndex(_moved_marks(editor.spans, remap))
        editor.turns = [t for t in _moved_turns(editor.turns, remap) if t.end > t.start]
        editor._turn_starts = [t.start for t in editor.turns]
        editor.offsets = editor.offsets.patched(new_text, remap.first_start, remap.last_end,
                                                remap.last_end + remap.total_shift)
        editor.text = new_text
        editor.find_matches, editor.current_match = [], -1
        editor.refresh_highlights(force=True)
        self.changed.emit()

    @property
    def modified(self) -> bool:
        """True when the text differs from the one the session started with."""
        return self.active and plain_text(self.editor.document()) != self.base_text

    def end(self) -> str | None:
        """Leave edit mode; return the new text when it changed (None otherwise)."""
        if not self.active:
            return None
        self.sync()
        new_text = self.editor.text
        self.active = False
        editor = self.editor
        editor.document().setUndoRedoEnabled(False)
        editor.setReadOnly(True)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return new_text if new_text != self.base_text else None


def _moved_marks(marks, remap: OffsetRemap) -> list[Mark]:  # noqa: ANN001 - SpanIndex
    """The marks on the new text: those ending before the first edit stay, those starting after the last
    one shift, only the others go through the remap (a keystroke touches a handful)."""
    out = []
    first, last, shift = remap.first_start, remap.last_end, remap.total_shift
    for mark in marks:
        if mark.end < first:
            out.append(mark)
        elif mark.start > last:
            out.append(Mark(mark.start + shift, mark.end + shift, mark.code_id, mark.coding_id))
        else:
            span = remap.span(mark.start, mark.end)
            if span is not None:
                out.append(Mark(span[0], span[1], mark.code_id, mark.coding_id))
    return out


def _moved_turns(turns: list, remap: OffsetRemap) -> list:
    """The turns on the new text (same shortcuts as :func:`_moved_marks`)."""
    first, last, shift = remap.first_start, remap.last_end, remap.total_shift
    out = []
    for turn in turns:
        if turn.end < first:
            out.append(turn)
        elif turn.start > last:
            out.append(_with_bounds(turn, turn.start + shift, turn.end + shift, turn.content_start + shift))
        else:
            start, end = remap.point(turn.start), remap.point(turn.end)
            out.append(_with_bounds(turn, start, end, min(max(remap.text_point(turn.content_start), start), end)))
    return out


def _with_bounds(turn, start: int, end: int, content_start: int):  # noqa: ANN001, ANN202 - a Turn
    if dataclasses.is_dataclass(turn):
        return dataclasses.replace(turn, start=start, end=end, content_start=content_start)
    return SimpleNamespace(**{**vars(turn), "start": start, "end": end, "content_start": content_start})
