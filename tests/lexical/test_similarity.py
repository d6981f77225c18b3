"""Similarity graph: hand-built co-occurrences and IRaMuTeQ's maximum spanning tree weights."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.matrix_io import read_vocabulary
from lexical.similarity import SimilarityGraph, select_top, similarity_matrix

from ._iramuteq_ref import CORPORA, REF, load_run


def test_similarity_cooccurrence_and_indices():
    X = sp.csr_matrix(np.array([[1, 1, 0], [1, 1, 1], [1, 0, 1], [0, 0, 1]], dtype=float))
    C = similarity_matrix(X)
    assert C.tolist() == [[0, 2, 2], [2, 0, 1], [2, 1, 0]]
    J = similarity_matrix(X, "jaccard")
    assert J[0, 1] == pytest.approx(2 / 3)
    assert similarity_matrix(X, "cosine")[1, 2] == pytest.approx(1 / np.sqrt(2 * 3))


def test_similarity_select_top_ties_keep_vocabulary_order():
    assert select_top([5, 9, 5, 2, 9], top_n=3).tolist() == [1, 4, 0]


def test_similarity_graph_tree_layout_communities():
    rng = np.random.RandomState(0)
    X = sp.csr_matrix((rng.rand(200, 30) < 0.2).astype(float))
    sim = SimilarityGraph(top_n=20, seed=1).fit(X, [f"w{i}" for i in range(30)])
    assert sim.graph_.number_of_edges() == 19
    assert sim.layout_.min() == pytest.approx(0.0) and sim.layout_.max() == pytest.approx(1.0)
    again = SimilarityGraph(top_n=20, seed=1).fit(X, [f"w{i}" for i in range(30)])
    assert np.array_equal(sim.layout_, again.layout_)
    assert np.array_equal(sim.membership_, again.membership_)


@pytest.mark.shared
@pytest.mark.parametrize("corpus", CORPORA)
def test_similarity_mst_weight_matches_iramuteq(shared_corpora, corpus):
    X, _, _, vocab = load_run(shared_corpora, corpus, 10)
    d = shared_corpora / corpus / REF / "iramuteq_simi_cooc_top200"
    names = read_vocabulary(d / "actives.csv")
    selected = [int(v) for v in (d / "selected.csv").read_text().split()]
    column = {w: i for i, w in enumerate(vocab)}
    cols = [column[names[s]] for s in selected]
    ref = list(csv.DictReader((d / "max_tree_edges.csv").open(encoding="utf-8")))
    sim = SimilarityGraph().fit(X, vocab, selected=cols)
    assert sim.total_weight_ == pytest.approx(sum(float(e["weight"]) for e in ref))
    # IRaMuTeQ's selection: the 200 most frequent actives (occurrences); which forms tied at the
    # 200th frequency get in is its own list order, not reproduced: compare the frequencies
    stat = shared_corpora / corpus / REF / "iramuteq_stat" / "formes_actives.csv"
    rows = [line.split(";") for line in stat.read_text(encoding="utf-8").splitlines()]
    freq = {r[0]: int(r[1]) for r in rows}
    top = select_top([freq.get(w, 0) for w in vocab], 200)
    f = [freq.get(w, 0) for w in vocab]
    assert sorted(f[i] for i in top) == sorted(f[i] for i in cols)
