"""Coded excerpts of one code (optionally with its sub-codes), filtered by speaker, speaker attribute and coder."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from app.controller import CodingDelta
from coding.types import Excerpt

TEXT, CODE, DOCUMENT, SPEAKER, ATTRIBUTES, CODER = range(6)
ExcerptRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ExcerptsModel(QAbstractTableModel):
    """Rows are :class:`~coding.types.Excerpt`; the context tooltip is fetched on demand and cached."""

    def __init__(self, controller, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.code_id: int | None = None
        self.include_descendants = True
        self.coder: str | None = None
        self.case_filter: dict[str, str] = {}
        self.speaker_id: int | None = None
        self.rows: list[Excerpt] = []
        self._shown_codes: set[int] = set()  # the code and (when included) its descendants
        self._context: dict[int, str] = {}
        self._pending = QTimer(self, singleShot=True, interval=0, timeout=self._reload_if_code_exists)
        controller.changed.connect(self._on_changed)
        controller.projectChanged.connect(lambda: self.set_code(None))

    def set_code(self, code_id: int | None) -> None:
        self.code_id = code_id
        self.reload()

    def set_filters(self, include_descendants: bool, coder: str | None, case_filter: dict[str, str],
                    speaker_id: int | None = None) -> None:
        """Filter by coder, speaker attribute values and one speaker (``speaker_id``, a case id)."""
        self.include_descendants, self.coder, self.case_filter = include_descendants, coder, dict(case_filter)
        self.speaker_id = speaker_id
        self.reload()

    def reload(self) -> None:
        self._pending.stop()
        self.beginResetModel()
        self._context.clear()
        self._shown_codes = self._codes_shown()
        if self.code_id is None or self.controller.project is None:
            self.rows = []
        else:
            rows = self.controller.excerpts(self.code_id, self.include_descendants, self.coder, self.case_filter)
            self.rows = rows if self.speaker_id is None else [r for r in rows if r.case_id == self.speaker_id]
        self.endResetModel()

    def _codes_shown(self) -> set[int]:
        if self.code_id is None or self.controller.project is None:
            return set()
        shown = {self.code_id}
        if self.include_descendants:
            for code in self.controller.codes():  # tree order: parents first
                if code.parent_id in shown:
                    shown.add(code.id)
        return shown

    def _on_changed(self, kind: str, ids: object) -> None:
        if self.code_id is None or kind not in ("codings", "codes", "cases", "attributes"):
            return
        if kind == "codings" and isinstance(ids, CodingDelta):
            if not self._touches_shown_codes(ids):
                return  # coding with another code: this list does not change
            if not self._pending.isActive() and self._apply_delta(ids):
                return  # rows inserted/removed in place: no reload of every excerpt of the code
        self._pending.start()  # coalesced: one reload after a burst of changes, after the paint

    def _apply_delta(self, delta: CodingDelta) -> bool:
        """Insert the few excerpts just coded and drop the removed ones, in place; False when a full
        reload is needed (many codings, or a document not yet in the list: its place is unknown)."""
        added = [c.id for c in delta.added if c.code_id in self._shown_codes]
        if len(added) > 20 or delta.removed_codings is None and delta.removed:
            return False
        new = self.controller.excerpts_of(added, self.coder, self.case_filter) if added else []
        new = [e for e in new if self.speaker_id is None or e.case_id == self.speaker_id]
        shown_docs = {r.coding.span.document_id for r in self.rows}
        if any(e.coding.span.document_id not in shown_docs for e in new):
            return False
        gone = set(delta.removed)
        for row in reversed(range(len(self.rows))):
            if self.rows[row].coding.id in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for excerpt in new:
            row = self._insertion_row(excerpt)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, excerpt)
            self.endInsertRows()
        return True

    def _insertion_row(self, excerpt: Excerpt) -> int:
        """Where an excerpt goes: among its document's rows, by start, end and id."""
        span, key = excerpt.coding.span, (excerpt.coding.span.start, excerpt.coding.span.end, excerpt.coding.id)
        same = [i for i, r in enumerate(self.rows) if r.coding.span.document_id == span.document_id]
        for i in same:
            other = self.rows[i].coding
            if (other.span.start, other.span.end, other.id) > key:
                return i
        return same[-1] + 1

    def _touches_shown_codes(self, delta: CodingDelta) -> bool:
        if delta.removed and delta.removed_codings is None:
            return True
        return any(c.code_id in self._shown_codes for c in (*delta.added, *(delta.removed_codings or ())))

    def _reload_if_code_exists(self) -> None:
        if self.code_id is not None and self.code_id not in {c.id for c in self.controller.codes()}:
            self.code_id = None
        self.reload()

    def excerpt(self, row: int) -> Excerpt:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Excerpt"), self.tr("Code"), self.tr("Document"), self.tr("Speaker"),
                    self.tr("Speaker attributes"), self.tr("Coder")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        ex = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ex, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == CODE:
                return ex.code_path
            return self.context_text(ex) if index.column() == TEXT else self._display(ex, index.column())
        if role == ExcerptRole:
            return ex
        return None

    @staticmethod
    def _display(ex: Excerpt, column: int) -> str:
        if column == TEXT:
            return " ".join(ex.coding.snippet.split())
        if column == CODE:  # the code itself (sub-codes share their parent's prefix); the path is the tooltip
            return ex.code_path.rsplit("/", 1)[-1]
        if column == DOCUMENT:
            return ex.document_name
        if column == SPEAKER:
            return ex.speaker or ""
        if column == ATTRIBUTES:
            return ", ".join(f"{k}: {v}" for k, v in ex.speaker_attributes.items())
        return ex.coding.coder

    def context_text(self, ex: Excerpt) -> str:
        """HTML of the excerpt in bold between its context, fetched once."""
        if ex.coding.id not in self._context:
            from html import escape

            before, text, after = self.controller.context(ex.coding.id)
            self._context[ex.coding.id] = (f"<p style='white-space:pre-wrap'>{escape(before)}<b>{escape(text)}</b>"
                                           f"{escape(after)}</p>")
        return self._context[ex.coding.id]
