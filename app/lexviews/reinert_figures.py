"""Figures of a Reinert classification (matplotlib, no Qt), drawn from a saved result.

* :func:`dendrogram_figure` — IRaMuTeQ/rainette style: the tree of the terminal classes on top, one
  coloured column per class below it (size in segments and %), its top words sized by chi2. Geometry is
  computed in inches, and every word is shrunk to fit its column, so labels never overlap.
* :func:`factor_map_figure` — the CA of classes and forms (or of the starred modalities, projected as
  supplementary points), labels placed with their real rendered extents: a label that would overlap
  another one is moved or left out (the most important ones are placed first).

Colours: Okabe-Ito, colour-blind safe (:func:`lexical.figures.class_color`).
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.transforms import Bbox
from PySide6.QtCore import QLocale

from app.analysis.results import FactorMap, ReinertResult, TreeNode
from app.numbers import fmt_number
from lexical.figures import DecimalTicks, class_color

COL_W = 1.75  # inches per class column
TREE_H = 1.9
HEAD_H = 0.62
MIN_FS, MAX_FS = 7.5, 15.0


def leaf_order(tree: TreeNode | None, numbers: list[int]) -> list[int]:
    """Class numbers in the tree's left-to-right leaf order (classes outside the tree at the end)."""
    order: list[int] = []

    def walk(node: TreeNode) -> None:
        if not node.children:
            if node.number:
                order.append(node.number)
            return
        for child in node.children:
            walk(child)

    if tree is not None:
        walk(tree)
    return order + [n for n in numbers if n not in order]


def _height(node: TreeNode) -> int:
    return 0 if not node.children else 1 + max(_height(c) for c in node.children)


def _draw_tree(ax, tree: TreeNode, x_of: dict[int, float], top: float, bottom: float) -> None:  # noqa: ANN001
    """Elbow dendrogram: leaves at ``bottom``, the root at ``top`` (y grows downwards)."""
    step = (bottom - top) / max(_height(tree), 1)

    def draw(node: TreeNode) -> tuple[float, float]:
        if not node.children:
            return x_of.get(node.number, 0.0), bottom
        y = bottom - _height(node) * step
        points = [draw(c) for c in node.children]
        xs = [p[0] for p in points]
        ax.plot([min(xs), max(xs)], [y, y], color="#555555", lw=1.5, solid_capstyle="round")
        for px, py in points:
            ax.plot([px, px], [y, py], color="#555555", lw=1.5, solid_capstyle="round")
        return (min(xs) + max(xs)) / 2, y

    x, y = draw(tree)
    ax.plot([x, x], [y - 0.12, y], color="#555555", lw=1.5)


def _fit_font(word: str, size: float, width: float) -> float:
    """``size`` reduced so that ``word`` fits in ``width`` inches (DejaVu Sans ~0.6 em per char)."""
    needed = 0.6 * size * max(len(word), 1) / 72.0
    return max(5.5, size * min(1.0, width / needed))


def dendrogram_figure(result: ReinertResult, n_words: int = 20, title: str = "",
                      class_label: str = "Class %1", seg_label: str = "%1 seg. (%2 %)") -> Figure | None:
    """The classes' dendrogram with one column of top words per class; None without classes."""
    if not result.classes:
        return None
    info = {c.number: c for c in result.classes}
    order = leaf_order(result.tree, list(info))
    words = {k: result.profile(k)[:n_words] for k in order}
    n_rows = max((len(w) for w in words.values()), default=0)
    marks = class_marks(result)
    width = max(6.0, COL_W * len(order) + 0.3)
    title_h = 0.55 if title else 0.25
    height = title_h + TREE_H + HEAD_H + 0.3 * (n_rows + bool(marks)) + 0.35
    fig = Figure(figsize=(width, height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    left = (width - COL_W * len(order)) / 2
    x_of = {k: left + COL_W * (i + 0.5) for i, k in enumerate(order)}
    if title:
        ax.text(width / 2, 0.27, title, ha="center", va="center", fontsize=12, weight="bold", color="#333333")
    if result.tree is not None:
        _draw_tree(ax, result.tree, x_of, title_h + 0.15, title_h + TREE_H)
    head_top = title_h + TREE_H
    for k in order:
        _class_column(ax, k, info[k], words[k], x_of[k], head_top, class_label, seg_label, marks.get(k))
    return fig


STABILITY_COLOURS = {"stable": "#1b7837", "fragile": "#b35806", "dissolved": "#b2182b"}


def class_marks(result: ReinertResult) -> dict[int, tuple[str, str]]:
    """Per class, its stability text and colour (empty when stability was not computed)."""
    from app.analysis.stability import class_stability, stability_text

    return {k: (stability_text(row), STABILITY_COLOURS.get(row["label"], "#333333"))
            for k, row in class_stability(result).items()}


def _class_column(ax, k: int, info, rows, x: float, top: float, class_label: str,  # noqa: ANN001
                  seg_label: str, mark: tuple[str, str] | None = None) -> None:
    """The coloured header of class ``k`` and its words, font size by chi2 (largest first)."""
    color = class_color(k)
    w = COL_W - 0.14
    ax.add_patch(FancyBboxPatch((x - w / 2, top + 0.04), w, HEAD_H - 0.12, boxstyle="round,pad=0.0,rounding_size=0.06",
                                fc=color, ec="none"))
    text_color = "white" if k not in (1, 2, 3, 16) else "black"  # light Okabe-Ito hues take black text
    ax.text(x, top + 0.2, class_label.replace("%1", str(k)), ha="center", va="center", fontsize=10.5,
            weight="bold", color=text_color)
    ax.text(x, top + 0.42, seg_label.replace("%1", fmt_number(info.size)).replace("%2", fmt_number(info.percent, 1)),
            ha="center", va="center", fontsize=8.5, color=text_color)
    best = max((r.chi2 for r in rows), default=1.0) or 1.0
    y = top + HEAD_H + 0.12
    if mark:
        ax.text(x, y, mark[0], ha="center", va="center", fontsize=7.5, color=mark[1], style="italic")
        y += 0.3
    for r in rows:
        size = MIN_FS + (MAX_FS - MIN_FS) * math.sqrt(max(r.chi2, 0.0) / best)
        size = _fit_font(r.form, size, w)
        ax.text(x, y, r.form, ha="center", va="center", fontsize=size, color=_darker(color))
        y += 0.3


def _darker(color: str) -> str:
    """A darker shade of ``color`` for text on white (yellow and sky blue are too light otherwise)."""
    rgb = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)], dtype=float)
    light = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255
    factor = 0.62 if light > 0.55 else 0.85 if light > 0.35 else 1.0
    return "#" + "".join(f"{int(v * factor):02x}" for v in rgb)


# ------------------------------------------------------------------------------------ factor map
def modality_points(result: ReinertResult) -> list[tuple[str, float, float, int, float]]:
    """The ``*var_mod`` modalities projected on the class CA as supplementary columns:
    (label, x, y, class where most over-represented, max chi2)."""
    fmap, table = result.ca, result.modalities
    if fmap is None or table is None or len(fmap.rows) < 2:
        return []
    rows = np.array([[p.x or 0.0, p.y or 0.0] for p in fmap.rows])
    sizes = np.array([c.size for c in result.classes], dtype=float)[: len(rows)]
    mass = sizes / max(sizes.sum(), 1.0)
    inertia = np.sqrt(np.maximum((mass[:, None] * rows ** 2).sum(axis=0), 1e-12))
    out = []
    for label, counts, chi in zip(table.modalities, table.counts, table.chi2):
        n = np.asarray(counts[: len(rows)], dtype=float)
        if n.sum() <= 0:
            continue
        xy = (n / n.sum()) @ rows / inertia
        best = int(np.argmax(chi[: len(rows)]))
        out.append((label, float(xy[0]), float(xy[1]), best + 1, float(max(chi))))
    return out


def factor_map_figure(result: ReinertResult, what: str = "forms", max_labels: int = 150,
                      axis_label: str = "Axis %1 (%2 %)", class_label: str = "Class %1") -> Figure | None:
    """CA map of classes and forms (``what="forms"``) or modalities (``"modalities"``); None if no CA."""
    fmap: FactorMap | None = result.ca
    if fmap is None or not fmap.rows:
        return None
    if what == "modalities":
        points = modality_points(result)
    else:
        points = [(p.label, p.x, p.y, p.group, p.weight) for p in fmap.columns if p.x is not None and p.y is not None]
    points.sort(key=lambda p: -p[4])
    points = points[:max_labels]
    fig = Figure(figsize=(10, 8))
    FigureCanvasAgg(fig)  # label placement measures rendered text
    ax = fig.add_axes((0.08, 0.08, 0.78, 0.88))
    ax.axhline(0, color="#bbbbbb", lw=0.8, zorder=0)
    ax.axvline(0, color="#bbbbbb", lw=0.8, zorder=0)
    xs = [p[1] for p in points] + [r.x or 0.0 for r in fmap.rows]
    ys = [p[2] for p in points] + [r.y or 0.0 for r in fmap.rows]
    _set_limits(ax, xs, ys)
    squares = [ax.scatter([r.x or 0.0], [r.y or 0.0], s=110, marker="s", color=class_color(r.group),
                          edgecolor="black", zorder=4) for r in fmap.rows]
    _place_labels(fig, ax, points, squares)
    pct = list(fmap.percent) + [0.0, 0.0]
    ax.set_xlabel(axis_label.replace("%1", "1").replace("%2", fmt_number(pct[0], 2)))
    ax.set_ylabel(axis_label.replace("%1", "2").replace("%2", fmt_number(pct[1], 2)))
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(DecimalTicks(QLocale().decimalPoint()))
    handles = [ax.scatter([], [], marker="s", s=60, color=class_color(r.group), edgecolor="black",
                          label=class_label.replace("%1", str(r.group))) for r in fmap.rows]
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.865, 0.96), frameon=False, fontsize=9)
    return fig


def _set_limits(ax, xs: list[float], ys: list[float]) -> None:  # noqa: ANN001
    lo_x, hi_x = min(xs, default=-1), max(xs, default=1)
    lo_y, hi_y = min(ys, default=-1), max(ys, default=1)
    pad_x, pad_y = 0.1 * (hi_x - lo_x or 1), 0.07 * (hi_y - lo_y or 1)
    ax.set_xlim(lo_x - pad_x, hi_x + pad_x)
    ax.set_ylim(lo_y - pad_y, hi_y + pad_y)


OFFSETS = ((0, 0), (0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, -1), (1, -1), (-1, 1), (0, 2), (0, -2))


def _place_labels(fig: Figure, ax, points: list[tuple[str, float, float, int, float]],  # noqa: ANN001
                  obstacles: list = ()) -> int:
    """Draw labels, most important first, trying offsets around each point; a label overlapping one
    already placed or an obstacle (e.g. the class markers) is left out. Returns how many were placed."""
    renderer = fig.canvas.get_renderer()
    best = max((p[4] for p in points), default=1.0) or 1.0
    placed: list[Bbox] = []
    for marker in obstacles:  # a marker's own extent is unreliable before drawing: 9 px around its point
        x, y = ax.transData.transform(marker.get_offsets()[0])
        placed.append(Bbox.from_extents(x - 9, y - 9, x + 9, y + 9))
    n_obstacles = len(placed)
    frame = ax.get_window_extent(renderer)
    for label, x, y, group, weight in points:
        size = 7.5 + 8.5 * math.sqrt(max(weight, 0.0) / best)
        text = ax.text(x, y, label, fontsize=size, color=_darker(class_color(group)), ha="center", va="center",
                       zorder=3)
        box = text.get_window_extent(renderer)
        for dx, dy in OFFSETS:
            moved = box.translated(dx * box.width * 0.55, dy * box.height * 0.9)
            if frame.contains(moved.x0, moved.y0) and frame.contains(moved.x1, moved.y1) and not any(
                    moved.overlaps(b) for b in placed):
                if dx or dy:
                    text.set_position(ax.transData.inverted().transform(
                        (moved.x0 + moved.width / 2, moved.y0 + moved.height / 2)))
                placed.append(moved.expanded(1.04, 1.1))
                break
        else:
            text.remove()
    return len(placed) - n_obstacles
