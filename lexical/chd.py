"""Reinert's descending hierarchical classification (CHD) on a binary segments x forms matrix.

Two presets of one engine (LEXICAL.md §5):

* ``"iramuteq"`` — IRaMuTeQ 0.8's ``CHD`` + terminal classes: ``nbcl_p1 - 1`` splits of the largest
  leaf, first-improvement reassignment, form elimination, terminal classes by ``mincl``;
* ``"rainette"`` — rainette's ``rainette()``: ``k - 1`` splits, steepest-ascent reassignment, contingency
  coefficient pruning, ``min_segment_size`` / ``min_split_members`` (see :mod:`lexical.chd_rainette`).

Usage (scikit-learn style)::

    chd = ReinertCHD(nbcl_p1=10).fit(X)
    chd.labels_      # 0 = unclassified, 1..K
    chd.tree_        # CHDTree: n1 history, parents, per-split info
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from lexical.chd_elim import eliminate_forms
from lexical.chd_split import best_cut, ca_first_axis, reassign
from lexical.chd_tree import CHDTree, SplitInfo, find_terminal, number_classes
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["ReinertCHD", "CHDTree", "SplitInfo"]


def _as_binary_csr(X) -> sp.csr_matrix:
    X = sp.csr_matrix(X, dtype=np.float64)
    X.data[:] = 1.0
    X.eliminate_zeros()
    X.sort_indices()
    return X


def _pick_leaf(labels: np.ndarray) -> int | None:
    """Largest current leaf (class 0 excluded); ties: first label in string order ("10" < "2")."""
    lab, counts = np.unique(labels[labels != 0], return_counts=True)
    if lab.size == 0:
        return None
    best = counts.max()
    return int(min(str(v) for v in lab[counts == best]))


class ReinertCHD:
    """Reinert/IRaMuTeQ descending classification.

    Parameters: ``preset`` ("iramuteq" or "rainette"); ``nbcl_p1`` (IRaMuTeQ: number of phase-1 classes,
    ``nbcl_p1 - 1`` splits); ``mincl`` (0 = auto, ``round(n / nbcl_p1)``); ``k`` (rainette: number of
    classes, default ``nbcl_p1``); ``min_segment_size``, ``min_split_members``, ``cc_test``, ``tsj``
    (rainette); ``min_reassign`` (both groups need that many rows for reassignment).
    """

    def __init__(
        self,
        preset: str = "iramuteq",
        nbcl_p1: int = 10,
        mincl: int = 0,
        k: int | None = None,
        min_segment_size: int = 0,
        min_split_members: int = 5,
        cc_test: float = 0.3,
        tsj: int = 3,
        min_reassign: int = 5,
        first_split_min_colsum: int = 0,
        absent_both: bool = False,
    ) -> None:
        if preset not in ("iramuteq", "rainette"):
            raise ValueError(f"unknown preset {preset!r}")
        self.preset = preset
        self.nbcl_p1 = nbcl_p1
        self.mincl = mincl
        self.k = k
        self.min_segment_size = min_segment_size
        self.min_split_members = min_split_members
        self.cc_test = cc_test
        self.tsj = tsj
        self.min_reassign = min_reassign
        self.first_split_min_colsum = first_split_min_colsum
        self.absent_both = absent_both

    # ------------------------------------------------------------------ public
    def fit(self, X, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> ReinertCHD:
        """Classify the rows of ``X`` (scipy sparse, binary or counts: presence is used)."""
        with threadpool_limits(limits=1, user_api="blas"):
            if self.preset == "rainette":
                from lexical.chd_rainette import fit_rainette

                fit_rainette(self, X, progress, cancel)
                return self
            self._fit_iramuteq(_as_binary_csr(X), progress, cancel)
        return self

    def fit_predict(self, X, **kwargs) -> np.ndarray:
        """``fit`` then return ``labels_``."""
        return self.fit(X, **kwargs).labels_

    # --------------------------------------------------------------- iramuteq
    def _fit_iramuteq(self, X: sp.csr_matrix, progress: ProgressFn, cancel: CancelToken) -> None:
        n, p = X.shape
        labels = np.where(np.diff(X.indptr) > 0, 1, 0)
        removed: dict[int, np.ndarray] = {1: np.zeros(p, dtype=bool)}
        tree = CHDTree(history=np.zeros((n, 0), dtype=np.int64))
        history = []
        nsplits = max(self.nbcl_p1 - 1, 1)
        for i in range(1, nsplits + 1):
            cancel.check()
            progress((i - 1) / nsplits, f"split {i}/{nsplits}")
            info = self._one_split(X, labels, removed, i)
            if info is None:
                break
            tree.parent[2 * i] = tree.parent[2 * i + 1] = info.parent
            tree.children[info.parent] = (2 * i, 2 * i + 1)
            tree.splits.append(info)
            history.append(labels.copy())
        tree.history = np.column_stack(history) if history else labels[:, None].copy()
        mincl = self.mincl or int(round(n / self.nbcl_p1))
        terminal = find_terminal(tree, mincl) if history else [1]
        self.labels_, self.terminal_nodes_ = number_classes(tree, terminal)
        self.tree_ = tree
        self.mincl_ = mincl
        self.n_classes_ = len(self.terminal_nodes_)
        self.chi2_ = np.array([s.chi2 for s in tree.splits])
        progress(1.0, "done")

    def _one_split(self, X, labels, removed, i) -> SplitInfo | None:
        leaf = 1 if i == 1 else _pick_leaf(labels)
        if leaf is None:
            return None
        rows = np.flatnonzero(labels == leaf)
        keep = ~removed[leaf]
        sub = X[rows][:, np.flatnonzero(keep)]
        colsum = np.asarray(sub.sum(axis=0)).ravel()
        min_colsum = self.first_split_min_colsum if i == 1 else 4
        cols_local = np.flatnonzero(colsum >= max(min_colsum, 1))
        cols = np.flatnonzero(keep)[cols_local]
        sub = sub[:, cols_local].tocsr()
        nonempty = np.diff(sub.indptr) > 0
        emptied = int((~nonempty).sum())
        labels[rows[~nonempty]] = 0
        rows, sub = rows[nonempty], sub[nonempty]
        if sub.shape[0] < 2 or sub.shape[1] < 2:
            return None
        f, sigma = ca_first_axis(sub)
        in_g1, cut_chi2, _ = best_cut(sub, f)
        in_g1, chi2, passes = reassign(sub, in_g1, min_size=self.min_reassign)
        rm1, rm2 = eliminate_forms(sub, in_g1, absent_both=self.absent_both)
        c1, c2 = 2 * i, 2 * i + 1
        labels[rows[in_g1]] = c1
        labels[rows[~in_g1]] = c2
        for child, rm in ((c1, rm1), (c2, rm2)):
            mask = removed[leaf].copy()
            mask[cols[rm]] = True
            removed[child] = mask
        return SplitInfo(
            index=i, parent=leaf, children=(c1, c2), sizes=(int(in_g1.sum()), int((~in_g1).sum())),
            n_rows=sub.shape[0], n_cols=sub.shape[1], sigma=sigma, cut_chi2=cut_chi2, chi2=chi2,
            passes=passes, eliminated=(len(rm1), len(rm2)), emptied=emptied,
        )
