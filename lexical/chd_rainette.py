"""rainette's flavour of the Reinert CHD (J. Barnier's R package; LEXICAL.md §5), as a preset.

Differences with IRaMuTeQ: ``k - 1`` splits of the biggest group; documents are reassigned by steepest
ascent (the single best move while it raises the chi2); after each split, features are pruned per
group (frequency < ``tsj`` in the group, or a contingency coefficient > ``cc_test`` where the feature
is under-represented); groups smaller than ``min_split_members`` are not split. ``min_segment_size``
(merging short segments) needs the text and is left to the segmenter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from lexical.chd_kernels import run_kernel, steepest_ascent_moves
from lexical.chd_split import _row_sums, best_cut, ca_first_axis, split_chi2
from lexical.chd_tree import CHDTree, SplitInfo, number_classes
from lexical.progress import CancelToken, ProgressFn

if TYPE_CHECKING:
    from lexical.chd import ReinertCHD

__all__ = ["fit_rainette", "steepest_reassign", "prune_features"]


def steepest_reassign(T: sp.csr_matrix, order: np.ndarray, k: int, max_moves: int = 100000
                      ) -> tuple[np.ndarray, float, int]:
    """rainette's switching: while the best single switch raises the chi2, switch one row.

    rainette evaluates the switches of the rows listed as group 1 then group 2 (a moved row goes to the
    end of its new group's list) but picks the row at the same position in the *CA order*; the two
    coincide until the first switch. We reproduce that, to give rainette's partitions.
    """
    T = sp.csr_matrix(T)
    n = T.shape[0]
    order = np.asarray(order, dtype=np.int64)
    in_g1 = np.zeros(n, dtype=np.bool_)
    in_g1[order[:k]] = True
    c = np.asarray(T.sum(axis=0)).ravel().astype(np.float64)
    invc, N = 1.0 / c, c.sum()
    indptr = T.indptr.astype(np.int64)
    indices = T.indices.astype(np.int64)
    rlen = np.diff(indptr).astype(np.float64)
    w = _row_sums(indptr, indices, invc)
    x1 = np.asarray(T[in_g1].sum(axis=0)).ravel().astype(np.float64)
    x2 = c - x1
    A1, A2 = float(x1 @ (x1 * invc)), float(x2 @ (x2 * invc))
    S1 = float(x1.sum())
    state = np.array([A1, A2, S1, split_chi2(A1, A2, S1, N - S1, N), k, N])
    listed = order.copy()  # group 1's rows, then group 2's
    moves, out = run_kernel(steepest_ascent_moves, indptr, indices, c, invc, w, rlen, in_g1, x1, listed,
                            order, state, max_moves)
    return out[6], float(out[10][3]), int(moves)


def prune_features(T: sp.csr_matrix, in_g1: np.ndarray, cc_test: float, tsj: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Local column indices to drop from group 1 and group 2 (rainette's feature selection).

    Per feature, the chi2 of its two group counts against the groups' shares of all presences, and the
    contingency coefficient ``sqrt(chi2 / (chi2 + total))``; a group keeps a feature present >= ``tsj``
    times in it, if that coefficient is <= ``cc_test`` or the group over-represents the feature.
    """
    a = np.asarray(T[in_g1].sum(axis=0)).ravel().astype(np.float64)
    b = np.asarray(T[~in_g1].sum(axis=0)).ravel().astype(np.float64)
    tot = a + b
    share = tot / tot.sum()
    e1, e2 = share * a.sum(), share * b.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = (a - e1) ** 2 / e1 + (b - e2) ** 2 / e2
        cc = np.sqrt(chi / (chi + tot))
    low = cc <= cc_test
    keep1 = (a >= tsj) & (low | (a > e1))
    keep2 = (b >= tsj) & (low | (b > e2))
    return np.flatnonzero(~keep1), np.flatnonzero(~keep2)


def _split(X, rows, cols_mask):
    sub = X[rows][:, np.flatnonzero(cols_mask)].tocsr()
    nonempty = np.diff(sub.indptr) > 0
    return sub[nonempty].tocsr(), rows[nonempty], np.flatnonzero(cols_mask)


def fit_rainette(model: ReinertCHD, X, progress: ProgressFn, cancel: CancelToken) -> None:
    """Run the rainette preset and set ``labels_``, ``tree_``, ``n_classes_``, ``chi2_`` on ``model``."""
    X = sp.csr_matrix(X, dtype=np.float64)
    X.data[:] = 1.0
    X.eliminate_zeros()
    n, p = X.shape
    k = model.k or model.nbcl_p1
    labels = np.where(np.diff(X.indptr) > 0, 1, 0)
    keep: dict[int, np.ndarray] = {1: np.ones(p, dtype=bool)}
    tree = CHDTree(history=np.zeros((n, 0), dtype=np.int64))
    history = []
    for i in range(1, k):
        cancel.check()
        progress((i - 1) / max(k - 1, 1), f"split {i}/{k - 1}")
        lab, counts = np.unique(labels[labels != 0], return_counts=True)
        leaf = int(lab[np.argmax(counts)]) if lab.size else None
        if leaf is None or counts.max() < max(model.min_split_members, 2):
            break
        sub, rows, cols = _split(X, np.flatnonzero(labels == leaf), keep[leaf])
        if sub.shape[0] < 2 or sub.shape[1] < 2:
            break
        f, sigma = ca_first_axis(sub)
        order = np.argsort(-f, kind="stable")
        in_g1, cut_chi2, cut = best_cut(sub, -f)
        in_g1, chi2, moves = steepest_reassign(sub, order, cut)
        rm1, rm2 = prune_features(sub, in_g1, model.cc_test, model.tsj)
        c1, c2 = 2 * i, 2 * i + 1
        labels[rows[in_g1]], labels[rows[~in_g1]] = c1, c2
        for child, rm in ((c1, rm1), (c2, rm2)):
            mask = np.zeros(p, dtype=bool)
            mask[cols] = True
            mask[cols[rm]] = False
            keep[child] = mask
        tree.parent[c1] = tree.parent[c2] = leaf
        tree.children[leaf] = (c1, c2)
        tree.splits.append(SplitInfo(i, leaf, (c1, c2), (int(in_g1.sum()), int((~in_g1).sum())),
                                     sub.shape[0], sub.shape[1], sigma, cut_chi2, chi2, moves,
                                     (len(rm1), len(rm2))))
        history.append(labels.copy())
    tree.history = np.column_stack(history) if history else labels[:, None].copy()
    leaves = [int(v) for v in np.unique(tree.leaves) if v != 0]
    model.labels_, model.terminal_nodes_ = number_classes(tree, leaves)
    model.tree_ = tree
    model.n_classes_ = len(leaves)
    model.chi2_ = np.array([s.chi2 for s in tree.splits])
    model.mincl_ = 0
