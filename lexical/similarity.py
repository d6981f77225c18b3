"""Similarity analysis of active forms (LEXICAL.md §8), IRaMuTeQ's ``simitxt``.

Co-occurrence of forms within segments (number of segments holding both) or another index, on the
``top_n`` most frequent forms; the maximum spanning tree (or the whole graph above a threshold);
communities (Louvain with a fixed seed, or edge betweenness); a seeded Fruchterman-Reingold layout.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp

from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["SimilarityGraph", "select_top", "similarity_matrix", "INDICES"]

INDICES = ("cooccurrence", "jaccard", "cosine")


def select_top(frequencies: Sequence[float], top_n: int = 200, min_freq: int = 3) -> np.ndarray:
    """Indices of the ``top_n`` most frequent forms with frequency >= ``min_freq``, by decreasing
    frequency; ties keep the vocabulary order (as IRaMuTeQ's selection does)."""
    freq = np.asarray(frequencies, dtype=np.float64)
    order = np.argsort(-freq, kind="stable")
    order = order[freq[order] >= min_freq]
    return order[:top_n]


def similarity_matrix(X: sp.spmatrix, index: str = "cooccurrence") -> np.ndarray:
    """Dense symmetric form x form similarity (diagonal 0) of the binary segments x forms matrix ``X``
    (keep ``X`` to the few hundred selected columns)."""
    B = sp.csc_matrix(X, dtype=np.float64)
    B.data[:] = 1.0
    C = np.asarray((B.T @ B).todense())
    n = np.diag(C).copy()
    if index == "cooccurrence":
        S = C
    elif index == "jaccard":
        with np.errstate(divide="ignore", invalid="ignore"):
            S = np.nan_to_num(C / (n[:, None] + n[None, :] - C))
    elif index == "cosine":
        with np.errstate(divide="ignore", invalid="ignore"):
            S = np.nan_to_num(C / np.sqrt(np.outer(n, n)))
    else:
        raise ValueError(f"unknown index {index!r}; choose among {INDICES}")
    S = S.copy()
    np.fill_diagonal(S, 0.0)
    return S


class SimilarityGraph:
    """Similarity graph of the most frequent active forms.

    Parameters: ``top_n`` forms (0 = all), ``index`` ("cooccurrence", "jaccard", "cosine"), ``tree``
    (keep the maximum spanning tree), ``threshold`` (drop edges below it), ``communities``
    ("louvain", "betweenness" or None), ``seed`` (layout and Louvain), ``min_freq``.

    After ``fit``: ``selected_`` (column indices), ``labels_`` (their names), ``freq_``, ``weights_``
    (the full similarity matrix of the selection), ``graph_`` (networkx graph of the kept edges),
    ``edges_`` [(source, target, weight)], ``total_weight_``, ``membership_`` (community per vertex),
    ``layout_`` (n x 2 in [0, 1]).
    """

    def __init__(self, top_n: int = 200, index: str = "cooccurrence", tree: bool = True,
                 threshold: float | None = None, communities: str | None = "louvain", seed: int = 42,
                 min_freq: int = 3) -> None:
        self.top_n = top_n
        self.index = index
        self.tree = tree
        self.threshold = threshold
        self.communities = communities
        self.seed = seed
        self.min_freq = min_freq

    def fit(self, X: sp.spmatrix, vocabulary: Sequence[str], frequencies: Sequence[float] | None = None,
            selected: Sequence[int] | None = None, progress: ProgressFn = no_progress,
            cancel: CancelToken = NEVER) -> SimilarityGraph:
        """Build the graph from the segments x forms matrix; ``frequencies`` (occurrences per form)
        drive the top-N selection unless ``selected`` gives the column indices directly."""
        X = sp.csc_matrix(X)
        if frequencies is None:
            frequencies = np.asarray((X > 0).sum(axis=0)).ravel()
        if selected is None:
            top = self.top_n or X.shape[1]
            selected = select_top(frequencies, top, self.min_freq)
        self.selected_ = np.asarray(selected, dtype=np.int64)
        self.labels_ = [vocabulary[i] for i in self.selected_]
        self.freq_ = np.asarray(frequencies, dtype=np.float64)[self.selected_]
        progress(0.1, "similarities")
        S = similarity_matrix(X[:, self.selected_], self.index)
        self.weights_ = S
        G = nx.Graph()
        G.add_nodes_from(range(len(self.selected_)))
        iu, ju = np.nonzero(np.triu(S, 1))
        G.add_weighted_edges_from(zip(iu.tolist(), ju.tolist(), S[iu, ju].tolist()))
        cancel.check()
        if self.threshold is not None:
            G.remove_edges_from([(u, v) for u, v, w in G.edges(data="weight") if w < self.threshold])
        if self.tree:
            G = nx.maximum_spanning_tree(G, weight="weight", algorithm="kruskal")
        self.graph_ = G
        self.edges_ = [(self.labels_[u], self.labels_[v], float(w)) for u, v, w in G.edges(data="weight")]
        self.total_weight_ = float(sum(w for _, _, w in self.edges_))
        progress(0.5, "communities")
        self.membership_ = self._communities(G)
        cancel.check()
        progress(0.7, "layout")
        self.layout_ = self._layout(G)
        progress(1.0, "done")
        return self

    def _communities(self, G: nx.Graph) -> np.ndarray:
        member = np.zeros(G.number_of_nodes(), dtype=np.int64)
        if self.communities is None or G.number_of_edges() == 0:
            return member
        if self.communities == "louvain":
            parts = nx.community.louvain_communities(G, weight="weight", seed=self.seed)
        elif self.communities == "betweenness":
            parts = next(nx.community.girvan_newman(G))
        else:
            raise ValueError(f"unknown community method {self.communities!r}")
        parts = sorted(parts, key=lambda p: (-len(p), min(p)))
        for k, part in enumerate(parts):
            member[list(part)] = k
        return member

    def _layout(self, G: nx.Graph) -> np.ndarray:
        n = G.number_of_nodes()
        if n == 0:
            return np.zeros((0, 2))
        pos = nx.spring_layout(G, k=2.0 / np.sqrt(n), weight=None, seed=self.seed, iterations=200)
        xy = np.array([pos[i] for i in range(n)], dtype=np.float64)
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        span = np.where(hi - lo > 0, hi - lo, 1.0)
        return (xy - lo) / span
