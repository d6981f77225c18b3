"""Concordance (key word in context) over a prepared corpus, with document offsets for every hit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lexical.corpus import LexicalCorpus

SortKey = Literal["source", "left", "right", "keyword"]


@dataclass(frozen=True)
class KwicHit:
    """One occurrence: the source, the segment, document offsets and the context around it."""

    source_index: int
    segment_id: int
    start: int
    end: int
    left: str
    keyword: str
    right: str
    form: str


def _matcher(corpus: LexicalCorpus, query: str, by: str):  # noqa: ANN202 - returns a predicate
    if by == "form":
        return lambda form: form == query
    if by == "lemma":
        return lambda form: corpus.unit_of.get(form) == query
    if by == "regex":
        pattern = re.compile(query)
        return lambda form: pattern.fullmatch(form) is not None
    raise ValueError(f"unknown query kind {by!r} (form, lemma or regex)")


def _context(text: str, start: int, end: int, chars: int | None, words: int | None) -> tuple[str, str]:
    if words is not None:
        left_words = text[:start].split()[-words:] if words else []
        right_words = text[end:].split()[:words] if words else []
        return " ".join(left_words), " ".join(right_words)
    width = 40 if chars is None else chars
    left = text[max(0, start - width) : start]
    return " ".join(left.split()), " ".join(text[end : end + width].split())


def concordance(
    corpus: LexicalCorpus,
    query: str,
    *,
    by: Literal["form", "lemma", "regex"] = "form",
    chars: int | None = 40,
    words: int | None = None,
    sort: SortKey = "source",
) -> list[KwicHit]:
    """Every occurrence of a form, a lemma, or forms fully matching a regex, with its context.

    Context is taken from the *original* source text (``chars`` characters, or ``words`` words when
    given) and never crosses the source's limits. ``start``/``end`` are document offsets.
    """
    matches = _matcher(corpus, query, by)
    hits: list[KwicHit] = []
    for segment in corpus.segments:
        source = corpus.sources[segment.source_index]
        for form, (start, end) in zip(segment.forms, segment.spans):
            if not matches(form):
                continue
            local_start, local_end = start - source.offset, end - source.offset
            left, right = _context(source.text, local_start, local_end, chars, words)
            keyword = source.text[local_start:local_end]
            hits.append(KwicHit(segment.source_index, segment.id, start, end, left, keyword, right, form))
    return sort_hits(hits, sort)


def sort_hits(hits: list[KwicHit], sort: SortKey = "source") -> list[KwicHit]:
    """Order hits by source position, by left context (read backwards, word by word), right context
    or keyword; ties keep source order."""
    if sort == "source":
        return sorted(hits, key=lambda h: (h.source_index, h.start))
    if sort == "left":
        return sorted(hits, key=lambda h: (h.left.lower().split()[::-1], h.source_index, h.start))
    if sort == "right":
        return sorted(hits, key=lambda h: (h.right.lower(), h.source_index, h.start))
    if sort == "keyword":
        return sorted(hits, key=lambda h: (h.keyword.lower(), h.source_index, h.start))
    raise ValueError(f"unknown sort {sort!r}")
