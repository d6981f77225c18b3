"""The data-loss report of a REFI-QDA exchange (REFI-QDA 1.5, section 7).

The standard asks the importing (and exporting) software to tell the user, in as much detail as
possible, which elements were discarded or changed. Every step of an exchange appends
:class:`LossEntry` rows to one :class:`DataLossReport`; :meth:`DataLossReport.render` turns it into
text for the CLI and for a dialog. Details are :class:`corpus.messages.Message` objects, rendered in
the user's language when shown. An import also records, per source, how its positions were read
(:attr:`DataLossReport.readings`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from corpus.messages import Message, fmt_percent, msg, msgn, render

if TYPE_CHECKING:
    from coding.refi.readings import ReadingChoice

DROPPED = "dropped"
CHANGED = "changed"
WARNING = "warning"
_ORDER = (DROPPED, CHANGED, WARNING)


class RefiError(Exception):
    """A REFI-QDA file that cannot be read or written; the message is meant for the user
    (a :class:`corpus.messages.Message`, shown in the user's language, or a plain string)."""

    def __init__(self, message: str | Message):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return render(self.message)


@dataclass(frozen=True)
class LossEntry:
    """One thing that was dropped, changed, or is worth a warning.

    ``element`` names the kind of REFI-QDA element ("PDFSource", "PlainTextSelection", "Code"...),
    ``subject`` the instance (a source name, a code path...), ``message`` what happened and why.
    """

    kind: str
    element: str
    subject: str
    message: str | Message

    @property
    def detail(self) -> str:
        """What happened, in the user's language."""
        return render(self.message)

    def render(self) -> str:
        """One line of the report."""
        if self.subject:
            return render(msg("[{kind}] {element} {subject!r}: {detail}", kind=_kind_label(self.kind),
                              element=self.element, subject=self.subject, detail=self.detail))
        return render(msg("[{kind}] {element}: {detail}", kind=_kind_label(self.kind), element=self.element,
                          detail=self.detail))


def _kind_label(kind: str) -> str:
    labels = {DROPPED: msg("dropped"), CHANGED: msg("changed"), WARNING: msg("warning")}
    return render(labels.get(kind, kind))


def _count_label(what: str, n: int) -> str:
    """``"3 codings"`` in the user's language (unknown kinds as they are)."""
    labels = {
        "cases": msgn("{n} case", "{n} cases", n=n), "codes": msgn("{n} code", "{n} codes", n=n),
        "codings": msgn("{n} coding", "{n} codings", n=n), "documents": msgn("{n} document", "{n} documents", n=n),
        "notes": msgn("{n} note", "{n} notes", n=n), "sources": msgn("{n} source", "{n} sources", n=n),
        "turns": msgn("{n} speaker turn", "{n} speaker turns", n=n),
        "values": msgn("{n} attribute value", "{n} attribute values", n=n),
        "memos": msgn("{n} memo", "{n} memos", n=n),
    }
    return render(labels[what]) if what in labels else f"{n} {what}"


def _heading(kind: str, n: int) -> Message:
    if kind == DROPPED:
        return msg("Dropped ({n}):", n=n)
    return msg("Changed ({n}):", n=n) if kind == CHANGED else msg("Warnings ({n}):", n=n)


def reading_line(choice: ReadingChoice) -> str:
    """One line saying how a source's positions were read, and how sure that is."""
    confidence = {"certain": msg("certain: every reading gives the same positions"),
                  "high": msg("convincing"),
                  "low": msg("NOT convincing: check the codings or choose another reading")}[choice.confidence]
    if choice.forced:
        confidence = msg("chosen by the user")
    line = msg("{source}: positions read as {reading} ({confidence}); {share} of {n} selections on word "
               "boundaries", source=choice.source, reading=choice.label, confidence=confidence,
               share=fmt_percent(choice.share), n=choice.selections)
    text = render(line)
    if choice.names:
        text += "; " + render(msg("{named} of {names} names match the text", named=choice.named, names=choice.names))
    return text


@dataclass
class DataLossReport:
    """Everything an import or export could not carry over unchanged, plus counts of what it did."""

    entries: list[LossEntry] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_errors: list[str] = field(default_factory=list)
    readings: list[ReadingChoice] = field(default_factory=list)

    def add(self, kind: str, element: str, subject: str, detail: str | Message) -> None:
        """Record one entry."""
        self.entries.append(LossEntry(kind, element, subject, detail))

    def dropped(self, element: str, subject: str, detail: str | Message) -> None:
        """Record an element that was not carried over."""
        self.add(DROPPED, element, subject, detail)

    def changed(self, element: str, subject: str, detail: str | Message) -> None:
        """Record an element that was carried over in a modified form."""
        self.add(CHANGED, element, subject, detail)

    def warn(self, element: str, subject: str, detail: str | Message) -> None:
        """Record something the user should know that lost nothing."""
        self.add(WARNING, element, subject, detail)

    def count(self, what: str, n: int = 1) -> None:
        """Add ``n`` to the counter ``what`` ("documents", "codings"...)."""
        self.counts[what] = self.counts.get(what, 0) + n

    def of_kind(self, kind: str) -> list[LossEntry]:
        """The entries of one kind."""
        return [e for e in self.entries if e.kind == kind]

    @property
    def lossless(self) -> bool:
        """True when nothing was dropped or changed (warnings aside)."""
        return not any(e.kind in (DROPPED, CHANGED) for e in self.entries)

    @property
    def unconvincing(self) -> list[ReadingChoice]:
        """Sources whose positions no reading explains convincingly (the user should choose)."""
        return [r for r in self.readings if not r.convincing]

    def counts_line(self) -> str:
        """``"2 documents, 57 codings"`` in the user's language."""
        return ", ".join(_count_label(what, n) for what, n in self.counts.items())

    def render(self, *, limit: int = 200) -> str:
        """A plain-text report: counts, readings, then entries by kind (at most ``limit`` lines each)."""
        lines = [self.counts_line()] if self.counts else []
        if self.readings:
            lines.append(render(msgn("Positions of the selections ({n} source):",
                                     "Positions of the selections ({n} sources):", n=len(self.readings))))
            lines.extend(f"  {reading_line(r)}" for r in self.readings[:limit])
        if self.schema_errors:
            lines.append(render(msg("{n} schema error(s) (import went on):", n=len(self.schema_errors))))
            lines.extend(f"  {e}" for e in self.schema_errors[:limit])
        for kind in _ORDER:
            entries = self.of_kind(kind)
            if entries:
                lines.append(render(_heading(kind, len(entries))))
                lines.extend(f"  {e.render()}" for e in entries[:limit])
                if len(entries) > limit:
                    lines.append("  " + render(msg("... and {n} more", n=len(entries) - limit)))
        if self.lossless and not self.schema_errors:
            lines.append(render(msg("Nothing was dropped or changed.")))
        return "\n".join(lines)
