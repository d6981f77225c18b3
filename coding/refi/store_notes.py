"""Notes of an imported project made memos, every merge counted (used by :mod:`coding.refi.store`).

A Verbatim target (the project, a document, a code, a coding, a case) has one memo. Each REFI-QDA
Note becomes its own section of its target's memo: its name as a heading (except in files Verbatim
wrote, whose note names only say what the memo is on), its Description, then its text; sections are
separated by
:data:`MEMO_SEPARATOR`, which our export splits again into one Note per section. Notes referenced
by nothing become sections of the project memo. The report counts the notes stored (each once, even
when copied to several targets) and says, per target, how many notes were joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.refi.model import RNote
from coding.refi.report import DataLossReport
from corpus.messages import msg
from corpus.store.models import MemoRow
from corpus.store.project import now_iso

MEMO_SEPARATOR = "\n\n---\n\n"


def add_memo(session: Session, kind: str, target_id: int, text: str, coder_id: int | None = None) -> None:
    """Set a memo, or append ``text`` to the target's memo when it differs (never lose a word)."""
    text = text.strip()
    if not text:
        return
    row = session.scalar(select(MemoRow).where(MemoRow.target_kind == kind, MemoRow.target_id == target_id))
    if row is None:
        session.add(MemoRow(target_kind=kind, target_id=target_id, text=text, coder_id=coder_id, updated=now_iso()))
        session.flush()
    elif text not in row.text:
        row.text = f"{row.text}{MEMO_SEPARATOR}{text}" if row.text else text
        row.updated = now_iso()


def note_section(note: RNote, *, heading: bool = True) -> str:
    """The memo section of one note: heading (its name, when ``heading``), its Description, its text."""
    parts = []
    if heading and note.name.strip():
        parts.append(note.name.strip())
    if note.description.strip():
        parts.append(note.description.strip())
    head = "\n".join(parts)
    return f"{head}\n\n{note.text.strip()}".strip() if head else note.text.strip()


class NotePlacer:
    """Collects which notes go to which target, then writes each target's memo once."""

    def __init__(self, session: Session, report: DataLossReport, notes: list[RNote],
                 coder_for: Callable[[str | None], int | None], *, headings: bool = True):
        self.s = session
        self.headings = headings
        self.report = report
        self.notes = {n.guid: n for n in notes}
        self.coder_for = coder_for
        self.targets: dict[tuple[str, int], list[str]] = defaultdict(list)  # (kind, id) -> note GUIDs
        self.labels: dict[tuple[str, int], str] = {}
        self.texts: dict[tuple[str, int], list[str]] = defaultdict(list)  # descriptions kept as they are

    def attach(self, kind: str, target_id: int, guids: list[str], label: str = "") -> None:
        """Notes (by GUID) for a target; unknown GUIDs are reported."""
        for guid in guids:
            if guid not in self.notes:
                self.report.dropped("NoteRef", guid, msg("refers to a note that is not in the file"))
            elif guid not in self.targets[(kind, target_id)]:
                self.targets[(kind, target_id)].append(guid)
                self.labels.setdefault((kind, target_id), label)

    def add_text(self, kind: str, target_id: int, text: str) -> None:
        """A plain text for a target's memo (a Description of a source or selection), unless a note of the
        target already says it (our export writes a document's memo both ways)."""
        text = text.strip()
        said = [self.notes[g].text.strip() for g in self.targets.get((kind, target_id), [])]
        if text and text not in said and text != MEMO_SEPARATOR.join(said):
            self.texts[(kind, target_id)].append(text)

    def write(self) -> None:
        """Write every memo; unplaced notes go to the project memo; count and report merges."""
        placed = {g for guids in self.targets.values() for g in guids}
        orphans = [g for g in self.notes if g not in placed]
        if orphans:
            self.attach("project", 0, orphans)
            self.report.changed("Note", "", msg("{n} note(s) attached to nothing (or to an element Verbatim does "
                                                "not keep) became sections of the project memo", n=len(orphans)))
        copies: dict[str, int] = defaultdict(int)
        for (kind, target_id), guids in self.targets.items():
            for guid in guids:
                note = self.notes[guid]
                add_memo(self.s, kind, target_id, note_section(note, heading=self.headings),
                         self.coder_for(note.user))
                copies[guid] += 1
            sections = len(guids) + len(self.texts.get((kind, target_id), []))
            if sections > 1 or (guids and self._memo_had_text(kind, target_id, guids)):
                self.report.changed("Note", self.labels.get((kind, target_id)) or kind,
                                    msg("{n} notes or descriptions joined in one {target} memo, each as its own "
                                        "section (with its name and description)", n=sections, target=kind))
        for (kind, target_id), texts in self.texts.items():
            for text in texts:
                add_memo(self.s, kind, target_id, text)
        if copies:
            self.report.count("notes", len(copies))
        shared = sum(1 for n in copies.values() if n > 1)
        if shared:
            self.report.changed("Note", "", msg("{n} note(s) on a selection with several codes were copied to the "
                                                "memo of each coding", n=shared))

    def _memo_had_text(self, kind: str, target_id: int, guids: list[str]) -> bool:
        """True when the target's memo holds more than the notes just written (an existing memo)."""
        text = self.s.scalar(select(MemoRow.text).where(MemoRow.target_kind == kind, MemoRow.target_id == target_id))
        written = MEMO_SEPARATOR.join(note_section(self.notes[g], heading=self.headings) for g in guids)
        return bool(text) and text.strip() != written.strip()
