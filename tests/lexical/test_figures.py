"""Figures render (Agg) and save as PNG and SVG."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from lexical import figures
from lexical.ca import correspondence_analysis
from lexical.chd import ReinertCHD
from lexical.similarity import SimilarityGraph


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.RandomState(0)
    X = np.zeros((90, 30))
    for b in range(3):
        X[30 * b:30 * (b + 1), 10 * b:10 * (b + 1)] = rng.rand(30, 10) < 0.5
    X[X.sum(1) == 0, 0] = 1
    X = sp.csr_matrix(X)
    return X, ReinertCHD(nbcl_p1=3, mincl=5).fit(X)


def test_figures_dendrogram_png_svg(tmp_path, fitted):
    X, m = fitted
    K = m.n_classes_
    sizes = [int((m.labels_ == k).sum()) for k in range(1, K + 1)]
    words = [[f"word{k}_{i}" for i in range(8)] for k in range(1, K + 1)]
    fig = figures.dendrogram(m.tree_, m.terminal_nodes_, sizes, words, title="test")
    for ext in ("png", "svg"):
        assert figures.save(fig, tmp_path / f"d.{ext}").stat().st_size > 1000
    with pytest.raises(ValueError):
        figures.save(fig, tmp_path / "d.jpg")


def test_figures_factor_map_similarity_zipf(tmp_path, fitted):
    X, m = fitted
    K = m.n_classes_
    onehot = sp.csr_matrix((np.ones(len(m.labels_)), (m.labels_ - 1, np.arange(len(m.labels_)))),
                           shape=(K, X.shape[0]))
    ca = correspondence_analysis(onehot @ X, 2)
    labels = [f"w{i}" for i in range(X.shape[1])]
    fig = figures.factor_map(ca, labels, np.repeat(np.arange(1, 4), 10), ca.row_coords)
    figures.save(fig, tmp_path / "ca.png")
    sim = SimilarityGraph(top_n=20).fit(X, labels)
    figures.save(figures.similarity_graph(sim, title="simi"), tmp_path / "simi.png")
    figures.save(figures.zipf_plot(np.asarray(X.sum(0)).ravel()), tmp_path / "zipf.svg")
    assert (tmp_path / "simi.png").stat().st_size > 1000


def test_figures_spread_labels_removes_overlaps():
    rng = np.random.RandomState(0)
    anchors = 500 + rng.normal(0, 5, (60, 2))  # a crowded hub
    sizes = np.column_stack([rng.uniform(20, 60, 60), np.full(60, 10.0)])
    xy = figures.spread_labels(anchors, sizes, (0, 0, 1000, 1000))
    half = sizes / 2
    i, j = np.triu_indices(60, 1)
    gap = np.abs(xy[i] - xy[j]) - (half[i] + half[j])
    assert ((gap[:, 0] >= 0) | (gap[:, 1] >= 0)).all()
