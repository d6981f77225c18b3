"""A French-aware word cloud of the active units: no tool words (the actives exclude them), no
one-letter forms, optionally no very common verbs and adverbs (être, avoir, faire, plus...); font size
~ sqrt(frequency); words placed on a spiral without overlap (numpy, no ``wordcloud`` package);
colour-blind-safe colours. Click a word: its concordance. Export PNG (2x) and SVG."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.analysis.results import FrequencyItem, StatsResult
from app.lexviews._common import TEXT_PALETTE, file_action, save_scene, unit_kind
from app.lexviews.base import AnalysisView, ViewContext

# Active (full) words so frequent in French that they crowd a cloud out and say little.
COMMON = frozenset(["être", "avoir", "faire", "aller", "pouvoir", "vouloir", "devoir", "falloir", "dire", "voir", "savoir", "venir", "prendre", "mettre", "donner", "passer", "rester", "trouver", "croire", "parler", "plus", "très", "bien", "aussi", "alors", "donc", "encore", "toujours", "jamais", "déjà", "ne", "pas", "non", "oui", "peu", "trop", "tant", "tout", "tous", "toute", "toutes", "autre", "même", "chose", "fois", "ça", "cela", "ceci", "là", "ici", "vraiment", "comme", "enfin", "ainsi", "après", "avant", "beaucoup", "moins", "puis", "quand"])
MIN_PX, MAX_PX = 11.0, 96.0
PAD = 3.0


ELIDED = frozenset({"c", "d", "j", "l", "m", "n", "s", "t", "qu", "aujourd", "presqu", "quelqu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


def display_name(name: str) -> str:
    """IRaMuTeQ joins locutions with "_": "d_abord" reads "d'abord", "parce_que" "parce que"."""
    parts = name.split("_")
    out = parts[0]
    for before, part in zip(parts, parts[1:]):
        out += ("'" if before.casefold() in ELIDED else " ") + part
    return out


def cloud_words(rows: list[FrequencyItem], n: int, hide_common: bool = True) -> list[FrequencyItem]:
    """The ``n`` most frequent active units worth showing (no one-letter or numeric forms)."""
    keep = [r for r in rows if r.status == "active" and len(r.name) > 1 and not r.name.isdigit()
            and not (hide_common and r.name.casefold() in COMMON)]
    return sorted(keep, key=lambda r: (-r.freq, r.name))[:n]


def spiral_layout(sizes: list[tuple[float, float]], aspect: float = 1.6) -> list[tuple[float, float]]:
    """Top-left corners for boxes of ``sizes`` (largest first), each at the first free spot of an
    Archimedean spiral around the centre (stretched by ``aspect``); boxes never overlap."""
    placed = np.empty((0, 4))
    out = []
    area = sum(w * h for w, h in sizes) or 1.0
    step = max(1.0, math.sqrt(area) / 400.0)
    for w, h in sizes:
        spot = None
        for start in range(0, 200_000, 2000):
            t = np.arange(start, start + 2000) * 0.05
            x = step * t * np.cos(t) * aspect - w / 2
            y = step * t * np.sin(t) - h / 2
            if len(placed) == 0:
                spot = (float(x[0]), float(y[0]))
                break
            hit = ((x[:, None] < placed[None, :, 2]) & (x[:, None] + w > placed[None, :, 0])
                   & (y[:, None] < placed[None, :, 3]) & (y[:, None] + h > placed[None, :, 1])).any(axis=1)
            free = np.flatnonzero(~hit)
            if free.size:
                spot = (float(x[free[0]]), float(y[free[0]]))
                break
        spot = spot or (0.0, float(placed[:, 3].max()) if len(placed) else 0.0)
        placed = np.vstack([placed, [spot[0], spot[1], spot[0] + w, spot[1] + h]])
        out.append(spot)
    return out


class WordItem(QGraphicsPathItem):
    """A word as a filled text path; clicks anywhere in its box."""

    def __init__(self, item: FrequencyItem, path: QPainterPath, colour: str):
        super().__init__(path)
        self.item = item
        self.setBrush(QColor(colour))
        self.setPen(Qt.PenStyle.NoPen)
        self.setToolTip(f"{item.name} — {item.freq}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path


class CloudView(QGraphicsView):
    """Keeps the cloud fitted; a click on a word calls ``on_click(form)``."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("white"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.on_click = lambda name: None

    def fit(self) -> None:
        """Show the whole cloud."""
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-12, -12, 12, 12), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, WordItem) and event.button() == Qt.MouseButton.LeftButton:
            self.on_click(item.item.name)
            event.accept()
            return
        super().mousePressEvent(event)


class WordCloudView(AnalysisView):
    """A word cloud of a :class:`StatsResult`'s active units."""

    def __init__(self, result: StatsResult, context: ViewContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result = result
        self.scene = QGraphicsScene(self)
        self.view = CloudView(self.scene, self)
        self.view.on_click = self._clicked
        self.words: list[WordItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Words")))
        self.count_slider = QSlider(Qt.Orientation.Horizontal)
        self.count_slider.setRange(10, 300)
        self.count_slider.setValue(100)
        self.count_slider.setTracking(False)
        self.count_slider.setMinimumWidth(180)
        self.count_slider.valueChanged.connect(self.rebuild)
        self.count_label = QLabel()
        self.common_box = QCheckBox(self.tr("Hide very common verbs and adverbs (être, avoir, faire, plus…)"))
        self.common_box.setChecked(True)
        self.common_box.toggled.connect(self.rebuild)
        for widget in (self.count_slider, self.count_label, self.common_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the cloud out again with the current options."""
        self.scene.clear()
        self.words = []
        rows = cloud_words(self.result.frequencies, self.count_slider.value(), self.common_box.isChecked())
        fmax = max((r.freq for r in rows), default=1) or 1
        paths = []
        for row in rows:
            font = QFont()
            font.setPixelSize(round(max(MIN_PX, MAX_PX * math.sqrt(row.freq / fmax))))
            font.setWeight(QFont.Weight.DemiBold if row.freq / fmax > 0.15 else QFont.Weight.Normal)
            path = QPainterPath()
            path.addText(0, 0, font, display_name(row.name))
            paths.append(path)
        boxes = [p.boundingRect().adjusted(-PAD, -PAD, PAD, PAD) for p in paths]
        spots = spiral_layout([(b.width(), b.height()) for b in boxes])
        for i, (row, path, box, (x, y)) in enumerate(zip(rows, paths, boxes, spots)):
            item = WordItem(row, path, TEXT_PALETTE[i % 8])
            item.setPos(QPointF(x - box.left(), y - box.top()))
            self.scene.addItem(item)
            self.words.append(item)
        self.count_label.setText(str(len(rows)))
        self.view.fit()

    def word_rects(self) -> list[QRectF]:
        """Scene rectangles of the words (their text's box)."""
        return [w.mapRectToScene(w.path().boundingRect()) for w in self.words]

    def _clicked(self, name: str) -> None:
        self.context.show_concordance(name, unit_kind(self.result.prep))

    def export_figure(self, path: str | Path) -> Path:
        """The cloud as PNG (2x) or SVG."""
        return save_scene(self.scene, path, None, 2.0, self.tr("Word cloud"))

    def export_actions(self) -> list[QAction]:
        return [
            file_action(self, self.tr("Word cloud (PNG)…"), self.tr("PNG image (*.png)"), "wordcloud.png",
                        self.export_figure),
            file_action(self, self.tr("Word cloud (SVG)…"), self.tr("SVG image (*.svg)"), "wordcloud.svg",
                        self.export_figure),
        ]
