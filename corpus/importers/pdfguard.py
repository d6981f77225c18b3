"""Limits on what pdfminer.six decodes: each stream and all streams of a file, checked as bytes arrive.

pdfminer inflates Flate and LZW streams in one call with no size limit (a 2 MB PDF can hold a 2 GiB
stream), and its fallback for damaged Flate data inflates byte by byte in quadratic time. While
:func:`guarded` is active, its decoders are replaced by bounded ones: a stream larger than
:data:`limits.MAX_PDF_STREAM`, or more than :data:`limits.MAX_PDF_DECODED` decoded in all, raises
:class:`PdfTooLarge` before the memory is used. Outside :func:`guarded` the bounded decoders behave
like pdfminer's own (the replacement is installed once, process-wide).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from io import BytesIO

from .limits import MAX_PAGE_CHARS, MAX_PDF_DECODED, MAX_PDF_STREAM

_CHUNK = 64 * 1024
_remaining: ContextVar[list[int] | None] = ContextVar("pdf_decode_budget", default=None)


class PdfTooLarge(Exception):
    """A PDF stream decodes to more than the limits allow."""


class PageTooDense(Exception):
    """A PDF page draws more than :data:`limits.MAX_PAGE_CHARS` characters (its layout analysis would
    take minutes: pdfminer compares the text boxes of a page pairwise)."""


def _take(size: int) -> None:
    """Charge ``size`` decoded bytes to the current file's budget."""
    budget = _remaining.get()
    if budget is None:
        return
    budget[0] -= size
    if budget[0] < 0:
        raise PdfTooLarge("decoded streams")


def _cap() -> int:
    budget = _remaining.get()
    return MAX_PDF_STREAM if budget is None else max(0, min(MAX_PDF_STREAM, budget[0]))


def inflate(data: bytes, *, tolerant: bool = False) -> bytes:
    """Flate-decode ``data`` within the limits. ``tolerant``: return what decodes before damaged data
    (pdfminer's ``decompress_corrupted``) instead of raising :class:`zlib.error`."""
    cap = _cap()
    decoder = zlib.decompressobj()
    out = bytearray()
    try:
        for start in range(0, len(data), _CHUNK):
            pending = data[start : start + _CHUNK]
            while pending and not decoder.eof:
                out += decoder.decompress(pending, cap + 1 - len(out))
                if len(out) > cap:
                    raise PdfTooLarge("stream")
                pending = decoder.unconsumed_tail
            if decoder.eof:
                break
    except zlib.error:
        if not tolerant:
            raise
    if not decoder.eof and not tolerant:
        raise zlib.error("incomplete or truncated stream")
    _take(len(out))
    return bytes(out)


def _decompress_corrupted(data: bytes) -> bytes:
    return inflate(data, tolerant=True)


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    cap, size, parts = _cap(), 0, []
    for part in LZWDecoder(BytesIO(data)).run():
        size += len(part)
        if size > cap:
            raise PdfTooLarge("stream")
        parts.append(part)
    _take(size)
    return b"".join(parts)


class _BoundedZlib:
    """Stands for the ``zlib`` module inside ``pdfminer.pdftypes``: ``decompress`` is bounded."""

    error = zlib.error

    def __getattr__(self, name: str) -> object:
        return getattr(zlib, name)

    @staticmethod
    def decompress(data: bytes, *args: object, **kwargs: object) -> bytes:
        return inflate(data)


def _install() -> None:
    from pdfminer import pdftypes

    if not isinstance(pdftypes.zlib, _BoundedZlib):
        pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
        pdftypes.decompress_corrupted = _decompress_corrupted
        pdftypes.lzwdecode = _lzwdecode
    # pdfminer logs warnings about damaged files; Python would print them on stderr (not for our users).
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)


@contextmanager
def guarded() -> Iterator[None]:
    """Within the block, pdfminer decodes at most :data:`MAX_PDF_STREAM` per stream and
    :data:`MAX_PDF_DECODED` in all (else :class:`PdfTooLarge`)."""
    _install()
    token = _remaining.set([MAX_PDF_DECODED])
    try:
        yield
    finally:
        _remaining.reset(token)


def page_layouts(data: bytes, maxpages: int) -> Iterator[object]:
    """pdfminer's ``extract_pages`` (no hierarchical grouping of text boxes, which costs O(n²) in the boxes
    of a page), refusing a page that draws more than :data:`MAX_PAGE_CHARS` characters before its layout
    is analysed (:class:`PageTooDense`)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class CountingAggregator(PDFPageAggregator):
        drawn = 0

        def begin_page(self, page, ctm) -> None:  # noqa: ANN001 - pdfminer's signature
            self.drawn = 0
            super().begin_page(page, ctm)

        def render_char(self, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
            self.drawn += 1
            if self.drawn > MAX_PAGE_CHARS:
                raise PageTooDense
            return super().render_char(*args, **kwargs)

    resources = PDFResourceManager(caching=True)
    device = CountingAggregator(resources, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.get_pages(BytesIO(data), maxpages=maxpages, caching=True):
        interpreter.process_page(page)
        yield device.get_result()
