"""OpenDocument text (``.odt``): paragraphs, headings, lists, tables, spaces, tabs and line breaks.

Read with zipfile + lxml (entities and network access disabled), walking ``content.xml`` in order.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .base import ImportedDocument, ImportFailure, ImportOptions
from .common import OLE_MAGIC, open_zip, plain_document, table_lines

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T = f"{{{TEXT}}}"
_TB = f"{{{TABLE}}}"
# Inline elements whose text is not part of the reading flow.
_SKIPPED_INLINE = {f"{_T}note", f"{_T}bookmark", f"{_T}soft-page-break", f"{_T}tracked-changes"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def read_odt(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read an .odt file into one document."""
    if data.startswith(OLE_MAGIC):
        raise ImportFailure(path, "this is an old binary file, not an OpenDocument text; save it as .odt")
    archive = open_zip(path, data, "OpenDocument file")
    names = set(archive.namelist())
    if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
        raise ImportFailure(path, "the document is password-protected; save it without a password first")
    if "content.xml" not in names:
        raise ImportFailure(path, "this is not an OpenDocument text (no content.xml)")
    try:
        root = etree.fromstring(archive.read("content.xml"), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ImportFailure(path, f"the document is damaged (content.xml: {exc})") from exc
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise ImportFailure(path, "this OpenDocument file holds no text document (spreadsheet?)")
    lines: list[str] = []
    _block(body, lines)
    return [plain_document(path, data, "\n".join(lines), "odt", options)]


def _block(element, lines: list[str]) -> None:
    """Append the lines of a block container (body, section, list, cell...) in document order."""
    for child in element:
        tag = child.tag
        if tag in (f"{_T}p", f"{_T}h"):
            lines.append(_inline(child))
        elif tag == f"{_TB}table":
            lines.extend(_table(child))
        elif tag in (f"{_T}sequence-decls", f"{_T}tracked-changes", f"{_T}table-of-content"):
            continue
        elif isinstance(tag, str):
            _block(child, lines)  # text:list, text:list-item, text:section, table:table-row...


def _inline(element) -> str:
    """The text of a paragraph or heading, with text:s, text:tab and text:line-break expanded."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_T}s":
            parts.append(" " * int(child.get(f"{_T}c", "1") or 1))
        elif tag == f"{_T}tab":
            parts.append("\t")
        elif tag == f"{_T}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED_INLINE and isinstance(tag, str):
            parts.append(_inline(child))  # span, a, meta...
        parts.append(child.tail or "")
    return "".join(parts)


def _table(table) -> list[str]:
    """One line per table row (see :func:`common.table_lines`); repeated cells are not expanded."""
    rows: list[list[str]] = []
    for row in table.iter(f"{_TB}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag != f"{_TB}table-cell":
                continue
            cell_lines: list[str] = []
            _block(cell, cell_lines)
            cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
        rows.append(cells)
    return table_lines(rows)
