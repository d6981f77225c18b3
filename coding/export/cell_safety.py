"""Content that must never break or weaponise an export.

* CSV: a cell that starts with ``= + - @``, a tab or a carriage return is read as a formula by
  spreadsheets (CSV injection: ``=cmd|' /C calc'!A0``). :func:`csv_cell` prefixes such text with an
  apostrophe, which spreadsheets show as text and do not evaluate (OWASP's advice).
* DOCX/XLSX are XML: control characters (other than tab, line feed, carriage return), NUL, lone
  surrogates and U+FFFE/U+FFFF cannot be stored there and make python-docx/openpyxl fail on the whole
  export. :class:`XmlSanitizer` replaces each by U+FFFD and counts them per document, code or memo,
  so the export completes and the user is told where the text was damaged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from coding.types import Code, Excerpt
from corpus.messages import Message, msgn

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def csv_cell(value: object) -> object:
    """``value`` made safe for a CSV cell: text that a spreadsheet would run as a formula gets a
    leading apostrophe; numbers (also written as text, such as ``-1.250107``) and other text pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_row(row: object) -> list[object]:
    """Every cell of ``row`` through :func:`csv_cell`."""
    return [csv_cell(v) for v in row]  # type: ignore[union-attr]


def xlsx_append(sheet: object, values: list[object]) -> None:
    """Append a row to an openpyxl sheet as data: text made XML-safe, and text starting with ``=``
    kept as text (openpyxl would store it as a formula that Excel runs). Linear time: the cells are
    built here (``sheet[sheet.max_row]`` would scan the whole sheet at every row)."""
    from openpyxl.cell.cell import Cell

    row = []
    for value in values:
        if isinstance(value, str):
            value = xml_safe(value)
            if value.startswith("="):
                cell = Cell(sheet, value=value)
                cell.data_type = "s"
                row.append(cell)
                continue
        row.append(value)
    sheet.append(row)  # type: ignore[attr-defined]


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot carry replaced by U+FFFD."""
    return XML_INVALID.sub(REPLACEMENT, text)


_KINDS = ("document", "code", "case", "memo", "other")


def _replaced_message(kind: str, name: str, n: int) -> Message:
    if kind == "document":
        return msgn("document “{name}”: {n} character that XML cannot hold was replaced by �",
                    "document “{name}”: {n} characters that XML cannot hold were replaced by �", n=n, name=name)
    if kind == "code":
        return msgn("code “{name}”: {n} character that XML cannot hold was replaced by �",
                    "code “{name}”: {n} characters that XML cannot hold were replaced by �", n=n, name=name)
    if kind == "case":
        return msgn("speaker “{name}”: {n} character that XML cannot hold was replaced by �",
                    "speaker “{name}”: {n} characters that XML cannot hold were replaced by �", n=n, name=name)
    if kind == "memo":
        return msgn("memo of “{name}”: {n} character that XML cannot hold was replaced by �",
                    "memo of “{name}”: {n} characters that XML cannot hold were replaced by �", n=n, name=name)
    return msgn("“{name}”: {n} character that XML cannot hold was replaced by �",
                "“{name}”: {n} characters that XML cannot hold were replaced by �", n=n, name=name)


@dataclass
class XmlSanitizer:
    """Replaces what XML cannot carry and remembers where: ``clean(text, "document", name)``."""

    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    _seen: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def clean(self, text: str, kind: str, name: str) -> str:
        """``text`` made XML-safe; replacements are counted against ``(kind, name)``, once per distinct
        text (a document name repeated on every excerpt counts once)."""
        if not text:
            return text
        cleaned, n = XML_INVALID.subn(REPLACEMENT, text)
        if n:
            key = (kind if kind in _KINDS else "other", xml_safe(name))
            if (*key, text) not in self._seen:
                self._seen.add((*key, text))
                self.counts[key] = self.counts.get(key, 0) + n
        return cleaned

    def report(self) -> list[Message]:
        """One message per document, code... where characters were replaced (in order of discovery)."""
        return [_replaced_message(kind, name, n) for (kind, name), n in self.counts.items()]


def clean_code(code: Code, sanitizer: XmlSanitizer) -> Code:
    """``code`` with XML-safe name, path and description."""
    path = code.path or code.name
    return replace(code, name=sanitizer.clean(code.name, "code", path), path=sanitizer.clean(code.path, "code", path),
                   description=sanitizer.clean(code.description, "code", path))


def clean_excerpt(excerpt: Excerpt, sanitizer: XmlSanitizer) -> Excerpt:
    """``excerpt`` with every text it shows made XML-safe (counted against its document, code, speaker)."""
    document = excerpt.document_name
    speaker = excerpt.speaker or ""
    attributes = {sanitizer.clean(k, "case", speaker): sanitizer.clean(v, "case", speaker)
                  for k, v in excerpt.speaker_attributes.items()}
    coding = replace(excerpt.coding, snippet=sanitizer.clean(excerpt.coding.snippet, "document", document))
    return replace(excerpt, coding=coding, code_path=sanitizer.clean(excerpt.code_path, "code", excerpt.code_path),
                   document_name=sanitizer.clean(document, "document", document),
                   speaker=sanitizer.clean(speaker, "case", speaker) if excerpt.speaker is not None else None,
                   speaker_attributes=attributes)


__all__ = ["FORMULA_STARTS", "REPLACEMENT", "XmlSanitizer", "clean_code", "clean_excerpt", "csv_cell", "csv_row", "xlsx_append",
           "xml_safe"]
