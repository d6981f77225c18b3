"""PDF files with a text layer (pdfminer.six).

Each pdfminer text box is a paragraph (one line of the document text). Within a paragraph the lines
are joined; an end-of-line hyphen is removed only when the joined word occurs elsewhere in the
document (``particu-/lièrement`` -> ``particulièrement`` if that word is known; ``peut-/être`` stays
``peut-être``). Ligature characters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) are replaced by NFKC on those characters only, so
non-breaking spaces survive; runs of spaces from justification collapse; page numbers and headers or
footers repeated on at least half of the pages are dropped.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

from .base import ImportedDocument, ImportFailure, ImportOptions
from .common import plain_document
from .turns import parse_label

_LIGATURES = {ord(c): unicodedata.normalize("NFKC", c) for c in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"}
_SPACE_RUN = re.compile(r" {2,}")
_WORDS = re.compile(r"\w+")
_HYPHEN_END = re.compile(r"(\w+)-$")
_WORD_START = re.compile(r"^(\w+)")
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.)?\s*[-–—]?\s*(?:\d+|m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*(?:[-–—]|(?:/|sur|of|de)\s*\d+)?\s*",
    re.IGNORECASE,
)
_CID = re.compile(r"\(cid:\d+\)")

Page = list[list[str]]  # the boxes of a page, each a list of lines


def clean_line(line: str) -> str:
    """Ligatures replaced, justification spaces collapsed, ends stripped."""
    return _SPACE_RUN.sub(" ", line.translate(_LIGATURES)).strip()


def _pages(path: str | Path, data: bytes) -> list[Page]:
    """Text boxes (top-to-bottom layout order) of every page, lines cleaned."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextBox

    pages: list[Page] = []
    try:
        for layout in extract_pages(io.BytesIO(data)):
            boxes = [
                [clean_line(line.get_text()) for line in box] for box in layout if isinstance(box, LTTextBox)
            ]
            pages.append([[line for line in box if line] for box in boxes if any(box)])
    except Exception as exc:  # pdfminer's error classes do not share a useful base
        raise _failure(path, exc) from exc
    return pages


def _failure(path: str | Path, exc: Exception) -> ImportFailure:
    name = type(exc).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError") or "password" in str(exc).lower():
        return ImportFailure(
            path, "the PDF is password-protected; remove the password (or print it to a new PDF)"
        )
    return ImportFailure(path, f"the PDF is damaged or cannot be read ({name}: {exc})")


def _edge_key(box: list[str]) -> str:
    return re.sub(r"\d+", "#", " ".join(box)).casefold()


def drop_headers_footers(pages: list[Page]) -> list[Page]:
    """Remove page-number boxes and first/last boxes repeated on at least half of the pages."""
    edges = Counter()
    for page in pages:
        for key in {_edge_key(box) for box in (page[:1] + page[-1:])}:
            edges[key] += 1
    threshold = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, count in edges.items() if count >= threshold}
    cleaned: list[Page] = []
    for page in pages:
        kept = []
        for position, box in enumerate(page):
            at_edge = position in (0, len(page) - 1)
            text = " ".join(box)
            if at_edge and (_PAGE_NUMBER.fullmatch(text) or _edge_key(box) in repeated):
                continue
            kept.append(box)
        cleaned.append(kept)
    return cleaned


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """One paragraph from its lines, undoing end-of-line hyphenation of known words.

    A line that starts with a speaker label (``Name : ...``) starts a new line of its own.
    """
    text = lines[0] if lines else ""
    for line in lines[1:]:
        hyphen = _HYPHEN_END.search(text)
        start = _WORD_START.match(line)
        if hyphen and start:
            joined = (hyphen.group(1) + start.group(1)).casefold()
            text = text[:-1] + line if joined in vocabulary else text + line
        elif parse_label(line) is not None:
            text = f"{text}\n{line}"
        else:
            text = f"{text} {line}"
    return text


def pdf_text(path: str | Path, data: bytes) -> str:
    """The cleaned text of a PDF, one paragraph per line."""
    pages = drop_headers_footers(_pages(path, data))
    boxes = [box for page in pages for box in page]
    raw = "\n".join(line for box in boxes for line in box)
    if not raw.strip():
        raise ImportFailure(path, "no text layer: run OCR first")
    if len("".join(_CID.findall(raw))) > len(raw) / 3:
        raise ImportFailure(
            path, "the PDF's fonts have no Unicode mapping, its text cannot be read: run OCR first"
        )
    vocabulary = {word.casefold() for word in _WORDS.findall(raw)}
    return "\n".join(join_lines(box, vocabulary) for box in boxes)


def read_pdf(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a PDF with a text layer into one document."""
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure(path, "this is not a PDF file (no %PDF header)")
    return [plain_document(path, data, pdf_text(path, data), "pdf", options)]
