"""Edits of a document's text and the remapping of every offset anchored on it (pure functions).

An edit replaces ``old[start:end]`` by ``text`` (an insertion has ``start == end``, a deletion an empty
``text``). :func:`text_diff` finds the edits between two versions of a text, word by word, so that a typo
fixed inside a word is one small edit; :class:`OffsetRemap` then carries every anchor (coding bounds,
turn bounds, section marks) from the old text to the new one:

* a position outside every edit moves by the length the edits before it added or removed;
* a position inside a replaced or deleted region goes to the start of the replacement, except the END
  of a coded passage, which goes to its end: a coding that covered part of the replaced words covers all
  of the new ones;
* at an insertion point, a coding grows over the inserted text only when it glues to the coded word
  (``"articipante"`` + ``"p"`` in front); turns and sections keep the insertion after their start.

A coding whose every character was deleted maps to ``None``: the caller reports it (and keeps it for
undo) instead of dropping it silently. Offsets are code points, as everywhere in the domain.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

_TOKEN = re.compile(r"[^\W_]+|\s+|.", re.DOTALL)
_WORD_CHAR = re.compile(r"[^\W_]")
TOKEN_DIFF_LIMIT = 20000  # characters of a changed block diffed word by word; larger blocks go line by line


@dataclass(frozen=True)
class TextEdit:
    """Replace ``old[start:end]`` by ``text`` (code points of the old text)."""

    start: int
    end: int
    text: str

    @property
    def delta(self) -> int:
        """How many characters the edit adds (negative: removes)."""
        return len(self.text) - (self.end - self.start)


def normalize_edits(edits: Iterable[TextEdit], length: int) -> list[TextEdit]:
    """Sort edits, check they lie in a text of ``length`` characters and do not overlap, merge those
    that touch (so at most one edit starts at any position) and drop the ones that change nothing.

    Edits are positions of the SAME old text; two edits may not overlap (raises ``ValueError``).
    """
    out: list[TextEdit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not 0 <= edit.start <= edit.end <= length:
            raise ValueError(f"edit {edit.start}-{edit.end} lies outside the text ({length} characters)")
        if edit.start == edit.end and not edit.text:
            continue
        if out and edit.start < out[-1].end:
            raise ValueError(f"edits overlap at {edit.start}")
        if out and edit.start == out[-1].end:
            last = out.pop()
            edit = TextEdit(last.start, edit.end, last.text + edit.text)
        out.append(edit)
    return out


def apply_edits(text: str, edits: Iterable[TextEdit]) -> str:
    """The text after the edits."""
    parts, position = [], 0
    for edit in normalize_edits(edits, len(text)):
        parts.append(text[position:edit.start])
        parts.append(edit.text)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def invert_edits(old: str, edits: Iterable[TextEdit]) -> list[TextEdit]:
    """The edits that turn the new text back into ``old`` (positions of the new text)."""
    out, shift = [], 0
    for edit in normalize_edits(edits, len(old)):
        start = edit.start + shift
        out.append(TextEdit(start, start + len(edit.text), old[edit.start:edit.end]))
        shift += edit.delta
    return out


# --- diff ------------------------------------------------------------------------------------
_BLOCK = 4096  # characters compared at once before narrowing down (no copy of a whole long text)


def _narrow(equal, lo: int, hi: int) -> int:  # noqa: ANN001 - equal(k): the first/last k characters agree
    """The largest k in [lo, hi] with ``equal(k)``, knowing ``equal(lo)``."""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if equal(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    position = 0
    while position + _BLOCK <= n and a[position:position + _BLOCK] == b[position:position + _BLOCK]:
        position += _BLOCK
    end = min(n, position + _BLOCK)
    return _narrow(lambda k: a[position:k] == b[position:k], position, end)


def _common_suffix(a: str, b: str, limit: int) -> int:
    n = min(len(a), len(b), limit)
    la, lb = len(a), len(b)
    length = 0
    while length + _BLOCK <= n and a[la - length - _BLOCK:la - length] == b[lb - length - _BLOCK:lb - length]:
        length += _BLOCK
    end = min(n, length + _BLOCK)
    return _narrow(lambda k: a[la - k:la - length] == b[lb - k:lb - length], length, end)


def _trimmed(old: str, new: str, offset: int) -> list[TextEdit]:
    """One edit for a changed block, without its common prefix and suffix."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    if prefix == len(old) == len(new):
        return []
    return [TextEdit(offset + prefix, offset + len(old) - suffix, new[prefix:len(new) - suffix])]


def _block_diff(old: str, new: str, offset: int, pieces: str) -> list[TextEdit]:
    """Edits between two blocks, matching ``pieces`` ("tokens": words, spaces, signs; or "lines")."""
    split = _TOKEN.findall if pieces == "tokens" else (lambda t: t.splitlines(keepends=True))
    a, b = split(old), split(new)
    a_pos = [0, *accumulate(map(len, a))]
    b_pos = [0, *accumulate(map(len, b))]
    edits: list[TextEdit] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        old_block, new_block = old[a_pos[i1]:a_pos[i2]], new[b_pos[j1]:b_pos[j2]]
        if pieces == "lines" and old_block and new_block and len(old_block) + len(new_block) <= TOKEN_DIFF_LIMIT:
            edits.extend(_block_diff(old_block, new_block, offset + a_pos[i1], "tokens"))
        else:
            edits.extend(_trimmed(old_block, new_block, offset + a_pos[i1]))
    return edits


def text_diff(old: str, new: str) -> list[TextEdit]:
    """Edits turning ``old`` into ``new``: word by word around the changed part, line by line first
    when that part is long (an edit session touching both ends of a long transcript)."""
    if old == new:
        return []
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_mid, new_mid = old[prefix:len(old) - suffix], new[prefix:len(new) - suffix]
    if not old_mid or not new_mid:
        return [TextEdit(prefix, prefix + len(old_mid), new_mid)]
    pieces = "tokens" if len(old_mid) + len(new_mid) <= TOKEN_DIFF_LIMIT else "lines"
    return normalize_edits(_block_diff(old_mid, new_mid, prefix, pieces), len(old))


# --- remap -----------------------------------------------------------------------------------
def _is_word_char(char: str) -> bool:
    return bool(char) and _WORD_CHAR.match(char) is not None


class OffsetRemap:
    """Maps positions of a text before edits to positions after them (see the module docstring)."""

    def __init__(self, old_text: str, edits: Iterable[TextEdit]):
        self.old_text = old_text
        self.edits = normalize_edits(edits, len(old_text))
        self._starts = [e.start for e in self.edits]
        self._shift = [0, *accumulate(e.delta for e in self.edits)]  # shift before edit k
        self.old_length = len(old_text)
        self.new_length = self.old_length + self._shift[-1]
        self.new_text = apply_edits(old_text, self.edits)
        # Positions before the first edit do not move; after the last one they all shift by one amount.
        self.first_start = self.edits[0].start if self.edits else self.old_length + 1
        self.last_end = self.edits[-1].end if self.edits else -1
        self.total_shift = self._shift[-1]

    def _find(self, position: int) -> int:
        """Index of the last edit starting at or before ``position`` (-1: none)."""
        return bisect_right(self._starts, position) - 1

    def _map(self, position: int, end_of_span: bool, take_insertion: bool) -> int:
        k = self._find(position)
        if k < 0:
            return position
        edit, before = self.edits[k], position + self._shift[k]
        if position >= edit.end and (edit.start < edit.end or position > edit.start):
            return position + self._shift[k + 1]  # after the edit
        if edit.start == edit.end:  # an insertion exactly here
            return before + len(edit.text) if take_insertion else before
        new_start = edit.start + self._shift[k]
        if position == edit.start:
            return new_start
        return new_start + len(edit.text) if end_of_span else new_start  # inside a replaced region

    def point(self, position: int) -> int:
        """A mark before the text at ``position`` (turn start, section mark): text inserted there comes
        after it; a mark inside a replaced region goes to the replacement's start."""
        if position >= self.old_length:
            return self.new_length
        return self._map(position, end_of_span=False, take_insertion=False)

    def text_point(self, position: int) -> int:
        """:meth:`point` for the start of some text (a turn's speech): when the old text there was no
        white space, white space the edit brought in front is skipped."""
        new = self.point(position)
        if position < self.old_length and not self.old_text[position].isspace():
            while new < self.new_length and self.new_text[new].isspace():
                new += 1
        return new

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """A coded passage ``[start, end)`` after the edits, or None when all its text was deleted.

        A passage that neither started nor ended with white space does not gain any at its ends (two
        equally short diffs may put a deleted space on either side of a deleted word)."""
        new_start = self._map(start, end_of_span=False, take_insertion=not self._glues_before(start))
        new_end = self._map(end, end_of_span=True, take_insertion=self._glues_after(end))
        text = self.new_text
        if start < end and not self.old_text[start].isspace():
            while new_start < new_end and text[new_start].isspace():
                new_start += 1
        if start < end and not self.old_text[end - 1].isspace():
            while new_end > new_start and text[new_end - 1].isspace():
                new_end -= 1
        return (new_start, new_end) if new_end > new_start else None

    def _insertion_at(self, position: int) -> str | None:
        k = self._find(position)
        if k >= 0 and self.edits[k].start == self.edits[k].end == position:
            return self.edits[k].text
        return None

    def _glues_before(self, start: int) -> bool:
        """True when text inserted at a coding's ``start`` ends a word the coded text continues."""
        inserted = self._insertion_at(start)
        return bool(inserted) and _is_word_char(inserted[-1]) and _is_word_char(self.old_text[start:start + 1])

    def _glues_after(self, end: int) -> bool:
        """True when text inserted at a coding's ``end`` continues the coded word."""
        inserted = self._insertion_at(end)
        return bool(inserted) and _is_word_char(inserted[0]) and end > 0 and _is_word_char(self.old_text[end - 1])


def changed_ranges(edits: Sequence[TextEdit]) -> list[tuple[int, int]]:
    """The ranges of the NEW text written by ``edits`` (normalized edits of one old text)."""
    out, shift = [], 0
    for edit in edits:
        start = edit.start + shift
        out.append((start, start + len(edit.text)))
        shift += edit.delta
    return out


def find_replacements(text: str, needle: str, replacement: str, *, case_sensitive: bool = False,
                      whole_words: bool = False) -> list[TextEdit]:
    """The edits replacing every occurrence of ``needle`` in ``text`` (find-and-replace).

    ``whole_words`` skips occurrences glued to a letter or digit on either side (``équipe`` in
    ``équipes``); matching ignores case unless ``case_sensitive``.
    """
    if not needle:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    pattern = re.escape(needle)
    if whole_words:
        pattern = rf"(?<![^\W_]){pattern}(?![^\W_])"
    return [TextEdit(m.start(), m.end(), replacement) for m in re.finditer(pattern, text, flags)
            if m.group() != replacement]


__all__ = ["OffsetRemap", "TextEdit", "apply_edits", "changed_ranges", "find_replacements", "invert_edits",
           "normalize_edits", "text_diff"]
