"""Correspondence analysis of a (sparse) contingency table.

Standard CA: the SVD of ``S = Dr^-1/2 (P - r c') Dc^-1/2`` with ``P = T / N``. Small tables use a dense
SVD; large ones a truncated SVD (ARPACK) of ``S`` as a linear operator, so the table is never densified.
Rows or columns with a zero total are left out of the fit and get NaN coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import LinearOperator, svds

__all__ = ["CAResult", "correspondence_analysis"]

DENSE_LIMIT = 4_000_000


@dataclass
class CAResult:
    """CA output. Coordinates are principal coordinates (rows x axes, columns x axes)."""

    eigenvalues: np.ndarray
    total_inertia: float
    row_coords: np.ndarray
    col_coords: np.ndarray
    row_contrib: np.ndarray
    col_contrib: np.ndarray
    row_mass: np.ndarray
    col_mass: np.ndarray

    @property
    def percent_inertia(self) -> np.ndarray:
        """Share (%) of the total inertia on each axis."""
        return 100.0 * self.eigenvalues / self.total_inertia if self.total_inertia > 0 else self.eigenvalues * 0


def _svd(T: sp.csr_matrix, r: np.ndarray, c: np.ndarray, N: float, k: int):
    ir, ic = 1.0 / np.sqrt(r), 1.0 / np.sqrt(c)
    sr, sc = np.sqrt(r), np.sqrt(c)
    n, p = T.shape
    if n * p <= DENSE_LIMIT or min(n, p) <= k + 1:
        S = (np.asarray(T.todense()) / N) * ir[:, None] * ic[None, :] - np.outer(sr, sc)
        U, s, Vt = np.linalg.svd(S, full_matrices=False)
        return U[:, :k], s[:k], Vt[:k].T
    Z = (sp.diags(ir) @ T @ sp.diags(ic)).tocsr() / N
    ZT = Z.T.tocsr()
    op = LinearOperator(
        (n, p), dtype=np.float64,
        matvec=lambda x: Z @ x.ravel() - sr * (sc @ x.ravel()),
        rmatvec=lambda y: ZT @ y.ravel() - sc * (sr @ y.ravel()),
    )
    v0 = np.random.RandomState(0).uniform(-1, 1, min(n, p))
    U, s, Vt = svds(op, k=k, tol=1e-12, v0=v0, maxiter=100000)
    order = np.argsort(-s)
    return U[:, order], s[order], Vt[order].T


def _fix_signs(U: np.ndarray, V: np.ndarray) -> None:
    """Deterministic signs: the largest |column loading| of each axis is positive."""
    for a in range(V.shape[1]):
        if V[np.argmax(np.abs(V[:, a])), a] < 0:
            U[:, a] *= -1
            V[:, a] *= -1


def correspondence_analysis(table, n_axes: int = 5) -> CAResult:
    """CA of a rows x columns contingency table (dense or scipy sparse, non-negative)."""
    T0 = sp.csr_matrix(table, dtype=np.float64)
    r0 = np.asarray(T0.sum(axis=1)).ravel()
    c0 = np.asarray(T0.sum(axis=0)).ravel()
    rows, cols = np.flatnonzero(r0 > 0), np.flatnonzero(c0 > 0)
    T = T0[rows][:, cols]
    N = float(T.sum())
    r, c = r0[rows] / N, c0[cols] / N
    k = max(1, min(n_axes, min(T.shape) - 1))
    U, s, V = _svd(T, r, c, N, k)
    _fix_signs(U, V)
    keep = s > 1e-12
    U, s, V = U[:, keep], s[keep], V[:, keep]
    lam = s**2
    Tc = T.tocoo()
    total = float(np.sum(Tc.data**2 / (N * N * r[Tc.row] * c[Tc.col]))) - 1.0
    F = U * s / np.sqrt(r)[:, None]
    G = V * s / np.sqrt(c)[:, None]
    full = lambda m, idx, n: _expand(m, idx, n)  # noqa: E731
    return CAResult(
        eigenvalues=lam, total_inertia=max(total, 0.0),
        row_coords=full(F, rows, T0.shape[0]), col_coords=full(G, cols, T0.shape[1]),
        row_contrib=full(U**2, rows, T0.shape[0]), col_contrib=full(V**2, cols, T0.shape[1]),
        row_mass=r0 / N, col_mass=c0 / N,
    )


def _expand(M: np.ndarray, idx: np.ndarray, n: int) -> np.ndarray:
    out = np.full((n, M.shape[1]), np.nan)
    out[idx] = M
    return out
