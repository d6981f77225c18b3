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
    """Switches of the Iramuteq cleaning (all on by default, as in IRaMuTeQ)."""

    lower: bool = True
    expressions: bool = True
    split_apostrophes: bool = True
    split_hyphens: bool = True
    expression_file: Path | None = None

    def expression_list(self) -> ExpressionList | None:
        """The expression list these options use, or None when expressions are off."""
        if not self.expressions:
            return None
        if self.expression_file is None:
            return default_expressions()
        return _load_expressions(self.expression_file)


@lru_cache(maxsize=4)
def _load_expressions(path: Path) -> ExpressionList:
    return ExpressionList.from_file(path)


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


def _base_tokens(low: str) -> tuple[str, list[int]]:
    """Join the raw tokens of ``low`` with single spaces; map each char back to ``low`` (-1: separator)."""
    pieces: list[str] = []
    where: list[int] = []
    for match in _TOKEN_RE.finditer(low):
        tok, start = match.group(), match.start()
        if pieces:
            pieces.append(" ")
            where.append(-1)
        if "œ" in tok:
            for k, ch in enumerate(tok):
                if ch == "œ":
                    pieces.append("oe")
                    where.extend((start + k, start + k))
                else:
                    pieces.append(ch)
                    where.append(start + k)
        else:
            pieces.append(tok)
            where.extend(range(start, start + len(tok)))
    return "".join(pieces), where


def clean_text(text: str, options: CleanOptions | None = None) -> CleanedText:
    """Clean ``text`` the Iramuteq way; spans are code-point offsets into ``text`` itself."""
    options = options or CleanOptions()
    low, lower_index = _lowered(text, options.lower)
    low = low.replace("’", "'").replace("...", "   ")
    joined, where = _base_tokens(low)
    expressions = options.expression_list()
    if expressions is not None:
        joined = expressions.apply(joined)
    if options.split_apostrophes:
        joined = joined.replace("'", " ")
    if options.split_hyphens:
        joined = joined.replace("-", " ")
    out = CleanedText()
    for match in _FINAL_RE.finditer(joined):
        start, end = where[match.start()], where[match.end() - 1] + 1
        if lower_index is not None:
            start, end = lower_index[start], lower_index[end - 1] + 1
        out.forms.append(match.group())
        out.starts.append(start)
        out.ends.append(end)
    return out
