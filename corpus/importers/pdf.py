"""PDF files with a text layer (pdfminer.six).

Each pdfminer text box is a paragraph (one line of the document text). Within a paragraph the lines
are joined; an end-of-line hyphen is removed only when the joined word occurs elsewhere in the
document (``particu-/lièrement`` -> ``particulièrement`` if that word is known; ``peut-/être`` stays
``peut-être``). Ligature characters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) are replaced by NFKC on those characters only, so
non-breaking spaces survive; runs of spaces from justification collapse; page numbers and headers or
footers repeated on at least half of the pages are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..messages import msg
from .base import ImportedDocument, ImportFailure, ImportOptions, printable
from .common import plain_document
from .limits import MAX_PAGE_CHARS, MAX_PDF_DECODED, MAX_PDF_PAGES, MAX_PDF_STREAM, size_text, too_large
from .pdfguard import PageTooDense, PdfTooLarge, guarded, page_layouts
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
    """Text boxes of every page in reading order (columns left to right), lines cleaned."""
    from pdfminer.layout import LTTextBox

    pages: list[Page] = []
    try:
        with guarded():
            for layout in page_layouts(data, MAX_PDF_PAGES + 1):
                if len(pages) == MAX_PDF_PAGES:
                    raise too_large(path, msg("more than {limit} pages", limit=MAX_PDF_PAGES))
                boxes = [
                    (box.bbox, [clean_line(line.get_text()) for line in box])
                    for box in layout
                    if isinstance(box, LTTextBox)
                ]
                ordered = reading_order([(bbox, lines) for bbox, lines in boxes if any(lines)])
                pages.append([[line for line in box if line] for box in ordered])
    except ImportFailure:
        raise
    except PageTooDense as exc:
        raise too_large(path, msg("a page with more than {limit} characters", limit=MAX_PAGE_CHARS)) from exc
    except PdfTooLarge as exc:
        raise too_large(path, msg("a stream decodes to more than {stream} (or all of them to more than {total})",
                                  stream=size_text(MAX_PDF_STREAM), total=size_text(MAX_PDF_DECODED))) from exc
    except Exception as exc:  # pdfminer's error classes do not share a useful base
        raise _failure(path, exc) from exc
    return pages


Box = tuple[tuple[float, float, float, float], list[str]]  # ((x0, y0, x1, y1), lines)


def reading_order(boxes: list[Box]) -> list[list[str]]:
    """Boxes in reading order: top to bottom, and in multi-column bands column after column.

    Boxes wider than half the text area (titles, single-column paragraphs) and boxes alone at their
    height (headers, footers, page numbers) split the page into bands; inside a band, boxes whose
    horizontal extents overlap form a column, read top to bottom, and columns are read left to right.
    A band of one-line boxes side by side is a table: each row becomes one tab-separated line.
    """
    if not boxes:
        return []
    left = min(b[0][0] for b in boxes)
    width = max(b[0][2] for b in boxes) - left
    ordered: list[list[str]] = []
    band: list[Box] = []
    for box in sorted(boxes, key=lambda b: -b[0][3]):
        if box[0][2] - box[0][0] > 0.55 * width or not _beside_another(box, boxes):
            ordered.extend(_band_order(band))
            band = []
            ordered.append(box[1])
        else:
            band.append(box)
    ordered.extend(_band_order(band))
    return ordered


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 1


def _beside_another(box: Box, boxes: list[Box]) -> bool:
    """True when another box shares part of this box's height (so they stand side by side)."""
    span = (box[0][1], box[0][3])
    return any(other is not box and _overlap(span, (other[0][1], other[0][3])) for other in boxes)


def _band_order(band: list[Box]) -> list[list[str]]:
    """The boxes of a band, column by column (columns = overlapping horizontal extents)."""
    columns: list[list[Box]] = []
    for box in sorted(band, key=lambda b: b[0][0]):
        if columns and box[0][0] < max(b[0][2] for b in columns[-1]) - 2:
            columns[-1].append(box)
        else:
            columns.append([box])
    if len(columns) > 1 and all(len(box[1]) == 1 for box in band):
        return _table_rows(band)
    return [box[1] for column in columns for box in sorted(column, key=lambda b: -b[0][3])]


def _table_rows(band: list[Box]) -> list[list[str]]:
    """One-line boxes grouped into rows (shared height), cells left to right, tab-separated."""
    rows: list[list[Box]] = []
    for box in sorted(band, key=lambda b: -b[0][3]):
        if rows and _overlap((box[0][1], box[0][3]), (rows[-1][0][0][1], rows[-1][0][0][3])):
            rows[-1].append(box)
        else:
            rows.append([box])
    return [["\t".join(cell[1][0] for cell in sorted(row, key=lambda b: b[0][0]))] for row in rows]


def _failure(path: str | Path, exc: Exception) -> ImportFailure:
    name = type(exc).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError") or "password" in str(exc).lower():
        return ImportFailure(path, msg("the PDF is password-protected; remove the password (or print it to a new PDF)"))
    return ImportFailure(path, msg("the PDF is damaged or cannot be read ({kind}: {detail})", kind=name,
                                   detail=printable(" ".join(str(exc).split()), 120)))


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


# Second parts that keep the hyphen of a line-end break (``peut-/être``, ``dit-/il``, ``vingt-/huit``).
_KEEP_AFTER = frozenset(
    ["être", "même", "mêmes", "ci", "là", "t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les", "moi", "toi", "lui", "leur", "y", "en", "dessus", "dessous", "delà", "deçà", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]
)


def _join_hyphen(left: str, right: str, vocabulary: set[str]) -> bool:
    """True when ``left-`` / ``right`` is a hyphenation break (drop the hyphen), not a compound."""
    joined = (left + right).casefold()
    if joined in vocabulary:
        return True
    if f"{left}-{right}".casefold() in vocabulary or right[:1].isupper():
        return False
    return right.casefold() not in _KEEP_AFTER


_NO_BREAK_AFTER = (",", ";", "-", "–", "(", "«", "'", "’")


def is_heading_line(line: str, following: str, longest: int) -> bool:
    """A heading that pdfminer put in the same box as the paragraph under it: a short line (at most
    60 % of the box's longest line, 12 words) starting with a capital or a number, ending without
    sentence punctuation, followed by a line starting with a capital."""
    if not line or not following or len(line) > 0.6 * longest or len(line.split()) > 12:
        return False
    if line.endswith(_SENTENCE_END) or line.endswith(_NO_BREAK_AFTER):
        return False
    return (line[0].isupper() or line[0].isdigit()) and following[0].isupper()


def join_lines(lines: list[str], vocabulary: set[str], speakers: set[str] | None = None) -> str:
    """One paragraph from its lines, undoing end-of-line hyphenation.

    A hyphen at a line end is dropped when the joined word occurs in ``vocabulary``, kept when the
    hyphenated form occurs there, when the next part is capitalised (``Jean-/Pierre``) or a usual
    second part of a French compound (``peut-/être``, ``dit-/il``), and dropped otherwise. A line
    that starts with a speaker label starts a new line of its own; with ``speakers`` (casefolded
    names), only labels of those speakers count. A heading line (:func:`is_heading_line`) ends its own
    line too, instead of being glued to the next sentence.
    """
    text = lines[0] if lines else ""
    longest = max((len(line) for line in lines), default=0)
    for previous, line in zip(lines, lines[1:]):
        hyphen = _HYPHEN_END.search(text)
        start = _WORD_START.match(line)
        label = parse_label(line)
        if is_heading_line(previous, line, longest):
            text = f"{text}\n{line}"
        elif hyphen and start:
            join = _join_hyphen(hyphen.group(1), start.group(1), vocabulary)
            text = text[:-1] + line if join else text + line
        elif label is not None and (speakers is None or label.speaker.casefold() in speakers):
            text = f"{text}\n{line}"
        else:
            text = f"{text} {line}"
    return text


def _merge_continued(boxes: list[list[str]]) -> list[list[str]]:
    """Join a box to the previous one when it continues its sentence (column or page break):
    the previous box does not end a sentence and this one starts in lower case."""
    merged: list[list[str]] = []
    for box in boxes:
        previous = merged[-1][-1] if merged else ""
        if previous and not previous.endswith(_SENTENCE_END) and box[0][:1].islower():
            merged[-1] = merged[-1] + box
        else:
            merged.append(list(box))
    return merged


_SENTENCE_END = (".", "!", "?", ":", "…", "»", ")", "]", '"')


def _speakers(lines: list[str]) -> set[str]:
    """Casefolded names of capitalised labels recurring at line starts: a lower-case word before a
    colon that a line break happened to put first (``physique : les soignants``) is no speaker."""
    labels = [label for label in map(parse_label, lines) if label is not None and not label.aside]
    counts = Counter(label.speaker.casefold() for label in labels if label.speaker[:1].isupper())
    return {name for name, count in counts.items() if count >= 2}


def pdf_text(path: str | Path, data: bytes) -> str:
    """The cleaned text of a PDF, one paragraph per line."""
    pages = drop_headers_footers(_pages(path, data))
    boxes = _merge_continued([box for page in pages for box in page])
    lines = [line for box in boxes for line in box]
    raw = "\n".join(lines)
    if not raw.strip():
        raise ImportFailure(path, msg("no text layer: run OCR first"))
    if len("".join(_CID.findall(raw))) > len(raw) / 3:
        raise ImportFailure(path, msg("the PDF's fonts have no Unicode mapping, its text cannot be read: run OCR first"))
    vocabulary = {word.casefold() for word in _WORDS.findall(raw)}
    speakers = _speakers(lines)
    return "\n".join(join_lines(box, vocabulary, speakers) for box in boxes)


def read_pdf(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a PDF with a text layer into one document."""
    if b"%PDF-" not in data[:1024]:
        raise ImportFailure(path, msg("this is not a PDF file (no %PDF header)"))
    return [plain_document(path, data, pdf_text(path, data), "pdf", options)]
