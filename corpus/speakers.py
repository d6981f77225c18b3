"""Speakers found at import become cases (participants); interviewer labels are recognised."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import func, insert, select
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
        self._labels: dict[str, int] = {}  # raw label -> id: a transcript repeats a few labels
        self._position = session.scalar(select(func.coalesce(func.max(CaseRow.position), 0))) or 0

    def prepare(self, labels: Iterable[str]) -> None:
        """Resolve many labels at once: the missing cases are created in order of first appearance
        with one insert (one ORM flush per new speaker cost 3 ms each)."""
        pending = [label for label in dict.fromkeys(labels) if label not in self._labels]
        names = {label: " ".join(label.split()) for label in pending}
        new = [name for name in dict.fromkeys(names.values()) if name not in self._ids]
        if new:
            self.session.execute(insert(CaseRow), [
                {"name": name, "kind": "participant", "interviewer": looks_like_interviewer(name),
                 "position": self._position + i}
                for i, name in enumerate(new, start=1)
            ])
            self._position += len(new)
            self._ids = dict(self.session.execute(select(CaseRow.name, CaseRow.id)).all())
            self.created.extend(new)
        for label, name in names.items():
            self._labels[label] = self._ids[name]

    def case_id(self, label: str) -> int:
        """The id of the case named ``label`` (stripped), created if it does not exist."""
        found = self._labels.get(label)
        if found is None:
            found = self._labels[label] = self._case_of_name(" ".join(label.split()))
        return found

    def _case_of_name(self, name: str) -> int:
        """The id of the case ``name`` (already normalised), created if it does not exist."""
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
