"""Form elimination after a split (LEXICAL.md §5, step 4)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from lexical.chd_split import yates_pearson_2x2

__all__ = ["eliminate_forms", "elimination_threshold"]


def elimination_threshold(n1: int, n2: int) -> float:
    """IRaMuTeQ's ``seuil``: ``round(1.9 * max/min + 1.9, 6)``."""
    return round(1.9 * max(n1, n2) / min(n1, n2) + 1.9, 6)


def eliminate_forms(
    T: sp.csr_matrix, in_g1: np.ndarray, absent_both: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Columns of ``T`` (local indices) to remove from group 1 and from group 2.

    For each form, the 2 x 2 table (present/absent) x (G1/G2) of row counts: a form absent from one
    group is eliminated (from both groups when ``absent_both``); a form in every row is kept; else the
    chi2 (Yates when a cell < 10, Pearson otherwise) above ``seuil`` removes it from the group where
    it is under-represented.
    """
    n1 = int(in_g1.sum())
    n2 = int(in_g1.size - n1)
    a = np.asarray(T[in_g1].sum(axis=0)).ravel().astype(np.float64)
    b = np.asarray(T[~in_g1].sum(axis=0)).ravel().astype(np.float64)
    c, d = n1 - a, n2 - b
    absent = (a == 0) | (b == 0)
    everywhere = (c == 0) & (d == 0)
    yates = np.minimum(np.minimum(a, b), np.minimum(c, d)) < 10
    chi = yates_pearson_2x2(a, b, c, d, yates)
    seuil = elimination_threshold(n1, n2)
    test = ~absent & ~everywhere & (chi > seuil)
    under1 = a / n1 < b / n2
    rm1 = test & under1
    rm2 = test & ~under1
    if absent_both:
        rm1 |= absent
        rm2 |= absent
    return np.flatnonzero(rm1), np.flatnonzero(rm2)
