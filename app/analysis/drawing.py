"""Figures drawn from results (so a saved analysis redraws without recomputing): dendrogram, CA maps,
similarity graph, Zipf plot. Thin adapters over :mod:`lexical.figures` (matplotlib Agg, no Qt)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from matplotlib.figure import Figure

from app.analysis.results import FactorMap, ReinertResult, SimilarityResult, SpecificitiesResult, StatsResult
from corpus.messages import current_language, fmt_number, msg
from lexical import figures

__all__ = ["dendrogram_figure", "reinert_map_figure", "similarity_figure", "specificities_map_figure",
           "zipf_figure", "save"]

save = figures.save


def figure_text(language: str | None = None) -> figures.FigureText:
    """The labels and number separators of the figures in ``language`` (default: the messages' language)."""
    language = language or current_language()

    def template(text: str, *names: str) -> str:  # the translated template, its fields left to fill
        return msg(text, **{name: "{" + name + "}" for name in names}).render(language)

    french = language == "fr"
    return figures.FigureText(
        decimal="," if french else ".", group="\u202f" if french else ",",
        percent_template="{0}\u00a0%" if french else "{0}%",
        class_label=template("Class {k}", "k"), class_size=template("{n} seg. ({percent})", "n", "percent"),
        axis=template("Axis {n} ({percent})", "n", "percent"), axis_plain=template("Axis {n}", "n"),
        rank=template("rank (log)"), frequency=template("frequency (log)"))


def _tree_of(result: ReinertResult) -> SimpleNamespace:
    """A duck-typed :class:`~lexical.chd_tree.CHDTree` (children, splits) for the dendrogram."""
    if result.splits:
        children = {s.parent: tuple(s.children) for s in result.splits}
        splits = [SimpleNamespace(parent=s.parent, index=s.index) for s in result.splits]
    else:  # double classification: a flat tree under the root
        children = {1: tuple(c.node for c in result.classes)}
        splits = [SimpleNamespace(parent=1, index=1)]
    return SimpleNamespace(children=children, splits=splits)


def dendrogram_figure(result: ReinertResult, n_words: int = 12, title: str = "") -> Figure | None:
    """The classes' dendrogram with sizes and top words (None without classes)."""
    if not result.classes:
        return None
    words = [result.top_words(c.number, n_words) for c in result.classes]
    title = title or str(msg("Reinert: {k} classes, {classified} / {segments} segments classified",
                             k=len(result.classes), classified=fmt_number(int(result.info.get("n_classified", 0))),
                             segments=fmt_number(int(result.info.get("n_segments", 0)))))
    return figures.dendrogram(_tree_of(result), [c.node for c in result.classes], [c.size for c in result.classes],
                              words, n_total=result.info.get("n_classified"), n_words=n_words, title=title,
                              marks=stability_marks(result), text=figure_text())


def stability_marks(result: ReinertResult) -> list[str] | None:
    """Under each class of the dendrogram: its stability label and mean Jaccard (None when not computed)."""
    from app.analysis.stability import class_stability, stability_text

    rows = class_stability(result)
    if not rows:
        return None
    return [stability_text(rows[c.number]) if c.number in rows else "" for c in result.classes]


def _ca_of(fmap: FactorMap) -> SimpleNamespace:
    """A duck-typed CA result holding the columns' coordinates of a factor map."""
    xy = np.array([[np.nan if p.x is None else p.x, np.nan if p.y is None else p.y] for p in fmap.columns],
                  dtype=float).reshape(-1, 2)
    return SimpleNamespace(col_coords=xy, percent_inertia=np.asarray(fmap.percent, dtype=float))


def _map_figure(fmap: FactorMap, title: str, max_labels: int) -> Figure:
    rows = np.array([[np.nan if p.x is None else p.x, np.nan if p.y is None else p.y] for p in fmap.rows],
                    dtype=float).reshape(-1, 2)
    return figures.factor_map(_ca_of(fmap), [p.label for p in fmap.columns],
                              np.array([p.group for p in fmap.columns], dtype=int), class_coords=rows,
                              max_labels=max_labels, weights=np.array([p.weight for p in fmap.columns]),
                              title=title, text=figure_text())


def reinert_map_figure(result: ReinertResult, max_labels: int = 120) -> Figure | None:
    """The CA factor map of the classes and their best forms (None with fewer than 3 classes)."""
    if result.ca is None or not result.ca.columns:
        return None
    return _map_figure(result.ca, str(msg("CA of classes x active forms")), max_labels)


def specificities_map_figure(result: SpecificitiesResult, max_labels: int = 120) -> Figure | None:
    """The CA map of modalities and their most specific forms; the legend names the modalities."""
    if result.ca is None or not result.ca.columns:
        return None
    fig = _map_figure(result.ca, str(msg("Specificities by {variable}: CA", variable=result.variable)), max_labels)
    legend = fig.axes[0].get_legend()
    if legend is not None:
        for text, name in zip(legend.get_texts(), result.modalities):
            text.set_text(name)
    return fig


def similarity_figure(result: SimilarityResult, title: str = "") -> Figure:
    """The similarity graph (vertex size ~ frequency, edge width ~ index, colours = communities)."""
    index = {n.form: i for i, n in enumerate(result.nodes)}
    import networkx as nx  # only the similarity graph needs it

    graph = nx.Graph()
    graph.add_nodes_from(range(len(result.nodes)))
    graph.add_weighted_edges_from((index[e.source], index[e.target], e.weight) for e in result.edges)
    sim = SimpleNamespace(
        layout_=np.array([[n.x, n.y] for n in result.nodes], dtype=float).reshape(-1, 2), graph_=graph,
        freq_=np.array([n.freq for n in result.nodes], dtype=float),
        membership_=np.array([n.community for n in result.nodes], dtype=int), labels_=[n.form for n in result.nodes],
    )
    if not title:
        template = ("Similarity ({index}, maximum tree): {n} forms" if result.tree
                    else "Similarity ({index}): {n} forms")
        title = str(msg(template, index=result.index, n=len(result.nodes)))
    return figures.similarity_graph(sim, title=title)


def zipf_figure(result: StatsResult) -> Figure:
    """log(rank) vs log(frequency) of the units."""
    return figures.zipf_plot(result.zipf, title="Zipf", text=figure_text())
