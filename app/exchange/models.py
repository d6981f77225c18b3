"""Qt models of query results: a matrix with heat-map colours, and a list of passages.

The heat map uses Paul Tol's YlOrBr sequential scheme (colour-blind safe, light for low values so
empty cells stay quiet); text is black or white by the background's luminance (WCAG contrast).
The diagonal of a co-occurrence matrix (each code with itself) is left out of the scale and drawn
neutral: it would otherwise dwarf every other cell.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.numbers import fmt_count_or_decimal
from coding.queries import Matrix, Passage

# Paul Tol, "Colour schemes" (2021), sequential YlOrBr, 9 colours.
YLORBR = ("#FFFFE5", "#FFF7BC", "#FEE391", "#FEC44F", "#FB9A29", "#EC7014", "#CC4C02", "#993404", "#662506")
NEUTRAL = "#E8E8E8"
VALUE_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def heat_color(t: float) -> QColor:
    """The palette at ``t`` in [0, 1] (linear between the 9 stops)."""
    t = min(max(t, 0.0), 1.0) * (len(YLORBR) - 1)
    i = min(int(t), len(YLORBR) - 2)
    a, b, f = QColor(YLORBR[i]), QColor(YLORBR[i + 1]), t - i
    return QColor(round(a.red() + (b.red() - a.red()) * f), round(a.green() + (b.green() - a.green()) * f),
                  round(a.blue() + (b.blue() - a.blue()) * f))


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def text_color(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    lum = _luminance(background)
    return QColor("#000000") if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else QColor("#FFFFFF")


def format_value(value: float) -> str:
    """``3`` for counts, ``12.5`` (``12,5`` in French) for percentages."""
    return fmt_count_or_decimal(value, 1)


class MatrixModel(QAbstractTableModel):
    """A :class:`Matrix` as a table; ``square`` (co-occurrence) keeps the diagonal out of the scale."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.matrix: Matrix | None = None
        self.square = False
        self.maximum = 0.0

    def set_matrix(self, matrix: Matrix | None, square: bool = False) -> None:
        """Show ``matrix`` (None clears)."""
        self.beginResetModel()
        self.matrix, self.square = matrix, square
        cells = [] if matrix is None else [v for i, row in enumerate(matrix.values) for j, v in enumerate(row)
                                           if not (square and i == j)]
        self.maximum = max(cells, default=0.0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.row_labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.col_labels)

    def value(self, row: int, column: int) -> float:
        """The number in a cell."""
        assert self.matrix is not None
        return self.matrix.values[row][column]

    def background(self, row: int, column: int) -> QColor:
        """The heat-map colour of a cell."""
        if self.square and row == column:
            return QColor(NEUTRAL)
        value = self.value(row, column)
        return heat_color(value / self.maximum) if self.maximum > 0 else heat_color(0.0)

    def passages(self, row: int, column: int) -> list[Passage]:
        """The passages behind a cell."""
        return [] if self.matrix is None else self.matrix.passages.get((row, column), [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.matrix is None:
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(self.value(r, c))
        if role == VALUE_ROLE:
            return self.value(r, c)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self.background(r, c))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(text_color(self.background(r, c)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 × %2: %3 (%n passage(s))", "", len(self.passages(r, c))).replace(
                "%1", self.matrix.row_labels[r]).replace("%2", self.matrix.col_labels[c]).replace(
                "%3", format_value(self.value(r, c)))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.matrix is None:
            return None
        labels = self.matrix.col_labels if orientation == Qt.Orientation.Horizontal else self.matrix.row_labels
        if not 0 <= section < len(labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels[section].rsplit("/", 1)[-1] if orientation == Qt.Orientation.Horizontal else labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels[section]
        return None


class PassageModel(QAbstractTableModel):
    """Passages (document, speaker, text) of a query; ``passage(row)`` for the jump."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[Passage] = []
        self.headers = [self.tr("Document"), self.tr("Speaker"), self.tr("Passage")]

    def set_passages(self, passages: list[Passage]) -> None:
        """Show ``passages``."""
        self.beginResetModel()
        self.items = list(passages)
        self.endResetModel()

    def passage(self, row: int) -> Passage:
        """The passage of a row."""
        return self.items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.document_name, p.speaker or "", " ".join(p.text.split()))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return p.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self.headers[section]
        return None


class HeatDelegate(QStyledItemDelegate):
    """Paints a heat-map cell: its colour always (a selection is an outline, not a fill)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
        if isinstance(foreground, QBrush):
            painter.setPen(foreground.color())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#000000"), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(QPen(QColor("#FFFFFF"), 1))  # visible on the darkest cells too
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        painter.restore()
