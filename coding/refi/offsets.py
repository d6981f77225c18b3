"""Plain texts of other tools, made into Verbatim texts, with their selection offsets mapped.

Verbatim stores NFC text with LF line ends, offsets in code points. Sources from other tools may
carry a BOM, CRLF or CR line ends, decomposed accents, and their offsets may have been counted on
the file as it is (the standard), on the text with LF line ends, or in UTF-16 units (.NET and Qt
tools). :func:`normalise` returns the new text and a map from every position of the original
text to the new one; :mod:`coding.refi.readings` chooses how the tool counted.
"""

from __future__ import annotations

import re
import unicodedata

from corpus.messages import Message, msg

BOM = "\ufeff"
_SPACE = re.compile(r"\s+")


def decode(data: bytes) -> tuple[str, list[Message]]:
    """Decode a source file: UTF-8 (a BOM is dropped), else UTF-16 with BOM, else cp1252.

    Returns the text and notes on what was done (for the data-loss report)."""
    notes: list[Message] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append(msg("UTF-8 byte order mark removed"))
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), [msg("decoded as UTF-16 (the standard asks for UTF-8)")]
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [*notes, msg("not UTF-8: decoded as Windows-1252")]


def crlf_map(text: str) -> tuple[str, list[int]]:
    """``text`` with CRLF and CR made LF; ``map[i]`` is the new position of old position ``i``."""
    out: list[str] = []
    mapping: list[int] = []
    n = 0
    for i, ch in enumerate(text):
        mapping.append(n)
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                continue  # the LF that follows carries the line end
            ch = "\n"
        out.append(ch)
        n += 1
    mapping.append(n)
    return "".join(out), mapping


def nfc_map(text: str) -> tuple[str, list[int]]:
    """``text`` in NFC; ``map[i]`` is the new position of old position ``i``.

    Runs starting at a character of combining class 0 are normalised one at a time; a position
    inside a run that composes maps to the run's end (or start, for the run's first position)."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    runs: list[str] = []
    for ch in text:
        if runs and unicodedata.combining(ch):
            runs[-1] += ch
        else:
            runs.append(ch)
    out: list[str] = []
    mapping: list[int] = []
    n = 0
    for run in runs:
        new = unicodedata.normalize("NFC", run)
        mapping.append(n)
        mapping.extend([n + len(new)] * (len(run) - 1) if len(new) != len(run) else range(n + 1, n + len(run)))
        out.append(new)
        n += len(new)
    mapping.append(n)
    result = "".join(out)
    if not unicodedata.is_normalized("NFC", result):  # pragma: no cover - exotic scripts
        result = unicodedata.normalize("NFC", text)
        mapping = [min(m, len(result)) for m in mapping]
    return result, mapping


def normalise(raw: str) -> tuple[str, list[int], list[int]]:
    """Verbatim text of ``raw`` (BOM already removed) and two maps to it: from positions counted
    on ``raw`` itself (CR counted) and from positions counted on its LF version."""
    lf_text, m_crlf = crlf_map(raw)
    text, m_nfc = nfc_map(lf_text)
    return text, [m_nfc[i] for i in m_crlf], m_nfc


def squash(text: str) -> str:
    """``text`` NFC with runs of white space made one space, without a trailing ellipsis or full stop
    (to compare a selection's name with its text)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().rstrip("…").rstrip(".").strip()
