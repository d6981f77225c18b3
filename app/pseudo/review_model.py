"""The review table: one row per surface form (replace?, form, kind, replacement, count, context)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from corpus.pseudonymise.types import ACCEPT, KINDS, REJECT, Entity

Index = QModelIndex | QPersistentModelIndex
SURFACE, KIND, REPLACEMENT, COUNT, CONTEXT = range(5)


def kind_label(kind: str) -> str:
    """The translated name of a kind of entity."""
    labels = {
        "person": QCoreApplication.translate("Pseudo", "person"),
        "place": QCoreApplication.translate("Pseudo", "place"),
        "organisation": QCoreApplication.translate("Pseudo", "organisation"),
        "email": QCoreApplication.translate("Pseudo", "e-mail"),
        "phone": QCoreApplication.translate("Pseudo", "phone"),
        "address": QCoreApplication.translate("Pseudo", "address"),
        "date": QCoreApplication.translate("Pseudo", "date"),
        "identifier": QCoreApplication.translate("Pseudo", "identifier"),
        "url": QCoreApplication.translate("Pseudo", "web address"),
    }
    return labels.get(kind, kind)


class ReviewModel(QAbstractTableModel):
    """Rows are :class:`Entity` objects, edited in place (check state = accept/reject)."""

    def __init__(self, rows: Sequence[Entity] = (), parent=None):  # noqa: ANN001 - QObject
        super().__init__(parent)
        self.rows: list[Entity] = list(rows)

    def set_rows(self, rows: Sequence[Entity]) -> None:
        """Show a new table."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Form found"), self.tr("Kind"), self.tr("Replacement"), self.tr("Count"),
                self.tr("Context"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SURFACE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (KIND, REPLACEMENT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == SURFACE:
            return Qt.CheckState.Checked if row.action == ACCEPT else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == KIND:
            return row.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.surface, kind_label(row.kind), row.replacement, row.count, row.context)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == CONTEXT:
            return row.context
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == SURFACE:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            row.action = ACCEPT if checked else REJECT
        elif role == Qt.ItemDataRole.EditRole and index.column() == REPLACEMENT:
            row.replacement = str(value).strip()
        elif role == Qt.ItemDataRole.EditRole and index.column() == KIND and value in KINDS:
            row.kind = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def set_action(self, rows: Sequence[int], action: str) -> None:
        """Accept or reject several rows."""
        for number in rows:
            self.rows[number].action = action
        self._changed(rows)

    def merge(self, rows: Sequence[int]) -> str:
        """Give every row the replacement of the first one (variants of one entity); returns it."""
        if not rows:
            return ""
        replacement = self.rows[rows[0]].replacement
        kind = self.rows[rows[0]].kind
        for number in rows:
            self.rows[number].replacement, self.rows[number].kind = replacement, kind
        self._changed(rows)
        return replacement

    def add(self, entity: Entity) -> int:
        """Append a row (a form the user selected); returns its row number (or the existing row's)."""
        for number, row in enumerate(self.rows):
            if row.surface == entity.surface:
                return number
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(entity)
        self.endInsertRows()
        return len(self.rows) - 1

    def _changed(self, rows: Sequence[int]) -> None:
        for number in rows:
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
