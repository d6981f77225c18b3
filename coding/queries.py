"""Queries over codings: co-occurrence, code x attribute and code x case matrices.

Results are plain dataclasses: a :class:`Matrix` has row and column labels, values, and the
passages behind every cell (document, span, text) so a GUI can jump to them. Boolean code queries
and text search live in :mod:`coding.queries_bool`; CSV/XLSX export in :mod:`coding.queries_export`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.search import paragraph_bounds
from coding.speakers import SpeakerIndex
from coding.types import Code, Coding
from corpus.documents import CorpusService
from corpus.store.project import Project

MODES = ("overlap", "turn", "distance")
MEASURES = ("count", "documents_pct", "speakers_pct")


@dataclass(frozen=True)
class Passage:
    """A passage behind a result: where it is and what it says."""

    document_id: int
    document_name: str
    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass
class Matrix:
    """A table of numbers with the passages behind each cell (``passages[(row, col)]``)."""

    title: str
    row_labels: list[str]
    col_labels: list[str]
    values: list[list[float]]
    row_ids: list[object] = field(default_factory=list)
    col_ids: list[object] = field(default_factory=list)
    passages: dict[tuple[int, int], list[Passage]] = field(default_factory=dict)

    def value(self, row: str, col: str) -> float:
        """The value at labels ``row`` x ``col``."""
        return self.values[self.row_labels.index(row)][self.col_labels.index(col)]

    def cell_passages(self, row: str, col: str) -> list[Passage]:
        """The passages behind a cell, by labels."""
        return self.passages.get((self.row_labels.index(row), self.col_labels.index(col)), [])


class _Context:
    """Codings, texts, names and turns of a project, loaded once per query."""

    def __init__(self, project: Project, code_ids: Sequence[int] | None, aggregate: bool):
        books = CodebookService(project)
        all_codes = books.codes()
        self.codes: list[Code] = [c for c in all_codes if code_ids is None or c.id in set(code_ids)]
        self.members = {c.id: {c.id, *(books.descendants(c.id) if aggregate else [])} for c in self.codes}
        wanted = set().union(*self.members.values()) if self.members else set()
        codings = CodingService(project).codings(sorted(wanted))
        self.by_code: dict[int, list[Coding]] = {
            c.id: [k for k in codings if k.code_id in self.members[c.id]] for c in self.codes}
        corpus = CorpusService(project)
        self.names = {d.id: d.name for d in corpus.documents()}
        self.texts = corpus.texts()
        with project.transaction() as session:
            self.index = SpeakerIndex(session, list(self.names))

    def passage(self, doc_id: int, start: int, end: int) -> Passage:
        turn = self.index.turn_at(doc_id, start)
        return Passage(doc_id, self.names.get(doc_id, ""), start, end, self.texts[doc_id][start:end],
                       turn.speaker if turn else None)

    def unit_of(self, coding: Coding) -> set[tuple[int, int, int]]:
        """The turns (or, outside turns, the lines) a coding touches, as ``(doc, start, end)``."""
        doc, s, e = coding.span.document_id, coding.span.start, coding.span.end
        turns = [t for t in self.index.turns.get(doc, []) if t.start < e and s < t.end]
        if turns:
            return {(doc, t.start, t.end) for t in turns}
        return {(doc, *paragraph_bounds(self.texts[doc], s))}

    def speaker_of(self, coding: Coding) -> tuple[int | None, str | None]:
        turn = self.index.turn_at(coding.span.document_id, coding.span.start)
        return (turn.case_id, turn.speaker) if turn else (None, None)


def _pairs(a: list[Coding], b: list[Coding], mode: str, distance: int) -> list[tuple[int, int, int]]:
    """Spans ``(doc, start, end)`` where a coding of ``a`` meets one of ``b``."""
    gap = distance if mode == "distance" else 0
    by_doc: dict[int, list[Coding]] = defaultdict(list)
    for y in b:
        by_doc[y.span.document_id].append(y)
    out = []
    for x in a:
        for y in by_doc.get(x.span.document_id, []):
            if x.id == y.id:
                continue
            xs, xe, ys, ye = x.span.start, x.span.end, y.span.start, y.span.end
            if mode == "overlap" and xs < ye and ys < xe:
                out.append((x.span.document_id, max(xs, ys), min(xe, ye)))
            elif mode == "distance" and xs <= ye + gap and ys <= xe + gap:
                out.append((x.span.document_id, min(xs, ys), max(xe, ye)))
    return sorted(set(out))


def cooccurrence(project: Project, code_ids: Sequence[int] | None = None, *, mode: str = "overlap",
                 distance: int = 0, aggregate: bool = False) -> Matrix:
    """Code x code co-occurrences.

    ``overlap``: passages coded with both codes (cell = number of distinct overlapping spans);
    ``distance``: codings at most ``distance`` characters apart (cell = distinct spanned passages);
    ``turn``: speaker turns (or lines, outside turns) coded with both (cell = number of turns).
    The diagonal holds each code's own codings (turns in ``turn`` mode). ``aggregate`` counts a
    code's sub-codes as the code."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (expected {', '.join(MODES)})")
    ctx = _Context(project, code_ids, aggregate)
    n = len(ctx.codes)
    values = [[0.0] * n for _ in range(n)]
    passages: dict[tuple[int, int], list[Passage]] = {}
    units = {c.id: set().union(*(ctx.unit_of(k) for k in ctx.by_code[c.id])) if ctx.by_code[c.id] else set()
             for c in ctx.codes} if mode == "turn" else {}
    for i, a in enumerate(ctx.codes):
        for j, b in enumerate(ctx.codes):
            if i == j:
                spans = sorted(units[a.id]) if mode == "turn" else sorted(
                    {(k.span.document_id, k.span.start, k.span.end) for k in ctx.by_code[a.id]})
            elif j < i:
                values[i][j], passages[(i, j)] = values[j][i], passages.get((j, i), [])
                continue
            else:
                spans = sorted(units[a.id] & units[b.id]) if mode == "turn" else \
                    _pairs(ctx.by_code[a.id], ctx.by_code[b.id], mode, distance)
            values[i][j] = float(len(spans))
            passages[(i, j)] = [ctx.passage(*s) for s in spans]
    labels = [c.path for c in ctx.codes]
    return Matrix(f"Co-occurrence ({mode})", labels, labels, values, [c.id for c in ctx.codes],
                  [c.id for c in ctx.codes], passages)


def code_attribute_matrix(project: Project, attribute: str, *, scope: str = "case",
                          code_ids: Sequence[int] | None = None, measure: str = "count",
                          aggregate: bool = False) -> Matrix:
    """Codes x values of an attribute of speakers (``scope="case"``) or documents.

    ``count``: codings; ``documents_pct``: % of the documents having the value that hold the code;
    ``speakers_pct``: % of the speakers having the value who were coded with it."""
    ctx = _Context(project, code_ids, aggregate)
    values_of = ctx.index.case_attributes if scope == "case" else ctx.index.document_attributes

    def column_of(coding: Coding) -> str | None:
        key = ctx.speaker_of(coding)[0] if scope == "case" else coding.span.document_id
        return values_of.get(key, {}).get(attribute) if key is not None else None

    columns = sorted({v[attribute] for v in values_of.values() if attribute in v})
    return _grouped(ctx, columns, column_of, measure, f"Codes x {attribute}", _population(ctx, values_of, attribute))


def code_case_matrix(project: Project, code_ids: Sequence[int] | None = None, *, measure: str = "count",
                     aggregate: bool = False) -> Matrix:
    """Codes x speakers (cases): codings per speaker, or % of each speaker's documents."""
    ctx = _Context(project, code_ids, aggregate)
    columns = sorted({t.speaker for turns in ctx.index.turns.values() for t in turns if t.speaker})

    def column_of(coding: Coding) -> str | None:
        return ctx.speaker_of(coding)[1]

    population = {name: ({t.document_id for ts in ctx.index.turns.values() for t in ts if t.speaker == name}, {name})
                  for name in columns}
    return _grouped(ctx, columns, column_of, measure, "Codes x speakers", population)


def _population(ctx: _Context, values_of: dict[int, dict[str, str]], attribute: str) -> dict[str, tuple[set, set]]:
    """For each value: the documents and the speakers having it (denominators of percentages)."""
    out: dict[str, tuple[set, set]] = defaultdict(lambda: (set(), set()))
    case_scope = values_of is ctx.index.case_attributes
    for doc_id, turns in ctx.index.turns.items():
        for t in turns:
            value = (values_of.get(t.case_id or -1, {}) if case_scope else values_of.get(doc_id, {})).get(attribute)
            if value is not None:
                out[value][0].add(doc_id)
                if t.speaker:
                    out[value][1].add(t.speaker)
    if not case_scope:
        for doc_id, vals in values_of.items():
            if attribute in vals:
                out[vals[attribute]][0].add(doc_id)
    return out


def _grouped(ctx: _Context, columns: list[str], column_of, measure: str, title: str,  # noqa: ANN001
             population: dict[str, tuple[set, set]]) -> Matrix:
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r} (expected {', '.join(MEASURES)})")
    values, passages = [], {}
    for i, code in enumerate(ctx.codes):
        row = []
        for j, col in enumerate(columns):
            hits = [k for k in ctx.by_code[code.id] if column_of(k) == col]
            passages[(i, j)] = [ctx.passage(k.span.document_id, k.span.start, k.span.end) for k in hits]
            docs, speakers = population.get(col, (set(), set()))
            if measure == "count":
                row.append(float(len(hits)))
            elif measure == "documents_pct":
                row.append(_pct({k.span.document_id for k in hits}, docs))
            else:
                row.append(_pct({ctx.speaker_of(k)[1] for k in hits} - {None}, speakers))
        values.append(row)
    suffix = {"count": "codings", "documents_pct": "% of documents", "speakers_pct": "% of speakers"}[measure]
    return Matrix(f"{title} ({suffix})", [c.path for c in ctx.codes], columns, values, [c.id for c in ctx.codes],
                  list(columns), passages)


def _pct(part: set, whole: set) -> float:
    return round(100.0 * len(part & whole) / len(whole), 2) if whole else 0.0
