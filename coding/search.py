"""Find words, phrases or regular expressions in documents: the engine behind auto-coding, text
search queries and the concordance that codes.

Matching runs on a *normalised copy* of each text (accents and ligatures folded, typographic
apostrophes made straight, as asked) with a map from every normalised character back to the
original code point, so the offsets handed out are exact in the stored text whatever accents,
emoji or combining characters it holds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from coding.speakers import SpeakerIndex
from coding.types import Span, TextHit
from corpus.messages import msg
from corpus.store.models import DocumentRow
from corpus.store.project import Project
from corpus.types import Turn

SCOPES = ("match", "sentence", "turn")
APOSTROPHES = "’‘ʼ´′"
SENTENCE_ENDS = ".!?…\n"
_CLOSERS = "»\"”’)]"
_END_MARKS = ".!?…"
_SPACES = " \t\u00a0\u202f"
_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


@dataclass(frozen=True)
class TextQuery:
    """What to look for, how, and where.

    ``pattern`` is literal text unless ``regex``; ``scope`` widens each match to its sentence (bounded
    by ``. ! ? …`` and line breaks, within the turn) or to the whole speech of its turn.
    ``case_ids`` keeps only what these speakers say; ``exclude_interviewer`` drops the interviewer's
    turns. Matches inside a turn's label (``Prénom :``) are ignored.
    """

    pattern: str
    regex: bool = False
    whole_word: bool = False
    ignore_case: bool = True
    ignore_accents: bool = False
    ignore_apostrophes: bool = True
    scope: str = "match"
    document_ids: tuple[int, ...] | None = None
    case_ids: tuple[int, ...] | None = None
    exclude_interviewer: bool = False


@lru_cache(maxsize=8192)
def _fold_char(ch: str, accents: bool, apostrophes: bool) -> str:
    if apostrophes and ch in APOSTROPHES:
        return "'"
    if accents:
        if ch in _LIGATURES:
            return _LIGATURES[ch]
        return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return ch


_ASCII_BYTES = bytes(range(128))


def _non_ascii_chars(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text`` (UTF-8 minus its ASCII bytes is still UTF-8)."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


def _replace_all(text: str, mapping: dict[str, str]) -> str:
    """Replace single characters: ``str.replace`` per character (C speed) unless there are many."""
    if len(mapping) > 64:
        return text.translate({ord(k): v for k, v in mapping.items()})
    for old, new in mapping.items():
        text = text.replace(old, new)
    return text


def _positions(text: str, chars: Iterable[str]) -> list[int]:
    out = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    return sorted(out)


def normalise(text: str, *, accents: bool, apostrophes: bool) -> tuple[str, list[int] | None]:
    """``(folded text, map)``: ``map[i]`` is the original index of folded character ``i`` (plus a
    final entry ``len(text)``); ``None`` when the fold kept every position (identity map).

    Fast: each distinct non-ASCII character is folded once; those folding to one character are
    replaced in the whole string (``str.replace``, positions unchanged); the offset map is only
    built when some character folds to zero or several (``œ`` → ``oe``, a lone combining accent
    → nothing), from ``range`` chunks between those characters.
    """
    if text.isascii() or not (accents or apostrophes):
        return text, None
    even: dict[str, str] = {}
    uneven: dict[str, str] = {}
    for ch in _non_ascii_chars(text):
        folded = _fold_char(ch, accents, apostrophes)
        if folded != ch:
            (even if len(folded) == 1 else uneven)[ch] = folded
    if not even and not uneven:
        return text, None
    text_even = _replace_all(text, even) if even else text
    if not uneven:
        return text_even, None
    out: list[str] = []
    index: list[int] = []
    previous = 0
    for i in _positions(text, uneven):
        out.append(text_even[previous:i])
        index.extend(range(previous, i))
        folded = uneven[text[i]]
        out.append(folded)
        index.extend([i] * len(folded))
        previous = i + 1
    out.append(text_even[previous:])
    index.extend(range(previous, len(text) + 1))
    return "".join(out), index


def compile_query(query: TextQuery) -> re.Pattern[str]:
    """The regular expression to run on folded texts; a bad regex raises ``ValueError``."""
    if query.scope not in SCOPES:
        raise ValueError(f"unknown scope {query.scope!r} (expected match, sentence or turn)")
    if not query.pattern.strip():
        raise ValueError(msg("empty search pattern"))
    pattern = unicodedata.normalize("NFC", query.pattern)
    pattern = normalise(pattern, accents=query.ignore_accents, apostrophes=query.ignore_apostrophes)[0]
    if not query.regex:
        pattern = re.escape(pattern)
    if query.whole_word:
        pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
    flags = re.MULTILINE | (re.IGNORECASE if query.ignore_case else 0)
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ValueError(msg("bad regular expression {pattern}: {error}", pattern=repr(query.pattern), error=exc)) from exc


def find_spans(text: str, query: TextQuery, compiled: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` in ``text`` of every non-empty match (scope not applied)."""
    compiled = compiled or compile_query(query)
    folded, index = normalise(text, accents=query.ignore_accents, apostrophes=query.ignore_apostrophes)
    out = []
    for m in compiled.finditer(folded):
        a, b = m.span()
        if a == b:
            continue
        if index is not None:
            a, b = index[a], index[b - 1] + 1
        while b < len(text) and unicodedata.combining(text[b]):
            b += 1  # never split a letter from its combining accent
        out.append((a, b))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_end(text: str, i: int, hi: int) -> int | None:
    """If the punctuation at ``i`` ends a sentence, the offset just after it and its closing quotes
    or brackets; else ``None``. A full stop, ``!``, ``?`` or ``…`` ends a sentence when a space
    (or the end) follows and the next word does not start with a lower-case letter ("la fatigue…
    c’était dur" and "« Oui ! » dit-elle" are one sentence); "3.5", "ameli.fr" and initials
    ("M. Dupont") do not end one."""
    if text[i] == "\n":
        return i
    if text[i] == "." and i > 0 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalnum()):
        return None  # an initial: "M. Dupont", "J.-P. Martin"
    j = i + 1
    last = j
    spaced = False
    while j < hi and text[j] != "\n" and (text[j] in _END_MARKS or text[j] in _CLOSERS or text[j] in _SPACES):
        if text[j] in _SPACES:
            spaced = True
        else:
            last = j + 1
            if spaced and text[j] in _END_MARKS:
                break  # "Quoi ? ?" is rare; keep the first end
        j += 1
    if j >= hi or text[j] == "\n":
        return last
    if not spaced or text[j].islower():
        return None
    return last


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Widen ``[start, end)`` to its sentence(s), without leaving ``[lo, hi)`` (see
    :func:`_sentence_end` for what ends a sentence; a line break always does)."""
    hi = len(text) if hi is None else hi
    s = lo
    k = start - 1
    while k >= lo:
        if text[k] in SENTENCE_ENDS:
            after = _sentence_end(text, k, hi)
            if after is not None and after <= start:
                s = after + (text[k] == "\n")
                break
        k -= 1
    e = hi
    k = max(end - 1, s)
    while k < hi:
        if text[k] in SENTENCE_ENDS:
            after = _sentence_end(text, k, hi)
            if after is not None and after >= end:
                e = after
                break
        k += 1
    s, e = _strip(text, s, e)
    return min(s, start), max(e, end)


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """The line holding ``position`` (the "turn" of a document without speaker turns)."""
    lo = text.rfind("\n", 0, position) + 1
    hi = text.find("\n", position)
    return _strip(text, lo, len(text) if hi < 0 else hi)


def scoped_span(text: str, start: int, end: int, scope: str, turn: Turn | None) -> tuple[int, int]:
    """Widen a match to its scope (``match``, ``sentence`` or ``turn``)."""
    lo, hi = (turn.content_start, turn.end) if turn else paragraph_bounds(text, start)
    if scope == "sentence":
        return sentence_bounds(text, start, end, lo if turn else 0, hi if turn else len(text))
    if scope == "turn":
        s, e = _strip(text, lo, hi)
        return min(s, start), max(e, end)
    return start, end


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged (touching ones stay apart)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _keep(turn: Turn | None, start: int, query: TextQuery, index: SpeakerIndex) -> bool:
    if turn is not None and start < turn.content_start:
        return False  # inside the "Prénom :" label
    if query.case_ids is not None and (turn is None or turn.case_id not in query.case_ids):
        return False
    return not (query.exclude_interviewer and turn is not None and turn.case_id in index.interviewers)


def search_text(
    project: Project,
    query: TextQuery,
    *,
    progress: Callable[[float, str], None] | None = None,
    cancel: object | None = None,
) -> list[TextHit]:
    """Every passage matching ``query``, in project document order then text order."""
    compiled = compile_query(query)
    docs = _documents(project, query.document_ids)
    with project.transaction() as session:
        index = SpeakerIndex(session, [d[0] for d in docs])
    hits: list[TextHit] = []
    for n, (doc_id, name, text) in enumerate(docs):
        if cancel is not None:
            cancel.check()  # type: ignore[attr-defined]
        if progress:
            progress(n / max(len(docs), 1), name)
        spans = []
        for start, end in find_spans(text, query, compiled):
            turn = index.turn_at(doc_id, start)
            if _keep(turn, start, query, index):
                spans.append(scoped_span(text, start, end, query.scope, turn))
        hits.extend(_hits(doc_id, name, text, merge_spans(spans), index))
    return hits


def code_speaker_turns(project: Project, case_ids: Sequence[int],
                       document_ids: Sequence[int] | None = None) -> list[TextHit]:
    """The speech of every turn of these speakers (labels left out), ready to be coded."""
    docs = _documents(project, tuple(document_ids) if document_ids is not None else None)
    wanted = set(case_ids)
    with project.transaction() as session:
        index = SpeakerIndex(session, [d[0] for d in docs])
    hits: list[TextHit] = []
    for doc_id, name, text in docs:
        spans = [_strip(text, t.content_start, t.end) for t in index.turns.get(doc_id, []) if t.case_id in wanted]
        hits.extend(_hits(doc_id, name, text, merge_spans(s for s in spans if s[0] < s[1]), index))
    return hits


def _hits(doc_id: int, name: str, text: str, spans: list[tuple[int, int]], index: SpeakerIndex) -> list[TextHit]:
    out = []
    for s, e in spans:
        turn = index.turn_at(doc_id, s)
        out.append(TextHit(doc_id, name, Span(doc_id, s, e), text[s:e], turn.speaker if turn else None,
                           turn.case_id if turn else None))
    return out


def _documents(project: Project, ids: tuple[int, ...] | None) -> list[tuple[int, str, str]]:
    with project.transaction() as session:
        query = select(DocumentRow.id, DocumentRow.name, DocumentRow.text).order_by(DocumentRow.position,
                                                                                    DocumentRow.id)
        if ids is not None:
            query = query.where(DocumentRow.id.in_(list(ids)))
        return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]
