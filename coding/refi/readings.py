"""How the tool that wrote a source counted its selection positions, chosen from evidence.

REFI-QDA says positions are Unicode code points of the source's plain text, but real tools differ:
NVivo counts UTF-16 units on the text without its BOM with CRLF as two; some tools count UTF-8
bytes, count the BOM, or count CRLF as one. Every distinct reading of a source is tried:

* unit: code points, UTF-16 units or UTF-8 bytes (only those that differ on this text);
* BOM counted or not (when the file had one);
* CRLF counted as two or as one (when the file has CRLF).

A reading is judged on the selections themselves, not on their names alone (NVivo leaves them
empty): the share of selections whose two ends fall on word boundaries (a reading that is off by a
few units cuts words), ends that fall inside a character (impossible under the right reading), ends
beyond the text, and, when present, selection names that match the text. The ``origin`` of the
project only breaks ties. :class:`ReadingChoice` tells which reading won and whether it convinced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from coding.refi.offsets import squash
from coding.refi.unit_index import ASTRAL, NON_ASCII, RawToText, UnitIndex
from corpus.messages import Message, msg

UNITS = ("codepoints", "utf16", "utf8")
CERTAIN, HIGH, LOW = "certain", "high", "low"

#: Readings known from the producing tool (``origin`` attribute, lower case) -> reading key.
ORIGIN_HINTS = {"nvivo": "utf16-nobom-crlf2", "qualcoder": "codepoints-nobom-crlf2",
                "verbatim": "codepoints-nobom-crlf2"}
STANDARD = "codepoints-nobom-crlf2"


def reading_key(unit: str, bom: bool, crlf: int) -> str:
    """The stable key of a reading, e.g. ``"utf16-nobom-crlf2"`` (used by the CLI and the dialog)."""
    return f"{unit}-{'bom' if bom else 'nobom'}-crlf{crlf}"


def parse_key(key: str) -> tuple[str, bool, int]:
    """``(unit, bom, crlf)`` of a key; ``ValueError`` when it is not one."""
    parts = key.strip().lower().split("-")
    if len(parts) != 3 or parts[0] not in UNITS or parts[1] not in ("bom", "nobom") or parts[2] not in ("crlf1", "crlf2"):
        raise ValueError(key)
    return parts[0], parts[1] == "bom", int(parts[2][-1])


def reading_label(key: str) -> Message:
    """The reading for people: "UTF-16 units, BOM not counted, CRLF as 2"."""
    unit, bom, crlf = parse_key(key)
    units = {"codepoints": msg("code points"), "utf16": msg("UTF-16 units"), "utf8": msg("UTF-8 bytes")}
    return msg("{unit}, {bom}, CRLF as {crlf}", unit=units[unit],
               bom=msg("BOM counted") if bom else msg("BOM not counted"), crlf=crlf)


def hint_for(origin: str) -> str | None:
    """The reading the producing tool is known to use, from the project's ``origin``."""
    low = origin.lower()
    return next((key for tool, key in ORIGIN_HINTS.items() if tool in low), None)


class Reading:
    """One way of counting: converts the tool's positions to positions in the Verbatim text."""

    def __init__(self, index: UnitIndex, to_text: RawToText, unit: str, bom: bool, crlf: int):
        self.key = reading_key(unit, bom, crlf)
        self.bom_width = (3 if unit == "utf8" else 1) if bom else 0
        self.index = index
        self.to_text = to_text

    @property
    def label(self) -> Message:
        """The reading for people."""
        return reading_label(self.key)

    def convert(self, pos: int) -> tuple[int | None, bool]:
        """Our position for the tool's ``pos`` and whether it fell between two characters
        (``None`` beyond the text; a position inside a character is rounded up)."""
        if pos < 0:
            return 0, False
        pos -= self.bom_width
        if pos < 0:  # inside the BOM; its start is the text's start
            return 0, pos == -self.bom_width
        i, exact = self.index.to_raw(pos)
        return (None, False) if i is None else (self.to_text(i), exact)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_"


def on_boundary(text: str, pos: int) -> bool:
    """True when ``pos`` does not cut a word (text ends, or a non-word character on either side)."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (_word_char(text[pos - 1]) and _word_char(text[pos]))


@dataclass
class Evidence:
    """What one reading makes of a source's selections."""

    key: str
    converted: tuple[tuple[int | None, int | None], ...]
    on_words: list[bool]  # per selection: both ends exact, in range, on word boundaries
    named: int = 0  # names that match the text under this reading
    misplaced: int = 0  # ends inside a character or beyond the text

    @property
    def score(self) -> int:
        """Names weigh double: a name that matches is stronger evidence than a boundary."""
        return 2 * self.named + sum(self.on_words) - 2 * self.misplaced

    def share(self) -> float:
        """The share of selections with both ends on word boundaries (1.0 without selections)."""
        return sum(self.on_words) / len(self.on_words) if self.on_words else 1.0


@dataclass
class ReadingChoice:
    """The reading chosen for one source, with the evidence, for the report and the import dialog."""

    source: str  # source name
    guid: str
    key: str
    confidence: str  # CERTAIN (no other reading differs here), HIGH, LOW (not convincing)
    share: float  # share of selections with both ends on word boundaries under the chosen reading
    selections: int
    named: int = 0  # named selections whose name matches the text
    names: int = 0  # selections with a usable name
    forced: bool = False  # chosen by the user
    alternatives: dict[str, float] = field(default_factory=dict)  # other distinct readings -> share
    examples: dict[str, list[str]] = field(default_factory=dict)  # reading -> a few selected passages under it

    @property
    def convincing(self) -> bool:
        """False when the evidence does not single out one reading (the user should choose)."""
        return self.confidence != LOW or self.forced

    @property
    def label(self) -> Message:
        """The chosen reading for people."""
        return reading_label(self.key)


def _evidence(reading: Reading, text: str, spans: Sequence[tuple[int, int, str]]) -> Evidence:
    converted, on_words, named, misplaced = [], [], 0, 0
    for start, end, name in spans:
        (s, s_ok), (e, e_ok) = reading.convert(start), reading.convert(end)
        converted.append((s, e))
        if s is None or e is None or not (s_ok and e_ok):
            misplaced += 1
            on_words.append(False)
            continue
        on_words.append(e > s and on_boundary(text, s) and on_boundary(text, e))
        wanted = squash(name)
        if len(wanted) >= 3 and squash(text[s:e]).startswith(wanted[:60]):
            named += 1
    return Evidence(reading.key, tuple(converted), on_words, named, misplaced)


class SourceOffsets:
    """A source's text made Verbatim text, with every distinct reading of its positions."""

    def __init__(self, raw: str, had_bom: bool):
        to_text = RawToText(raw)
        self.text = to_text.text
        units = ["codepoints"]
        if NON_ASCII.search(raw):
            units.append("utf8")
        if ASTRAL.search(raw):
            units.append("utf16")
        self.readings: dict[str, Reading] = {}
        for unit in units:
            for crlf in (2, 1) if "\r\n" in raw else (2,):
                index = UnitIndex(raw, unit, crlf)  # shared by the readings with and without BOM
                for bom in (False, True) if had_bom else (False,):
                    reading = Reading(index, to_text, unit, bom, crlf)
                    self.readings[reading.key] = reading
        self.identical_to: dict[str, str] = {}  # a key that differs nowhere from an existing reading -> that one
        for unit in UNITS:
            for bom in (False, True):
                for crlf in (2, 1):
                    key = reading_key(unit, bom, crlf)
                    if key not in self.readings:
                        self.identical_to[key] = reading_key(unit if unit in units else "codepoints",
                                                             bom and had_bom, crlf if "\r\n" in raw else 2)

    def reading(self, key: str) -> Reading:
        """The reading of ``key`` (or the one it is identical to on this text)."""
        return self.readings.get(key) or self.readings[self.identical_to[key]]

    def choose(self, spans: Sequence[tuple[int, int, str]], *, source: str = "", guid: str = "",
               origin: str = "", forced: str | None = None) -> ReadingChoice:
        """Judge every reading on ``spans`` (tool start, tool end, name); ``forced`` (a key) wins."""
        hint = hint_for(origin)
        preferred = [k for k in (forced, hint, STANDARD) if k]
        order = {key: i for i, key in enumerate(dict.fromkeys(self.reading(k).key for k in preferred))}
        evidence = [_evidence(r, self.text, spans) for r in self.readings.values()]
        best = max(evidence, key=lambda ev: (ev.score, -order.get(ev.key, len(order))))
        if forced:
            best = next(ev for ev in evidence if ev.key == self.reading(forced).key)
        rivals = [ev for ev in evidence if ev.converted != best.converted]
        names = sum(1 for _s, _e, name in spans if len(squash(name)) >= 3)
        return ReadingChoice(source, guid, best.key, _confidence(best, rivals, hint, names), best.share(),
                             len(spans), best.named, names, forced=bool(forced),
                             alternatives={ev.key: ev.share() for ev in rivals},
                             examples={ev.key: self._examples(ev) for ev in [best, *rivals]})

    def _examples(self, evidence: Evidence, count: int = 3, size: int = 70) -> list[str]:
        """The first passages ``evidence`` selects (for the user to see which reading falls on words)."""
        out = []
        for start, end in evidence.converted[:count]:
            if start is None or end is None:
                continue
            passage = " ".join(self.text[start:end].split())
            out.append(passage if len(passage) <= size else passage[:size - 1] + "…")
        return out


def _confidence(best: Evidence, rivals: list[Evidence], hint: str | None, names: int) -> str:
    """CERTAIN without a rival; HIGH when the best reading clearly beats its strongest rival on the
    selections where they disagree and explains most selections; LOW otherwise."""
    if not rivals:
        return CERTAIN
    runner = max(rivals, key=lambda ev: ev.score)
    disputed = [i for i, pair in enumerate(best.converted) if pair != runner.converted[i]]
    won = sum(best.on_words[i] for i in disputed)
    lost = sum(runner.on_words[i] for i in disputed)
    margin = (best.score - runner.score) if best.named or runner.named else won - lost
    explains = best.share() >= 0.75 or (names > 0 and best.named >= 0.75 * names)
    if margin > 0 and explains and (margin >= max(2, 0.2 * len(disputed)) or best.key == hint):
        return HIGH
    return LOW
