"""Double classification: rainette2's crossing chi2 and units of consecutive segments."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.double import DoubleCHD, build_units, signed_chi2, signed_yates

from ._iramuteq_ref import load_run


def test_double_yates_matches_rainette2():
    # (both, size in class 1, size in class 2, total)
    for (a, n1, n2, n), expected in (((45, 121, 257, 1213), 19.56279), ((0, 12, 25, 121), -2.210942)):
        assert signed_yates(a, n1 - a, n2 - a, n - n1 - n2 + a) == pytest.approx(expected, abs=1e-5)


def test_double_units_respect_sections_and_size():
    X = sp.csr_matrix(np.array([[1] * 5, [1] * 5, [1] * 5, [1, 1, 1, 0, 0], [1] * 5, [1] * 5, [1, 0, 0, 0, 0]]))
    assert build_units(X, ["a"] * 4 + ["b"] * 3, 8).tolist() == [0, 0, 0, 0, 1, 1, 1]
    assert build_units(X, ["a"] * 4 + ["b"] * 3, 4).tolist() == [0, 1, 2, 2, 3, 4, 4]


@pytest.mark.shared
def test_double_on_manifeste(shared_corpora):
    X, _, _, _ = load_run(shared_corpora, "rainette_manifeste_pc", 10)
    groups = np.arange(X.shape[0]) // 20
    m = DoubleCHD(rst1=12, rst2=14, nbcl_p1=6).fit(X, groups)
    assert m.n_classes_ >= 1
    assert set(np.unique(m.labels_)) <= set(range(m.n_classes_ + 1))
    _check_iramuteq_order(m)


def _check_iramuteq_order(m: DoubleCHD) -> None:
    """Pairs come in IRaMuTeQ's order: tree-2 classes of the last splits first, then by chi2; no class
    of a tree is an ancestor or descendant of another kept class of that tree."""
    keys = [(-b, -chi) for _a, b, chi, _n in m.pairs_]
    assert keys == sorted(keys) and min(chi for _a, _b, chi, _n in m.pairs_) > 3.84
    for tree, side in ((m.chd1_.tree_, 0), (m.chd2_.tree_, 1)):
        kept = [pair[side] for pair in m.pairs_]
        for node in kept:
            assert not set(tree.descendants(node)) & set(kept)


def test_double_signed_chi2_without_correction():
    assert signed_chi2(45, 121 - 45, 257 - 45, 1213 - 121 - 257 + 45) == pytest.approx(20.6136, abs=1e-3)  # scipy chi2_contingency, correction=False
    assert signed_chi2(0, 12, 25, 84) < 0


@pytest.mark.shared
def test_double_on_the_theses_keeps_several_classes(shared_corpora):
    X, _, _, _ = load_run(shared_corpora, "iramuteq_theses_socio_1000", 10)
    segments = shared_corpora / "iramuteq_theses_socio_1000" / "iramuteq_ref_lexique" / "iramuteq_corpus" / "segments.tsv"
    groups = [line.split("\t")[1] for line in segments.read_text(encoding="utf-8").splitlines()[1:]]  # abstracts
    m = DoubleCHD().fit(X, groups)
    assert m.mincl_ == round(X.shape[0] / 20)
    # the strongest chi2 first would keep the two big classes left by splits that peel off a few
    # units: one class for nearly every segment; IRaMuTeQ's order keeps several
    assert m.n_classes_ >= 3
    assert 0.3 < np.mean(m.labels_ > 0) < 0.95
    _check_iramuteq_order(m)
