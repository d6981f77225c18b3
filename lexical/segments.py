"""Reinert text segments ("segments de texte", IRaMuTeQ's ``ucemethod 1``).

Per text, a window of the next ``target + 15`` tokens (punctuation included) is examined: if the text
ends inside it, the rest is the last segment; otherwise the cut goes after the position ``i`` maximising
``weight(token_i) / (|target - i| + 1)`` (``. ? !`` = 6, ``:`` = 5, ``;`` = 4, ``,`` = 1, other tokens
0.01), the later position winning ties. Punctuation is then dropped and empty segments are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lexical.cleaning import PUNCTUATION, CleanedText

#: Cut weights of the punctuation tokens; any other token weighs :data:`OTHER_WEIGHT`.
WEIGHTS = {".": 6.0, "?": 6.0, "!": 6.0, ":": 5.0, ";": 4.0, ",": 1.0}
OTHER_WEIGHT = 0.01


@dataclass(frozen=True, eq=False)
class TextSegment:
    """A Reinert text segment: consecutive forms of one source text, about ``target`` tokens long.

    ``start``/``end`` are code-point offsets in the *document* (``SourceText.offset`` added) covering
    the segment's tokens, its inner and final punctuation included; ``spans`` gives each form's own
    ``(start, end)`` in the document.
    """

    id: int
    source_index: int
    start: int
    end: int
    forms: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        """The cleaned text of the segment, forms joined by single spaces (IRaMuTeQ's ``uce``)."""
        return " ".join(self.forms)

    def __len__(self) -> int:
        return len(self.forms)


def _best_cut(tokens: Sequence[str], first: int, window: int, target: int) -> int:
    """Index (absolute) of the token after which the window starting at ``first`` is cut."""
    best_ratio, best = 0.0, first
    for pos in range(window, -1, -1):
        ratio = WEIGHTS.get(tokens[first + pos], OTHER_WEIGHT) / (abs(target - pos) + 1)
        if ratio > best_ratio:
            best_ratio, best = ratio, first + pos
    return best


def cut_points(tokens: Sequence[str], target: int = 40, window: int | None = None) -> list[tuple[int, int]]:
    """Split a token list into ``[start, end)`` ranges the IRaMuTeQ way (punctuation still inside)."""
    window = target + 15 if window is None else window
    ranges: list[tuple[int, int]] = []
    first, n = 0, len(tokens)
    while first < n:
        if n - first <= window:
            ranges.append((first, n))
            break
        cut = _best_cut(tokens, first, window, target)
        ranges.append((first, cut + 1))
        first = cut + 1
    return ranges


def segment_text(
    cleaned: CleanedText,
    source_index: int,
    first_id: int = 0,
    offset: int = 0,
    target: int = 40,
) -> list[TextSegment]:
    """Cut one cleaned text into :class:`TextSegment` objects numbered from ``first_id``."""
    segments: list[TextSegment] = []
    forms_all = cleaned.forms
    for lo, hi in cut_points(forms_all, target):
        keep = [i for i in range(lo, hi) if forms_all[i] not in PUNCTUATION]
        if not keep:
            continue
        segments.append(
            TextSegment(
                id=first_id + len(segments),
                source_index=source_index,
                start=cleaned.starts[lo] + offset,
                end=cleaned.ends[hi - 1] + offset,
                forms=[forms_all[i] for i in keep],
                spans=[(cleaned.starts[i] + offset, cleaned.ends[i] + offset) for i in keep],
            )
        )
    return segments
