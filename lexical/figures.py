"""Figures for the lexical analyses (matplotlib, Agg backend, no Qt): CHD dendrogram with class sizes
and words, CA factor map, similarity graph, Zipf plot. Each function returns a ``Figure``;
:func:`save` writes .png or .svg.

Words and numbers drawn in a figure (class labels, axis titles, percentages, tick labels) come from a
:class:`FigureText`: English with a decimal point by default; the application passes its UI language's
(``FigureText(decimal=",", group="\u202f", class_label="Classe {k}", ...)`` for French)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import ScalarFormatter  # noqa: E402

from lexical.chd_tree import CHDTree  # noqa: E402

__all__ = ["PALETTE", "DecimalTicks", "FigureText", "dendrogram", "factor_map", "similarity_graph", "spread_labels", "zipf_plot",
           "save", "class_color"]

# Okabe-Ito (colour-blind safe), then Paul Tol's muted set for more classes.
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7", "#000000", "#882255",
           "#44AA99", "#117733", "#332288", "#999933", "#AA4499", "#DDCC77", "#88CCEE", "#F0E442"]


@dataclass(frozen=True)
class FigureText:
    """The language of a figure: its labels (``str.format`` templates) and number separators."""

    decimal: str = "."
    group: str = ","
    percent_template: str = "{0}%"
    class_label: str = "Class {k}"
    class_size: str = "{n} seg. ({percent})"
    axis: str = "Axis {n} ({percent})"
    axis_plain: str = "Axis {n}"
    rank: str = "rank (log)"
    frequency: str = "frequency (log)"

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` with ``decimals`` decimals and this language's separators (``1 004,72``)."""
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def percent(self, value: float, decimals: int = 1) -> str:
        """``value`` (already in %) as a percentage: ``25.8%`` / ``25,8 %``."""
        return self.percent_template.format(self.number(value, decimals))


ENGLISH = FigureText()


class DecimalTicks(ScalarFormatter):
    """Matplotlib's tick labels with a language's decimal separator (``-0,5``)."""

    def __init__(self, decimal: str = "."):
        super().__init__()
        self.decimal = decimal

    def __call__(self, x: float, pos: int | None = None) -> str:
        return super().__call__(x, pos).replace(".", self.decimal)


def class_color(k: int) -> str:
    """Colour of class ``k`` (1-based; 0 = grey)."""
    return "#888888" if k <= 0 else PALETTE[(k - 1) % len(PALETTE)]


def save(fig: Figure, path: str | Path, dpi: int = 150) -> Path:
    """Write ``fig`` to ``path`` (.png or .svg) and return the path."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"unsupported figure format {path.suffix!r} (use .png or .svg)")
    # PNG: fast zlib level (the default 6 took ~0.3 s a figure for files a few per cent smaller)
    extra = {"pil_kwargs": {"compress_level": 1}} if path.suffix.lower() == ".png" else {}
    fig.savefig(path, dpi=dpi, bbox_inches="tight", facecolor="white", **extra)
    return path


# ----------------------------------------------------------------------------------- dendrogram
def _pruned(tree: CHDTree, node: int, terminal: set[int]):
    """(node, children) restricted to branches holding terminal nodes; single-child chains collapse."""
    if node in terminal:
        return (node, [])
    kids = [_pruned(tree, c, terminal) for c in tree.children.get(node, ())]
    kids = [k for k in kids if k is not None]
    if not kids:
        return None
    return kids[0] if len(kids) == 1 else (node, kids)


def dendrogram(tree: CHDTree, terminal_nodes: Sequence[int], sizes: Sequence[int],
               words: Sequence[Sequence[str]], n_total: int | None = None, n_words: int = 12,
               title: str = "", marks: Sequence[str] | None = None, text: FigureText = ENGLISH) -> Figure:
    """IRaMuTeQ-like dendrogram: the tree of the terminal classes (numbered 1..K in ``terminal_nodes``
    order), each with its size (segments, % of classified) and its top words beside it, largest first.
    ``marks``: a short text per class written under its box (e.g. its stability)."""
    K = len(terminal_nodes)
    number = {node: k for k, node in enumerate(terminal_nodes, start=1)}
    root = _pruned(tree, 1, set(terminal_nodes)) or (1, [])
    split_of = {s.parent: s.index for s in tree.splits}
    n_total = n_total or int(sum(sizes))
    nw = [min(n_words, len(w)) for w in words]
    row_h = [max(1.0, 0.32 * n + 0.6) for n in nw]
    ys = np.cumsum([0.0] + row_h[:-1]) + np.array(row_h) / 2
    fig = Figure(figsize=(9.5, max(3.0, 0.42 * sum(row_h) + 1.2)))
    ax = fig.add_axes([0.02, 0.04, 0.96, 0.9 if title else 0.94])
    depth_max = max(split_of.values(), default=1)

    def draw(node) -> tuple[float, float]:
        label, kids = node
        if not kids:
            return 1.0, ys[number[label] - 1]
        pts = [draw(k) for k in kids]
        x = (split_of.get(label, 1) - 1) / depth_max
        y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
        ax.plot([x, x], [y0, y1], color="#444444", lw=1.4)
        for px, py in pts:
            ax.plot([x, px], [py, py], color="#444444", lw=1.4)
        return x, (y0 + y1) / 2

    draw(root)
    for k in range(1, K + 1):
        y, color = ys[k - 1], class_color(k)
        pct = text.percent(100.0 * sizes[k - 1] / max(n_total, 1), 1)
        ax.add_patch(matplotlib.patches.FancyBboxPatch((1.03, y - 0.38), 0.55, 0.76, boxstyle="round,pad=0.02",
                                                       fc=color, ec="none", alpha=0.9))
        label = f"{text.class_label.format(k=k)}\n{text.class_size.format(n=text.number(sizes[k - 1]), percent=pct)}"
        ax.text(1.305, y, label, ha="center", va="center", fontsize=8.5, color="white", weight="bold")
        if marks and marks[k - 1]:
            ax.text(1.305, y + 0.5, marks[k - 1], ha="center", va="center", fontsize=7.5, color="#333333")
        for r, w in enumerate(list(words[k - 1])[: nw[k - 1]]):
            ax.text(1.7, y - (nw[k - 1] - 1) * 0.16 + r * 0.32, w, ha="left", va="center",
                    fontsize=max(7.0, 11.5 - 0.35 * r), color=color)
    ax.set_xlim(-0.03, 2.6)
    ax.set_ylim(sum(row_h) + 0.2, -0.2)
    ax.axis("off")
    if title:
        fig.suptitle(title, fontsize=12)
    return fig


# ----------------------------------------------------------------------------------- factor map
def _place_labels(xy: np.ndarray, texts: Sequence[str], fs: np.ndarray, size_in: tuple[float, float]
                  ) -> list[tuple[int, float, float]]:
    """Greedy de-overlap: labels in the given (importance) order try a few offsets around their point
    and are skipped when every spot collides with a label already placed. Returns (i, x, y)."""
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 1.0) * 1.16
    per_pt = span / (np.array(size_in) * 72.0)  # data units per typographic point
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for i, ((x, y), text, f) in enumerate(zip(xy, texts, fs)):
        w, h = 0.58 * f * len(text) * per_pt[0] / 2, 0.62 * f * per_pt[1]
        for dx, dy in ((0, 0), (0, 1.1), (0, -1.1), (1, 0), (-1, 0), (0, 2.2), (0, -2.2), (1, 1.1), (-1, -1.1)):
            cx, cy = x + dx * w, y + dy * h
            box = (cx - w, cx + w, cy - h / 2, cy + h / 2)
            if all(box[1] < b[0] or box[0] > b[1] or box[3] < b[2] or box[2] > b[3] for b in placed):
                placed.append(box)
                out.append((i, cx, cy))
                break
    return out


def factor_map(ca, labels: Sequence[str], classes: np.ndarray, class_coords: np.ndarray | None = None,
               axes: tuple[int, int] = (0, 1), max_labels: int = 120, weights: np.ndarray | None = None,
               title: str = "", text: FigureText = ENGLISH) -> Figure:
    """CA factor map of forms (``ca.col_coords``), coloured by ``classes`` (1..K per form), font size by
    ``weights`` (e.g. chi2); at most ``max_labels`` labels (largest weights). Class points optional."""
    a, b = axes
    xy = ca.col_coords[:, [a, b]]
    weights = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=float)
    ok = np.isfinite(xy).all(axis=1)
    idx = np.flatnonzero(ok)
    idx = idx[np.argsort(-weights[idx], kind="stable")[:max_labels]]
    wn = weights[idx] / (weights[idx].max() or 1.0)
    fs = 7.0 + 7.0 * np.sqrt(np.clip(wn, 0, 1))
    fig = Figure(figsize=(10, 8))
    ax = fig.add_subplot(111)
    ax.axhline(0, color="#bbbbbb", lw=0.8, zorder=0)
    ax.axvline(0, color="#bbbbbb", lw=0.8, zorder=0)
    ax.scatter(xy[idx, 0], xy[idx, 1], s=4, c="#cccccc", zorder=1)
    spots = _place_labels(xy[idx], [labels[i] for i in idx], fs, (7.75, 6.2))
    for j, x, y in spots:
        i = idx[j]
        ax.text(x, y, labels[i], fontsize=fs[j], color=class_color(int(classes[i])), ha="center",
                va="center", zorder=3)
    if class_coords is not None:
        for k, (x, y) in enumerate(class_coords[:, [a, b]], start=1):
            ax.scatter([x], [y], s=120, marker="s", color=class_color(k), edgecolor="black", zorder=4)
    pct = ca.percent_inertia
    for axis, set_label in ((a, ax.set_xlabel), (b, ax.set_ylabel)):
        set_label(text.axis.format(n=axis + 1, percent=text.percent(pct[axis], 2)) if len(pct) > axis
                  else text.axis_plain.format(n=axis + 1))
    ax.xaxis.set_major_formatter(DecimalTicks(text.decimal))
    ax.yaxis.set_major_formatter(DecimalTicks(text.decimal))
    ax.margins(0.08)
    if title:
        ax.set_title(title)
    K = int(np.max(classes)) if len(classes) else 0
    handles = [matplotlib.lines.Line2D([], [], marker="s", ls="", color=class_color(k), label=text.class_label.format(k=k))
               for k in range(1, K + 1)]
    if handles:
        ax.legend(handles=handles, loc="best", fontsize=8, frameon=False)
    return fig


# ----------------------------------------------------------------------------------- similarity
def spread_labels(anchors: np.ndarray, sizes: np.ndarray, bounds: tuple[float, float, float, float],
                  order: np.ndarray | None = None, pad: float = 1.0, max_steps: int = 4000) -> np.ndarray:
    """Label centres without overlaps: labels (boxes of ``sizes`` = width, height around ``anchors``;
    display units) are placed one by one in ``order`` (most important first), each at the first free
    spot on a spiral around its anchor, inside ``bounds`` (x0, y0, x1, y1). Returns the centres."""
    n = len(anchors)
    out = anchors.astype(np.float64).copy()
    order = np.arange(n) if order is None else np.asarray(order)
    half = sizes / 2.0 + pad
    # spiral offsets, in units of the label height: radius grows by ~half a line per turn
    step = np.arange(max_steps, dtype=np.float64)
    angle = 0.9 * np.sqrt(step) * 2.0
    radius = 0.35 * np.sqrt(step) * 2.0
    spiral = np.column_stack([np.cos(angle) * radius * 1.6, np.sin(angle) * radius])
    placed_c = np.zeros((0, 2))
    placed_h = np.zeros((0, 2))
    for i in order:
        cand = anchors[i] + spiral * (2.0 * half[i, 1])
        lo, hi = np.array(bounds[:2]) + half[i], np.maximum(np.array(bounds[2:]) - half[i], np.array(bounds[:2]))
        cand = cand[((cand >= lo) & (cand <= hi)).all(axis=1)]
        if cand.size == 0:
            cand = anchors[i][None, :]
        if placed_c.size:
            free = np.ones(len(cand), dtype=bool)
            for start in range(0, len(cand), 256):
                c = cand[start:start + 256]
                gap = np.abs(c[:, None, :] - placed_c[None, :, :]) - (half[i] + placed_h)[None, :, :]
                free[start:start + 256] = ((gap[..., 0] >= 0) | (gap[..., 1] >= 0)).all(axis=1)
                if free[start:start + 256].any():
                    break
            hit = np.flatnonzero(free[: start + len(c)])
            best = cand[hit[0]] if hit.size else cand[-1]
        else:
            best = cand[0]
        out[i] = best
        placed_c = np.vstack([placed_c, best])
        placed_h = np.vstack([placed_h, half[i]])
    return out


def similarity_graph(sim, title: str = "", max_font: float = 16.0, min_font: float = 6.0) -> Figure:
    """Draw a fitted :class:`~lexical.similarity.SimilarityGraph`: vertex size ~ frequency, edge width ~
    weight, colours = communities; label size ~ sqrt(frequency), on a white halo, moved to the nearest
    free spot where they would overlap (most frequent words placed first, see :func:`spread_labels`),
    with a thin leader line to their vertex when moved."""
    from matplotlib import patheffects

    xy = sim.layout_
    G = sim.graph_
    fig = Figure(figsize=(11, 11))
    ax = fig.add_axes([0.01, 0.01, 0.98, 0.95 if title else 0.98])
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    ax.axis("off")
    wmax = max((w for _, _, w in G.edges(data="weight")), default=1.0) or 1.0
    for u, v, w in G.edges(data="weight"):
        ax.plot(xy[[u, v], 0], xy[[u, v], 1], color="#b0b0b0", lw=0.4 + 4.0 * w / wmax, zorder=1,
                solid_capstyle="round")
    f = sim.freq_ / (sim.freq_.max() or 1.0)
    colors = [PALETTE[m % len(PALETTE)] for m in sim.membership_]
    ax.scatter(xy[:, 0], xy[:, 1], s=10 + 250 * f, c=colors, alpha=0.35, edgecolors="none", zorder=2)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    texts = [ax.text(xy[i, 0], xy[i, 1], name, fontsize=min_font + (max_font - min_font) * np.sqrt(f[i]),
                     ha="center", va="center", color=colors[i], zorder=4, path_effects=halo)
             for i, name in enumerate(sim.labels_)]
    if title:
        fig.suptitle(title)
    if texts:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        renderer = FigureCanvasAgg(fig).get_renderer()
        boxes = [t.get_window_extent(renderer) for t in texts]
        sizes = np.array([[b.width, b.height] for b in boxes])
        anchors = ax.transData.transform(xy)
        x0, y0, x1, y1 = ax.bbox.extents
        placed = spread_labels(anchors, sizes, (x0, y0, x1, y1), np.argsort(-f, kind="stable"))
        inv = ax.transData.inverted()
        new = inv.transform(placed)
        moved = np.hypot(*(placed - anchors).T) > 0.6 * sizes[:, 1]
        for i, t in enumerate(texts):
            t.set_position(new[i])
            if moved[i]:
                ax.plot([xy[i, 0], new[i, 0]], [xy[i, 1], new[i, 1]], color=colors[i], lw=0.5, alpha=0.6,
                        zorder=3)
    return fig


def zipf_plot(frequencies: Sequence[float], title: str = "Zipf", text: FigureText = ENGLISH) -> Figure:
    """log(rank) vs log(frequency) of the forms."""
    f = np.sort(np.asarray(frequencies, dtype=float))[::-1]
    f = f[f > 0]
    fig = Figure(figsize=(6, 5))
    ax = fig.add_subplot(111)
    ax.loglog(np.arange(1, len(f) + 1), f, color=PALETTE[4], lw=1.5)
    ax.set_xlabel(text.rank)
    ax.set_ylabel(text.frequency)
    ax.set_title(title)
    ax.grid(True, which="major", color="#dddddd", lw=0.6)
    return fig
