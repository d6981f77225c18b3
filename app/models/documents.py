"""Documents, flat or grouped by the value of a document attribute, with word and coding counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from app.controller import CodingDelta
from corpus.types import DocumentInfo

NAME, WORDS, CODINGS = range(3)
DocumentIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_GROUP_BIT = 1 << 40  # internal ids: a group row is _GROUP_BIT + its row, a document row its id


class DocumentsModel(QAbstractItemModel):
    """Two levels when grouped (attribute value -> documents), one otherwise."""

    def __init__(self, controller, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.group_by: str | None = None
        self.docs: dict[int, DocumentInfo] = {}
        self.groups: list[tuple[str, list[int]]] = []  # (value, document ids); one unnamed group if flat
        self._group_of: dict[int, int] = {}
        controller.changed.connect(self._on_changed)
        controller.projectChanged.connect(self.reload)
        self.reload()

    @property
    def grouped(self) -> bool:
        return self.group_by is not None

    def set_group_by(self, attribute: str | None) -> None:
        self.group_by = attribute or None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        infos = self.controller.documents()
        self.docs = {d.id: d for d in infos}
        if self.group_by:
            values = self.controller.attribute_values("document")
            by_value: dict[str, list[int]] = {}
            for info in infos:
                value = values.get(info.id, {}).get(self.group_by) or self.tr("(no value)")
                by_value.setdefault(value, []).append(info.id)
            self.groups = sorted(by_value.items())
        else:
            self.groups = [("", [d.id for d in infos])]
        self._group_of = {doc: g for g, (_v, ids) in enumerate(self.groups) for doc in ids}
        self.endResetModel()

    def _on_changed(self, kind: str, ids: object) -> None:
        if kind in ("documents", "attributes"):
            self.reload()
        elif kind == "codings" and not (isinstance(ids, CodingDelta) and self._count_delta(ids)):
            self._refresh_counts()  # counts not known from the change itself: ask the store

    def _count_delta(self, delta: CodingDelta) -> bool:
        """Adjust the coding counts of the documents a coding edit touched (no store query); False
        when the removed codings are not known."""
        if delta.removed and delta.removed_codings is None:
            return False
        per_doc: dict[int, int] = {}
        for coding, n in [(c, 1) for c in delta.added] + [(c, -1) for c in delta.removed_codings or ()]:
            per_doc[coding.span.document_id] = per_doc.get(coding.span.document_id, 0) + n
        if not per_doc.keys() <= self.docs.keys():
            return False
        for doc_id, n in per_doc.items():
            self.docs[doc_id] = replace(self.docs[doc_id], coding_count=self.docs[doc_id].coding_count + n)
            index = self.index_of(doc_id)
            cell = index.siblingAtColumn(CODINGS)
            self.dataChanged.emit(cell, cell)
            if self.grouped:
                group = index.parent()
                self.dataChanged.emit(group.siblingAtColumn(WORDS), group.siblingAtColumn(CODINGS))
        return True

    def _refresh_counts(self) -> None:
        """New coding counts without a reset (the selection and expansion stay)."""
        infos = {d.id: d for d in self.controller.documents()}
        if infos.keys() != self.docs.keys():
            self.reload()
            return
        self.docs = infos
        for row, (_value, ids) in enumerate(self.groups):
            parent = self.index(row, 0) if self.grouped else QModelIndex()
            if self.grouped:
                self.dataChanged.emit(self.index(row, WORDS), self.index(row, CODINGS))
            if ids:
                self.dataChanged.emit(self.index(0, CODINGS, parent), self.index(len(ids) - 1, CODINGS, parent))

    def document_id(self, index: Index) -> int | None:
        if not index.isValid() or index.internalId() >= _GROUP_BIT:
            return None
        return index.internalId()

    def index_of(self, document_id: int) -> QModelIndex:
        group = self._group_of.get(document_id)
        if group is None:
            return QModelIndex()
        parent = self.index(group, 0) if self.grouped else QModelIndex()
        return self.index(self.groups[group][1].index(document_id), 0, parent)

    # --- structure --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            if self.grouped:
                return self.createIndex(row, column, _GROUP_BIT + row) if 0 <= row < len(self.groups) else QModelIndex()
            ids = self.groups[0][1] if self.groups else []
            return self.createIndex(row, column, ids[row]) if 0 <= row < len(ids) else QModelIndex()
        if parent.internalId() < _GROUP_BIT or parent.column() != 0:
            return QModelIndex()
        ids = self.groups[parent.internalId() - _GROUP_BIT][1]
        return self.createIndex(row, column, ids[row]) if 0 <= row < len(ids) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not self.grouped or index.internalId() >= _GROUP_BIT:
            return QModelIndex()
        group = self._group_of[index.internalId()]
        return self.createIndex(group, 0, _GROUP_BIT + group)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups) if self.grouped else len(self.groups[0][1]) if self.groups else 0
        if parent.column() != 0 or parent.internalId() < _GROUP_BIT:
            return 0
        return len(self.groups[parent.internalId() - _GROUP_BIT][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Document"), self.tr("Words"), self.tr("Codings")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() >= _GROUP_BIT:
            return self._group_data(index, role)
        info = self.docs[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            # counts stay ints: the view's delegate writes them in the UI locale (12 345 in French)
            return (info.name, info.words, info.coding_count)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 — %n turn(s)", "", info.turn_count).replace("%1", info.source_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DocumentIdRole:
            return info.id
        return None

    def _group_data(self, index: Index, role: int):  # noqa: ANN202
        value, ids = self.groups[index.internalId() - _GROUP_BIT]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NAME:
                return f"{self.group_by} = {value}"
            infos = [self.docs[i] for i in ids]
            return sum(i.words for i in infos) if index.column() == WORDS else sum(i.coding_count for i in infos)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
