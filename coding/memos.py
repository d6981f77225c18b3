"""Memos: one free text per target (the project, a document, a code, a coding or a case)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.types import Memo
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.models import CoderRow, MemoRow
from corpus.store.project import Project, now_iso

KINDS = ("project", "document", "code", "coding", "case")


def _check(kind: str, target_id: int) -> None:
    if kind not in KINDS:
        raise ProjectError(msg("Unknown memo kind {kind} (expected one of {kinds}).", kind=repr(kind), kinds=", ".join(KINDS)))
    if kind == "project" and target_id != 0:
        raise ProjectError(msg("The project memo has target id 0."))


def memo_query():  # noqa: ANN201 - a SQLAlchemy select
    """Memos with their coder's name."""
    return select(MemoRow, CoderRow.name).outerjoin(CoderRow, CoderRow.id == MemoRow.coder_id)


def memo_from_row(row: MemoRow, coder: str | None) -> Memo:
    """A :class:`Memo` from its row (internal to the coding package)."""
    return Memo(row.id, row.target_kind, row.target_id, row.text, coder or "", row.updated)


def memos_of(session: Session, kind: str, target_ids: Iterable[int]) -> list[Memo]:
    """The memos of these targets (internal: used by undo snapshots)."""
    ids = list(target_ids)
    if not ids:
        return []
    query = memo_query().where(MemoRow.target_kind == kind, MemoRow.target_id.in_(ids))
    return [memo_from_row(row, name) for row, name in session.execute(query)]


def insert_memos(session: Session, memos: Iterable[Memo]) -> None:
    """Re-insert memos with their ids, coders and dates (internal: undo)."""
    from coding.codebook import coder_ids

    memos = list(memos)
    ids = coder_ids(session, {m.coder for m in memos if m.coder})
    for m in memos:
        session.add(MemoRow(id=m.id, target_kind=m.target_kind, target_id=m.target_id, text=m.text,
                            coder_id=ids.get(m.coder), updated=m.updated))
    session.flush()


class MemoService:
    """Read and write memos."""

    def __init__(self, project: Project):
        self.project = project

    def get(self, kind: str, target_id: int) -> Memo | None:
        """The memo of one target, or ``None``."""
        _check(kind, target_id)
        with self.project.transaction() as session:
            found = memos_of(session, kind, [target_id])
            return found[0] if found else None

    def set(self, kind: str, target_id: int, text: str, coder: str = "") -> str | None:
        """Write (an empty ``text`` deletes) the memo of a target; return the previous text,
        ``None`` when there was no memo. For an exact undo use :class:`coding.commands.SetMemo`."""
        _check(kind, target_id)
        from coding.codebook import coder_ids

        with self.project.transaction() as session:
            row = session.scalar(
                select(MemoRow).where(MemoRow.target_kind == kind, MemoRow.target_id == target_id)
            )
            old = row.text if row is not None else None
            if not text:
                if row is not None:
                    session.delete(row)
                return old
            if row is None:
                row = MemoRow(target_kind=kind, target_id=target_id)
                session.add(row)
            row.text = text
            row.coder_id = coder_ids(session, {coder}).get(coder) if coder else None
            row.updated = now_iso()
            return old

    def memos(self, kind: str | None = None) -> list[Memo]:
        """Every memo (of one kind), by kind then target."""
        with self.project.transaction() as session:
            query = memo_query().order_by(MemoRow.target_kind, MemoRow.target_id)
            if kind is not None:
                _check(kind, 0 if kind == "project" else 1)
                query = query.where(MemoRow.target_kind == kind)
            return [memo_from_row(row, name) for row, name in session.execute(query)]

    def replace(self, kind: str, target_id: int, memo: Memo | None) -> Memo | None:
        """Put a memo back exactly as it was (``None`` deletes); return the memo it replaced."""
        _check(kind, target_id)
        with self.project.transaction() as session:
            found = memos_of(session, kind, [target_id])
            row = session.scalar(
                select(MemoRow).where(MemoRow.target_kind == kind, MemoRow.target_id == target_id)
            )
            if row is not None:
                session.delete(row)
                session.flush()
            if memo is not None:
                insert_memos(session, [memo])
            return found[0] if found else None
