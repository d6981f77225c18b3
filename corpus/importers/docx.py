"""Word ``.docx`` files: paragraphs and tables in body reading order (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

from ..messages import msg, msgn
from .base import ImportedDocument, ImportFailure, ImportOptions, warn
from .common import check_office_container, open_zip, plain_document, table_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .docx; a two-column table of short labels and speech becomes ``Label : speech`` lines."""
    what = msg("the Word document")
    check_office_container(path, data, what, msg("open it in Word and save it as .docx"))
    open_zip(path, data, what).close()
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, PackageNotFoundError, XML errors...
        raise ImportFailure(path, msg("the Word document cannot be read (damaged?): {cause}",
                                      cause=_short(exc))) from exc
    _drop_entity_references(document.element.body)
    lines = list(_body_lines(document.element.body, document))
    return [plain_document(path, data, "\n".join(lines), "docx", options)]


def _body_lines(container, document) -> list[str]:
    """Text lines of a body (or cell, or content control), paragraphs and tables in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(Paragraph(child, document).text)
        elif child.tag == f"{_W}tbl":
            lines.extend(_table_lines(Table(child, document), document))
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_body_lines(content, document))
    return lines


def _row_cells(row, document) -> list[str]:
    """The text of each distinct cell of a row (merged cells counted once)."""
    texts: list[str] = []
    seen: set[int] = set()
    for tc in row._tr.tc_lst:
        if id(tc) in seen:
            continue
        seen.add(id(tc))
        texts.append(" ".join(line for line in _body_lines(tc, document) if line.strip()).strip())
    return texts


def _table_lines(table, document) -> list[str]:
    """One line per row (see :func:`common.table_lines`)."""
    return table_lines([_row_cells(row, document) for row in table.rows])


def _short(exc: BaseException) -> str:
    """The first 120 printable characters of an exception's message."""
    from .base import printable

    return printable(" ".join(str(exc).split()) or type(exc).__name__, 120)


def _drop_entity_references(body) -> None:
    """Remove entity references (``&xxe;``: the XML declared entities lxml left unresolved) so the text
    around them is kept: lxml puts the text after a reference in its tail, which python-docx never reads."""
    from lxml import etree

    references = list(body.iter(etree.Entity))
    for reference in references:
        parent = reference.getparent()
        tail = reference.tail or ""
        previous = reference.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(reference)
    if references:
        warn(msgn("{n} XML entity reference was dropped (the document declares its own entities)",
                  "{n} XML entity references were dropped (the document declares its own entities)",
                  n=len(references)))
