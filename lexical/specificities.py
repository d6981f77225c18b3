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
from scipy.special import gammaln

from lexical.ca import CAResult, correspondence_analysis
from lexical.profiles import signed_chi2_2x2

__all__ = ["Specificities", "specificities", "lafon_scores", "log_tail"]

LN10 = np.log(10.0)


def lafon_scores(k: np.ndarray, F: np.ndarray, t: np.ndarray, T: float) -> np.ndarray:
    """Signed log10 hypergeometric probabilities (arrays broadcast together).

    Only the tail that is reported is computed: ``P(X >= k)`` for over-represented cells and
    ``P(X <= k)`` for the others, each as a log-sum of its hypergeometric terms (see :func:`log_tail`).
    """
    k, F, t = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64) for v in (k, F, t)))
    shape = k.shape
    k, F, t = k.ravel(), F.ravel(), t.ravel()
    over = k >= t * F / T
    score = np.empty(k.shape)
    with np.errstate(divide="ignore"):
        score[over] = -log_tail(k[over], F[over], t[over], T, upper=True) / LN10
        score[~over] = log_tail(k[~over], F[~over], t[~over], T, upper=False) / LN10
    score = np.where(np.isfinite(score), score, np.sign(score) * 350.0) + 0.0
    return score.reshape(shape)


def _log_comb(n: np.ndarray, r: np.ndarray) -> np.ndarray:
    return gammaln(n + 1.0) - gammaln(r + 1.0) - gammaln(n - r + 1.0)


def log_tail(k: np.ndarray, F: np.ndarray, t: np.ndarray, T: float, upper: bool) -> np.ndarray:
    """``log P(X >= k)`` (``upper``) or ``log P(X <= k)`` for X ~ hypergeometric(T, F, t), vectorised.

    The terms of the tail follow from the first one by the ratio ``p(x+1)/p(x) = (F-x)(t-x) /
    ((x+1)(T-F-t+x+1))``; they are summed in log space (log-sum-exp) until they are negligible
    (below ``e^-50`` of the largest term and decreasing), or to the end of the support. Cells are
    processed in blocks of similar tail length, so the work is about the number of terms that count.
    """
    k, F, t = (np.asarray(v, dtype=np.float64).ravel() for v in (k, F, t))
    out = np.empty(k.shape)
    if k.size == 0:
        return out
    end = np.minimum(F, t) if upper else np.maximum(0.0, t - (T - F))
    full = np.abs(end - k) + 1.0  # number of terms to the end of the support
    first = _log_comb(F, k) + _log_comb(T - F, t - k) - _log_comb(np.float64(T), t)
    p = F / T
    sigma = np.sqrt(np.maximum(t * p * (1.0 - p) * (T - t) / max(T - 1.0, 1.0), 0.0))
    length = np.minimum(full, 32.0 + np.ceil(12.0 * sigma))
    todo = np.arange(k.size)
    while todo.size:
        done, value = _tail_blocks(k[todo], F[todo], t[todo], T, first[todo], length[todo],
                                   full[todo], upper)
        out[todo[done]] = value[done]
        todo = todo[~done]
        length[todo] = np.minimum(full[todo], 2.0 * length[todo])
    return out


def _tail_blocks(k, F, t, T, first, length, full, upper) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """Sum ``length`` terms of each cell's tail; also say which cells have converged."""
    done = np.zeros(k.size, dtype=bool)
    value = np.full(k.size, np.nan)
    bucket = np.ceil(np.log2(np.maximum(length, 1.0))).astype(np.int64)
    for b in np.unique(bucket):
        idx = np.flatnonzero(bucket == b)
        L = int(length[idx].max())
        m = np.arange(L, dtype=np.float64)[None, :]
        x = k[idx, None] + (m if upper else -m)  # the term's value of X
        Fi, ti = F[idx, None], t[idx, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            if upper:  # log p(x) - log p(x - 1)
                step = np.log((Fi - x + 1.0) * (ti - x + 1.0)) - np.log(x * (T - Fi - ti + x))
            else:  # log p(x) - log p(x + 1)
                step = np.log((x + 1.0) * (T - Fi - ti + x + 1.0)) - np.log((Fi - x) * (ti - x))
        valid = m < length[idx, None]
        step[:, 0] = 0.0
        step[~valid] = 0.0
        terms = first[idx, None] + np.cumsum(step, axis=1)
        terms[~valid] = -np.inf
        top = terms.max(axis=1)
        value[idx] = top + np.log(np.exp(terms - top[:, None]).sum(axis=1))
        n = length[idx].astype(np.int64)
        last = terms[np.arange(idx.size), n - 1]
        before = terms[np.arange(idx.size), np.maximum(n - 2, 0)]
        done[idx] = (length[idx] >= full[idx]) | ((last < top - 50.0) & (last < before))
    return done, value


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
