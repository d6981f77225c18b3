"""Cases: participants (speakers) and groups; rename, merge, mark the interviewer."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select

from corpus.attributes import AttributeService
from corpus.case_merge import merge_cases
from corpus.errors import NotFoundError, ProjectError
from corpus.messages import msg
from corpus.store.models import CaseMemberRow, CaseRow, TurnRow
from corpus.store.project import Project
from corpus.types import Case


class CaseService:
    """Participants and groups of a project."""

    def __init__(self, project: Project):
        self.project = project

    def cases(self) -> list[Case]:
        """Every case with its attributes and turn count, in order."""
        values = AttributeService(self.project).values("case")
        with self.project.transaction() as session:
            counts = dict(session.execute(select(TurnRow.case_id, func.count()).group_by(TurnRow.case_id)).all())
            rows = session.scalars(select(CaseRow).order_by(CaseRow.position, CaseRow.id))
            return [
                Case(r.id, r.name, r.kind, r.interviewer, values.get(r.id, {}), counts.get(r.id, 0))
                for r in rows
            ]

    def case(self, case_id: int) -> Case:
        """One case by id."""
        for case in self.cases():
            if case.id == case_id:
                return case
        raise NotFoundError(msg("Case {id} does not exist.", id=case_id))

    def find(self, name: str) -> Case:
        """A case by its exact name."""
        for case in self.cases():
            if case.name == name:
                return case
        raise NotFoundError(msg("No case named {name}.", name=repr(name)))

    def create(self, name: str, kind: str = "participant") -> int:
        """Create a case (participant or group); return its id."""
        name = " ".join(name.split())
        if not name:
            raise ProjectError(msg("A case needs a name."))
        with self.project.transaction() as session:
            if session.scalar(select(CaseRow.id).where(CaseRow.name == name)) is not None:
                raise ProjectError(msg("A case named {name} already exists.", name=repr(name)))
            position = session.scalar(select(func.coalesce(func.max(CaseRow.position), 0))) or 0
            row = CaseRow(name=name, kind=kind, position=position + 1)
            session.add(row)
            session.flush()
            return row.id

    def rename(self, case_id: int, name: str) -> str:
        """Rename a case; return the previous name. Names stay unique."""
        name = " ".join(name.split())
        if not name:
            raise ProjectError(msg("A case needs a name."))
        with self.project.transaction() as session:
            row = session.get(CaseRow, case_id)
            if row is None:
                raise NotFoundError(msg("Case {id} does not exist.", id=case_id))
            clash = session.scalar(select(CaseRow.id).where(CaseRow.name == name, CaseRow.id != case_id))
            if clash is not None:
                raise ProjectError(msg("A case named {name} already exists: merge them instead.", name=repr(name)))
            old, row.name = row.name, name
            return old

    def set_interviewer(self, case_id: int, interviewer: bool) -> bool:
        """Mark or unmark a case as interviewer; return the previous flag."""
        with self.project.transaction() as session:
            row = session.get(CaseRow, case_id)
            if row is None:
                raise NotFoundError(msg("Case {id} does not exist.", id=case_id))
            old, row.interviewer = row.interviewer, interviewer
            return old

    def merge(self, source_ids: Sequence[int], target_id: int) -> int:
        """Merge cases into ``target_id`` (e.g. ``Enq`` and ``ENQ``): turns, memberships and the
        attribute values the target lacks move over; the sources are deleted. Returns turns moved.
        (:func:`corpus.case_merge.merge_cases` also returns what is needed to undo it.)"""
        if not [s for s in source_ids if s != target_id]:
            return 0
        return merge_cases(self.project, source_ids, target_id).turns_moved

    def set_members(self, group_id: int, member_ids: Sequence[int]) -> None:
        """Set the participants of a group case."""
        with self.project.transaction() as session:
            session.execute(delete(CaseMemberRow).where(CaseMemberRow.group_id == group_id))
            for case_id in member_ids:
                session.add(CaseMemberRow(group_id=group_id, case_id=case_id))

    def members(self, group_id: int) -> list[int]:
        """Ids of the participants of a group case."""
        with self.project.transaction() as session:
            return list(session.scalars(select(CaseMemberRow.case_id).where(CaseMemberRow.group_id == group_id)))

    def delete(self, case_id: int) -> None:
        """Delete a case; its turns keep their text but lose their speaker."""
        with self.project.transaction() as session:
            session.execute(delete(CaseRow).where(CaseRow.id == case_id))
