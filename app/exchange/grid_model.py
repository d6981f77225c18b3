"""The thematic grid as a Qt table: rows (participants, documents, groups) × codes.

A cell shows its summary, then how many excerpts it holds and the start of the first one; the
tooltip lists the excerpts. Editing a cell edits its summary through :class:`SummaryCommand`, a
small QUndoCommand on the controller's undo stack (``set_summary`` with the old and new text).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand

from coding.grid import Grid, get_summary, set_summary

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole
PREVIEW = 90
TOOLTIP_EXCERPTS = 12


class SummaryCommand(QUndoCommand):
    """Set a grid cell's summary; undo restores the previous text. ``notify(key)`` after each change."""

    def __init__(self, project, key: tuple[str, int, int], old: str, new: str,  # noqa: ANN001 - corpus Project
                 notify: Callable[[tuple[str, int, int]], None], text: str = "Edit summary"):
        super().__init__(text)
        self.project, self.key, self.old, self.new, self.notify = project, key, old, new, notify

    def redo(self) -> None:
        set_summary(self.project, *self.key, self.new)
        self.notify(self.key)

    def undo(self) -> None:
        set_summary(self.project, *self.key, self.old)
        self.notify(self.key)


def excerpt_preview(text: str, limit: int = PREVIEW) -> str:
    """One line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class GridModel(QAbstractTableModel):
    """A :class:`Grid`; ``setData`` on a cell asks ``edit_summary(row id, code id, text)``."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.grid: Grid | None = None
        self.edit_summary: Callable[[int, int, str], None] | None = None

    def set_grid(self, grid: Grid | None) -> None:
        """Show ``grid`` (None clears)."""
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def key(self, index: Index) -> tuple[int, int]:
        """``(row id, code id)`` of a cell."""
        assert self.grid is not None
        return self.grid.rows[index.row()].id, self.grid.codes[index.column()].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.codes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def cell_text(self, index: Index) -> str:
        """Summary, then the excerpt count and the start of the first excerpt."""
        assert self.grid is not None
        excerpts, summary = self.grid.cell(*self.key(index))
        lines = [summary] if summary else []
        if excerpts:
            count = self.tr("%n excerpt(s)", "", len(excerpts))
            lines.append(f"[{count}] « {excerpt_preview(excerpts[0].coding.snippet)} »")
        return "\n".join(lines)

    def tooltip(self, index: Index) -> str:
        """The summary and the excerpts (HTML)."""
        assert self.grid is not None
        excerpts, summary = self.grid.cell(*self.key(index))
        parts = [f"<p><b>{escape(summary)}</b></p>"] if summary else []
        for e in excerpts[:TOOLTIP_EXCERPTS]:
            where = escape(e.document_name + (f", {e.speaker}" if e.speaker else ""))
            parts.append(f"<p>« {escape(excerpt_preview(e.coding.snippet, 400))} » <i>({where})</i></p>")
        if len(excerpts) > TOOLTIP_EXCERPTS:
            parts.append(f"<p>… +{len(excerpts) - TOOLTIP_EXCERPTS}</p>")
        return "".join(parts) or self.tr("No excerpt. Double-click to write a summary.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.grid is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index)
        if role in (Qt.ItemDataRole.EditRole, SUMMARY_ROLE):
            return self.grid.cell(*self.key(index))[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index)
        if role == Qt.ItemDataRole.ForegroundRole and not self.grid.cell(*self.key(index))[1]:
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.grid is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "")
        if text == self.grid.cell(*self.key(index))[1]:
            return False
        if self.edit_summary is None:
            return False
        self.edit_summary(*self.key(index), text)
        return True

    def summary_changed(self, project, row_id: int, code_id: int) -> None:  # noqa: ANN001
        """Re-read one summary (after an edit, undo or redo) and repaint its cell."""
        if self.grid is None:
            return
        text = get_summary(project, self.grid.row_kind, row_id, code_id)
        if text:
            self.grid.summaries[(row_id, code_id)] = text
        else:
            self.grid.summaries.pop((row_id, code_id), None)
        rows = [i for i, r in enumerate(self.grid.rows) if r.id == row_id]
        cols = [j for j, c in enumerate(self.grid.codes) if c.id == code_id]
        if rows and cols:
            cell = self.index(rows[0], cols[0])
            self.dataChanged.emit(cell, cell)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.grid is not None and orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.FontRole:
            if 0 <= section < len(self.grid.rows) and self.grid.rows[section] in self.grid.document_rows:
                font = QFont()
                font.setItalic(True)  # a document standing for its speakerless passages
                return font
            return None
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.grid.codes):
                code = self.grid.codes[section]
                return code.name if role == Qt.ItemDataRole.DisplayRole else code.path
            return None
        return self.grid.rows[section].label if 0 <= section < len(self.grid.rows) else None
