"""Merging cases (``Enq`` and ``ENQ``) with a record that lets the merge be undone exactly.

The merge moves the sources' turns, the attribute values the target lacks and their group memberships
to the target, then deletes the sources (their other values and memberships go with them). The
:class:`CaseMergeRecord` keeps everything needed to put the sources back with their ids, their turns,
values and memberships: :func:`unmerge_cases`. Memos on a source case keep their target id, so they
come back with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update

from corpus.errors import NotFoundError, ProjectError
from corpus.messages import msg
from corpus.store.models import AttributeValueRow, CaseMemberRow, CaseRow, TurnRow
from corpus.store.project import Project

__all__ = ["CaseMergeRecord", "CaseSnapshot", "merge_cases", "unmerge_cases"]


@dataclass(frozen=True)
class CaseSnapshot:
    """A source case as it was before the merge."""

    id: int
    name: str
    kind: str
    interviewer: bool
    position: int


@dataclass(frozen=True)
class CaseMergeRecord:
    """What :func:`merge_cases` changed, for :func:`unmerge_cases`."""

    target_id: int
    sources: tuple[CaseSnapshot, ...]
    turns: tuple[tuple[int, int], ...]  # (turn id, source case id)
    moved_values: tuple[tuple[int, int], ...]  # (value id, source case id): now the target's
    deleted_values: tuple[tuple[int, int, int, str], ...]  # (value id, attribute id, case id, value)
    memberships: tuple[tuple[int, int], ...]  # (group id, case id) rows naming a source
    added_memberships: tuple[tuple[int, int], ...]  # (group id, target id) rows the merge created

    @property
    def source_ids(self) -> tuple[int, ...]:
        """Ids of the merged (deleted) cases."""
        return tuple(s.id for s in self.sources)

    @property
    def turns_moved(self) -> int:
        """How many turns changed speaker."""
        return len(self.turns)


def merge_cases(project: Project, source_ids: Sequence[int], target_id: int) -> CaseMergeRecord:
    """Merge ``source_ids`` into ``target_id`` in one transaction and return the record of it."""
    sources = sorted({s for s in source_ids if s != target_id})
    if not sources:
        raise ProjectError(msg("Choose at least one other case to merge into this one."))
    with project.transaction() as session:
        if session.get(CaseRow, target_id) is None:
            raise NotFoundError(msg("Case {id} does not exist.", id=target_id))
        rows = session.scalars(select(CaseRow).where(CaseRow.id.in_(sources)).order_by(CaseRow.id)).all()
        missing = set(sources) - {r.id for r in rows}
        if missing:
            raise NotFoundError(msg("Case {id} does not exist.", id=min(missing)))
        snapshots = tuple(CaseSnapshot(r.id, r.name, r.kind, bool(r.interviewer), r.position) for r in rows)
        turns = tuple(tuple(row) for row in session.execute(
            select(TurnRow.id, TurnRow.case_id).where(TurnRow.case_id.in_(sources)).order_by(TurnRow.id)
        ).all())
        session.execute(update(TurnRow).where(TurnRow.case_id.in_(sources)).values(case_id=target_id))
        moved, deleted = _move_values(session, sources, target_id)
        memberships = tuple(tuple(row) for row in session.execute(
            select(CaseMemberRow.group_id, CaseMemberRow.case_id)
            .where(CaseMemberRow.group_id.in_(sources) | CaseMemberRow.case_id.in_(sources))
            .order_by(CaseMemberRow.group_id, CaseMemberRow.case_id)
        ).all())
        have = set(session.scalars(select(CaseMemberRow.group_id).where(CaseMemberRow.case_id == target_id)))
        added = []
        for group_id, case_id in memberships:
            if case_id in sources and group_id not in have and group_id not in sources and group_id != target_id:
                session.add(CaseMemberRow(group_id=group_id, case_id=target_id))
                have.add(group_id)
                added.append((group_id, target_id))
        session.flush()
        session.execute(delete(CaseRow).where(CaseRow.id.in_(sources)))
        return CaseMergeRecord(target_id, snapshots, turns, moved, deleted, memberships, tuple(added))


def _move_values(session, sources: list[int], target_id: int  # noqa: ANN001 - a Session
                 ) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int, int, str], ...]]:
    """Give the target the sources' values of attributes it has no value for (first source wins)."""
    have = set(session.scalars(
        select(AttributeValueRow.attribute_id).where(AttributeValueRow.case_id == target_id)))
    moved, deleted = [], []
    rows = session.scalars(select(AttributeValueRow).where(AttributeValueRow.case_id.in_(sources))
                           .order_by(AttributeValueRow.case_id, AttributeValueRow.id)).all()
    for row in rows:
        if row.attribute_id in have:
            deleted.append((row.id, row.attribute_id, row.case_id, row.value))
        else:
            moved.append((row.id, row.case_id))
            have.add(row.attribute_id)
            row.case_id = target_id
    session.flush()
    return tuple(moved), tuple(deleted)


def unmerge_cases(project: Project, record: CaseMergeRecord) -> None:
    """Undo :func:`merge_cases`: the sources come back with their ids, turns, values and memberships."""
    with project.transaction() as session:
        for s in record.sources:
            if session.get(CaseRow, s.id) is not None:
                raise ProjectError(msg("Case {id} exists again: the merge cannot be undone.", id=s.id))
            session.add(CaseRow(id=s.id, name=s.name, kind=s.kind, interviewer=s.interviewer, position=s.position))
        session.flush()
        for turn_id, case_id in record.turns:
            session.execute(update(TurnRow).where(TurnRow.id == turn_id).values(case_id=case_id))
        for value_id, case_id in record.moved_values:
            session.execute(update(AttributeValueRow).where(AttributeValueRow.id == value_id).values(case_id=case_id))
        if record.deleted_values:
            session.execute(insert(AttributeValueRow), [
                {"id": i, "attribute_id": a, "case_id": c, "document_id": None, "value": v}
                for i, a, c, v in record.deleted_values])
        for group_id, case_id in record.added_memberships:
            session.execute(delete(CaseMemberRow).where(CaseMemberRow.group_id == group_id,
                                                        CaseMemberRow.case_id == case_id))
        for group_id, case_id in record.memberships:
            session.merge(CaseMemberRow(group_id=group_id, case_id=case_id))
