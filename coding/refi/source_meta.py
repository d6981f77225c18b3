"""What REFI-QDA has no field for, carried in a source's ``<Description>``: the document kind and
the original file.

Our export ends a source's Description with one line such as::

    Verbatim document: transcript; original file: entretien 3.docx (docx)

Other tools show it as the source's description (readable, harmless); our import reads it back,
restores the kind and the original file name and format, and keeps any other lines as the
document memo. Sources of other tools get kind ``text`` and their file name from the source name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coding.refi.model import RSource

KINDS = ("text", "transcript", "survey", "iramuteq")
_LINE = re.compile(r"^Verbatim document: (?P<kind>[a-z]+); original file: (?P<file>.*) \((?P<format>[\w.+-]*)\)$",
                   re.MULTILINE)
_EXTENSIONS = (".txt", ".docx", ".doc", ".rtf", ".odt", ".pdf", ".md", ".html", ".htm")


@dataclass(frozen=True)
class DocumentMeta:
    """The Verbatim fields of a source's document, and what is left of its Description (the memo)."""

    name: str
    kind: str
    source_name: str
    source_format: str
    description: str


def meta_line(kind: str, source_name: str, source_format: str) -> str:
    """The Description line our export writes for a document."""
    clean = " ".join(source_name.split())
    fmt = re.sub(r"[^\w.+-]", "", source_format)
    return f"Verbatim document: {kind}; original file: {clean} ({fmt})"


def document_meta(src: RSource) -> DocumentMeta:
    """The document fields of an imported source (from our Description line when present)."""
    found = _LINE.search(src.description or "")
    rest = _LINE.sub("", src.description or "").strip() if found else (src.description or "").strip()
    if found and found["kind"] in KINDS:
        return DocumentMeta(src.name, found["kind"], found["file"], found["format"], rest)
    name = src.name
    if name.lower().endswith(_EXTENSIONS):
        name = name.rsplit(".", 1)[0]
    return DocumentMeta(name, "text", src.name, "qdpx", rest)
