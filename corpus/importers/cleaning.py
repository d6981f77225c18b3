"""The last step of every import: what XML (and so every export) cannot carry is replaced and counted.

Control characters (NUL bytes included), lone surrogates and U+FFFE/U+FFFF may come from any format, in
the text, the names, attributes, speakers or section labels. Each is replaced by U+FFFD (a form feed by
a line break) — one code point for one, so turn and section offsets stay right — and the user is told
how many were replaced. A file name that is not valid UTF-8 is kept with replacement characters.
"""

from __future__ import annotations

from pathlib import Path

from ..messages import msgn
from .base import ImportedDocument, ImportedTurn, SectionMark, warn
from .encoding import replace_unwanted
from .limits import check_document_counts, check_text_chars


class _Counter:
    """Replaces unwanted characters in strings and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, text: str) -> str:
        cleaned, found = replace_unwanted(text)
        self.count += found
        return cleaned


def file_name(name: str) -> str:
    """A file name as stored: bytes that are not UTF-8 (surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def clean_documents(path: str | Path, documents: list[ImportedDocument]) -> None:
    """Replace, in place, the characters XML cannot carry in every string of ``documents``; warn with the count.

    Also refuses a file whose texts together exceed :data:`limits.MAX_TEXT_CHARS`, or with too many documents
    or attributes (:func:`limits.check_document_counts`)."""
    check_text_chars(path, sum(len(document.text) for document in documents))
    names: set[str] = set()
    values = 0
    for document in documents:
        names.update(document.attributes)
        values += len(document.attributes)
    check_document_counts(path, len(documents), len(names), values)
    clean = _Counter()
    for document in documents:
        document.name = clean(file_name(document.name))
        document.source_name = clean(file_name(document.source_name))
        document.text = clean(document.text)
        document.attributes = {clean(key): clean(value) for key, value in document.attributes.items()}
        document.turns = [_clean_turn(turn, clean) for turn in document.turns]
        document.sections = [SectionMark(mark.offset, clean(mark.label)) for mark in document.sections]
    if clean.count:
        warn(msgn("{n} control or invalid character was replaced by \ufffd",
                  "{n} control or invalid characters were replaced by \ufffd", n=clean.count))


def _clean_turn(turn: ImportedTurn, clean: _Counter) -> ImportedTurn:
    if turn.speaker is None:
        return turn
    speaker = clean(turn.speaker)
    if speaker == turn.speaker:
        return turn
    return ImportedTurn(turn.start, turn.end, turn.content_start, speaker, turn.timestamp)
