"""Iramuteq-compatible text cleaning, with every token's span in the original text.

The cleaning reproduces IRaMuTeQ 0.8a7 with its default corpus settings (``lower``, ``firstclean``,
``charact``, ``expressions``, ``apos``, ``tiret``), in that order:

1. lower-case (``str.lower``);
2. ``’`` -> ``'``, ``œ`` -> ``oe``; ``...`` and ``…`` become separators (IRaMuTeQ turns them into a
   ``£$£`` marker that its own character filter then erases, so they do *not* end a sentence);
   ``. ? ! , ; :`` become separate punctuation tokens;
3. every character outside the kept set (ASCII letters and digits, the accented letters of
   ``KEPT_LETTERS``, ``'_-`` and that punctuation) is a separator;
4. multi-word expressions (``aujourd'hui``, ``parce que``...) are joined with ``_``: plain substring
   replacement, longest keys first in reverse code-point order, as IRaMuTeQ does (so ``d'abord`` also
   joins the start of ``d'aborder``);
5. ``'`` and ``-`` become separators.

Instead of rewriting the string, :func:`clean_text` keeps, for every output character, the index of the
original character it comes from, so each token gets its exact ``(start, end)`` code-point span in the
*uncleaned* text (``œ`` -> ``oe`` and the rare length-changing ``lower()`` included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from lexical.expressions import ExpressionList, default_expressions

#: Letters IRaMuTeQ keeps besides ASCII letters and digits (its ``keep_caract`` setting).
KEPT_LETTERS = "àÀâÂäÄáÁåÅãéÉèÈêÊëËìÌîÎïÏíÍóÓòÒôÔöÖõÕøØùÙûÛüÜúÚçÇßœŒñÑ"
#: Punctuation that becomes a token of its own (used by the segmentation, then dropped).
PUNCTUATION = frozenset(".?!,;:")

_WORD_CHARS = "a-zA-Z0-9" + KEPT_LETTERS + "'_\\-"
_TOKEN_RE = re.compile(f"[{_WORD_CHARS}]+|[.?!,;:]")
_FINAL_RE = re.compile(r"[^ ]+")


@dataclass(frozen=True)
class CleanOptions:
    """Switches of the Iramuteq cleaning (all on by default, as in IRaMuTeQ).

    ``expression_file``: another expression list than IRaMuTeQ's; ``extra_expressions``: a user's own
    ``(expression, joined form)`` pairs on top of it (an empty joined form: ``'``, ``-`` and spaces
    become ``_``).
    """

    lower: bool = True
    expressions: bool = True
    split_apostrophes: bool = True
    split_hyphens: bool = True
    expression_file: Path | None = None
    extra_expressions: tuple[tuple[str, str], ...] = ()

    def expression_list(self) -> ExpressionList | None:
        """The expression list these options use, or None when expressions are off."""
        if not self.expressions:
            return None
        return _load_expressions(self.expression_file, self.extra_expressions)


@lru_cache(maxsize=8)
def _load_expressions(path: Path | None, extra: tuple[tuple[str, str], ...] = ()) -> ExpressionList:
    base = default_expressions() if path is None else ExpressionList.from_file(path)
    return base.extended(extra) if extra else base


@dataclass
class CleanedText:
    """The tokens of one text: cleaned forms (punctuation included) and their original spans."""

    forms: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.forms)

    def is_punctuation(self, i: int) -> bool:
        """True when token ``i`` is a punctuation token (``. ? ! , ; :``)."""
        return self.forms[i] in PUNCTUATION


def _lowered(text: str, lower: bool) -> tuple[str, list[int] | None]:
    """Lower-case ``text``; the index map is None when lengths are unchanged (the usual case)."""
    if not lower:
        return text, None
    low = text.lower()
    if len(low) == len(text):
        return low, None
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        lc = ch.lower()
        parts.append(lc)
        index.extend([i] * len(lc))
    return "".join(parts), index


def _base_tokens(low: str) -> tuple[str, np.ndarray]:
    """Join the raw tokens of ``low`` with single spaces; map each char back to ``low`` (-1: separator)."""
    spans = [m.span() for m in _TOKEN_RE.finditer(low)]
    if not spans:
        return "", np.zeros(0, dtype=np.int64)
    bounds = np.array(spans, dtype=np.int64)
    if "œ" in low:
        return _base_tokens_oe(low, bounds)
    lengths = bounds[:, 1] - bounds[:, 0]
    joined = " ".join(low[s:e] for s, e in spans)
    # char k of token t sits at out_start[t] + k in ``joined`` and came from bounds[t, 0] + k
    out_start = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    where = np.full(len(joined), -1, dtype=np.int64)
    token_of = np.repeat(np.arange(len(spans)), lengths)
    inner = np.arange(len(token_of)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    where[out_start[token_of] + inner] = bounds[token_of, 0] + inner
    return joined, where


def _base_tokens_oe(low: str, bounds: np.ndarray) -> tuple[str, np.ndarray]:
    """The slow path of :func:`_base_tokens` for texts with ``œ`` (which becomes ``oe``)."""
    pieces: list[str] = []
    where: list[int] = []
    for start, end in bounds.tolist():
        if pieces:
            pieces.append(" ")
            where.append(-1)
        for k in range(start, end):
            if low[k] == "œ":
                pieces.append("oe")
                where.extend((k, k))
            else:
                pieces.append(low[k])
                where.append(k)
    return "".join(pieces), np.array(where, dtype=np.int64)


def clean_text(text: str, options: CleanOptions | None = None) -> CleanedText:
    """Clean ``text`` the Iramuteq way; spans are code-point offsets into ``text`` itself."""
    options = options or CleanOptions()
    low, lower_index = _lowered(text, options.lower)
    low = low.replace("’", "'").replace("...", "   ")
    joined, where = _base_tokens(low)
    expressions = options.expression_list()
    if expressions is not None:
        joined, where = expressions.apply_mapped(joined, where)
    if options.split_apostrophes:
        joined = joined.replace("'", " ")
    if options.split_hyphens:
        joined = joined.replace("-", " ")
    return _final_tokens(joined, where, lower_index)


def _final_tokens(joined: str, where: np.ndarray, lower_index: list[int] | None) -> CleanedText:
    """Split the cleaned string on spaces; each token's span runs from its first to its last char."""
    pieces = joined.split(" ")
    lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    keep = lengths > 0
    first, last = starts[keep], starts[keep] + lengths[keep] - 1
    begin, end = where[first], where[last] + 1
    if lower_index is not None:
        index = np.asarray(lower_index, dtype=np.int64)
        begin, end = index[begin], index[end - 1] + 1
    forms = [p for p in pieces if p]
    return CleanedText(forms=forms, starts=begin.tolist(), ends=end.tolist())
