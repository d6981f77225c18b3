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


def _exact(k, F, t, T):
    from fractions import Fraction
    from math import comb, log10

    xs = range(k, min(F, t) + 1) if k >= t * F / T else range(0, k + 1)
    p = Fraction(sum(comb(F, x) * comb(T - F, t - x) for x in xs), comb(T, t))
    return -log10(p) if k >= t * F / T else log10(p)


def test_specificities_lafon_exact_small_cases():
    rng = np.random.RandomState(0)
    for _ in range(200):
        T = int(rng.randint(2, 300))
        F, t = int(rng.randint(1, T + 1)), int(rng.randint(0, T + 1))
        k = int(rng.randint(max(0, t - (T - F)), min(F, t) + 1))
        assert lafon_scores(k, F, t, T) == pytest.approx(_exact(k, F, t, T), abs=1e-9)


def test_specificities_lafon_matches_scipy_tails_on_large_counts():
    """The only-needed-tail computation gives scipy's logsf / logcdf (the former implementation)."""
    T = 260_843.0
    F = np.array([3, 40, 800, 9000, 15000, 120, 2])[:, None]
    t = np.array([1200, 11000, 30000])[None, :]
    expected = t * F / T
    k = np.clip(np.round(expected * np.array([0.0, 0.5, 1.0, 1.3, 2.0, 3.0, 1.0])[:, None]), 0,
                np.minimum(F, t))
    got = lafon_scores(k, F, t, T)
    k, F, t = np.broadcast_arrays(k, F, t)
    ref = np.where(k >= t * F / T, -hypergeom.logsf(k - 1, T, F, t), hypergeom.logcdf(k, T, F, t)) / np.log(10)
    assert np.allclose(got, ref, rtol=1e-9, atol=1e-9)
