"""One split of Reinert's descending classification (LEXICAL.md §5, steps 1-4).

All functions work on a binary CSR matrix ``T`` (rows = segments, columns = active forms) without
densifying it. The chi2 of a two-group split is written through the identity

    chi2 = N * (A1 / S1 + A2 / S2) - N,   A_g = sum_j X_gj**2 / c_j

where ``X_g`` are the group's column sums, ``S_g`` its total and ``c`` the column totals. Moving one row
changes ``A_g`` and ``S_g`` in O(nnz of the row), which makes the best cut and the reassignment passes
cheap.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import LinearOperator, eigsh

from lexical.chd_kernels import first_improvement_passes, run_kernel

TIE_RTOL = 0.0

__all__ = [
    "ca_first_axis",
    "best_cut",
    "reassign",
    "split_chi2",
    "yates_pearson_2x2",
]


def ca_first_axis(T: sp.csr_matrix, seed: int = 0) -> tuple[np.ndarray, float]:
    """Row coordinates on the first non-trivial CA axis of ``T`` and its singular value.

    ``Z = Dr^-1/2 T Dc^-1/2`` centred by its trivial triplet; the top eigenvector of ``Zc' Zc`` (or
    ``Zc Zc'``, whichever is smaller) is found by ARPACK to machine precision from a fixed start vector.
    Row coordinates are ``f_i = sqrt(N) (Z v)_i / sqrt(r_i)``, so identical rows get identical values.
    """
    T = sp.csr_matrix(T, dtype=np.float64)
    n, p = T.shape
    r = np.asarray(T.sum(axis=1)).ravel()
    c = np.asarray(T.sum(axis=0)).ravel()
    N = r.sum()
    ir, ic = 1.0 / np.sqrt(r), 1.0 / np.sqrt(c)
    Z = sp.diags(ir) @ T @ sp.diags(ic)
    Z = Z.tocsr()
    ZT = Z.T.tocsr()
    u1, v1 = np.sqrt(r / N), np.sqrt(c / N)
    rng = np.random.RandomState(seed)
    if p <= n:
        def mv(x: np.ndarray) -> np.ndarray:
            x = x.ravel() - v1 * (v1 @ x.ravel())
            y = ZT @ (Z @ x)
            return y - v1 * (v1 @ y)
        op = LinearOperator((p, p), matvec=mv, dtype=np.float64)
        v0 = rng.uniform(-1.0, 1.0, p)
        w, vec = eigsh(op, k=1, which="LA", tol=0, v0=v0, maxiter=100000)
        v = vec[:, 0]
        zv = Z @ v
        zv -= u1 * (v1 @ v)
    else:
        def mv(x: np.ndarray) -> np.ndarray:
            x = x.ravel() - u1 * (u1 @ x.ravel())
            y = Z @ (ZT @ x)
            return y - u1 * (u1 @ y)
        op = LinearOperator((n, n), matvec=mv, dtype=np.float64)
        v0 = rng.uniform(-1.0, 1.0, n)
        w, vec = eigsh(op, k=1, which="LA", tol=0, v0=v0, maxiter=100000)
        u = vec[:, 0]
        v = ZT @ u
        v -= v1 * (v1 @ v)
        v /= np.linalg.norm(v)
        zv = Z @ v
        zv -= u1 * (v1 @ v)
    sigma = float(np.sqrt(max(w[0], 0.0)))
    # Fix the arbitrary sign: the largest |v_j| is positive (deterministic across runs).
    if v[np.argmax(np.abs(v))] < 0:
        zv = -zv
    f = np.sqrt(N) * zv * ir
    return f, sigma


def split_chi2(A1: float, A2: float, S1: float, S2: float, N: float) -> float:
    """Chi2 of the 2 x p table of group column sums from the ``A_g`` and ``S_g`` sums."""
    return N * (A1 / S1 + A2 / S2) - N


def best_cut(T: sp.csr_matrix, f: np.ndarray) -> tuple[np.ndarray, float, int]:
    """Sort rows by ``f`` (stable) and find the cut maximising the chi2 of the 2 x p table.

    Returns ``(in_g1, chi2, k)``: a boolean mask of the first group (the k rows with the smallest
    coordinates), the best chi2 and k. The first maximum wins (ties within ``TIE_RTOL``).
    """
    n = T.shape[0]
    order = np.argsort(f, kind="stable")
    P = T[order].tocoo()
    c = np.asarray(T.sum(axis=0)).ravel().astype(np.float64)
    N = c.sum()
    # rank of each nonzero within its column, in sorted row order
    idx = np.lexsort((P.row, P.col))
    cols = P.col[idx]
    starts = np.searchsorted(cols, np.arange(T.shape[1]))
    rank = np.arange(len(cols)) - starts[cols]
    delta = (2.0 * rank + 1.0) / c[cols]
    dA = np.bincount(P.row[idx], weights=delta, minlength=n)
    A1 = np.cumsum(dA)[:-1]
    S1 = np.cumsum(np.bincount(P.row, minlength=n).astype(np.float64))[:-1]
    S2 = N - S1
    A2 = N - 2.0 * S1 + A1
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = N * (A1 / S1 + A2 / S2) - N
    chi = np.where((S1 > 0) & (S2 > 0), chi, -np.inf)
    # first maximum; values equal up to rounding (exact ties, e.g. two isolated one-form rows) count
    # as equal, so the earliest k wins as it does with exact arithmetic
    best = chi.max()
    k = int(np.flatnonzero(chi >= best - TIE_RTOL * abs(best))[0]) + 1
    in_g1 = np.zeros(n, dtype=bool)
    in_g1[order[:k]] = True
    return in_g1, float(chi[k - 1]), k


def reassign(
    T: sp.csr_matrix, in_g1: np.ndarray, min_size: int = 5, max_passes: int = 1000
) -> tuple[np.ndarray, float, int]:
    """IRaMuTeQ's reassignment: passes over rows in order, first improvement, column totals fixed.

    A row moves to the other group when that raises the chi2. Passes stop when one moves nobody or
    moves exactly the rows the previous pass moved; reassignment runs only while both groups have at
    least ``min_size`` rows. Returns the new mask, the chi2 and the number of passes.
    """
    T = sp.csr_matrix(T)
    n = T.shape[0]
    in_g1 = np.ascontiguousarray(in_g1, dtype=np.bool_).copy()
    c = np.asarray(T.sum(axis=0)).ravel().astype(np.float64)
    invc = 1.0 / c
    N = c.sum()
    indptr = T.indptr.astype(np.int64)
    indices = T.indices.astype(np.int64)
    rlen = np.diff(indptr).astype(np.float64)
    w = _row_sums(indptr, indices, invc)
    x1 = np.asarray(T[in_g1].sum(axis=0)).ravel().astype(np.float64)
    S1 = float(x1.sum())
    A1 = float(x1 @ (x1 * invc))
    x2 = c - x1
    A2 = float(x2 @ (x2 * invc))
    S2 = N - S1
    n1 = int(in_g1.sum())
    state = np.array([A1, A2, S1, S2, N, split_chi2(A1, A2, S1, S2, N), n1, n - n1])
    scratch = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    passes, out = run_kernel(first_improvement_passes, indptr, indices, invc, w, rlen, in_g1, x1, state,
                             *scratch, min_size, max_passes)
    return out[5], float(out[7][5]), int(passes)


def _row_sums(indptr: np.ndarray, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``sum_{j in row i} values[j]`` for every CSR row, accumulated left to right."""
    n = len(indptr) - 1
    return sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(n, len(values))) @ values


def yates_pearson_2x2(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray,
                      yates: np.ndarray) -> np.ndarray:
    """Chi2 of 2 x 2 tables [[a, b], [c, d]] (vectorised), with R's Yates correction where asked.

    R's ``chisq.test`` corrects by ``min(0.5, |O - E|)``; in a 2 x 2 table ``|O - E|`` is the same in
    every cell.
    """
    a, b, c, d = (np.asarray(v, dtype=np.float64) for v in (a, b, c, d))
    n = a + b + c + d
    r1, r2, c1, c2 = a + b, c + d, a + c, b + d
    with np.errstate(divide="ignore", invalid="ignore"):
        ea = r1 * c1 / n
        dev = np.abs(a - ea)
        corr = np.where(yates, np.minimum(0.5, dev), 0.0)
        num = (dev - corr) ** 2
        chi = num * (1 / ea + 1 / (r1 * c2 / n) + 1 / (r2 * c1 / n) + 1 / (r2 * c2 / n))
    return chi
