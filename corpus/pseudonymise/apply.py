"""Write a pseudonymised COPY of a project; the original file is never changed.

The copy is an SQLite backup of the original, changed in one transaction and renamed into place only
when complete (:func:`corpus.atomic.atomic_write`). In it, every document text is rewritten through
:func:`corpus.text_update.update_text`, so codings, speaker turns and section marks stay on the same
words; case names, turn labels, section labels, document names, attribute values, memos, code names
and descriptions go through the same replacements. Saved lexical analyses and cached annotations are
removed from the copy: they hold the forms of the original texts (the names) and are recomputed there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from corpus.atomic import atomic_write
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.pseudonymise.replace import Replacer
from corpus.pseudonymise.types import Entity
from corpus.store.models import (
    AnalysisRow,
    AnnotationCacheRow,
    AttributeValueRow,
    CaseRow,
    CodeRow,
    DocumentRow,
    MemoRow,
    SectionRow,
    SettingRow,
    TurnRow,
)
from corpus.store.project import Project
from corpus.text_update import update_text

ProgressFn = Callable[[float, str], None]
_KEEP_SETTINGS = frozenset({"created", "schema_version"})


@dataclass
class CopyReport:
    """What the copy changed, and any replaced form still found in it (should be empty)."""

    path: Path
    documents: int = 0
    replacements: int = 0
    renamed: dict[str, int] = field(default_factory=dict)  # what -> how many values changed
    removed_analyses: int = 0
    leftovers: list[str] = field(default_factory=list)


def _backup(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (its WAL included) into ``target``."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def pseudonymise_copy(source: str | Path, target: str | Path, rows: Sequence[Entity], *,
                      progress: ProgressFn | None = None, check_cancel: Callable[[], None] | None = None,
                      overwrite: bool = False) -> CopyReport:
    """Write ``target``: a copy of the project ``source`` with the accepted rows of ``rows`` replaced."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise ProjectError(msg("{name} does not exist.", name=source.name))
    if target.resolve() == source.resolve():
        raise ProjectError(msg("The pseudonymised copy must not replace the original project."))
    if target.exists() and not overwrite:
        raise ProjectError(msg("{name} already exists.", name=target.name))
    replacer = Replacer(rows)
    report = CopyReport(target)

    def build(tmp: Path) -> None:
        _backup(source, tmp)
        project = Project.open(tmp)
        try:
            with project.transaction() as session:
                _rewrite(session, replacer, report, progress, check_cancel)
        finally:
            project.close()
        for journal in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            journal.unlink(missing_ok=True)

    atomic_write(target, build)
    return report


def _rewrite(session: Session, replacer: Replacer, report: CopyReport, progress: ProgressFn | None,
             check_cancel: Callable[[], None] | None) -> None:
    ids = list(session.scalars(select(DocumentRow.id).order_by(DocumentRow.position, DocumentRow.id)))
    for number, document_id in enumerate(ids, start=1):
        if check_cancel is not None:
            check_cancel()
        text = session.scalar(select(DocumentRow.text).where(DocumentRow.id == document_id)) or ""
        edits = replacer.edits(text)
        if edits:
            update_text(session, document_id, edits)
            report.replacements += len(edits)
        report.documents += 1
        if progress is not None:
            progress(0.9 * number / max(1, len(ids)), "")
    report.renamed = _rewrite_strings(session, replacer)
    report.removed_analyses = session.execute(delete(AnalysisRow)).rowcount or 0
    session.execute(delete(AnnotationCacheRow))
    session.flush()
    report.leftovers = _leftovers(session, replacer)
    if progress is not None:
        progress(1.0, "")


_STRING_COLUMNS = (
    ("documents", DocumentRow, (DocumentRow.name, DocumentRow.source_name)),
    ("turn labels", TurnRow, (TurnRow.label,)),
    ("sections", SectionRow, (SectionRow.label,)),
    ("attribute values", AttributeValueRow, (AttributeValueRow.value,)),
    ("memos", MemoRow, (MemoRow.text,)),
    ("codes", CodeRow, (CodeRow.name, CodeRow.description)),
)


def _rewrite_strings(session: Session, replacer: Replacer) -> dict[str, int]:
    """Replace in every stored string that may name someone; case names stay unique."""
    counts: dict[str, int] = {}
    for what, model, columns in _STRING_COLUMNS:
        changed = 0
        for row_id, *values in session.execute(select(model.id, *columns)).all():
            new = {}
            for column, value in zip(columns, values, strict=True):
                replaced = replacer.replace(value) if value else value
                if replaced != value:
                    new[column.key] = replaced
            if new:
                session.execute(update(model).where(model.id == row_id).values(**new))
                changed += 1
        counts[what] = changed
    counts["cases"] = _rename_cases(session, replacer)
    for key, value in session.execute(select(SettingRow.key, SettingRow.value)).all():
        if key not in _KEEP_SETTINGS and value and replacer.replace(value) != value:
            session.execute(update(SettingRow).where(SettingRow.key == key).values(value=replacer.replace(value)))
    return counts


def _rename_cases(session: Session, replacer: Replacer) -> int:
    rows = session.execute(select(CaseRow.id, CaseRow.name)).all()
    taken = {name for _, name in rows}
    changed = 0
    for case_id, name in rows:
        new = replacer.replace(name)
        if new == name:
            continue
        taken.discard(name)
        candidate, n = new, 2
        while candidate in taken:
            candidate, n = f"{new} ({n})", n + 1
        taken.add(candidate)
        session.execute(update(CaseRow).where(CaseRow.id == case_id).values(name=candidate))
        changed += 1
    return changed


def _leftovers(session: Session, replacer: Replacer) -> list[str]:
    """Accepted surface forms still found anywhere in the copy's texts and names."""
    found: set[str] = set()
    for (text,) in session.execute(select(DocumentRow.text)):
        found.update(replacer.leftovers(text))
    for _, _model, columns in _STRING_COLUMNS:
        for values in session.execute(select(*columns)):
            for value in values:
                found.update(replacer.leftovers(value or ""))
    for (name,) in session.execute(select(CaseRow.name)):
        found.update(replacer.leftovers(name))
    return sorted(found)
