"""app.offsets: code points <-> Qt positions on accents, emoji and CRLF-origin texts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from app.offsets import OffsetMap, utf16_len

TEXTS = [
    "Marie : À Paris, près de l’œuvre.",
    "Enq : ça va ? 😀 oui 😀😀 très bien\nMarie : 🇫🇷 é",
    "ligne 1\r\nligne 2 😀\r\n\r\nfin é",
    "",
    "😀",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_every_offset(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        if not _inside_crlf(text, cp):
            assert m.to_cp(m.to_qt(cp)) == cp


def _inside_crlf(text: str, cp: int) -> bool:
    """A position between "\r" and "\n": it has no Qt position of its own."""
    return 0 < cp < len(text) and text[cp - 1 : cp + 1] == "\r\n"


def test_accents_are_one_unit_each():
    m = OffsetMap("é à œ ç")
    assert m.trivial and m.to_qt(5) == 5 and m.qt_length == 7


def test_emoji_counts_two_utf16_units():
    text = "a😀b"
    m = OffsetMap(text)
    assert m.to_qt(1) == 1 and m.to_qt(2) == 3 and m.to_qt(3) == 4
    assert m.to_cp(2) == 1  # inside the surrogate pair: floors to the emoji
    assert m.span_to_cp(1, 2) == (1, 2)  # a half emoji selection rounds up to the whole emoji
    assert m.qt_length == utf16_len(text) == 4


@pytest.mark.parametrize("text", TEXTS)
def test_qt_document_selects_the_same_text(text):
    doc = QTextDocument()
    doc.setPlainText(text)
    m = OffsetMap(text)
    assert doc.characterCount() - 1 == m.qt_length
    words = [(i, i + 3) for i in range(0, max(len(text) - 3, 0), 2)]
    for start, end in words:
        if _inside_crlf(text, start) or _inside_crlf(text, end):
            continue
        cursor = QTextCursor(doc)
        a, b = m.span_to_qt(start, end)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        expected = text[start:end].replace("\r\n", "\n").replace("\n", "\u2029")
        assert cursor.selectedText() == expected


def test_crlf_origin_text_after_normalisation_is_trivial():
    assert OffsetMap("a\r\nb".replace("\r\n", "\n")).trivial


def test_long_text_round_trips_everywhere():
    # Speed is measured by bench/gui_bench.py; here every sampled position must round-trip.
    text = ("mot é " * 20_000) + "😀" + ("fin\r\n" * 1000)
    m = OffsetMap(text)
    emoji = text.index("😀")
    for cp in range(0, len(text), 97):
        if text[cp - 1] != "\r":  # inside a CRLF pair there is no Qt position of its own
            assert m.to_cp(m.to_qt(cp)) == cp
        if cp <= emoji + 1:  # before the CRLF lines (each CRLF is one Qt separator)
            assert m.to_qt(cp) == cp + (1 if cp > emoji else 0)
    crlf = text.index("\r\n")
    assert m.to_qt(crlf + 2) == crlf + 2  # the emoji's extra UTF-16 unit and the CR cancel out
