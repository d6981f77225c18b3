"""Classes x codes: how the codings fall in each Reinert class (the bridge between the two analyses).

For code c and class k, over classified segments: o1 = segments of k overlapping a coding of c (or of
its sub-codes when their path starts with c's), o2 = segments of other classes overlapping c, o3 and o4
the rest; the cell shows o1 and the signed Pearson chi2 of that 2 x 2 table (no continuity correction),
as the class profiles do (LEXICAL.md §7).
"""

from __future__ import annotations

from bisect import bisect_left
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


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int, longest: int) -> bool:
    """Whether sorted ``spans`` (with their ``starts``) share a character with ``[start, end)``."""
    lo = bisect_left(starts, start - longest)
    hi = bisect_left(starts, end)
    return any(e > start for _s, e in spans[lo:hi])


def classes_codes(result: ReinertResult, codings: dict[int, Sequence[tuple[int, int, str]]]) -> ClassesCodes:
    """The table from the result's segments and ``codings``: document id -> (start, end, code path)."""
    numbers = [c.number for c in result.classes]
    paths = sorted({p for spans in codings.values() for _s, _e, p in spans})
    by_code: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for doc, spans in codings.items():
        for start, end, path in spans:
            for ancestor in _ancestors(path):
                by_code[(doc, ancestor)].append((start, end))
    paths = sorted({p for (_d, p) in by_code})
    row = {p: i for i, p in enumerate(paths)}
    col = {k: j for j, k in enumerate(numbers)}
    counts = np.zeros((len(paths), len(numbers)), dtype=int)
    index = {key: (sorted(v), max(e - s for s, e in v)) for key, v in by_code.items()}
    starts = {key: [s for s, _e in spans] for key, (spans, _l) in index.items()}
    for seg, label in zip(result.segments, result.labels):
        if label not in col or seg.document_id is None:
            continue
        for path in paths:
            key = (seg.document_id, path)
            if key in index and _overlaps(index[key][0], starts[key], seg.start, seg.end, index[key][1]):
                counts[row[path], col[label]] += 1
    sizes = np.array([c.size for c in result.classes], dtype=int)
    totals = counts.sum(axis=1)
    chi = signed_chi2(counts, totals, sizes, int(sizes.sum())) if paths else np.zeros((0, len(numbers)))
    return ClassesCodes(paths, numbers, counts.tolist(), chi.round(3).tolist(), totals.tolist())


def _ancestors(path: str) -> list[str]:
    """``"A/B/C"`` -> ``["A", "A/B", "A/B/C"]`` (a segment coded by a sub-code counts for its parents)."""
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]
