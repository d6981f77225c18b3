"""Specificities (Lafon hypergeometric) and the CA of modalities."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.stats import hypergeom

from lexical.specificities import lafon_scores, specificities


def test_specificities_lafon_hand_checked():
    # T=100 occurrences, F=10 for the form, sub-corpus t=20 holds k=6 (expected 2)
    p = hypergeom.sf(5, 100, 10, 20)
    assert lafon_scores(6, 10, 20, 100) == pytest.approx(-np.log10(p))
    assert lafon_scores(0, 10, 20, 100) == pytest.approx(np.log10(hypergeom.cdf(0, 100, 10, 20)))
    assert lafon_scores(0, 10, 20, 100) < 0


def test_specificities_table_and_ca():
    X = sp.csr_matrix(np.array([[5, 0, 1], [4, 1, 0], [0, 6, 1], [1, 5, 0], [1, 1, 6], [0, 0, 5]], float))
    sp_ = specificities(X, ["a", "a", "b", "b", "c", "c"], ["x", "y", "z"])
    assert sp_.modalities == ["a", "b", "c"]
    assert sp_.counts.tolist() == [[9, 1, 1], [1, 11, 1], [1, 1, 11]]
    assert sp_.top("a", 1)[0][0] == "x"
    assert sp_.scores[0, 0] > 2 and sp_.scores[0, 1] < 0
    assert sp_.ca is not None and len(sp_.ca.eigenvalues) == 2
    chi = specificities(X, ["a", "a", "b", "b", "c", "c"], ["x", "y", "z"], method="chi2")
    assert np.sign(chi.scores).tolist() == np.sign(sp_.scores).tolist()
