"""Double classification on units of consecutive segments (LEXICAL.md §6; IRaMuTeQ "double sur RST").

Two unit tables are built from the segment matrix: consecutive segments of the same section are
joined until a unit holds more than ``rst1`` (resp. ``rst2``) active-form presences. Both are classified
with the IRaMuTeQ CHD; each segment inherits its unit's classes in both trees; every class (all
levels) of tree 1 is crossed with every class of tree 2; crossings are scored by a signed chi2 (0 below
``mincl`` segments; Yates-corrected as in rainette2 with ``correct=True``). Crossings with chi2 > 3.84
are then taken greedily as IRaMuTeQ's ``Rchdtxt`` does: the classes of tree 2 from the *last* split
first (for one class, the strongest chi2 first), skipping pairs whose class -- or an ancestor or
descendant of it -- is already taken. Taking the strongest chi2 first instead picks the two big classes
left after splits that peel off a few units (1 class on the theses corpus). A segment keeps a final
class only if it is in both classes of a kept pair; ``mincl`` defaults to ``round(n / (2 nbcl_p1))``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from lexical.chd import ReinertCHD
from lexical.chd_tree import CHDTree
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress, scaled

__all__ = ["DoubleCHD", "build_units", "signed_chi2", "signed_yates"]


def signed_chi2(n11, n12, n21, n22, *, yates: bool = False) -> np.ndarray:
    """Chi2 of [[n11, n12], [n21, n22]] (Yates-corrected with ``yates``), negative when n11 is below
    expectation."""
    a, b, c, d = (np.asarray(v, dtype=np.float64) for v in (n11, n12, n21, n22))
    n = a + b + c + d
    den = (a + b) * (c + d) * (a + c) * (b + d)
    diff = a * d - b * c
    gap = np.maximum(np.abs(diff) - n / 2.0, 0.0) if yates else diff
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = n * gap ** 2 / den
    chi = np.where(den > 0, chi, 0.0)
    return np.where(diff < 0, -chi, chi)


def signed_yates(n11, n12, n21, n22) -> np.ndarray:
    """:func:`signed_chi2` with Yates's continuity correction (rainette2's crossing score)."""
    return signed_chi2(n11, n12, n21, n22, yates=True)


def build_units(X: sp.csr_matrix, groups: Sequence, min_presences: int) -> np.ndarray:
    """Unit index per segment: consecutive segments of a group until the unit holds more than
    ``min_presences`` presences; a short last unit joins the previous unit of its group."""
    sizes = np.diff(sp.csr_matrix(X).indptr)
    groups = list(groups)
    unit = np.zeros(len(sizes), dtype=np.int64)
    nxt, i = 0, 0
    while i < len(groups):
        j = i
        while j < len(groups) and groups[j] == groups[i]:
            j += 1
        first, count = nxt, 0
        for s in range(i, j):
            unit[s] = nxt
            count += sizes[s]
            if count > min_presences:
                nxt, count = nxt + 1, 0
        if count > 0 or unit[j - 1] == nxt:  # an open (short) unit remains
            if count <= min_presences and nxt > first:
                unit[i:j][unit[i:j] == nxt] = nxt - 1
            else:
                nxt += 1
        i = j
    _, unit = np.unique(unit, return_inverse=True)
    return unit


def _node_members(tree: CHDTree, unit_of_segment: np.ndarray) -> dict[int, np.ndarray]:
    """Boolean segment masks for every node (label >= 2) of a unit tree."""
    out: dict[int, np.ndarray] = {}
    for node in sorted(tree.parent):
        units = np.any(tree.history == node, axis=1)
        out[node] = units[unit_of_segment]
    return out


class DoubleCHD:
    """Double classification. Parameters: ``rst1``, ``rst2`` (presences per unit), ``nbcl_p1``,
    ``mincl`` (0 = auto: ``round(n_segments / (2 nbcl_p1))``, IRaMuTeQ's rule), ``chi2_min`` (3.84),
    ``correct`` (Yates-corrected crossing chi2, as rainette2; IRaMuTeQ does not correct).

    After ``fit``: ``labels_`` (segments, 0 = unclassified), ``pairs_`` [(node1, node2, chi2, size)],
    ``chd1_``, ``chd2_``, ``units1_``, ``units2_`` (unit per segment), ``n_classes_``.
    """

    def __init__(self, rst1: int = 12, rst2: int = 14, nbcl_p1: int = 10, mincl: int = 0,
                 chi2_min: float = 3.84, correct: bool = False) -> None:
        self.rst1, self.rst2 = rst1, rst2
        self.correct = correct
        self.nbcl_p1 = nbcl_p1
        self.mincl = mincl
        self.chi2_min = chi2_min

    def fit(self, X, groups: Sequence, progress: ProgressFn = no_progress,
            cancel: CancelToken = NEVER) -> DoubleCHD:
        """Classify segments ``X`` (segments x active forms) with their section id ``groups``."""
        X = sp.csr_matrix(X, dtype=np.float64)
        X.data[:] = 1.0
        masks = []
        for k, rst in enumerate((self.rst1, self.rst2)):
            units = build_units(X, groups, rst)
            agg = sp.csr_matrix((np.ones(len(units)), (units, np.arange(len(units)))))
            U = (agg @ X).tocsr()
            U.data[:] = 1.0
            chd = ReinertCHD(nbcl_p1=self.nbcl_p1).fit(U, progress=scaled(progress, k / 2, (k + 1) / 2),
                                                       cancel=cancel)
            setattr(self, f"units{k + 1}_", units)
            setattr(self, f"chd{k + 1}_", chd)
            masks.append(_node_members(chd.tree_, units))
        n = X.shape[0]
        mincl = self.mincl or int(round(n / (2 * self.nbcl_p1)))
        self.pairs_ = self._select(masks[0], masks[1], self.chd1_.tree_, self.chd2_.tree_, n, mincl)
        labels = np.zeros(n, dtype=np.int64)
        for k, (a, b, _, _) in enumerate(self.pairs_, start=1):
            labels[masks[0][a] & masks[1][b]] = k
        self.labels_ = labels
        self.n_classes_ = len(self.pairs_)
        self.mincl_ = mincl
        return self

    def _select(self, m1, m2, t1: CHDTree, t2: CHDTree, n: int, mincl: int):
        cand = []
        for a, A in m1.items():
            for b, B in m2.items():
                both = int(np.sum(A & B))
                if both < mincl:
                    continue
                na, nb = int(A.sum()), int(B.sum())
                chi = float(signed_chi2(both, na - both, nb - both, n - na - nb + both, yates=self.correct))
                if chi > self.chi2_min:
                    cand.append((chi, a, b, both))
        # IRaMuTeQ: by chi2, then (a stable sort) by tree-2 class, the classes of the last splits first
        cand.sort(key=lambda t: (-t[0], t[1], t[2]))
        cand.sort(key=lambda t: -t[2])
        taken1: set[int] = set()
        taken2: set[int] = set()
        pairs = []
        for chi, a, b, both in cand:
            if a in taken1 or b in taken2:
                continue
            pairs.append((a, b, chi, both))
            taken1 |= _related(t1, a)
            taken2 |= _related(t2, b)
        return pairs


def _related(tree: CHDTree, node: int) -> set[int]:
    """The node, its ancestors and its descendants."""
    out = {node, *tree.descendants(node)}
    while node in tree.parent:
        node = tree.parent[node]
        out.add(node)
    return out
