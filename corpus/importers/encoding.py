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

from ..messages import msg, msgn
from .base import ImportFailure, warn
from .limits import MAX_FILE_BYTES, check_regular_file, check_text_size, size_text, too_large

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters that never occur in text files (tab, LF, CR, FF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# What XML cannot carry (and no reader of a transcript wants): C0 controls but tab and LF, DEL, C1
# controls, lone surrogates, U+FFFE/U+FFFF. Each is replaced by U+FFFD (a form feed by LF), one code
# point for one, so offsets found before the replacement stay right.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# A multi-byte UTF-8 sequence (a line holding one is UTF-8 in a file that mixes encodings).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
# Signatures of binary formats often given a text extension by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"), (b"PK\x03\x04", "zip (docx, xlsx, odt...)"), (b"\xd0\xcf\x11\xe0", "Office 97-2003"),
    (b"{\\rtf", "RTF"), (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"\x7fELF", "ELF"),
    (b"ID3", "MP3"), (b"RIFF", "RIFF (WAV, AVI)"), (b"OggS", "Ogg"), (b"fLaC", "FLAC"), (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7z"), (b"Rar!", "RAR"), (b"SQLite format 3", "SQLite"),
)
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
    """True when decoded text holds too many control characters (NULs included) to be prose: the share
    is measured on the start of the text, and on the whole of a text whose start is clean."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 50):
        return True
    return len(_CONTROL.findall(text)) > max(8, len(text) // 50)


def replace_unwanted(text: str) -> tuple[str, int]:
    """``text`` with the characters XML cannot carry replaced (see ``_UNWANTED``), and how many there were."""
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\n" if match.group() == "\x0c" else "\ufffd"

    return _UNWANTED.sub(swap, text), count


def _decode_with(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise ImportFailure(path, msg("unknown text encoding '{encoding}'", encoding=encoding)) from exc
    except UnicodeDecodeError as exc:
        raise ImportFailure(path, msg("the text cannot be decoded as {encoding} (byte {offset}); choose "
                                      "another encoding", encoding=encoding, offset=exc.start)) from exc


def _mixed_utf8(data: bytes, fallback: str) -> tuple[str, int] | None:
    """Decode a file that is not UTF-8 as a whole line by line, when some lines are UTF-8 (a UTF-8
    transcript pasted into a Windows-1252 one, or the reverse): UTF-8 lines stay UTF-8, the others are
    read in ``fallback``. Returns (text, lines read in ``fallback``), or None when no line is UTF-8."""
    if not _UTF8_SEQUENCE.search(data):
        return None
    parts: list[str] = []
    legacy = utf8 = 0
    for line in data.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(line.decode(fallback, "replace"))
            legacy += 1
        else:
            utf8 += not line.isascii()
    return ("".join(parts), legacy) if utf8 else None


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
        raise ImportFailure(path, msg("the file is empty"))
    check_text_size(path, len(data))
    for magic, kind in _MAGIC:
        if data.startswith(magic) or (magic == b"%PDF-" and magic in data[:1024]):
            raise ImportFailure(path, msg("this is a {kind} file, not text; is the extension right?", kind=kind))
    used = encoding or guess_encoding(data)
    mixed = _mixed_utf8(data, used) if encoding is None and used in ("cp1252", "latin-1", "mac_roman") else None
    if mixed is not None:
        text, legacy = mixed
        warn(msgn("the file mixes encodings: {n} line was read as {encoding}, the others as UTF-8",
                  "the file mixes encodings: {n} lines were read as {encoding}, the others as UTF-8",
                  n=legacy, encoding=used))
        used = f"utf-8+{used}"
    else:
        text = _decode_with(data, used, path)
    if _looks_binary(text):
        raise ImportFailure(path, msg("the file does not contain text (binary content); is the extension right?"))
    return normalize_text(text), used


def read_bytes(path: str | Path, *, text: bool = False) -> bytes:
    """Read a whole regular file (see :func:`limits.check_regular_file`; ``text``: a text format, also
    checked against :data:`limits.MAX_TEXT_FILE_BYTES` before reading); I/O errors become
    :class:`ImportFailure`."""
    size = check_regular_file(path)
    if text:
        check_text_size(path, size)
    try:
        data = Path(path).read_bytes()  # a regular file whose size was just checked
    except FileNotFoundError as exc:
        raise ImportFailure(path, msg("file not found")) from exc
    except IsADirectoryError as exc:
        raise ImportFailure(path, msg("this is a folder, not a file")) from exc
    except OSError as exc:
        raise ImportFailure(path, msg("the file cannot be read ({cause})", cause=exc.strerror or exc)) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew while we read it
        raise too_large(path, msg("more than {limit}", limit=size_text(MAX_FILE_BYTES)))
    if not data:
        raise ImportFailure(path, msg("the file is empty"))
    return data
