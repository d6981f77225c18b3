"""Classes x codes: how the codings fall in each Reinert class (the bridge between the two analyses).

For code c and class k, over classified segments: o1 = segments of k overlapping a coding of c (or of
its sub-codes when their path starts with c's), o2 = segments of other classes overlapping c, o3 and o4
the rest; the cell shows o1 and the signed Pearson chi2 of that 2 x 2 table (no continuity correction),
as the class profiles do (LEXICAL.md §7).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.analysis.results import ReinertResult


@dataclass(frozen=True)
class ClassesCodes:
    """Segment counts (codes x classes) and signed chi2; ``totals`` segments per code, all classes."""

    codes: list[str]
    classes: list[int]
    counts: list[list[int]]
    chi2: list[list[float]]
    totals: list[int]


def signed_chi2(o1: np.ndarray, row_total: np.ndarray, col_total: np.ndarray, n: int) -> np.ndarray:
    """Signed Pearson chi2 of each 2 x 2 table (o1, row - o1, col - o1, n - row - col + o1)."""
    o1 = o1.astype(float)
    r, c = row_total[:, None].astype(float), col_total[None, :].astype(float)
    o2, o3 = r - o1, c - o1
    o4 = n - r - c + o1
    num = n * (o1 * o4 - o2 * o3) ** 2
    den = r * (n - r) * c * (n - c)
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)
    expected = r * c / max(n, 1)
    return np.where(o1 >= expected, chi, -chi)


def overlapping(seg_start: np.ndarray, seg_end: np.ndarray, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Which segments ``[seg_start, seg_end)`` share a character with one of ``spans`` (a boolean mask):
    a span starting before the segment's end and ending after its start."""
    spans = np.array(sorted(spans), dtype=np.int64).reshape(-1, 2)
    reach = np.maximum.accumulate(spans[:, 1])  # the furthest end among the spans starting so far
    before = np.searchsorted(spans[:, 0], seg_end, side="left")  # spans starting before each end
    return (before > 0) & (reach[np.maximum(before - 1, 0)] > seg_start)


def _segments_by_document(result: ReinertResult, numbers: list[int]) -> tuple[dict[int, np.ndarray], np.ndarray]:
    """Classified segments with a document, grouped by document id; and each segment's class column."""
    labels = result.label_array()
    column = np.full(max(numbers, default=0) + 1, -1, dtype=np.int64)
    column[numbers] = np.arange(len(numbers))
    ok = (labels >= 0) & (labels < len(column))
    cols = np.where(ok, column[np.where(ok, labels, 0)], -1)
    kept = np.flatnonzero((cols >= 0) & (result.segments.document >= 0))
    docs = result.segments.document[kept]
    order = np.argsort(docs, kind="stable")
    ids, first = np.unique(docs[order], return_index=True)
    groups = np.split(kept[order], first[1:]) if len(kept) else []
    return {int(d): g for d, g in zip(ids, groups)}, cols


def classes_codes(result: ReinertResult, codings: dict[int, Sequence[tuple[int, int, str]]]) -> ClassesCodes:
    """The table from the result's segments and ``codings``: document id -> (start, end, code path)."""
    numbers = [c.number for c in result.classes]
    by_code: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for doc, spans in codings.items():
        for start, end, path in spans:
            for ancestor in _ancestors(path):
                by_code[(doc, ancestor)].append((start, end))
    paths = sorted({p for (_d, p) in by_code})
    row = {p: i for i, p in enumerate(paths)}
    counts = np.zeros((len(paths), len(numbers)), dtype=int)
    segments, cols = _segments_by_document(result, numbers)
    table = result.segments
    for (doc, path), spans in by_code.items():
        idx = segments.get(doc)
        if idx is not None:
            hit = idx[overlapping(table.start[idx], table.end[idx], spans)]
            counts[row[path]] += np.bincount(cols[hit], minlength=len(numbers))
    sizes = np.array([c.size for c in result.classes], dtype=int)
    totals = counts.sum(axis=1)
    chi = signed_chi2(counts, totals, sizes, int(sizes.sum())) if paths else np.zeros((0, len(numbers)))
    return ClassesCodes(paths, numbers, counts.tolist(), chi.round(3).tolist(), totals.tolist())


def _ancestors(path: str) -> list[str]:
    """``"A/B/C"`` -> ``["A", "A/B", "A/B/C"]`` (a segment coded by a sub-code counts for its parents)."""
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]
