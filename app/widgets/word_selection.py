"""Whole-word selections in the document viewer: a mouse selection snaps to word edges when the button is
released, a keyboard one when Shift is released (what is shown is what gets coded); Alt while selecting, or the "character precision" setting,
keeps the exact characters."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTextCursor

from app.spans import snap_to_words

PRECISION_SETTING = "viewer/character_precision"  # True: selections are not snapped to whole words


class WordSelection:
    """Mixed into :class:`~app.widgets.coded_text.CodedTextEdit` (needs ``text``, ``offsets``)."""

    _alt_selection = False  # the last mouse selection was made with Alt held: keep it exact

    def precise_selection(self) -> bool:
        """True when selections keep their exact characters: the setting, Alt held now, or a mouse
        selection made with Alt; otherwise they snap to whole words."""
        if QSettings().value(PRECISION_SETTING, False, bool):
            return True
        return self._alt_selection or bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._alt_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """After a drag, widen the visible selection to whole words: what is shown is what gets coded."""
        super().mouseReleaseEvent(event)
        self._alt_selection = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier) or self._alt_selection
        if self.isReadOnly() and not self.precise_selection():
            self.snap_selection()

    def keyReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 - QKeyEvent
        """A keyboard selection (Shift + arrows) snaps to whole words when Shift is released."""
        super().keyReleaseEvent(event)
        if event.key() == Qt.Key.Key_Shift and self.isReadOnly() and not self.precise_selection():
            self.snap_selection()

    def snap_selection(self) -> None:
        """Widen the current selection to whole words (keeping which end the caret is at)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        start, end = self.offsets.span_to_cp(cursor.selectionStart(), cursor.selectionEnd())
        new_start, new_end = snap_to_words(self.text, start, end)
        if (new_start, new_end) == (start, end):
            return
        forward = cursor.position() >= cursor.anchor()
        anchor, caret = (new_start, new_end) if forward else (new_end, new_start)
        cursor.setPosition(self.offsets.to_qt(anchor))
        cursor.setPosition(self.offsets.to_qt(caret), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

