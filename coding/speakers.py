"""Who speaks where: the turns of documents, with their cases and attributes (internal helper)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from corpus.store.models import AttributeRow, AttributeValueRow, CaseRow, TurnRow
from corpus.types import Turn


class SpeakerIndex:
    """Turns of some documents, found by offset in O(log n); case and document attributes."""

    def __init__(self, session: Session, document_ids: Iterable[int]):
        ids = list(set(document_ids))
        cases = {r.id: r for r in session.scalars(select(CaseRow))}
        self.case_names = {i: r.name for i, r in cases.items()}
        self.interviewers = {i for i, r in cases.items() if r.interviewer}
        self.turns: dict[int, list[Turn]] = defaultdict(list)
        if ids:
            rows = session.scalars(
                select(TurnRow).where(TurnRow.document_id.in_(ids)).order_by(TurnRow.document_id, TurnRow.start)
            )
            for t in rows:
                speaker = self.case_names.get(t.case_id) if t.case_id is not None else None
                self.turns[t.document_id].append(
                    Turn(t.id, t.document_id, t.start, t.end, t.content_start, t.case_id,
                         speaker if speaker is not None else t.label, t.timestamp))
        self._starts = {d: [t.start for t in turns] for d, turns in self.turns.items()}
        self.case_attributes = _attribute_values(session, "case")
        self.document_attributes = _attribute_values(session, "document")

    def turn_at(self, document_id: int, position: int) -> Turn | None:
        """The turn containing ``position`` (``start <= position < end``), or ``None``."""
        starts = self._starts.get(document_id)
        if not starts:
            return None
        i = bisect_right(starts, position) - 1
        if i < 0:
            return None
        turn = self.turns[document_id][i]
        return turn if position < turn.end else None


def _attribute_values(session: Session, scope: str) -> dict[int, dict[str, str]]:
    column = AttributeValueRow.case_id if scope == "case" else AttributeValueRow.document_id
    rows = session.execute(
        select(column, AttributeRow.name, AttributeValueRow.value)
        .join(AttributeRow, AttributeRow.id == AttributeValueRow.attribute_id)
        .where(column.is_not(None), AttributeRow.scope == scope)
        .order_by(AttributeRow.position, AttributeRow.id)
    )
    out: dict[int, dict[str, str]] = defaultdict(dict)
    for target, name, value in rows:
        out[target][name] = value
    return dict(out)
