"""Class profiles: hand-checked 2 x 2 values and IRaMuTeQ's chisqtable.csv."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.profiles import class_profiles, signed_chi2_2x2, typical_segments

from ._iramuteq_ref import CORPORA, load_run, read_chisqtable, run_dir


def test_profiles_signed_chi2_hand_checked():
    # [[10, 5], [20, 65]]: N=100, chi2 = 100 * (650 - 100)^2 / (15 * 85 * 30 * 70) = 11.2979
    assert signed_chi2_2x2(10, 5, 20, 65) == pytest.approx(11.29785, abs=1e-4)
    assert signed_chi2_2x2(0, 15, 30, 55) < 0
    assert signed_chi2_2x2(0, 0, 30, 70) == 0


def test_profiles_small_matrix():
    X = sp.csr_matrix(np.array([[1, 0, 1], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 1, 1], [0, 1, 0], [1, 1, 1]]))
    labels = np.array([1, 1, 1, 2, 2, 2, 0])
    pr = class_profiles(labels, [(X, ["a", "b", "c"], "active")])
    assert pr.items == ["a", "b"]  # "c" is in 2 classified segments only
    # "a": class 1 holds 3 of 3, class 2 none: chi2 = 6 (N=6, perfect association)
    assert pr.chi2[0].tolist() == pytest.approx([6.0, -6.0])
    assert pr.count[0].tolist() == [3, 0]
    assert pr.profile(1) == [0] and pr.antiprofile(1) == [1]
    rows, scores = typical_segments(X[:, :2], labels, pr.chi2[:, 0], 1)
    assert set(rows.tolist()) == {0, 1, 2}


@pytest.mark.shared
@pytest.mark.parametrize("corpus", CORPORA)
@pytest.mark.parametrize("nbcl", [10, 20])
def test_profiles_match_iramuteq_chisqtable(shared_corpora, corpus, nbcl):
    X, _, sc, vocab = load_run(shared_corpora, corpus, nbcl)
    ref = read_chisqtable(run_dir(shared_corpora, corpus, nbcl) / "chisqtable.csv")
    pr = class_profiles(sc, [(X, vocab, "active")])
    index = {w: i for i, w in enumerate(pr.items)}
    compared = 0
    for word, values in ref.items():
        if word in index:
            assert np.round(pr.chi2[index[word]], 3) == pytest.approx(values, abs=1.5e-3), word
            compared += 1
    assert compared == len(pr.items)  # every active form we keep is in IRaMuTeQ's table
