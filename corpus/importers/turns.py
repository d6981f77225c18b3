"""Speaker turns: finding them in plain transcripts, and writing timed turns as text.

A turn label sits at the start of a line: ``Name : text``, ``NAME: text``, ``[00:12:03] Name: text``,
``Name (00:12:03) : text``, ``Q :``, ``P3 :``, ``Dr. Martin :``, ``Marie-Claire :``, ``Sonia B. (ENQ) :``.
French typography puts a space (often non-breaking, U+00A0 or U+202F) before the colon: all are accepted.
A label counts as a speaker only when it recurs (twice at least, ignoring case; once is enough for a
time-stamped label in a time-stamped transcript and for a code such as ``P6`` whose family ``P1``, ``P2``...
is used elsewhere, see :func:`speaker_names`), is short (at most four words and 40 characters, not several
words starting in lower case) and holds no sentence punctuation, so a header line ``Date : 12 mars`` is no speaker and
``10:30`` inside speech is never a label. A turn runs until the next turn label or a heading line
(``# ...`` or ``== acte 1 scene 2``); lines before the first label belong to no turn. A stage
direction after a comma (``HARPAGON, à part : ...``) is allowed when the name is a speaker elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .base import ImportedTurn, SectionMark

_SP = r"[ \t\u00a0\u202f]"
_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_WORD = r"[\w'’.\-]+"
_LABEL = re.compile(
    rf"""{_SP}*
    (?:[\[(](?P<ts1>{_TS})[\])]{_SP}*|(?P<ts0>{_TS}){_SP}+)?      # [00:12:03] or 00:12:03 before
    (?:\*\*|__)?                                                 # markdown bold around the label
    (?P<name>[^\W\d_][\w'’.\-]*(?:{_SP}+(?:{_WORD}|\([^()\d:]{{1,20}}\))){{0,5}})
    (?P<aside>,[^:.!?…\n]{{1,90}}?)?                            # NAME, à part : (a stage direction)
    (?:{_SP}*[\[(](?P<ts2>{_TS})[\])])?                          # Name (00:12:03)
    (?:\*\*|__)?{_SP}*:(?:\*\*|__)?
    (?=\s|$){_SP}*
    """,
    re.VERBOSE,
)
_HEADING = re.compile(r"(?:#{1,6}|={2,})(?:[ \t]|$)")
_TIMESTAMP = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d+))?")
_SPACES = re.compile(r"\s+")
MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 4
# Header keys that recur in some transcripts but are never speakers.
_NOT_SPEAKERS = frozenset(
    {
        "date",
        "lieu",
        "heure",
        "durée",
        "duree",
        "titre",
        "sujet",
        "objet",
        "thème",
        "theme",
        "source",
        "fichier",
        "note",
        "notes",
        "remarque",
        "nb",
        "transcription",
        "transcripteur",
        "transcriptrice",
        "enregistrement",
        "référence",
        "reference",
        "projet",
    }
)


@dataclass(frozen=True)
class Label:
    """A turn label found at the start of a line."""

    speaker: str
    timestamp: float | None
    content: int  # offset in the line where the speech starts
    aside: bool = False  # "NAME, à part :": counts only if NAME is a speaker elsewhere


def parse_timestamp(value: str) -> float | None:
    """Seconds from ``00:12:03``, ``12:03`` (minutes:seconds), ``1:02:03.5`` or ``00:00:01,500``."""
    match = _TIMESTAMP.fullmatch(value.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return total + (float("0." + fraction) if fraction else 0.0)


def parse_label(line: str) -> Label | None:
    """The turn label at the start of ``line``, if it has the shape of one (recurrence not checked)."""
    if line.find(":", 0, 140) < 0:
        return None
    match = _LABEL.match(line)
    if not match:
        return None
    name = _speaker_name(match["name"])
    if name is None:
        return None
    stamp = match["ts1"] or match["ts0"] or match["ts2"]
    return Label(name, parse_timestamp(stamp) if stamp else None, match.end(), match["aside"] is not None)


@lru_cache(maxsize=4096)
def _speaker_name(raw: str) -> str | None:
    """The label with spaces normalised, or None when it is too long or a known header key."""
    name = " ".join(raw.split())
    words = [w for w in name.split(" ") if not w.startswith("(")]
    if len(name) > MAX_LABEL_CHARS or len(words) > MAX_LABEL_WORDS or name.casefold() in _NOT_SPEAKERS:
        return None
    if len(words) > 1 and name[0].islower():  # "d’isolement est fréquent : ..." is prose
        return None
    return name


_CODE = re.compile(r"([^\W\d_]{1,4})[ ]?\d{1,3}")


def speaker_names(labels: list[Label]) -> set[str]:
    """Casefolded names of the labels that are speakers.

    A label is a speaker when it recurs. A label met once is one too when the transcript's convention
    vouches for it: it carries a time stamp like at least two other labels of recurring speakers
    (``[00:01:15] Bernard:``), or it is a participant code of a family used at least twice
    (``P6 :`` beside ``P1``...``P5``).
    """
    plain = [label for label in labels if not label.aside]
    counts = Counter(label.speaker.casefold() for label in plain)
    speakers = {name for name, n in counts.items() if n >= 2}
    stamped = sum(1 for label in plain if label.timestamp is not None and label.speaker.casefold() in speakers)
    families = Counter(m[1].casefold() for m in map(_CODE.fullmatch, counts) if m)
    for label in plain:
        name = label.speaker.casefold()
        if name in speakers:
            continue
        code = _CODE.fullmatch(name)
        if (label.timestamp is not None and stamped >= 2) or (code and families[code[1]] >= 2):
            speakers.add(name)
    return speakers


def is_heading(line: str) -> bool:
    """A Markdown heading or a ``== acte 1 scene 2`` marker line."""
    return bool(_HEADING.match(line))


def detect_structure(text: str) -> tuple[list[ImportedTurn], list[SectionMark]]:
    """Speaker turns and heading lines (as sections) of a plain transcript."""
    lines = text.split("\n")
    labels = [parse_label(line) for line in lines]
    speakers = speaker_names([label for label in labels if label is not None])
    builder = _TurnBuilder()
    sections: list[SectionMark] = []
    offset = 0
    for line, label in zip(lines, labels):
        if label is not None and label.speaker.casefold() in speakers:
            builder.open(offset, label, line)
        elif is_heading(line):
            builder.close()
            sections.append(SectionMark(offset, line.strip("#= \t")))
        elif line.strip():
            builder.extend(offset, line)
        offset += len(line) + 1
    builder.close()
    return builder.turns, sections


def detect_turns(text: str) -> list[ImportedTurn]:
    """Speaker turns of a plain transcript (empty when no recurring label is found)."""
    return detect_structure(text)[0]


class _TurnBuilder:
    """Accumulates turns line by line; a turn ends at its last non-blank line."""

    def __init__(self) -> None:
        self.turns: list[ImportedTurn] = []
        self._current: list | None = None  # [start, end, content_start, speaker, timestamp]

    def open(self, offset: int, label: Label, line: str) -> None:
        self.close()
        end = offset + len(line.rstrip())
        self._current = [offset, end, offset + label.content, label.speaker, label.timestamp]

    def extend(self, offset: int, line: str) -> None:
        current = self._current
        if current is None:
            return
        if current[2] >= current[1]:  # empty speech so far ("Q :" alone on its line)
            current[2] = offset + len(line) - len(line.lstrip())
        current[1] = offset + len(line.rstrip())

    def close(self) -> None:
        current = self._current
        if current is not None:
            start, end, content, speaker, stamp = current
            self.turns.append(ImportedTurn(start, end, min(content, end), speaker, stamp))
        self._current = None


def build_turn_text(items: Iterable[tuple[str | None, str, float | None]]) -> tuple[str, list[ImportedTurn]]:
    """Write timed turns as ``Name : speech`` lines (one per turn) and return the text and its turns.

    ``items`` are (speaker, speech, start seconds); a turn without speaker is written as its speech alone.
    """
    parts: list[str] = []
    turns: list[ImportedTurn] = []
    offset = 0
    for speaker, speech, stamp in items:
        speech = _SPACES.sub(" ", speech).strip()
        prefix = f"{speaker} : " if speaker else ""
        line = prefix + speech
        turns.append(ImportedTurn(offset, offset + len(line), offset + len(prefix), speaker or None, stamp))
        parts.append(line)
        offset += len(line) + 1
    return "\n".join(parts), turns


def merge_consecutive(
    items: Iterable[tuple[str | None, str, float | None]],
) -> list[tuple[str | None, str, float | None]]:
    """Merge consecutive items of one speaker (keeping the first start); unnamed items never merge.

    Linear time: the speeches of a run are joined once (a transcript of 300,000 cues of one speaker
    must not copy a growing string 300,000 times)."""
    runs: list[tuple[str | None, list[str], float | None]] = []
    for speaker, speech, stamp in items:
        if runs and speaker is not None and runs[-1][0] == speaker:
            runs[-1][1].append(speech)
        else:
            runs.append((speaker, [speech], stamp))
    return [(speaker, " ".join(parts), stamp) for speaker, parts, stamp in runs]
