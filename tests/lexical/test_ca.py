"""Correspondence analysis: hand-checked small tables, sparse path equals dense path."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import lexical.ca as ca_mod
from lexical.ca import correspondence_analysis


def test_ca_2x2_single_axis_inertia_is_phi2():
    T = np.array([[30.0, 10.0], [10.0, 50.0]])
    res = correspondence_analysis(T, 3)
    n = T.sum()
    chi2 = n * (30 * 50 - 10 * 10) ** 2 / (40 * 60 * 40 * 60)
    assert len(res.eigenvalues) == 1
    assert res.eigenvalues[0] == pytest.approx(chi2 / n)
    assert res.percent_inertia[0] == pytest.approx(100.0)
    assert res.row_contrib[:, 0].sum() == pytest.approx(1.0)


def test_ca_sparse_equals_dense(monkeypatch):
    rng = np.random.RandomState(0)
    T = (rng.rand(60, 40) < 0.2) * rng.randint(1, 5, (60, 40)).astype(float)
    T[0, 0] = 3.0
    dense = correspondence_analysis(T, 3)
    monkeypatch.setattr(ca_mod, "DENSE_LIMIT", 0)
    sparse = correspondence_analysis(sp.csr_matrix(T), 3)
    assert sparse.eigenvalues == pytest.approx(dense.eigenvalues, rel=1e-8)
    ok = np.isfinite(dense.col_coords).all(axis=1)
    assert np.abs(sparse.col_coords[ok]) == pytest.approx(np.abs(dense.col_coords[ok]), abs=1e-7)
    assert dense.total_inertia >= dense.eigenvalues.sum()


def test_ca_empty_column_gets_nan():
    T = np.array([[3.0, 0.0, 1.0], [1.0, 0.0, 4.0], [2.0, 0.0, 2.0]])
    res = correspondence_analysis(T, 2)
    assert np.isnan(res.col_coords[1]).all()
    assert np.isfinite(res.col_coords[0]).all()
