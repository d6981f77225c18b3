"""Word ``.docx`` files: paragraphs and tables in body reading order (python-docx).

A table of speakers and speech becomes ``Label : speech`` lines; any other table gives one line per
row, cells separated by tabs as in .odt/.rtf/.pdf (the same interview reads the same in every
format), and is a block of its own: it is no part of the speaker turn written before it (it used to
be glued to the last speaker's turn).
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from ..messages import msg, msgn
from .base import ImportedDocument, ImportedTurn, ImportFailure, ImportOptions, warn
from .common import _is_speaker_table, check_office_container, open_zip, plain_document, table_lines
from .encoding import normalize_text

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
    lines = [line if isinstance(line, _TableBlock) else normalize_text(line)
             for line in _body_lines(document.element.body, document)]
    text, blocks = _text_and_table_blocks(lines)
    doc = plain_document(path, data, text, "docx", options)
    return [replace(doc, turns=_cut_turns_at_tables(doc.text, doc.turns, blocks))] if blocks else [doc]


class _TableBlock(list):
    """The lines of a table that is not a speaker table (kept together as one block)."""


def _text_and_table_blocks(lines: list) -> tuple[str, list[tuple[int, int]]]:
    """The document text and the ``[start, end)`` offsets of its table blocks."""
    parts: list[str] = []
    blocks: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        if isinstance(line, _TableBlock):
            start = offset
            for row in line:
                parts.append(row)
                offset += len(row) + 1
            blocks.append((start, offset - 1))
        else:
            parts.append(line)
            offset += len(line) + 1
    return "\n".join(parts), blocks


def _cut_turns_at_tables(text: str, turns: list[ImportedTurn], blocks: list[tuple[int, int]]) -> list[ImportedTurn]:
    """End a turn before the first table block inside it (the table is nobody's speech)."""
    out = []
    for turn in turns:
        inside = [start for start, _end in blocks if turn.content_start <= start < turn.end]
        if inside:
            end = inside[0]
            while end > turn.content_start and text[end - 1].isspace():
                end -= 1
            turn = replace(turn, end=end)
        out.append(turn)
    return out


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
        lines = [" ; ".join(line) if isinstance(line, _TableBlock) else line for line in _body_lines(tc, document)]
        texts.append(" ".join(line for line in lines if line.strip()).strip())
    return texts


def _table_lines(table, document) -> list[str]:
    """One line per row (see :func:`common.table_lines`); a table that is not a speaker table comes as
    one :class:`_TableBlock`, so that no speaker turn runs into it."""
    rows = [_row_cells(row, document) for row in table.rows]
    lines = table_lines(rows)
    if _is_speaker_table(rows) or not lines:
        return lines
    return [_TableBlock(normalize_text(line) for line in lines)]


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
