"""The document viewer: a title row, the stripes legend, the coded text with its stripes margin, the edit
bar of edit mode and the Ctrl+F find bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.spans import Mark
from app.widgets.coded_text import CodedTextEdit
from app.widgets.find_bar import FindBar, find_all
from app.widgets.stripes_legend import StripesLegend
from app.widgets.text_editing import TextEditSession
from app.widgets.word_selection import PRECISION_SETTING

LEGEND_SETTING = "viewer/legend"


class DocumentViewer(QWidget):
    """Shows one document; the main window feeds it codings and codes through the controller.

    ``editFinished(document_id, new_text)`` is emitted when the user leaves edit mode with a changed
    text (the caller stores it as one undoable command); ``editCancelled`` when the edits are dropped.
    """

    editFinished = Signal(int, str)
    editCancelled = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DocumentViewer")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; padding: 4px 6px;")
        self.text = CodedTextEdit(self)
        self.session = TextEditSession(self.text)
        self.legend = StripesLegend(self.text, self)
        header = self._make_header()
        self.edit_bar = self._make_edit_bar()
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.edit_bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self.legend_button.setChecked(QSettings().value(LEGEND_SETTING, True, bool))
        self.show_legend(self.legend_button.isChecked())
        self.find_bar.search.connect(self.find)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(self._clear_find)
        for keys, slot in ((QKeySequence.StandardKey.FindNext, lambda: self.find_step(1)),
                           (QKeySequence.StandardKey.FindPrevious, lambda: self.find_step(-1))):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.show_document(None, "", "")

    def _make_header(self) -> QHBoxLayout:
        """The title row: the document's name, then the "Whole words", "Legend" and "Edit text" buttons."""
        self.legend_button = self._tool_button(self.tr("Legend"), self.tr("Show or hide the legend of the coding stripes"))
        self.legend_button.setCheckable(True)
        self.legend_button.toggled.connect(self.show_legend)
        self.words_button = self._tool_button(self.tr("Whole words"), self.tr(
            "Selections snap to whole words (hold Alt while selecting for exact characters)"))
        self.words_button.setCheckable(True)
        self.words_button.setChecked(not QSettings().value(PRECISION_SETTING, False, bool))
        self.words_button.toggled.connect(lambda on: QSettings().setValue(PRECISION_SETTING, not on))
        self.edit_button = self._tool_button(self.tr("Edit text"), self.tr(
            "Correct the transcript (typos, names…): codings, memos and turns stay on their words"))
        self.edit_button.clicked.connect(self.begin_edit)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 4, 0)
        header.addWidget(self.title, 1)
        for button in (self.words_button, self.legend_button, self.edit_button):
            header.addWidget(button)
        return header

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def _make_edit_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("EditBar")
        bar.setStyleSheet("#EditBar { background: #FFF4CE; border-bottom: 1px solid #E0C97A; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 3, 8, 3)
        self.edit_label = QLabel(self.tr("Editing the transcript: codings, memos and speaker turns follow their "
                                         "words. Done saves the changes as one step (Edit > Undo)."), bar)
        self.edit_label.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Done"), bar)
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.done_button.clicked.connect(self.finish_edit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        row.addWidget(self.edit_label, 1)
        row.addWidget(self.done_button)
        row.addWidget(self.cancel_button)
        bar.hide()
        return bar

    @property
    def document_id(self) -> int | None:
        return self.text.document_id

    @property
    def editing(self) -> bool:
        """True while the text is in edit mode."""
        return self.session.active

    def show_document(self, document_id: int | None, name: str, text: str, turns: Iterable = (),
                      marks: Iterable[Mark] = ()) -> None:
        """Show a document (``None``: none); an edit in progress on the previous one is saved first."""
        if self.editing:
            self.finish_edit()
        self.title.setText(name or self.tr("No document open"))
        self.edit_button.setEnabled(document_id is not None)
        self.text.load(document_id, text, turns)
        self.text.set_marks(marks)
        if self.find_bar.isVisible():
            self.find(self.find_bar.edit.text(), self.find_bar.case.isChecked())

    # --- legend and edit mode ------------------------------------------------------------
    def show_legend(self, visible: bool) -> None:
        """Show or hide the stripes legend (remembered)."""
        self.legend.setVisible(visible)
        QSettings().setValue(LEGEND_SETTING, visible)
        if visible:
            self.legend.refresh()

    def begin_edit(self) -> None:
        """Enter edit mode on the open document."""
        if self.document_id is None or self.editing:
            return
        self.session.begin()
        self.edit_bar.show()
        self.edit_button.setEnabled(False)

    def finish_edit(self) -> None:
        """Leave edit mode; a changed text goes out through ``editFinished``."""
        if not self.editing:
            return
        new_text = self.session.end()
        self.edit_bar.hide()
        self.edit_button.setEnabled(True)
        if new_text is not None and self.document_id is not None:
            self.editFinished.emit(self.document_id, new_text)

    def cancel_edit(self) -> None:
        """Leave edit mode, dropping the changes (the caller reloads the stored text)."""
        if not self.editing:
            return
        self.session.end()
        self.edit_bar.hide()
        self.edit_button.setEnabled(True)
        if self.document_id is not None:
            self.editCancelled.emit(self.document_id)

    # --- find -------------------------------------------------------------------------
    def open_find(self) -> None:
        span = self.text.selected_span()
        selected = self.text.text[span[0]:span[1]] if span and span[1] - span[0] < 80 else ""
        self.find_bar.open_bar(selected)

    def find(self, needle: str, case_sensitive: bool) -> None:
        self.text.find_matches = find_all(self.text.text, needle, case_sensitive)
        self.text.current_match = -1
        if self.text.find_matches:
            self.find_step(1)
        else:
            self.text.refresh_highlights(force=True)
            self.find_bar.show_count(-1, 0)

    def find_step(self, step: int) -> None:
        matches = self.text.find_matches
        if not matches:
            return
        if self.text.current_match < 0:
            caret = self.text.offsets.to_cp(self.text.textCursor().selectionStart())
            after = [i for i, (s, _e) in enumerate(matches) if s >= caret]
            index = after[0] if after and step > 0 else 0
        else:
            index = (self.text.current_match + step) % len(matches)
        self.text.current_match = index
        self.text.select_span(*matches[index])
        self.find_bar.show_count(index, len(matches))

    def _clear_find(self) -> None:
        self.text.find_matches, self.text.current_match = [], -1
        self.text.refresh_highlights(force=True)
        self.text.setFocus()
