"""OpenDocument text (``.odt``): paragraphs, headings, lists, tables, spaces, tabs and line breaks.

Read with zipfile + lxml (entities and network access disabled), walking ``content.xml`` in order.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..messages import msg, msgn
from .base import ImportedDocument, ImportFailure, ImportOptions, printable, warn
from .common import OLE_MAGIC, open_zip, plain_document, read_zip_entry, table_lines
from .limits import MAX_REPEAT, MAX_TEXT_CHARS, too_large

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T = f"{{{TEXT}}}"
_TB = f"{{{TABLE}}}"
# Inline elements whose text is not part of the reading flow.
_SKIPPED_INLINE = {f"{_T}note", f"{_T}bookmark", f"{_T}soft-page-break", f"{_T}tracked-changes"}
# Safe mode: no entities, no network, libxml2's limits on depth (256) and on text node sizes.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def read_odt(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read an .odt file into one document."""
    what = msg("the OpenDocument file")
    if data.startswith(OLE_MAGIC):
        raise ImportFailure(path, msg("this is an old binary file, not an OpenDocument text; save it as .odt"))
    archive = open_zip(path, data, what)
    names = set(archive.namelist())
    if "META-INF/manifest.xml" in names and b"encryption-data" in read_zip_entry(
        path, archive, "META-INF/manifest.xml", what
    ):
        raise ImportFailure(path, msg("the document is password-protected; save it without a password first"))
    if "content.xml" not in names:
        raise ImportFailure(path, msg("this is not an OpenDocument text (no content.xml)"))
    try:
        root = etree.fromstring(read_zip_entry(path, archive, "content.xml", what), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ImportFailure(path, msg("the document is damaged (content.xml: {cause})",
                                      cause=printable(str(exc), 120))) from exc
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise ImportFailure(path, msg("this OpenDocument file holds no text document (spreadsheet?)"))
    lines: list[str] = []
    budget = _Budget(path)
    _block(body, lines, budget)
    if budget.capped:
        warn(msgn("{n} space run longer than {limit} was shortened", "{n} space runs longer than {limit} were shortened",
                  n=budget.capped, limit=MAX_REPEAT))
    return [plain_document(path, data, "\n".join(lines), "odt", options)]


class _Budget:
    """Counts the characters produced so far (``text:s`` repeats expand them) against the text limit."""

    def __init__(self, path: str | Path) -> None:
        self.path, self.used, self.capped = path, 0, 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > MAX_TEXT_CHARS:
            raise too_large(self.path, msg("more than {limit} characters of text", limit=MAX_TEXT_CHARS))

    def spaces(self, raw: str | None) -> str:
        """The spaces of a ``text:s`` element (``text:c`` repeats, at most :data:`MAX_REPEAT`)."""
        try:
            count = int(raw or 1)
        except ValueError:
            count = 1
        if count > MAX_REPEAT:
            count, self.capped = MAX_REPEAT, self.capped + 1
        count = max(count, 1)
        self.spend(count)
        return " " * count


def _block(element, lines: list[str], budget: _Budget) -> None:
    """Append the lines of a block container (body, section, list, cell...) in document order."""
    for child in element:
        tag = child.tag
        if tag in (f"{_T}p", f"{_T}h"):
            lines.append(_inline(child, budget))
        elif tag == f"{_TB}table":
            lines.extend(_table(child, budget))
        elif tag in (f"{_T}sequence-decls", f"{_T}tracked-changes", f"{_T}table-of-content"):
            continue
        elif isinstance(tag, str):
            _block(child, lines, budget)  # text:list, text:list-item, text:section, table:table-row...


def _inline(element, budget: _Budget) -> str:
    """The text of a paragraph or heading, with text:s, text:tab and text:line-break expanded."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_T}s":
            parts.append(budget.spaces(child.get(f"{_T}c")))
        elif tag == f"{_T}tab":
            parts.append("\t")
        elif tag == f"{_T}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED_INLINE and isinstance(tag, str):
            parts.append(_inline(child, budget))  # span, a, meta...
        parts.append(child.tail or "")
    return "".join(parts)


def _table(table, budget: _Budget) -> list[str]:
    """One line per table row (see :func:`common.table_lines`); repeated cells are not expanded."""
    rows: list[list[str]] = []
    for row in table.iter(f"{_TB}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag != f"{_TB}table-cell":
                continue
            cell_lines: list[str] = []
            _block(cell, cell_lines, budget)
            cells.append(" ".join(line.strip() for line in cell_lines if line.strip()))
        rows.append(cells)
    return table_lines(rows)
