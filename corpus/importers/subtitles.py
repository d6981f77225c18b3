"""Subtitle transcripts: WebVTT (``.vtt``, Zoom, Teams) and SubRip (``.srt``).

The speaker comes from a ``<v Name>`` voice tag (Teams: ``<v Name>text</v>``) or a ``Name: text``
prefix (Zoom); other tags are stripped and HTML entities decoded. Consecutive cues of one speaker merge
into one turn that keeps the start time of its first cue. The document text has one line per turn,
``Name : speech`` (see :func:`turns.build_turn_text`); cues without speaker give turns without speaker.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from ..messages import msg
from .base import ImportedDocument, ImportFailure, ImportOptions, warn
from .encoding import decode_bytes, sha256_bytes
from .turns import build_turn_text, merge_consecutive, parse_label, parse_timestamp

_BLOCKS = re.compile(r"\n[ \t]*\n")
_TIMING = re.compile(r"([\d:.,]+)[ \t]*-->[ \t]*([\d:.,]+)")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?[ \t]+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_METADATA_BLOCKS = ("WEBVTT", "NOTE", "STYLE", "REGION", "X-TIMESTAMP")

Cue = tuple[float | None, str | None, str]  # (start, voice speaker, text)


def read_subtitles(path: str | Path, data: bytes, options: ImportOptions) -> list[ImportedDocument]:
    """Read a .vtt or .srt file."""
    text, _encoding = decode_bytes(data, path, options.encoding)
    return parse_subtitles(path, data, text, options)


def _cue(block: str, first_line: int = 1) -> Cue | None:
    """(start, voice speaker, plain text) of one cue block, or None for a metadata block.

    A cue whose timing line cannot be read keeps its text without a time (with a warning naming the
    line); a block of text with no timing line at all is skipped with a warning."""
    lines = block.strip("\n").split("\n")
    first_line += len(block) - len(block.lstrip("\n"))
    if not lines or lines[0].strip().startswith(_METADATA_BLOCKS):
        return None
    for index, line in enumerate(lines[:3]):
        if "-->" not in line:
            continue
        timing = _TIMING.search(line)
        start = parse_timestamp(timing.group(1)) if timing else None
        end = parse_timestamp(timing.group(2)) if timing else None
        if start is None or end is None:
            warn(msg("line {line}: the cue's timing '{timing}' cannot be read; its text is kept without a time",
                     line=first_line + index, timing=line.strip()[:60]))
        raw = " ".join(lines[index + 1 :])
        voice = _VOICE.search(raw)
        plain = html.unescape(_TAG.sub("", raw)).replace("\u200e", "").replace("\u200f", "")
        speaker = _SPACES.sub(" ", voice.group(1)).strip() if voice else None
        return start, speaker, _SPACES.sub(" ", plain).strip()
    if any(line.strip() for line in lines) and not (len(lines) == 1 and lines[0].strip().isdigit()):
        warn(msg("line {line}: a block without a timing line ('-->') was skipped", line=first_line))
    return None


def _blocks(text: str) -> list[tuple[str, int]]:
    """The blank-line separated blocks of ``text`` with the line number (from 1) where each starts."""
    blocks: list[tuple[str, int]] = []
    line, position = 1, 0
    for match in _BLOCKS.finditer(text):
        blocks.append((text[position : match.start()], line))
        line += text.count("\n", position, match.end())
        position = match.end()
    blocks.append((text[position:], line))
    return blocks


def _with_colon_speakers(cues: list[Cue]) -> list[tuple[str | None, str, float | None]]:
    """Take ``Name: text`` prefixes as speakers when the name recurs; when at least two thirds of
    the cues carry a recurring prefix (Zoom), a capitalised name met once is a speaker too."""
    labels = [None if voice else parse_label(text) for _start, voice, text in cues]
    counts = Counter(label.speaker for label in labels if label is not None)
    recurring = sum(1 for label in labels if label is not None and counts[label.speaker] >= 2)
    prefixed = recurring * 3 >= len(cues) * 2  # Zoom: nearly every cue starts with "Name:"
    items: list[tuple[str | None, str, float | None]] = []
    for (start, voice, text), label in zip(cues, labels):
        lone = prefixed and label is not None and label.speaker[:1].isupper()
        if label is not None and (counts[label.speaker] >= 2 or len(cues) == 1 or lone):
            items.append((label.speaker, text[label.content :], start))
        else:
            items.append((voice, text, start))
    return items


def parse_subtitles(
    path: str | Path, data: bytes, text: str, options: ImportOptions
) -> list[ImportedDocument]:
    """One transcript document from decoded WebVTT/SRT text."""
    cues = [cue for cue in (_cue(block, line) for block, line in _blocks(text)) if cue is not None and cue[2]]
    if not cues:
        raise ImportFailure(path, msg("no subtitle cue with text was found (is this a WebVTT/SRT file?)"))
    items = _with_colon_speakers(cues) if options.detect_speakers else [(v, t, s) for s, v, t in cues]
    body, turns = build_turn_text(merge_consecutive(items))
    source_format = "vtt" if text.lstrip().startswith("WEBVTT") else "srt"
    return [
        ImportedDocument(
            name=Path(path).stem,
            text=body,
            source_name=Path(path).name,
            source_format=source_format,
            sha256=sha256_bytes(data),
            kind="transcript",
            turns=turns,
        )
    ]
