"""Coded excerpts of one code (optionally with its sub-codes), filtered by speaker, speaker attribute and coder."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

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
        if self.code_id is None or self.controller.project is None:
            self.rows = []
        else:
            rows = self.controller.excerpts(self.code_id, self.include_descendants, self.coder, self.case_filter)
            self.rows = rows if self.speaker_id is None else [r for r in rows if r.case_id == self.speaker_id]
        self.endResetModel()

    def _on_changed(self, kind: str, _ids: object) -> None:
        if kind in ("codings", "codes", "cases", "attributes") and self.code_id is not None:
            self._pending.start()  # coalesced: one reload after a burst of changes, after the paint

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
