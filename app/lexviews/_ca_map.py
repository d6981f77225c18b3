"""A correspondence-analysis map (matplotlib) whose labels never overlap: labels are placed by
decreasing importance, each trying a few spots around its point, measured in display coordinates
with the figure's renderer; a label finding no free spot is hidden (its point stays). Placement is
redone whenever the canvas is resized."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox
from PySide6.QtCore import QLocale

from app.analysis.results import FactorMap
from app.lexviews._common import text_colour
from lexical.figures import DecimalTicks, class_color

# Offsets tried around a point, in label half-widths (x) and heights (y).
SPOTS = ((0, 0), (0, 1), (0, -1), (1.05, 0), (-1.05, 0), (1.05, 1), (-1.05, -1), (1.05, -1), (-1.05, 1),
         (0, 2), (0, -2))
ROW_SPOTS = ((1.25, 0.9), (-1.25, 0.9), (1.25, -0.9), (-1.25, -0.9), (0, 1.5), (0, -1.5))


def _dark(group: int) -> str:
    return text_colour(class_color(group), 105).name()


def ca_map_figure(fmap: FactorMap, names: Sequence[str], title: str, axis_labels: Sequence[str],
                  max_labels: int = 150) -> Figure:
    """Modalities (squares, named, bold) and forms (labels sized by weight, coloured by group)."""
    fig = Figure(figsize=(9, 6.5), layout="constrained")
    ax = fig.add_subplot(111)
    ax.axhline(0, color="#cccccc", lw=0.8, zorder=0)
    ax.axvline(0, color="#cccccc", lw=0.8, zorder=0)
    cols = [p for p in fmap.columns if p.x is not None and p.y is not None]
    cols = sorted(cols, key=lambda p: -p.weight)[:max_labels]
    wmax = max((p.weight for p in cols), default=1.0) or 1.0
    ax.scatter([p.x for p in cols], [p.y for p in cols], s=5, c=[_dark(p.group) for p in cols], alpha=0.5,
               zorder=1, linewidths=0)
    labels: list[Annotation] = []
    squares = []
    for row, name in zip(fmap.rows, names):
        if row.x is None or row.y is None:
            continue
        squares.append((row.x, row.y))
        ax.scatter([row.x], [row.y], s=110, marker="s", color=class_color(row.group), edgecolor="black", zorder=4)
        labels.append(ax.annotate(name, (row.x, row.y), fontsize=12, fontweight="bold", color=_dark(row.group),
                                  ha="center", va="center", zorder=6, xytext=(0, 0), textcoords="offset points",
                                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}))
    for p in cols:
        size = 7.5 + 6.5 * max(p.weight, 0.0) ** 0.5 / wmax ** 0.5
        labels.append(ax.annotate(p.label, (p.x, p.y), fontsize=size, color=_dark(p.group), ha="center",
                                  va="center", zorder=3, xytext=(0, 0), textcoords="offset points"))
    ax.set_title(title)
    if len(axis_labels) >= 2:
        ax.set_xlabel(axis_labels[0])
        ax.set_ylabel(axis_labels[1])
    for axis in (ax.xaxis, ax.yaxis):  # tick labels with the UI's decimal separator
        axis.set_major_formatter(DecimalTicks(QLocale().decimalPoint()))
    ax.margins(0.08)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig._verbatim_labels = labels  # type: ignore[attr-defined]
    fig._verbatim_squares = (ax, squares)  # type: ignore[attr-defined]
    return fig


def place_labels(fig: Figure) -> int:
    """Move each label of a :func:`ca_map_figure` to a free spot (or hide it); the number shown."""
    labels: list[Annotation] = getattr(fig, "_verbatim_labels", [])
    renderer = fig.canvas.get_renderer()
    fig.get_layout_engine().execute(fig) if fig.get_layout_engine() else None
    ax, squares = getattr(fig, "_verbatim_squares", (None, []))
    taken = [Bbox.from_extents(*(ax.transData.transform(xy) - 9), *(ax.transData.transform(xy) + 9))
             for xy in squares]
    n_squares = len(taken)
    to_points = 72.0 / fig.dpi
    for i, label in enumerate(labels):
        label.set_visible(True)
        label.set_position((0, 0))
        box = Text.get_window_extent(label, renderer)  # measured once (no arrow); candidates: shifted
        half_w, height = box.width / 2, box.height
        label.set_visible(False)
        for dx, dy in ROW_SPOTS if i < n_squares else SPOTS:
            spot = box.translated(dx * half_w, dy * height).expanded(1.04, 1.0)
            if not any(spot.overlaps(other) for other in taken):
                taken.append(spot)
                label.set_position((dx * half_w * to_points, dy * height * to_points))
                label.set_visible(True)
                break
    return len(taken) - n_squares
