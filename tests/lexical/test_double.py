"""Double classification: rainette2's crossing chi2 and units of consecutive segments."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.double import DoubleCHD, build_units, signed_yates

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
    chis = [p[2] for p in m.pairs_]
    assert chis == sorted(chis, reverse=True) and min(chis) > 3.84
