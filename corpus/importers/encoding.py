"""Decoding the bytes of text files, and the normalisation every importer applies.

French transcripts arrive as UTF-8 (with or without BOM), UTF-16 (Word's "Unicode text", Praat) or
Windows-1252 (old Windows tools). The guess order is: BOM, strict UTF-8, UTF-16 without BOM (NUL-byte
pattern), MacRoman for old Mac files (CR line ends, when it gives more French accented letters), then
Windows-1252, then Latin-1. Binary content is refused.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

from .base import ImportFailure

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters that never occur in text files (tab, LF, CR, FF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# cp1252 leaves these five bytes undefined.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of the raw file bytes."""
    return hashlib.sha256(data).hexdigest()


def normalize_text(text: str) -> str:
    """NFC, LF line ends, no BOM character: the form every imported text takes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _NEWLINES.sub("\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 LE/BE from the NUL bytes of mostly-ASCII text."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """True when decoded text holds NULs or too many control characters to be prose."""
    sample = text[:20000]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 200)


def _decode_with(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise ImportFailure(path, f"unknown text encoding '{encoding}'") from exc
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            path, f"the text cannot be decoded as {encoding} (byte {exc.start}); choose another encoding"
        ) from exc


def guess_encoding(data: bytes) -> str:
    """The most likely encoding of ``data`` (a Python codec name)."""
    bom = _bom_encoding(data)
    if bom:
        return bom
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\r" in data and b"\n" not in data and _french_letters(data, "mac_roman") > _french_letters(data, "cp1252"):
        return "mac_roman"  # classic Mac OS: CR line ends and MacRoman accents
    if _CP1252_HOLES.isdisjoint(data):
        return "cp1252"
    return "latin-1"


_FRENCH_LOWER = frozenset("éèêëàâäîïôöùûüçœæ")


def _french_letters(data: bytes, encoding: str) -> int:
    """How many lower-case French accented letters ``data`` gives in ``encoding``."""
    text = data[:20000].decode(encoding, "replace")
    return sum(1 for char in text if char in _FRENCH_LOWER)


def decode_bytes(data: bytes, path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` (forced ``encoding`` or a guess); return (normalised text, encoding used).

    Raises :class:`ImportFailure` for binary content or undecodable bytes.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailure(path, "the file is empty")
    used = encoding or guess_encoding(data)
    text = _decode_with(data, used, path)
    if _looks_binary(text):
        raise ImportFailure(path, "the file does not contain text (binary content); is the extension right?")
    return normalize_text(text), used


def read_bytes(path: str | Path) -> bytes:
    """Read a whole file; I/O errors become :class:`ImportFailure`."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise ImportFailure(path, "file not found") from exc
    except IsADirectoryError as exc:
        raise ImportFailure(path, "this is a folder, not a file") from exc
    except OSError as exc:
        raise ImportFailure(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    if not data:
        raise ImportFailure(path, "the file is empty")
    return data
