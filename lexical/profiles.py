"""Class profiles, anti-profiles and typical segments (LEXICAL.md §7).

For each form (active, supplementary or a ``*var_mod`` modality: any binary indicator matrix of
segments x items) and each class c, over classified segments only (label != 0):
``o1`` = segments of c holding the form, ``o2`` = other classes' segments holding it, ``o3 = n_c - o1``,
``o4`` = the rest. Pearson chi2 of that 2 x 2, no continuity correction, signed (+ when o1 exceeds its
expectation), p from chi2 with 1 df. Forms present in fewer than 3 classified segments are dropped;
``variable`` modalities are always kept (as in IRaMuTeQ's chisqtable).
Everything is computed from sparse sums: the matrix is never densified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.special import chdtrc  # chi2.sf without importing scipy.stats (a second at start)

__all__ = ["ClassProfiles", "class_profiles", "signed_chi2_2x2", "typical_segments"]


def signed_chi2_2x2(o1, o2, o3, o4) -> np.ndarray:
    """Signed Pearson chi2 (no correction) of 2 x 2 tables [[o1, o2], [o3, o4]]; 0 where undefined."""
    o1, o2, o3, o4 = (np.asarray(v, dtype=np.float64) for v in (o1, o2, o3, o4))
    n = o1 + o2 + o3 + o4
    den = (o1 + o2) * (o3 + o4) * (o1 + o3) * (o2 + o4)
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = n * (o1 * o4 - o2 * o3) ** 2 / den
    chi = np.where(den > 0, chi, 0.0)
    return np.where(o1 * o4 - o2 * o3 < 0, -chi, chi)


@dataclass
class ClassProfiles:
    """Profiles of ``items`` (rows of the tables) by class (columns 1..K).

    ``chi2``: signed chi2 (items x K); ``p``: p-values; ``count``: segments of the class holding the
    item; ``total``: classified segments holding it; ``kind``: each item's kind label ("active",
    "supplementary", "variable"...); ``class_sizes``: segments per class.
    """

    items: list[str]
    kind: list[str]
    chi2: np.ndarray
    p: np.ndarray
    count: np.ndarray
    total: np.ndarray
    class_sizes: np.ndarray

    @property
    def percent(self) -> np.ndarray:
        """Share (%) of the item's segments that fall in each class."""
        return 100.0 * self.count / self.total[:, None]

    def profile(self, k: int, threshold: float = 2.0, kind: str | None = None) -> list[int]:
        """Item indices of class ``k`` (1-based) with chi2 > ``threshold``, by decreasing chi2."""
        return self._select(k, kind, self.chi2[:, k - 1] > threshold, -self.chi2[:, k - 1])

    def antiprofile(self, k: int, threshold: float = 2.0, kind: str | None = None) -> list[int]:
        """Item indices of class ``k`` with chi2 < -``threshold``, most negative first."""
        return self._select(k, kind, self.chi2[:, k - 1] < -threshold, self.chi2[:, k - 1])

    def _select(self, k: int, kind: str | None, mask: np.ndarray, key: np.ndarray) -> list[int]:
        if kind is not None:
            mask = mask & (np.asarray(self.kind) == kind)
        idx = np.flatnonzero(mask)
        return idx[np.argsort(key[idx], kind="stable")].tolist()

    def top_words(self, k: int, n: int = 15, kind: str | None = "active") -> list[str]:
        """The ``n`` items with the highest positive chi2 in class ``k``."""
        return [self.items[i] for i in self.profile(k, 0.0, kind)[:n]]


def class_profiles(
    labels: np.ndarray,
    blocks: Sequence[tuple[sp.spmatrix, Sequence[str], str]],
    min_total: int = 3,
) -> ClassProfiles:
    """Profiles for every item of every block ``(indicator matrix, names, kind)``.

    ``labels``: class per segment (0 = unclassified). Each matrix is segments x items (counts or
    presence; presence is used).
    """
    labels = np.asarray(labels)
    K = int(labels.max()) if labels.size else 0
    classified = labels > 0
    onehot = sp.csr_matrix(
        (np.ones(classified.sum()), (np.flatnonzero(classified), labels[classified] - 1)),
        shape=(labels.size, K),
    )
    sizes = np.asarray(onehot.sum(axis=0)).ravel()
    n = float(sizes.sum())
    items: list[str] = []
    kinds: list[str] = []
    counts, totals = [], []
    for M, names, kind in blocks:
        B = sp.csr_matrix(M, dtype=np.float64)
        B.data[:] = 1.0
        B.eliminate_zeros()
        cnt = np.asarray((B.T @ onehot).todense())
        tot = cnt.sum(axis=1)
        keep = tot >= min_total if kind != "variable" else tot > 0
        counts.append(cnt[keep])
        totals.append(tot[keep])
        items.extend(np.asarray(list(names), dtype=object)[keep].tolist())
        kinds.extend([kind] * int(keep.sum()))
    count = np.vstack(counts) if counts else np.zeros((0, K))
    total = np.concatenate(totals) if totals else np.zeros(0)
    o1 = count
    o2 = total[:, None] - count
    o3 = sizes[None, :] - count
    o4 = n - o1 - o2 - o3
    chi = signed_chi2_2x2(o1, o2, o3, o4)
    p = chdtrc(1, np.abs(chi))
    return ClassProfiles(items, kinds, chi, p, count, total, sizes)


def typical_segments(
    X: sp.spmatrix, labels: np.ndarray, active_chi2: np.ndarray, k: int, n: int = 20,
    normalise: bool = False, threshold: float = 2.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Segments of class ``k`` ranked by the sum of the profile chi2 (> ``threshold``) of their active forms.

    ``X``: segments x active forms; ``active_chi2``: the class's chi2 per active form (same columns;
    use 0 for dropped forms). With ``normalise``, the score is divided by the segment's number of
    forms. Returns (segment indices, scores), best first.
    """
    X = sp.csr_matrix(X, dtype=np.float64)
    X.data[:] = 1.0
    weights = np.where(active_chi2 > threshold, active_chi2, 0.0)
    score = X @ weights
    if normalise:
        score = score / np.maximum(np.diff(X.indptr), 1)
    rows = np.flatnonzero(np.asarray(labels) == k)
    order = np.argsort(-score[rows], kind="stable")[:n]
    return rows[order], score[rows][order]
