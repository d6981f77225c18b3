"""Word ``.docx`` files: paragraphs and tables in body reading order (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

from .base import ImportedDocument, ImportFailure, ImportOptions
from .common import check_office_container, open_zip, plain_document, table_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .docx; a two-column table of short labels and speech becomes ``Label : speech`` lines."""
    check_office_container(path, data, "Word document", "open it in Word and save it as .docx")
    open_zip(path, data, "Word document").close()
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, PackageNotFoundError, XML errors...
        raise ImportFailure(path, f"the Word document cannot be read (damaged?): {exc}") from exc
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
