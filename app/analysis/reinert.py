"""Reinert classification runs and the assembly of a :class:`~app.analysis.results.ReinertResult`:
labels, terminal dendrogram, profiles (active, supplementary, modalities), typical segments, CA."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from app.analysis.params import ReinertParams
from app.analysis.results import (
    ClassInfo,
    FactorMap,
    ModalityTable,
    Point,
    ProfileRow,
    ReinertResult,
    SplitRow,
    TreeNode,
    TypicalSegment,
)
from app.analysis.segtable import SegmentTable
from lexical.ca import correspondence_analysis
from lexical.chd import ReinertCHD
from lexical.chd_tree import CHDTree
from lexical.corpus import LexicalCorpus
from lexical.double import DoubleCHD
from lexical.profiles import ClassProfiles, class_profiles, typical_segments
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress, scaled

KIND_LABELS = {"active": "active", "supplementary": "supplementary", "variable": "modality"}


@dataclass
class Classification:
    """What a CHD run hands to the result builder: final labels, the tree and its terminal nodes."""

    labels: np.ndarray
    tree: TreeNode | None
    splits: list[SplitRow]
    info: dict = field(default_factory=dict)


def fit_simple(X: sp.spmatrix, params: ReinertParams, progress: ProgressFn = no_progress,
               cancel: CancelToken = NEVER) -> Classification:
    """The simple CHD of ``X`` with the preset of ``params``."""
    chd = ReinertCHD(preset=params.preset, nbcl_p1=params.nbcl_p1, mincl=params.mincl, k=params.k,
                     min_split_members=params.min_split_members)
    chd.fit(X, progress=progress, cancel=cancel)
    labels = np.asarray(chd.labels_, dtype=np.int64)
    splits = [SplitRow(s.index, s.parent, tuple(s.children), tuple(s.sizes), float(s.chi2))
              for s in chd.tree_.splits]
    tree = terminal_tree(chd.tree_, list(chd.terminal_nodes_), labels)
    return Classification(labels, tree, splits, {"mincl": int(getattr(chd, "mincl_", 0)),
                                                 "terminal_nodes": list(map(int, chd.terminal_nodes_))})


def fit_double(X: sp.spmatrix, groups: Sequence, params: ReinertParams, progress: ProgressFn = no_progress,
               cancel: CancelToken = NEVER) -> Classification:
    """IRaMuTeQ's double classification of ``X`` (``groups``: section of each segment); flat tree."""
    chd = DoubleCHD(rst1=params.rst1, rst2=params.rst2, nbcl_p1=params.nbcl_p1, mincl=params.mincl)
    chd.fit(X, groups, progress=progress, cancel=cancel)
    labels = np.asarray(chd.labels_, dtype=np.int64)
    kids = [TreeNode(k + 1, int((labels == k).sum()), k) for k in range(1, chd.n_classes_ + 1)]
    tree = TreeNode(1, int((labels > 0).sum()), 0, kids) if kids else None
    pairs = [[int(a), int(b), float(c), int(n)] for a, b, c, n in chd.pairs_]
    return Classification(labels, tree, [], {"mincl": int(chd.mincl_), "pairs": pairs})


def terminal_tree(tree: CHDTree, terminal: list[int], labels: np.ndarray) -> TreeNode | None:
    """The dendrogram of the terminal classes (numbered 1..K in ``terminal`` order); branches without
    a terminal class are cut and single-child chains collapse."""
    number = {node: k for k, node in enumerate(terminal, start=1)}
    sizes = np.bincount(labels, minlength=len(terminal) + 1)

    def build(node: int) -> TreeNode | None:
        if node in number:
            return TreeNode(node, int(sizes[number[node]]), number[node])
        kids = [k for k in (build(c) for c in tree.children.get(node, ())) if k is not None]
        if not kids:
            return None
        return kids[0] if len(kids) == 1 else TreeNode(node, sum(k.size for k in kids), 0, kids)

    return build(1)


def build_result(segments: SegmentTable, blocks: list[tuple[sp.spmatrix, list[str], str]],
                 fit: Classification, params: ReinertParams, progress: ProgressFn = no_progress
                 ) -> ReinertResult:
    """Profiles, typical segments, modality table and CA of a classification. ``blocks[0]`` must be the
    active-form matrix (the CHD input)."""
    labels = fit.labels
    K = int(labels.max()) if labels.size else 0
    n = len(labels)
    sizes = np.bincount(labels, minlength=K + 1)[1:]
    classified = int(sizes.sum())
    classes = [ClassInfo(k, _node_of(fit.tree, k), int(sizes[k - 1]), 100.0 * sizes[k - 1] / max(classified, 1),
                         100.0 * sizes[k - 1] / max(n, 1)) for k in range(1, K + 1)]
    progress(0.1, "profiles")
    prof = class_profiles(labels, blocks) if K else None
    rows = profile_rows(prof, params.profile_threshold) if prof else []
    progress(0.5, "typical segments")
    X, vocabulary, _ = blocks[0]
    typical = _typical(X, vocabulary, labels, prof, params) if prof else {}
    progress(0.7, "correspondence analysis")
    ca = class_factor_map(prof, params.ca_forms) if prof and K >= 3 else None
    info = {"n_segments": n, "n_classified": classified, "n_classes": K,
            "percent_classified": 100.0 * classified / max(n, 1), "n_active_forms": len(vocabulary), **fit.info}
    progress(1.0, "done")
    return ReinertResult(params=params, prep={}, selection={}, segments=segments, labels=labels.tolist(),
                         classes=classes, tree=fit.tree, splits=fit.splits, profiles=rows, typical=typical,
                         ca=ca, modalities=modality_table(prof) if prof else None, info=info)


def _node_of(tree: TreeNode | None, number: int) -> int:
    stack = [tree] if tree else []
    while stack:
        node = stack.pop()
        if node.number == number:
            return node.node
        stack.extend(node.children)
    return 0


def profile_rows(prof: ClassProfiles, threshold: float) -> list[ProfileRow]:
    """Rows with |chi2| > ``threshold`` (modalities: every row), by class then decreasing chi2."""
    rows: list[ProfileRow] = []
    percent = prof.percent
    kinds = np.asarray(prof.kind)
    for k in range(1, prof.chi2.shape[1] + 1):
        chi = prof.chi2[:, k - 1]
        keep = np.flatnonzero((np.abs(chi) > threshold) | (kinds == "variable"))
        for i in keep[np.argsort(-chi[keep], kind="stable")]:
            rows.append(ProfileRow(k, prof.items[i], KIND_LABELS.get(prof.kind[i], prof.kind[i]), float(chi[i]),
                                   float(prof.p[i, k - 1]), int(prof.count[i, k - 1]), int(prof.total[i]),
                                   float(percent[i, k - 1])))
    return rows


def _typical(X, vocabulary: list[str], labels: np.ndarray, prof: ClassProfiles, params: ReinertParams
             ) -> dict[int, list[TypicalSegment]]:
    """Typical segments of each class from the chi2 of its active forms."""
    position = {name: j for j, name in enumerate(vocabulary)}
    active = [(i, position[name]) for i, (name, kind) in enumerate(zip(prof.items, prof.kind))
              if kind == "active" and name in position]
    out: dict[int, list[TypicalSegment]] = {}
    for k in range(1, prof.chi2.shape[1] + 1):
        weights = np.zeros(len(vocabulary))
        for i, j in active:
            weights[j] = prof.chi2[i, k - 1]
        idx, scores = typical_segments(X, labels, weights, k, n=params.n_typical)
        out[k] = [TypicalSegment(int(i), float(s)) for i, s in zip(idx, scores)]
    return out


def class_factor_map(prof: ClassProfiles, per_class: int) -> FactorMap | None:
    """CA of the classes x active forms table; columns: each class's ``per_class`` best forms."""
    active = np.flatnonzero(np.asarray(prof.kind) == "active")
    if active.size < 3:
        return None
    table = prof.count[active].T
    ca = correspondence_analysis(sp.csr_matrix(table), n_axes=2)
    if ca.col_coords.shape[1] < 2:
        return None
    chi = prof.chi2[active]
    best = chi.argmax(axis=1)
    columns: list[Point] = []
    for k in range(chi.shape[1]):
        mine = np.flatnonzero((best == k) & (chi[:, k] > 0))
        for j in mine[np.argsort(-chi[mine, k], kind="stable")][:per_class]:
            columns.append(_point(prof.items[active[j]], ca.col_coords[j], k + 1, float(chi[j, k])))
    rows = [_point(f"class {k}", ca.row_coords[k - 1], k, 1.0) for k in range(1, table.shape[0] + 1)]
    return FactorMap([float(v) for v in ca.percent_inertia[:2]], rows, columns)


def _point(label: str, xy: np.ndarray, group: int, weight: float) -> Point:
    x, y = (float(v) if np.isfinite(v) else None for v in xy[:2])
    return Point(label, x, y, group, weight)


def modality_table(prof: ClassProfiles) -> ModalityTable | None:
    """The classes x ``*var_mod`` table (counts and signed chi2), or None without variables."""
    idx = [i for i, kind in enumerate(prof.kind) if kind == "variable"]
    if not idx:
        return None
    return ModalityTable([prof.items[i] for i in idx], prof.count[idx].astype(int).tolist(),
                         prof.chi2[idx].tolist())


def segment_rows(corpus: LexicalCorpus) -> SegmentTable:
    """The corpus's segments with their source key, document id, document offsets and original text."""
    from app.analysis.inputs import document_id_of  # the project side: only with a corpus

    keys = [source.key for source in corpus.sources]
    documents = [document_id_of(key) for key in keys]
    segs = corpus.segments
    index = [seg.source_index for seg in segs]
    texts = []
    for seg in segs:
        source = corpus.sources[seg.source_index]
        texts.append(" ".join(source.text[seg.start - source.offset: seg.end - source.offset].split()))
    return SegmentTable.build(keys, index, [documents[i] for i in index], [seg.start for seg in segs],
                              [seg.end for seg in segs], texts)


def run_reinert(corpus: LexicalCorpus, params: ReinertParams, progress: ProgressFn = no_progress,
                cancel: CancelToken = NEVER) -> ReinertResult:
    """Simple or double Reinert classification of a prepared corpus, with profiles of active and
    supplementary forms and of the ``*var_mod`` modalities."""
    started = time.perf_counter()
    X, vocabulary = corpus.active_matrix()
    if X.shape[1] < 2 or X.nnz == 0:
        raise ValueError("too few active forms to classify (need at least 2 with frequency >= min_freq)")
    if params.double:
        groups = [seg.source_index for seg in corpus.segments]
        fit = fit_double(X, groups, params, scaled(progress, 0.0, 0.7), cancel)
    else:
        fit = fit_simple(X, params, scaled(progress, 0.0, 0.7), cancel)
    fit.info["seconds_chd"] = round(time.perf_counter() - started, 3)
    cancel.check()
    S, supplementary = corpus.supplementary_matrix()
    V, modalities = corpus.variable_matrix()
    blocks = [(X, vocabulary, "active"), (S, supplementary, "supplementary"), (V, modalities, "variable")]
    end = 0.8 if params.stability_runs and not params.double else 1.0
    result = build_result(segment_rows(corpus), blocks, fit, params, scaled(progress, 0.7, end))
    if end < 1.0:
        from app.analysis.stability import add_stability

        add_stability(result, X, vocabulary, params, scaled(progress, end, 1.0), cancel)
    result.info["seconds"] = round(time.perf_counter() - started, 3)
    return result


def check_binary(X: sp.spmatrix) -> sp.csr_matrix:
    """``X`` as CSR; ValueError unless every stored value is 0 or 1."""
    X = sp.csr_matrix(X)
    if X.nnz and not np.all(np.isin(X.data, (0, 1))):
        raise ValueError("the matrix is not binary (values other than 0 and 1)")
    return X


def run_reinert_matrix(X: sp.spmatrix, vocabulary: Sequence[str] | None, params: ReinertParams,
                       progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> ReinertResult:
    """Classify a binary segments x forms matrix as given; profiles of its forms only."""
    X = check_binary(X)
    vocabulary = list(vocabulary) if vocabulary is not None else [str(j + 1) for j in range(X.shape[1])]
    if len(vocabulary) != X.shape[1]:
        raise ValueError(f"{len(vocabulary)} form names for {X.shape[1]} matrix columns")
    started = time.perf_counter()
    end = 0.5 if params.stability_runs else 0.8
    fit = fit_simple(X, params, scaled(progress, 0.0, end * 0.9), cancel)
    fit.info["seconds_chd"] = round(time.perf_counter() - started, 3)
    n = X.shape[0]
    segments = SegmentTable.build([str(i + 1) for i in range(n)], range(n), [None] * n, [0] * n, [0] * n)
    result = build_result(segments, [(X, vocabulary, "active")], fit, params, scaled(progress, end * 0.9, end))
    if params.stability_runs:
        from app.analysis.stability import add_stability

        add_stability(result, X, vocabulary, params, scaled(progress, end, 1.0), cancel)
    return result
