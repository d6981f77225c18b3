"""Plain text and Markdown files, with a look at the content: a ``.txt`` may really be an Iramuteq
corpus, a WebVTT or SRT subtitle file or a Praat TextGrid, and is then read as such."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ImportedDocument, ImportOptions
from .common import plain_document
from .encoding import decode_bytes

_IRAMUTEQ_HEADER = re.compile(r"\*{4}(?:[ \t]+\*\S*)*[ \t]*$")
_IRAMUTEQ_LINES = re.compile(r"^\*{4}[ \t]+\*\w", re.MULTILINE)
_SRT_TIMING = re.compile(r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")


def _first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` non-blank lines of ``text``, stripped."""
    lines: list[str] = []
    for line in text[:20000].split("\n"):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == count:
                break
    return lines


def sniff_text_format(text: str) -> str:
    """``"iramuteq"``, ``"vtt"``, ``"srt"``, ``"textgrid"`` or ``"plain"``, from the content alone."""
    head = _first_lines(text, 2)
    if not head:
        return "plain"
    first = head[0]
    if _IRAMUTEQ_HEADER.match(first) or len(_IRAMUTEQ_LINES.findall(text[:20000])) >= 2:
        return "iramuteq"
    if first.startswith("WEBVTT"):
        return "vtt"
    if first.isdigit() and len(head) > 1 and _SRT_TIMING.match(head[1]):
        return "srt"
    if 'File type = "ooTextFile"' in text[:300] and "TextGrid" in text[:300]:
        return "textgrid"
    return "plain"


def read_text(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .txt/.md file, dispatching on its content (see :func:`sniff_text_format`)."""
    text, _encoding = decode_bytes(data, path, options.encoding)
    return parse_text(path, data, text, options)


def parse_text(path: str | Path, data: bytes, text: str, options: ImportOptions) -> list[ImportedDocument]:
    """Documents from already decoded text, choosing the reader from the content."""
    from .iramuteq import parse_iramuteq
    from .subtitles import parse_subtitles
    from .textgrid import parse_textgrid

    kind = sniff_text_format(text)
    if kind == "iramuteq":
        return parse_iramuteq(path, data, text, options)
    if kind in ("vtt", "srt"):
        return parse_subtitles(path, data, text, options)
    if kind == "textgrid":
        return parse_textgrid(path, data, text, options)
    source_format = "md" if Path(path).suffix.lower() in (".md", ".markdown") else "txt"
    return [plain_document(path, data, text, source_format, options)]
