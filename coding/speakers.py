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

    def __init__(self, session: Session, document_ids: Iterable[int],
                 positions: Iterable[tuple[int, int]] | None = None):
        """Index the turns of ``document_ids``; with ``positions`` (document id, offset) pairs, only the
        turns holding those offsets are read (a few codings in a long interview: a few rows)."""
        ids = list(set(document_ids))
        connection = session.connection()  # plain rows, no ORM objects: a long interview has thousands of turns
        cases = connection.execute(select(CaseRow.id, CaseRow.name, CaseRow.interviewer)).all()
        self.case_names = {i: name for i, name, _interviewer in cases}
        self.interviewers = {i for i, _name, interviewer in cases if interviewer}
        self.turns: dict[int, list[Turn]] = defaultdict(list)
        if positions is not None:
            self._read_turns_at(connection, positions)
        elif ids:
            rows = connection.execute(
                select(TurnRow.id, TurnRow.document_id, TurnRow.start, TurnRow.end, TurnRow.content_start,
                       TurnRow.case_id, TurnRow.label, TurnRow.timestamp)
                .where(TurnRow.document_id.in_(ids)).order_by(TurnRow.document_id, TurnRow.start)
            ).all()  # fetchall: iterating the result fetches row by row, several times slower
            names = self.case_names
            for turn_id, doc_id, start, end, content_start, case_id, label, stamp in rows:
                speaker = names.get(case_id) if case_id is not None else None
                self.turns[doc_id].append(Turn(turn_id, doc_id, start, end, content_start, case_id,
                                               speaker if speaker is not None else label, stamp))
        self._starts = {d: [t.start for t in turns] for d, turns in self.turns.items()}
        self.case_attributes = _attribute_values(session, "case")
        self.document_attributes = _attribute_values(session, "document")

    def _read_turns_at(self, connection, positions: Iterable[tuple[int, int]]) -> None:  # noqa: ANN001
        """The last turn starting at or before each position (by the document/start index)."""
        found: dict[int, dict[int, Turn]] = defaultdict(dict)
        for doc_id, position in set(positions):
            row = connection.execute(
                select(TurnRow.id, TurnRow.document_id, TurnRow.start, TurnRow.end, TurnRow.content_start,
                       TurnRow.case_id, TurnRow.label, TurnRow.timestamp)
                .where(TurnRow.document_id == doc_id, TurnRow.start <= position)
                .order_by(TurnRow.start.desc()).limit(1)
            ).first()
            if row is not None:
                turn_id, _doc, start, end, content_start, case_id, label, stamp = row
                speaker = self.case_names.get(case_id) if case_id is not None else None
                found[doc_id][turn_id] = Turn(turn_id, doc_id, start, end, content_start, case_id,
                                              speaker if speaker is not None else label, stamp)
        for doc_id, turns in found.items():
            self.turns[doc_id] = sorted(turns.values(), key=lambda t: t.start)

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
