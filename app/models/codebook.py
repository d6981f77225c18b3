"""The codebook as a Qt tree model over code ids, with a row cache (Anki's browser-table style).

Edits (rename, description, drag-and-drop moves, dropping a text selection to code it) become domain
commands through the controller; the model resets from the controller's ``changed`` signal.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPixmap

from app.controller import CodingDelta
from app.widgets.coded_text import SPAN_MIME
from coding import commands as cmd
from coding.codebook import rollup_counts
from coding.types import Code, CodeCounts, Span

CODES_MIME = "application/x-verbatim-codes"
NAME, CODINGS, DOCS, CODINGS_ALL, DOCS_ALL, DESCRIPTION = range(6)
CodeIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CodebookModel(QAbstractItemModel):
    """Rows are codes (any depth); internalId is the code id."""

    def __init__(self, controller, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.codes: dict[int, Code] = {}
        self.children: dict[int | None, list[int]] = {None: []}
        self.counts: dict[int, CodeCounts] = {}
        self._tallies: dict[int, dict[int, int]] = {}  # code -> document -> codings: counts without the store
        self._tree: list[Code] = []  # the codes in tree order, for rollup_counts
        self.quick_keys: dict[int, int] = {}  # code id -> its quick-code key (1-9)
        self._swatches: dict[str, QPixmap] = {}
        controller.changed.connect(self._on_changed)
        controller.projectChanged.connect(self.reload)
        self.reload()

    # --- cache ------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        codes = self.controller.codes()
        self.codes = {c.id: c for c in codes}
        self.children = {None: []}
        for code in sorted(codes, key=lambda c: (c.position, c.id)):
            self.children.setdefault(code.parent_id, []).append(code.id)
        self._reload_counts()
        self.endResetModel()

    def _reload_counts(self) -> None:
        self._tallies, self._tree = self.controller.code_tallies()
        self.counts = rollup_counts(self._tree, self._tallies)

    def _on_changed(self, kind: str, ids: object) -> None:
        if kind == "codes":
            self.reload()
        elif kind == "codings":
            if isinstance(ids, CodingDelta) and self._count_delta(ids):
                self._emit_counts_of({c.code_id for c in (*ids.added, *(ids.removed_codings or ()))})
            else:
                self._reload_counts()
                self._emit_counts_changed(None)

    def _count_delta(self, delta: CodingDelta) -> bool:
        """Update the counts from the codings added/removed (one coding: no store query); False when
        the removed codings are not known or a code is new to the model."""
        if delta.removed and delta.removed_codings is None:
            return False
        changes = [(c, 1) for c in delta.added] + [(c, -1) for c in delta.removed_codings or ()]
        if any(c.code_id not in self.codes for c, _n in changes):
            return False
        for coding, n in changes:
            per_doc = self._tallies.setdefault(coding.code_id, {})
            per_doc[coding.span.document_id] = per_doc.get(coding.span.document_id, 0) + n
        self.counts = rollup_counts(self._tree, self._tallies)
        return True

    def set_quick_keys(self, keys: dict[int, int]) -> None:
        """Show each code's quick-code key (code id -> 1-9) beside its name."""
        changed = set(keys) ^ set(self.quick_keys) | {c for c in keys if keys[c] != self.quick_keys.get(c)}
        self.quick_keys = dict(keys)
        for code_id in changed & self.codes.keys():
            index = self.index_of(code_id)
            self.dataChanged.emit(index, index)

    def _emit_counts_of(self, code_ids: set[int]) -> None:
        """Repaint the counts of these codes and their ancestors only."""
        touched: set[int] = set()
        for code_id in code_ids:
            while code_id is not None and code_id not in touched and code_id in self.codes:
                touched.add(code_id)
                code_id = self.codes[code_id].parent_id
        for code_id in touched:
            self.dataChanged.emit(self.index_of(code_id, CODINGS), self.index_of(code_id, DOCS_ALL))

    def _emit_counts_changed(self, parent_id: int | None) -> None:
        kids = self.children.get(parent_id, [])
        if kids:
            parent = self.index_of(parent_id) if parent_id is not None else QModelIndex()
            self.dataChanged.emit(self.index(0, CODINGS, parent), self.index(len(kids) - 1, DOCS_ALL, parent))
        for kid in kids:
            self._emit_counts_changed(kid)

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        code = self.codes.get(code_id)
        if code is None:
            return QModelIndex()
        return self.createIndex(self.children[code.parent_id].index(code_id), column, code_id)

    def code_at(self, index: Index) -> Code | None:
        return self.codes.get(index.internalId()) if index.isValid() else None

    def descendants(self, code_id: int) -> list[int]:
        out, stack = [], list(self.children.get(code_id, []))
        while stack:
            cid = stack.pop()
            out.append(cid)
            stack.extend(self.children.get(cid, []))
        return out

    # --- structure --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        parent_id = parent.internalId() if parent.isValid() else None
        kids = self.children.get(parent_id, [])
        if not (0 <= row < len(kids) and 0 <= column < self.columnCount()) or (parent.isValid() and parent.column()):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        code = self.code_at(index)
        if code is None or code.parent_id is None or code.parent_id not in self.codes:
            return QModelIndex()
        return self.index_of(code.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.children.get(parent.internalId() if parent.isValid() else None, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Code"), self.tr("Codings"), self.tr("Docs"), self.tr("Codings +sub"),
                    self.tr("Docs +sub"), self.tr("Description")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [None, self.tr("Codings of this code"), self.tr("Documents coded with this code"),
                    self.tr("Codings of this code and its sub-codes"),
                    self.tr("Documents coded with this code or its sub-codes"), None][section]
        return None

    # --- data -------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        code = self.code_at(index)
        if code is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == NAME and code.id in self.quick_keys:
            return f"{code.name}  [{self.quick_keys[code.id]}]"  # the key that codes with it
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(code, column)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._swatch(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = code.description or code.path or code.name
            if code.id in self.quick_keys:
                tip += "\n" + self.tr("Quick-code key: %1 (with the document focused)").replace(
                    "%1", str(self.quick_keys[code.id]))
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CODINGS, DOCS, CODINGS_ALL, DOCS_ALL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CodeIdRole:
            return code.id
        return None

    def _display(self, code: Code, column: int):  # noqa: ANN202
        if column == NAME:
            return code.name
        if column == DESCRIPTION:
            return code.description
        counts = self.counts.get(code.id)
        if counts is None:
            return 0
        return (counts.codings, counts.documents, counts.codings_with_children, counts.documents_with_children)[column - 1]

    def _swatch(self, color: str) -> QPixmap:
        if color not in self._swatches:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(color))
            self._swatches[color] = pixmap
        return self._swatches[color]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
        if index.column() == DESCRIPTION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        code = self.code_at(index)
        if code is None or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value)
        if index.column() == NAME and value.strip() and value != code.name:
            return self.controller.execute(cmd.RenameCode(code.id, value), self.tr("Rename code"))
        if index.column() == DESCRIPTION and value != code.description:
            return self.controller.execute(cmd.SetCodeDescription(code.id, value), self.tr("Edit description"))
        return False

    # --- drag and drop ----------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODES_MIME, SPAN_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(i.internalId() for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(CODES_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(self.codes[i].path or self.codes[i].name for i in ids))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: ANN001, N802
        if data.hasFormat(SPAN_MIME):
            return parent.isValid()
        if not data.hasFormat(CODES_MIME):
            return False
        target = parent.internalId() if parent.isValid() else None
        moved = json.loads(bytes(data.data(CODES_MIME)).decode())
        return all(target != m and target not in self.descendants(m) for m in moved)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: ANN001, N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(SPAN_MIME):
            span = json.loads(bytes(data.data(SPAN_MIME)).decode())
            code_id = parent.internalId()
            return self.controller.code_spans(code_id, [Span(span["document_id"], span["start"], span["end"])])
        target = parent.internalId() if parent.isValid() else None
        moves = []
        for code_id in json.loads(bytes(data.data(CODES_MIME)).decode()):
            moves.append(cmd.MoveCode(code_id, target, self._position(code_id, target, row)))
        command = moves[0] if len(moves) == 1 else cmd.CompositeCommand("Move codes", tuple(moves))
        self.controller.execute(command, self.tr("Move code"))
        return False  # the move is done: the view must not remove the dragged rows itself

    def _position(self, code_id: int, target: int | None, row: int) -> int | None:
        if row < 0:
            return None
        code = self.codes[code_id]
        if code.parent_id == target and self.children[target].index(code_id) < row:
            row -= 1  # the code leaves its old place above the drop row
        return row
