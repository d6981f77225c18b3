"""The panel's :class:`~app.lexviews.base.ViewContext`: what result views may ask of the window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app.dialogs.code_picker import NEW_CODE, CodePicker
from app.lexviews.base import Passage
from coding import commands as cmd
from coding.types import Span
from corpus.user_lexicon import SetLexiconEntries, UserLexiconService, import_command, read_tsv


class PanelContext(QObject):
    """Implements ViewContext on the main window (``window``) and the analysis panel.

    ``concordance(query, by)`` is the panel's callback that opens a concordance of the analysed
    selection; ``rerun(result)`` runs a result's analysis again. ``ask_code(label)`` returns a code path
    or None (a dialog by default; tests replace it). ``lexiconChanged`` when the project's own lexicon
    changed (an edit, its undo or redo).
    """

    lexiconChanged = Signal()

    def __init__(self, window, concordance: Callable[[str, str], None], parent: QObject | None = None,  # noqa: ANN001
                 rerun: Callable[[object], None] | None = None):
        super().__init__(parent)
        self.window = window
        self.controller = window.controller
        self._concordance = concordance
        self._rerun = rerun
        self.controller.changed.connect(self._on_changed)
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

    # --- the project's own lexicon ------------------------------------------------------------
    def project_lexicon(self) -> dict[str, Any]:
        """The project's own lexicon (``UserLexicon.to_dict()`` shape); empty without a project."""
        project = self.controller.project
        return UserLexiconService(project).lexicon() if project is not None else {}

    def edit_lexicon(self, changes: list[tuple[str, str, str | None]], label: str) -> bool:
        """Set (or remove, value None) lexicon entries ``(kind, entry, value)``: one undo step."""
        if not changes or not self.project_is_open():
            return False
        return self.controller.execute(SetLexiconEntries(tuple(changes), label), label)

    def export_lexicon(self, path: str | Path) -> int:
        """Write the project's lexicon to a tab-separated file; return how many entries."""
        return UserLexiconService(self.controller.project).export_tsv(path)

    def import_lexicon(self, path: str | Path) -> int:
        """Add a tab-separated lexicon file's entries (one undo step); LexiconFileError on bad lines."""
        entries = read_tsv(path)
        label = self.tr("Import a lexicon")
        if entries and not self.controller.execute(import_command(entries, label), label):
            return 0
        return len(entries)

    def rerun(self, result: object) -> None:
        """Run the analysis of ``result`` again (same parameters, the project's current lexicon)."""
        if self._rerun is not None:
            self._rerun(result)

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind == "lexicon":
            self.lexiconChanged.emit()

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
