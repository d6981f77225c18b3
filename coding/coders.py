"""Coders: the people who code. Every coding and memo names one."""

from __future__ import annotations

from sqlalchemy import select

from coding.types import Coder
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.models import CoderRow
from corpus.store.project import Project, now_iso


class CoderService:
    """The coders of one project."""

    def __init__(self, project: Project):
        self.project = project

    def ensure(self, name: str) -> Coder:
        """The coder called ``name`` (blanks squeezed), created if new."""
        name = " ".join(name.split())
        if not name:
            raise ProjectError(msg("A coder needs a name."))
        with self.project.transaction() as session:
            row = session.scalar(select(CoderRow).where(CoderRow.name == name))
            if row is None:
                row = CoderRow(name=name, created=now_iso())
                session.add(row)
                session.flush()
            return Coder(row.id, row.name)

    def coders(self) -> list[Coder]:
        """Every coder, in creation order."""
        with self.project.transaction() as session:
            return [Coder(r.id, r.name) for r in session.scalars(select(CoderRow).order_by(CoderRow.id))]
