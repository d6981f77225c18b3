"""Specificities of forms by modality of a variable (Lafon's hypergeometric model; chi2 as an option).

For form f and modality m: T = corpus size (occurrences), F = frequency of f, t = size of the
sub-corpus of m, k = occurrences of f in it. Lafon's specificity (as in Lexico, TXM and IRaMuTeQ's
"spécificités") is ``-log10 P(X >= k)`` when ``k`` is above its expectation ``t F / T`` (positive:
over-represented) and ``log10 P(X <= k)`` otherwise (negative), X hypergeometric(T, F, t).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.stats import hypergeom

from lexical.ca import CAResult, correspondence_analysis
from lexical.profiles import signed_chi2_2x2

__all__ = ["Specificities", "specificities", "lafon_scores"]

LN10 = np.log(10.0)


def lafon_scores(k: np.ndarray, F: np.ndarray, t: np.ndarray, T: float) -> np.ndarray:
    """Signed log10 hypergeometric probabilities (arrays broadcast together)."""
    k, F, t = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64) for v in (k, F, t)))
    expected = t * F / T
    over = k >= expected
    with np.errstate(divide="ignore"):
        up = -hypergeom.logsf(k - 1, T, F, t) / LN10
        down = hypergeom.logcdf(k, T, F, t) / LN10
    score = np.where(over, up, down)
    return np.where(np.isfinite(score), score, np.sign(score) * 350.0) + 0.0


@dataclass
class Specificities:
    """``scores``: forms x modalities (signed log10 p, or signed chi2); ``counts``: the modalities x
    forms contingency table; ``sizes``: occurrences per modality; ``ca``: CA of that table."""

    modalities: list[str]
    vocabulary: list[str]
    scores: np.ndarray
    counts: np.ndarray
    sizes: np.ndarray
    method: str
    ca: CAResult | None

    def top(self, modality: str, n: int = 20, negative: bool = False) -> list[tuple[str, float]]:
        """The ``n`` most specific (or, with ``negative``, most under-used) forms of ``modality``."""
        j = self.modalities.index(modality)
        col = self.scores[:, j]
        order = np.argsort(col if negative else -col, kind="stable")[:n]
        return [(self.vocabulary[i], float(col[i])) for i in order]


def specificities(
    X: sp.spmatrix, modality: Sequence[str], vocabulary: Sequence[str], method: str = "hypergeometric",
    min_freq: int = 1, n_axes: int = 5, with_ca: bool = True,
) -> Specificities:
    """Specificities of the forms (columns of the units x forms count matrix ``X``) for each modality
    (one label per unit; ``None`` or "" units are ignored). ``method``: "hypergeometric" or "chi2"."""
    labels = np.asarray([m if m else "" for m in modality], dtype=object)
    mods = sorted({m for m in labels if m != ""})
    index = {m: i for i, m in enumerate(mods)}
    rows = np.flatnonzero(labels != "")
    ind = sp.csr_matrix((np.ones(rows.size), (np.array([index[m] for m in labels[rows]], dtype=np.int64), rows)),
                        shape=(len(mods), X.shape[0]))
    table = sp.csr_matrix(ind @ sp.csr_matrix(X, dtype=np.float64))
    F = np.asarray(table.sum(axis=0)).ravel()
    keep = np.flatnonzero(max(min_freq, 1) <= F)
    counts = np.asarray(table[:, keep].todense())
    F = F[keep]
    sizes = counts.sum(axis=1)
    T = float(sizes.sum())
    k = counts.T
    if method == "hypergeometric":
        scores = lafon_scores(k, F[:, None], sizes[None, :], T)
    elif method == "chi2":
        scores = signed_chi2_2x2(k, F[:, None] - k, sizes[None, :] - k, T - F[:, None] - sizes[None, :] + k)
    else:
        raise ValueError(f"unknown method {method!r}")
    ca = correspondence_analysis(sp.csr_matrix(counts), n_axes) if with_ca and len(mods) > 2 else None
    return Specificities(mods, [vocabulary[i] for i in keep], scores, counts, sizes, method, ca)
