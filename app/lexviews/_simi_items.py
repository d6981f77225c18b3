"""Graphics items of the interactive similarity graph: vertices (draggable, edges follow), edges,
labels with a white outline that keep a constant on-screen size, and a zoomable, pannable view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.lexviews._common import text_colour
from app.numbers import colon, fmt_general

HALO = 3.0  # width of the white outline behind labels, in screen pixels


class LabelItem(QGraphicsItem):
    """A vertex label: text path filled in a dark community colour over a white outline, centred on
    its vertex; its scale is set so that it keeps the same size on screen whatever the zoom."""

    def __init__(self, text: str, pixel_size: float, colour: QColor, parent: QGraphicsItem):
        super().__init__(parent)
        font = QFont()
        font.setPixelSize(max(1, round(pixel_size)))
        path = QPainterPath()
        path.addText(0, 0, font, text)
        box = path.boundingRect()
        self.path = path.translated(-box.center())
        self.colour = text_colour(colour)
        self._rect = self.path.boundingRect().adjusted(-HALO, -HALO, HALO, HALO)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(self.path, QPen(QColor(255, 255, 255, 230), HALO, Qt.PenStyle.SolidLine,
                                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.fillPath(self.path, self.colour)


class NodeItem(QGraphicsEllipseItem):
    """A vertex: a translucent disc (radius ~ sqrt frequency) with its label; moving it moves its edges."""

    def __init__(self, form: str, freq: float, community: int, radius: float, font_px: float, colour: str):
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.form, self.freq, self.community, self.radius = form, freq, community, radius
        self.edges: list[EdgeItem] = []
        fill = QColor(colour)
        fill.setAlpha(110)
        self.setBrush(QBrush(fill))
        self._pen = QPen(QColor(colour), 1.2)
        self.setPen(self._pen)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(2 + freq / 1e6)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(f"{form} — {fmt_general(freq)}")
        self.label = LabelItem(form, font_px, QColor(colour), self)

    def label_rect(self) -> QRectF:
        """The label's rectangle in scene coordinates."""
        return self.label.mapRectToScene(self.label.boundingRect())

    def shape(self) -> QPainterPath:
        path = super().shape()
        if self.label.isVisible():
            path.addRect(self.label.mapRectToParent(self.label.boundingRect()))
        return path

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        rect = super().boundingRect()
        return rect.united(self.label.mapRectToParent(self.label.boundingRect())) if self.label.isVisible() else rect

    def set_label_scale(self, scale: float, visible: bool) -> None:
        """Resize the label (``scale`` scene units per screen pixel) and show or hide it."""
        self.prepareGeometryChange()
        self.label.setScale(scale)
        self.label.setVisible(visible or self.isSelected())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(QPen(QColor("#000000"), 3.0) if value else self._pen)
            if value:
                self.label.setVisible(True)
        return super().itemChange(change, value)


class EdgeItem(QGraphicsLineItem):
    """An edge between two vertices, its width ~ the index value."""

    def __init__(self, a: NodeItem, b: NodeItem, weight: float, width: float):
        super().__init__()
        self.a, self.b, self.weight = a, b, weight
        pen = QPen(QColor(110, 110, 110, 170), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.setPen(pen)
        self.setZValue(1)
        self.setToolTip(f"{a.form} — {b.form}{colon()}{fmt_general(weight)}")
        a.edges.append(self)
        b.edges.append(self)
        self.adjust()

    def adjust(self) -> None:
        """Follow the vertices."""
        self.setLine(self.a.pos().x(), self.a.pos().y(), self.b.pos().x(), self.b.pos().y())


def halo_path(points: list[QPointF], pad: float) -> QPainterPath:
    """A rounded outline around ``points`` (their convex hull widened by ``pad``)."""
    hull = QPainterPath()
    if len(points) >= 3:
        from scipy.spatial import ConvexHull, QhullError

        try:
            order = ConvexHull([(p.x(), p.y()) for p in points]).vertices
            points = [points[i] for i in order]
        except (QhullError, ValueError):
            pass
    hull.moveTo(points[0])
    for p in points[1:]:
        hull.lineTo(p)
    hull.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * pad)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(hull).united(hull).simplified()


def halo_item(points: list[QPointF], pad: float, colour: str) -> QGraphicsPathItem:
    """A translucent community halo, drawn under the edges."""
    item = QGraphicsPathItem(halo_path(points, pad))
    fill = QColor(colour)
    fill.setAlpha(38)
    item.setBrush(fill)
    item.setPen(Qt.PenStyle.NoPen)
    item.setZValue(0)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class GraphView(QGraphicsView):
    """Wheel zoom under the cursor, background drag pans; emits ``zoomed`` (debounced) and
    ``activated`` (a vertex double-clicked)."""

    zoomed = Signal(float)
    activated = Signal(str)
    released = Signal()
    MIN_SCALE, MAX_SCALE = 0.05, 25.0

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(lambda: self.zoomed.emit(self.current_scale()))

    def current_scale(self) -> float:
        """Screen pixels per scene unit."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` within the allowed range."""
        target = min(self.MAX_SCALE, max(self.MIN_SCALE, self.current_scale() * factor))
        factor = target / self.current_scale()
        self.scale(factor, factor)
        self._timer.start()

    def fit(self, rect: QRectF) -> None:
        """Show ``rect`` whole."""
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomed.emit(self.current_scale())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(1.0015 ** delta)
        event.accept()

    def node_at(self, pos: QPointF) -> NodeItem | None:
        """The vertex under a viewport position, if any."""
        for item in self.items(pos.toPoint()):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().mouseReleaseEvent(event)
        self.released.emit()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        node = self.node_at(event.position())
        if node is not None:
            self.activated.emit(node.form)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


def declutter(nodes: list[NodeItem], keep: Callable[[NodeItem], bool]) -> set[NodeItem]:
    """The vertices whose label should show: by decreasing frequency, a label is shown when it does
    not overlap a label already shown (or when ``keep`` says so)."""
    shown: set[NodeItem] = set()
    rects: list[QRectF] = []
    for node in sorted(nodes, key=lambda n: -n.freq):
        rect = node.label_rect()
        if keep(node) or not any(rect.intersects(r) for r in rects):
            shown.add(node)
            rects.append(rect)
    return shown
