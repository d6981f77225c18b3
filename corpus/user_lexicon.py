"""The user's own lexicon, per project: lemma changes, merges, statuses and expressions.

:class:`UserLexiconService` reads and writes the ``user_lexicon`` table and hands out
:class:`LexiconEntry` dataclasses, or the whole lexicon as a plain dict for the corpus preparation
(``lexical.user_lexicon.UserLexicon.from_dict``). :class:`SetLexiconEntries` is the undoable edit (a domain command:
``apply`` returns its inverse). The tab-separated exchange format, one change a line::

    # Verbatim lexicon: kind <TAB> entry <TAB> value
    lemma       psys            psy
    merge       psychologue     psy
    status      hein            ignored
    expression  santé mentale
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from corpus.atomic import write_text
from corpus.errors import ProjectError
from corpus.messages import msg, msgn
from corpus.store.models import UserLexiconRow
from corpus.store.project import Project

LEMMA, MERGE, STATUS, EXPRESSION = "lemma", "merge", "status", "expression"
KINDS = (LEMMA, MERGE, STATUS, EXPRESSION)
STATUSES = ("active", "supplementary", "ignored")
HEADER = "# Verbatim lexicon: kind\tentry\tvalue"


def normalise_expression(text: str) -> str:
    """An expression as the cleaning matches it: lower case, single spaces, no surrounding space."""
    return " ".join(text.strip().lower().split())


class LexiconFileError(ProjectError):
    """A lexicon file that cannot be imported; ``problems`` lists its bad lines (nothing was changed)."""

    def __init__(self, message: object, problems: list[str] | None = None):
        super().__init__(str(message))
        self.problems = problems or []


@dataclass(frozen=True)
class LexiconEntry:
    """One change: ``kind`` (lemma, merge, status, expression), the form/lemma/unit/expression it is
    about (``entry``) and its new value (the lemma, the target lemma, the status; "" for expressions)."""

    kind: str
    entry: str
    value: str = ""


def check_entry(entry: LexiconEntry) -> LexiconEntry:
    """``entry`` normalised (spaces trimmed, expressions lower-cased); ValueError when it is invalid."""
    kind, key, value = entry.kind.strip().lower(), entry.entry.strip(), entry.value.strip()
    if kind not in KINDS:
        raise ValueError(str(msg("unknown kind “{kind}” (expected lemma, merge, status or expression)", kind=kind)))
    if kind == EXPRESSION:
        key, value = normalise_expression(key), ""
        if " " not in key.replace("'", " ").replace("-", " "):
            raise ValueError(str(msg("an expression needs at least two words: “{text}”", text=key)))
    if not key:
        raise ValueError(str(msg("the entry is empty")))
    if kind == STATUS and value not in STATUSES:
        raise ValueError(str(msg("unknown status “{status}” (expected active, supplementary or ignored)",
                                 status=value)))
    if kind in (LEMMA, MERGE):
        if not value or any(ch.isspace() for ch in value):
            raise ValueError(str(msg("a lemma is one word without spaces: “{value}”", value=value)))
        if kind == MERGE and value == key:
            raise ValueError(str(msg("a lemma cannot be merged into itself: “{value}”", value=value)))
    return LexiconEntry(kind, key, value)


class UserLexiconService:
    """Reads and changes a project's own lexicon (each call one transaction)."""

    def __init__(self, project: Project):
        self.project = project

    def entries(self) -> list[LexiconEntry]:
        """Every change, by kind then entry."""
        with self.project.transaction() as session:
            rows = session.execute(select(UserLexiconRow.kind, UserLexiconRow.entry, UserLexiconRow.value))
            found = [LexiconEntry(k, e, v) for k, e, v in rows]
        return sorted(found, key=lambda e: (KINDS.index(e.kind) if e.kind in KINDS else 9, e.entry))

    def lexicon(self) -> dict[str, Any]:
        """The changes as the dict :meth:`lexical.user_lexicon.UserLexicon.from_dict` reads
        (``lemmas``, ``merges``, ``statuses``: dicts; ``expressions``: a list)."""
        by_kind: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
        for e in self.entries():
            by_kind.setdefault(e.kind, {})[e.entry] = e.value
        return {"lemmas": by_kind[LEMMA], "merges": by_kind[MERGE], "statuses": by_kind[STATUS],
                "expressions": sorted(by_kind[EXPRESSION])}

    def get(self, kind: str, entry: str) -> str | None:
        """The value of one change, or None when there is none."""
        with self.project.transaction() as session:
            return session.scalar(select(UserLexiconRow.value)
                                  .where(UserLexiconRow.kind == kind, UserLexiconRow.entry == entry))

    def set_many(self, changes: Iterable[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
        """Set (value) or remove (None) each ``(kind, entry, value)`` in one transaction; returns the
        previous values in the same shape (what undoes it). ValueError for an invalid change."""
        checked = [(check_entry(LexiconEntry(k, e, v or "")) if v is not None else LexiconEntry(k, e), v is None)
                   for k, e, v in changes]
        previous: list[tuple[str, str, str | None]] = []
        with self.project.transaction() as session:
            for entry, remove in checked:
                row = session.scalar(select(UserLexiconRow)
                                     .where(UserLexiconRow.kind == entry.kind, UserLexiconRow.entry == entry.entry))
                previous.append((entry.kind, entry.entry, None if row is None else row.value))
                if remove:
                    if row is not None:
                        session.delete(row)
                elif row is None:
                    session.add(UserLexiconRow(kind=entry.kind, entry=entry.entry, value=entry.value))
                else:
                    row.value = entry.value
                session.flush()
        return list(reversed(previous))

    def clear(self) -> int:
        """Remove every change; return how many there were."""
        with self.project.transaction() as session:
            return session.execute(delete(UserLexiconRow)).rowcount or 0

    # ------------------------------------------------------------------------------ exchange
    def export_tsv(self, path: str | Path) -> int:
        """Write every change to ``path`` (UTF-8, tab-separated, atomically); return how many."""
        entries = self.entries()
        lines = [HEADER, *(f"{e.kind}\t{e.entry}\t{e.value}".rstrip("\t") for e in entries)]
        write_text(Path(path), "\n".join(lines) + "\n", newline="\n")  # atomic: temp file, fsync, rename
        return len(entries)


def read_tsv(path: str | Path) -> list[LexiconEntry]:
    """The changes of a lexicon file; :class:`LexiconFileError` listing every bad line (``line 4: ...``)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise LexiconFileError(msg("{name}: cannot be read ({reason})", name=path.name, reason=exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        raise LexiconFileError(msg("{name}: not a UTF-8 text file", name=path.name)) from exc
    entries: list[LexiconEntry] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or len(cells) > 3:
            problems.append(str(msg("line {line}: expected kind, entry and value separated by tabs", line=number)))
            continue
        try:
            entries.append(check_entry(LexiconEntry(cells[0], cells[1], cells[2] if len(cells) == 3 else "")))
        except ValueError as exc:
            problems.append(str(msg("line {line}: {problem}", line=number, problem=str(exc))))
    if problems:
        summary = msgn("{name}: {n} bad line, nothing imported", "{name}: {n} bad lines, nothing imported",
                       n=len(problems), name=path.name)
        raise LexiconFileError(f"{summary} ({problems[0]})", problems)
    return entries


# ----------------------------------------------------------------------------------- commands
@dataclass(frozen=True)
class SetLexiconEntries:
    """Undoable edit of the user lexicon: set (a value) or remove (None) each ``(kind, entry, value)``.

    ``apply`` returns the command restoring the previous values, so undo/redo alternate exactly."""

    changes: tuple[tuple[str, str, str | None], ...]
    label: str = "Change the lexicon"

    def apply(self, project: Project) -> SetLexiconEntries:
        """Do the edit; return its inverse."""
        previous = UserLexiconService(project).set_many(self.changes)
        return SetLexiconEntries(tuple(previous), self.label)


def import_command(entries: Iterable[LexiconEntry], label: str = "Import a lexicon") -> SetLexiconEntries:
    """The undoable edit adding (or replacing) ``entries`` in the project's lexicon."""
    return SetLexiconEntries(tuple((e.kind, e.entry, e.value) for e in entries), label)
