"""The interactive similarity graph: wheel zoom, background drag pans, vertices drag (edges follow);
community colours and optional halos; vertex size ~ frequency, edge width ~ index; an edge threshold;
a search box; labels that stay legible (constant screen size, white outline, de-cluttered by
frequency). Double-click a vertex: its concordance. Export PNG (2x) and SVG."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGraphicsPathItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.analysis.results import SimilarityResult
from app.lexviews._common import PALETTE, file_action, save_scene, unit_kind
from app.lexviews._simi_items import EdgeItem, GraphView, NodeItem, declutter, halo_item
from app.lexviews.base import AnalysisView, ViewContext
from app.numbers import fmt_general

MARGIN = 40.0


class SimilarityView(AnalysisView):
    """A :class:`SimilarityResult` as an interactive graph."""

    def __init__(self, result: SimilarityResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        self.size = 700.0 + 300.0 * math.sqrt(max(len(result.nodes), 1) / 50.0)
        self.scene = QGraphicsScene(self)
        self.view = GraphView(self.scene, self)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self.halos: list[QGraphicsPathItem] = []
        self.weights = sorted({e.weight for e in result.edges})
        self._layouts = 0
        self._fitted = False
        self._build_items()
        self._build_ui()
        self.view.zoomed.connect(self._update_labels)
        self.view.activated.connect(self._activated)
        self.view.released.connect(self._update_halos)
        self.scene.setSceneRect(self.graph_rect().adjusted(-self.size, -self.size, self.size, self.size))

    # ------------------------------------------------------------------------------------- items
    def _build_items(self) -> None:
        fmax = max((n.freq for n in self.result.nodes), default=1.0) or 1.0
        for n in self.result.nodes:
            ratio = math.sqrt(max(n.freq, 0.0) / fmax)
            node = NodeItem(n.form, n.freq, n.community, 4.0 + 24.0 * ratio, 11.0 + 17.0 * ratio,
                            PALETTE[n.community % len(PALETTE)])
            node.setPos(self._scene_pos(n.x, n.y))
            self.scene.addItem(node)
            self.nodes[n.form] = node
        wmax = max(self.weights, default=1.0) or 1.0
        for e in self.result.edges:
            if e.source in self.nodes and e.target in self.nodes:
                edge = EdgeItem(self.nodes[e.source], self.nodes[e.target], e.weight, 0.7 + 7.0 * e.weight / wmax)
                self.scene.addItem(edge)
                self.edges.append(edge)

    def _scene_pos(self, x: float, y: float) -> QPointF:
        """A layout position in [0, 1] (y up) as a scene position (y down)."""
        return QPointF(x * self.size, (1.0 - y) * self.size)

    def graph_rect(self) -> QRectF:
        """The rectangle holding every vertex, with a margin."""
        if not self.nodes:
            return QRectF(0, 0, self.size, self.size)
        xs = [n.pos().x() for n in self.nodes.values()]
        ys = [n.pos().y() for n in self.nodes.values()]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(
            -MARGIN * 2, -MARGIN, MARGIN * 2, MARGIN)

    # ---------------------------------------------------------------------------------------- ui
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view, 1)
        r = self.result
        tree = self.tr(", maximum tree") if r.tree else ""
        summary = self.tr("%n form(s), {0} — index: {1}{2}.", "", len(r.nodes)).format(
            self.tr("%n edge(s)", "", len(r.edges)), r.index, tree)
        hint = self.tr("Wheel: zoom; drag: pan or move a form; double-click: concordance.")
        self.info = QLabel(f"{summary} {hint}")
        layout.addWidget(self.info)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Find a form…"))
        self.search_edit.setClearButtonEnabled(True)
        completer = QCompleter(sorted(self.nodes), self.search_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search_edit.setCompleter(completer)
        self.search_edit.returnPressed.connect(lambda: self.search(self.search_edit.text()))
        bar.addWidget(self.search_edit)
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(0, max(0, len(self.weights) - 1))
        self.threshold_slider.setMinimumWidth(160)
        self.threshold_slider.valueChanged.connect(self._slider_moved)
        self.threshold_label = QLabel()
        bar.addWidget(QLabel(self.tr("Edges ≥")))
        bar.addWidget(self.threshold_slider)
        bar.addWidget(self.threshold_label)
        self.halo_box = QCheckBox(self.tr("Community halos"))
        self.halo_box.toggled.connect(self._update_halos)
        self.all_labels_box = QCheckBox(self.tr("All labels"))
        self.all_labels_box.setToolTip(self.tr("Show every label, even where labels overlap"))
        self.all_labels_box.toggled.connect(lambda: self._update_labels(self.view.current_scale()))
        bar.addWidget(self.halo_box)
        bar.addWidget(self.all_labels_box)
        bar.addStretch(1)
        for text, slot in ((self.tr("Fit"), self.fit), (self.tr("Re-layout"), self.relayout)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self._slider_moved(0)
        return bar

    # -------------------------------------------------------------------------------- behaviour
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        """Show the whole graph."""
        self.view.fit(self.graph_rect())

    def _slider_moved(self, value: int) -> None:
        threshold = self.weights[value] if self.weights else 0.0
        self.set_threshold(threshold)

    def set_threshold(self, threshold: float) -> None:
        """Hide the edges whose index is below ``threshold``."""
        for edge in self.edges:
            edge.setVisible(edge.weight >= threshold)
        shown = sum(edge.isVisible() for edge in self.edges)
        self.threshold_label.setText(self.tr("{0} (%n edge(s))", "", shown).format(fmt_general(threshold)))

    def visible_edges(self) -> list[EdgeItem]:
        """The edges shown."""
        return [e for e in self.edges if e.isVisible()]

    def search(self, text: str) -> NodeItem | None:
        """Select and centre the form matching ``text`` (exact, else prefix, else substring)."""
        key = text.strip().casefold()
        if not key:
            return None
        forms = sorted(self.nodes, key=lambda f: -self.nodes[f].freq)
        for test in (lambda f: f.casefold() == key, lambda f: f.casefold().startswith(key), lambda f: key in f.casefold()):
            found = next((f for f in forms if test(f)), None)
            if found is not None:
                node = self.nodes[found]
                self.scene.clearSelection()
                node.setSelected(True)
                self.view.centerOn(node)
                return node
        return None

    def _activated(self, form: str) -> None:
        self.context.show_concordance(form, unit_kind(self.result.prep))

    def _update_labels(self, scale: float) -> None:
        """Labels keep their screen size at any zoom; overlapping labels of rarer forms are hidden."""
        per_pixel = 1.0 / max(scale, 1e-6)
        for node in self.nodes.values():
            node.set_label_scale(per_pixel, True)
        if self.all_labels_box.isChecked():
            return
        shown = declutter(list(self.nodes.values()), lambda n: n.isSelected())
        for node in self.nodes.values():
            node.set_label_scale(per_pixel, node in shown)

    def _update_halos(self) -> None:
        for item in self.halos:
            self.scene.removeItem(item)
        self.halos = []
        if not self.halo_box.isChecked():
            return
        groups: dict[int, list[QPointF]] = {}
        for node in self.nodes.values():
            groups.setdefault(node.community, []).append(node.pos())
        for community, points in groups.items():
            if len(points) >= 2:
                item = halo_item(points, 34.0, PALETTE[community % len(PALETTE)])
                self.scene.addItem(item)
                self.halos.append(item)

    def relayout(self) -> None:
        """A new spring layout (seeded; each call tries the next seed), scaled to the current extent."""
        graph = nx.Graph()
        graph.add_nodes_from(self.nodes)
        graph.add_weighted_edges_from((e.a.form, e.b.form, e.weight) for e in self.edges)
        self._layouts += 1
        pos = nx.spring_layout(graph, seed=self.result.params.seed + self._layouts, iterations=200)
        xy = np.array([pos[f] for f in self.nodes], dtype=float).reshape(-1, 2)
        lo, span = xy.min(axis=0), np.ptp(xy, axis=0).max() or 1.0
        for (x, y), node in zip((xy - lo) / span, self.nodes.values()):
            node.setPos(self._scene_pos(float(x), float(y)))
        self._update_halos()
        self.fit()

    # ------------------------------------------------------------------------------------ exports
    def export_figure(self, path: str | Path) -> Path:
        """The graph as PNG (2x) or SVG, its labels sized and de-cluttered as at 100 % zoom."""
        self._update_labels(1.0)
        try:
            rect = self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
            return save_scene(self.scene, path, rect, 2.0, self.tr("Similarity graph"))
        finally:
            self._update_labels(self.view.current_scale())

    def export_actions(self) -> list[QAction]:
        return [
            file_action(self, self.tr("Graph (PNG)…"), self.tr("PNG image (*.png)"), "similarity.png",
                        self.export_figure),
            file_action(self, self.tr("Graph (SVG)…"), self.tr("SVG image (*.svg)"), "similarity.svg",
                        self.export_figure),
        ]
