"""Results as CSV tables (UTF-8, comma-separated, header row), for the command line and GUI exports.

Each ``write_*`` function writes one file and returns its path. Numbers keep full precision for
chi2 and p; percentages are rounded to 2 decimals.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.analysis.results import KwicResult, ReinertResult, SimilarityResult, SpecificitiesResult, StatsResult
from coding.export.cell_safety import csv_row
from corpus.atomic import atomic_open


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Write ``rows`` under ``header`` to ``path`` (atomically; cells a spreadsheet would run as
    formulas are escaped)."""
    path = Path(path)
    with atomic_open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(csv_row(row) for row in rows)
    return path


def write_frequencies(result: StatsResult, path: str | Path) -> Path:
    """``lemma`` (or ``form``), freq, pos, status."""
    name = "lemma" if result.summary.get("lemmatized", True) else "form"
    return write_csv(path, (name, "freq", "pos", "status"),
                     ((r.name, r.freq, r.tag, r.status) for r in result.frequencies))


def write_segments(result: ReinertResult, path: str | Path) -> Path:
    """segment (0-based id), document (project id, else the source key), start, end, text."""
    return write_csv(path, ("segment", "document", "start", "end", "text"),
                     ((s.id, s.document_id if s.document_id is not None else s.key, s.start, s.end, s.text)
                      for s in result.segments))


def write_segment_classes(result: ReinertResult, path: str | Path) -> Path:
    """segment, class (0 = unclassified)."""
    # a segment's id is its index: no SegmentRow (with its text) is built for each of 50,000 rows
    return write_csv(path, ("segment", "class"), zip(range(len(result.segments)), result.labels))


def write_profiles(result: ReinertResult, path: str | Path) -> Path:
    """class, form, kind, chi2, p, n_in_class, n_total, percent — profiles and anti-profiles."""
    return write_csv(path, ("class", "form", "kind", "chi2", "p", "n_in_class", "n_total", "percent"),
                     ((r.cls, r.form, r.kind, f"{r.chi2:.6f}", f"{r.p:.6g}", r.n_in_class, r.n_total,
                       f"{r.percent:.2f}") for r in result.profiles))


def write_classes(result: ReinertResult, path: str | Path, n_words: int = 15) -> Path:
    """class, segments, percent of classified, percent of all, top active forms."""
    return write_csv(path, ("class", "segments", "percent", "percent_all", "top_forms"),
                     ((c.number, c.size, f"{c.percent:.2f}", f"{c.percent_all:.2f}",
                       " ".join(result.top_words(c.number, n_words))) for c in result.classes))


def write_typical(result: ReinertResult, path: str | Path) -> Path:
    """class, rank, segment, score, text."""
    text = {s.id: s.text for s in result.segments}
    return write_csv(path, ("class", "rank", "segment", "score", "text"),
                     ((k, r, t.segment, f"{t.score:.3f}", text.get(t.segment, ""))
                      for k, rows in sorted(result.typical.items()) for r, t in enumerate(rows, start=1)))


def write_edges(result: SimilarityResult, path: str | Path) -> Path:
    """source, target, weight."""
    return write_csv(path, ("source", "target", "weight"), ((e.source, e.target, e.weight) for e in result.edges))


def write_nodes(result: SimilarityResult, path: str | Path) -> Path:
    """form, freq, community, x, y."""
    return write_csv(path, ("form", "freq", "community", "x", "y"),
                     ((n.form, int(n.freq), n.community, f"{n.x:.5f}", f"{n.y:.5f}") for n in result.nodes))


def write_specificities(result: SpecificitiesResult, path: str | Path) -> Path:
    """form, then one score column per modality, then one count column per modality."""
    header = ["form", *result.modalities, *(f"n_{m}" for m in result.modalities)]
    return write_csv(path, header, ([f, *(f"{v:.4f}" for v in s), *c]
                                    for f, s, c in zip(result.forms, result.scores, result.counts)))


def write_kwic(result: KwicResult, path: str | Path) -> Path:
    """document, segment, start, end, left, keyword, right."""
    return write_csv(path, ("document", "segment", "start", "end", "left", "keyword", "right"),
                     ((line.document_id if line.document_id is not None else line.key, line.segment, line.start,
                       line.end, line.left, line.keyword, line.right) for line in result.lines))
