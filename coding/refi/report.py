"""The data-loss report of a REFI-QDA exchange (REFI-QDA 1.5, section 7).

The standard asks the importing (and exporting) software to tell the user, in as much detail as
possible, which elements were discarded or changed. Every step of an exchange appends
:class:`LossEntry` rows to one :class:`DataLossReport`; :meth:`DataLossReport.render` turns it into
text for the CLI and for a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DROPPED = "dropped"
CHANGED = "changed"
WARNING = "warning"
_ORDER = (DROPPED, CHANGED, WARNING)


class RefiError(Exception):
    """A REFI-QDA file that cannot be read or written; the message is meant for the user."""


@dataclass(frozen=True)
class LossEntry:
    """One thing that was dropped, changed, or is worth a warning.

    ``element`` names the kind of REFI-QDA element ("PDFSource", "PlainTextSelection", "Code"...),
    ``subject`` the instance (a source name, a code path...), ``detail`` what happened and why.
    """

    kind: str
    element: str
    subject: str
    detail: str

    def render(self) -> str:
        """One line of the report."""
        subject = f" {self.subject!r}" if self.subject else ""
        return f"[{self.kind}] {self.element}{subject}: {self.detail}"


@dataclass
class DataLossReport:
    """Everything an import or export could not carry over unchanged, plus counts of what it did."""

    entries: list[LossEntry] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_errors: list[str] = field(default_factory=list)

    def add(self, kind: str, element: str, subject: str, detail: str) -> None:
        """Record one entry."""
        self.entries.append(LossEntry(kind, element, subject, detail))

    def dropped(self, element: str, subject: str, detail: str) -> None:
        """Record an element that was not carried over."""
        self.add(DROPPED, element, subject, detail)

    def changed(self, element: str, subject: str, detail: str) -> None:
        """Record an element that was carried over in a modified form."""
        self.add(CHANGED, element, subject, detail)

    def warn(self, element: str, subject: str, detail: str) -> None:
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

    def render(self, *, limit: int = 200) -> str:
        """A plain-text report: counts, then entries by kind (at most ``limit`` lines each)."""
        lines = []
        if self.counts:
            lines.append(", ".join(f"{n} {what}" for what, n in self.counts.items()))
        if self.schema_errors:
            lines.append(f"{len(self.schema_errors)} schema error(s) (import went on):")
            lines.extend(f"  {e}" for e in self.schema_errors[:limit])
        for kind in _ORDER:
            entries = self.of_kind(kind)
            if entries:
                lines.append(f"{kind.capitalize()} ({len(entries)}):")
                lines.extend(f"  {e.render()}" for e in entries[:limit])
                if len(entries) > limit:
                    lines.append(f"  ... and {len(entries) - limit} more")
        if self.lossless and not self.schema_errors:
            lines.append("Nothing was dropped or changed.")
        return "\n".join(lines)
