"""Speakers found at import become cases (participants); interviewer labels are recognised."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from corpus.store.models import CaseRow

_INTERVIEWER = re.compile(
    r"^\(?\s*(enq|enquêt\w*|interv\w*|int|i|q|question\w*|animat\w*|modérat\w*|moderat\w*|chercheu\w*)"
    r"\s*\)?$|\((enq|int)\)\s*$",
    re.IGNORECASE,
)


def looks_like_interviewer(label: str) -> bool:
    """True for labels such as ``Enq``, ``ENQ``, ``Q``, ``Intervieweur``, ``Marie (ENQ)``."""
    return bool(_INTERVIEWER.search(label.strip()))


class CaseResolver:
    """Find or create the case of each speaker label during one import transaction."""

    def __init__(self, session: Session):
        self.session = session
        self.created: list[str] = []
        self._ids = dict(session.execute(select(CaseRow.name, CaseRow.id)).all())
        self._position = session.scalar(select(func.coalesce(func.max(CaseRow.position), 0))) or 0

    def case_id(self, label: str) -> int:
        """The id of the case named ``label`` (stripped), created if it does not exist."""
        name = " ".join(label.split())
        found = self._ids.get(name)
        if found is not None:
            return found
        self._position += 1
        row = CaseRow(name=name, kind="participant", interviewer=looks_like_interviewer(name),
                      position=self._position)
        self.session.add(row)
        self.session.flush()
        self._ids[name] = row.id
        self.created.append(name)
        return row.id
