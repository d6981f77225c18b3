"""Boolean code queries (AND, OR, NOT; overlapping or within the same turn) and text search.

A query is a small tree: ``Has(code)``, ``AllOf(a, b, within=...)``, ``AnyOf(a, b)``,
``Without(a, b, within=...)``. ``within="overlap"`` combines passages character by character
(AND keeps the shared characters, NOT keeps the passages of ``a`` that do not touch ``b``);
``within="turn"`` works on speaker turns (lines outside turns): AND gives the turns holding both,
NOT the passages of ``a`` in turns without ``b``. Results are :class:`Passage` lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from coding.queries import Passage, _Context
from coding.search import TextQuery, merge_spans, paragraph_bounds, search_text
from corpus.store.project import Project

Spans = dict[int, list[tuple[int, int]]]  # document id -> sorted, merged spans
WITHIN = ("overlap", "turn")


@dataclass(frozen=True)
class Has:
    """The passages coded with ``code_id`` (and its sub-codes with ``subcodes``)."""

    code_id: int
    subcodes: bool = False


@dataclass(frozen=True)
class AllOf:
    """AND of several queries."""

    items: tuple[object, ...]
    within: str = "overlap"


@dataclass(frozen=True)
class AnyOf:
    """OR of several queries (passages merged)."""

    items: tuple[object, ...]


@dataclass(frozen=True)
class Without:
    """``base`` NOT ``excluded``."""

    base: object
    excluded: object
    within: str = "overlap"


class _Evaluator:
    def __init__(self, project: Project):
        self.ctx = _Context(project, None, True)

    def spans(self, node: object) -> Spans:
        if isinstance(node, Has):
            codings = [k for k in self.ctx.by_code.get(node.code_id, [])
                       if node.subcodes or k.code_id == node.code_id]
            out: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for k in codings:
                out[k.span.document_id].append((k.span.start, k.span.end))
            return {d: merge_spans(s) for d, s in out.items()}
        if isinstance(node, AnyOf):
            return _union([self.spans(i) for i in node.items])
        if isinstance(node, AllOf):
            _check(node.within)
            parts = [self.spans(i) for i in node.items]
            if node.within == "turn":
                parts = [self.units(p) for p in parts]
            return _intersection(parts)
        if isinstance(node, Without):
            _check(node.within)
            base, excluded = self.spans(node.base), self.spans(node.excluded)
            if node.within == "turn":
                excluded = self.units(excluded)
            return {d: [s for s in spans if not _touches(s, excluded.get(d, []))] for d, spans in base.items()}
        raise TypeError(f"not a query node: {node!r}")

    def units(self, spans: Spans) -> Spans:
        """The turns (or lines) touched by the spans."""
        out: dict[int, list[tuple[int, int]]] = {}
        for doc, items in spans.items():
            units = set()
            for s, e in items:
                turns = [t for t in self.ctx.index.turns.get(doc, []) if t.start < e and s < t.end]
                if turns:
                    units.update((t.start, t.end) for t in turns)
                else:
                    units.add(paragraph_bounds(self.ctx.texts[doc], s))
            out[doc] = sorted(units)
        return out


def _check(within: str) -> None:
    if within not in WITHIN:
        raise ValueError(f"unknown scope {within!r} (expected overlap or turn)")


def _touches(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def _union(parts: list[Spans]) -> Spans:
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for part in parts:
        for doc, spans in part.items():
            out[doc].extend(spans)
    return {d: merge_spans(s) for d, s in out.items()}


def _intersection(parts: list[Spans]) -> Spans:
    if not parts:
        return {}
    result = parts[0]
    for part in parts[1:]:
        nxt: Spans = {}
        for doc, spans in result.items():
            shared = [(max(a, c), min(b, d)) for a, b in spans for c, d in part.get(doc, []) if a < d and c < b]
            if shared:
                nxt[doc] = merge_spans(shared)
        result = nxt
    return result


def code_query(project: Project, query: object) -> list[Passage]:
    """The passages answering a boolean code query, in project document order."""
    ev = _Evaluator(project)
    spans = ev.spans(query)
    order = {doc: i for i, doc in enumerate(ev.ctx.names)}
    return [ev.ctx.passage(doc, s, e) for doc in sorted(spans, key=lambda d: order.get(d, d)) for s, e in spans[doc]]


def text_search(project: Project, pattern: str, *, document_ids: Sequence[int] | None = None,
                **options: object) -> list[Passage]:
    """Every passage matching ``pattern`` (options as :class:`coding.search.TextQuery`)."""
    query = TextQuery(pattern, document_ids=tuple(document_ids) if document_ids is not None else None,
                      **options)  # type: ignore[arg-type]
    return [Passage(h.document_id, h.document_name, h.span.start, h.span.end, h.text, h.speaker)
            for h in search_text(project, query)]
