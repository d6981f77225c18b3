"""The panel's :class:`~app.lexviews.base.ViewContext`: what result views may ask of the window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from app.dialogs.code_picker import NEW_CODE, CodePicker
from app.lexviews.base import Passage
from coding import commands as cmd
from coding.types import Span


class PanelContext(QObject):
    """Implements ViewContext on the main window (``window``) and the analysis panel.

    ``concordance(query, by)`` is the panel's callback that opens a concordance of the analysed
    selection. ``ask_code(label)`` returns a code path or None (a dialog by default; tests replace it).
    """

    def __init__(self, window, concordance: Callable[[str, str], None], parent: QObject | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.window = window
        self.controller = window.controller
        self._concordance = concordance
        self.ask_code: Callable[[str], str | None] = self._ask_code
        self.class_passages: dict[int, list[tuple[int, int, str]]] = {}

    # --- ViewContext ---------------------------------------------------------------------
    def project_is_open(self) -> bool:
        """True when a project is open in the window."""
        return self.controller.project is not None

    def open_passage(self, passage: Passage) -> None:
        """Open the passage's document and select the passage."""
        if self.project_is_open() and passage.document_id is not None:
            self.window.jump_to(passage.document_id, passage.start, passage.end)

    def show_concordance(self, query: str, by: str = "lemma") -> None:
        """The concordance of ``query`` in the analysed selection (a new analysis, shown when done)."""
        self._concordance(query, by)

    def code_passages(self, passages: list[Passage], code_path: str | None = None, label: str = "") -> bool:
        """Code ``passages`` with ``code_path`` (created if missing): one undo step."""
        spans = tuple(Span(p.document_id, p.start, p.end) for p in passages
                      if p.document_id is not None and p.end > p.start)
        if not spans or not self.project_is_open():
            return False
        if code_path is None:
            code_path = self.ask_code(label)
            if not code_path:
                return False
        text = label or self.tr("Code %n passage(s)", "", len(spans))
        command = cmd.CompositeCommand(text, (cmd.EnsureCodePath(code_path, label=text),
                                              cmd.ApplyCodings(code_path, spans, self.controller.coder, label=text)))
        return self.controller.execute(command, text)

    def colour_by_classes(self, passages: list[tuple[Passage, int]], colours: dict[int, str]) -> None:
        """Colour the document viewer by class (class 0 stays plain); an empty list clears it."""
        by_doc: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for passage, number in passages:
            if number and number in colours and passage.document_id is not None:
                by_doc[passage.document_id].append((passage.start, passage.end, colours[number]))
        self.class_passages = dict(by_doc)
        self.refresh_viewer()

    # --- helpers ---------------------------------------------------------------------------
    def codings_by_document(self, document_ids: list[int]) -> dict[int, list[tuple[int, int, str]]]:
        """The codings of these documents as (start, end, code path), for the classes x codes table."""
        paths = {c.id: c.path or c.name for c in self.controller.codes()}
        out: dict[int, list[tuple[int, int, str]]] = {}
        for doc in document_ids:
            out[doc] = [(c.span.start, c.span.end, paths.get(c.code_id, "?"))
                        for c in self.controller.codings_in_document(doc)]
        return out

    def refresh_viewer(self) -> None:
        """Show the class colours of the document open in the viewer (after it changes, too)."""
        text = self.window.viewer.text
        text.set_class_bands(self.class_passages.get(text.document_id, []) if text.document_id is not None else [])

    def _ask_code(self, label: str) -> str | None:
        """Pick an existing code or type a new path."""
        parent: QWidget = self.window
        codes = self.controller.codes()
        if codes:
            picker = CodePicker(codes, parent, label or self.tr("Code with…"))
            if not picker.exec():
                return None
            if picker.chosen_id != NEW_CODE:
                return next((c.path or c.name for c in codes if c.id == picker.chosen_id), None)
            return picker.new_name or None
        name, ok = QInputDialog.getText(parent, label or self.tr("New code"), self.tr("Code (Parent/Child):"))
        return name.strip() if ok and name.strip() else None
