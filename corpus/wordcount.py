"""Word counts: one text with a regular expression, many texts at once with NumPy (same definition).

A word is a run of letters or digits (``[^\\W_]``, Unicode-aware); runs joined by one apostrophe (``'``
or ``’``) or hyphen count once: ``aujourd’hui``, ``c'est-à-dire`` and ``12`` are one word each, ``a--b``
is two. A bulk import counts millions of words: :func:`count_words_many` classifies every character
through a code-point table instead of running the regular expression text by text (theatre7, 16.5 MB:
0.95 s -> 0.25 s). Both give the same counts; the tests compare them on every code point.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_WORD_CHARS = re.compile(r"[^\W_]+")
_APOSTROPHE, _TYPOGRAPHIC_APOSTROPHE, _HYPHEN = map(ord, "'’-")  # the joiners of the regex above
_BATCH_CHARS = 1 << 21  # characters per vectorised pass: ~25 bytes of temporary arrays per character


def count_words(text: str) -> int:
    """Number of words of one text (letter/digit runs; elisions and hyphenated words count once)."""
    return len(_WORD.findall(text))


@lru_cache(maxsize=1)
def _bmp_word_table() -> np.ndarray:
    """Per code point of the Basic Multilingual Plane: is it a word character, as the regular
    expression classifies it (the table is built with it, so both agree by construction)."""
    plane = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=bool)
    for match in _WORD_CHARS.finditer(plane):
        table[match.start():match.end()] = True
    return table


def _word_chars(codes: np.ndarray) -> np.ndarray:
    """Which code points are word characters; those beyond the BMP (emoji, rare scripts) are few and
    classified one distinct value at a time."""
    table = _bmp_word_table()
    if codes.dtype == np.uint8 or not len(codes) or int(codes.max()) < 0x10000:
        return table[codes]
    astral = codes >= 0x10000
    word = table[np.where(astral, 0, codes)]
    distinct = np.unique(codes[astral]).tolist()
    letters = [code for code in distinct if _WORD_CHARS.fullmatch(chr(code))]
    if letters:
        word[astral] = np.isin(codes[astral], letters)
    return word


def _code_points(text: str) -> np.ndarray | None:
    """The code points of ``text`` as an array (bytes when they fit), or None for a lone surrogate."""
    try:
        return np.frombuffer(text.encode("latin-1"), dtype=np.uint8)
    except UnicodeEncodeError:
        pass
    try:
        return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return None


def _batches(texts: Sequence[str]) -> Iterator[Sequence[str]]:
    """Consecutive slices of ``texts`` of about ``_BATCH_CHARS`` characters (one text at least)."""
    start, size = 0, 0
    for i, text in enumerate(texts):
        size += len(text) + 1
        if size >= _BATCH_CHARS:
            yield texts[start:i + 1]
            start, size = i + 1, 0
    if start < len(texts):
        yield texts[start:]


def _count_batch(texts: Sequence[str]) -> list[int]:
    """Word counts of a few texts joined by ``\\n`` (no word spans two texts: ``\\n`` is no joiner).

    Words = runs of word characters (positions where one starts) minus the joiners that have a word
    character on each side (each links two runs into one word).
    """
    codes = _code_points("\n".join(texts))
    if codes is None:
        return [count_words(text) for text in texts]
    word = _word_chars(codes)
    starts = word.copy()
    starts[1:] &= ~word[:-1]
    inner = codes[1:-1]
    joiner = (inner == _APOSTROPHE) | (inner == _TYPOGRAPHIC_APOSTROPHE) | (inner == _HYPHEN)
    links = np.zeros_like(word)
    links[1:-1] = joiner & word[:-2] & word[2:]
    net = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(starts, out=net[1:])
    net[1:] -= np.cumsum(links, dtype=np.int64)
    ends = np.cumsum(np.fromiter((len(text) + 1 for text in texts), dtype=np.int64, count=len(texts))) - 1
    begins = ends - np.fromiter((len(text) for text in texts), dtype=np.int64, count=len(texts))
    return (net[ends] - net[begins]).tolist()


def count_words_many(texts: Sequence[str]) -> list[int]:
    """:func:`count_words` of each text, computed in vectorised batches."""
    counts: list[int] = []
    for batch in _batches(texts):
        counts.extend(_count_batch(batch))
    return counts
