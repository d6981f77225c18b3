"""Codings: codes applied to passages of documents; excerpts, context and the viewer's paint list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.orm import Session

from coding.codebook import coder_ids, delete_memos, tree_order
from coding.memos import insert_memos, memos_of
from coding.speakers import SpeakerIndex
from coding.types import Coding, Excerpt, Memo, Span
from corpus.errors import NotFoundError, ProjectError
from corpus.messages import msg
from corpus.store.models import CodeRow, CoderRow, CodingRow, DocumentRow
from corpus.store.project import Project, now_iso


@dataclass(frozen=True)
class RecodeResult:
    """What :meth:`CodingService.recode` changed: the previous code of each coding moved, and the
    codings dropped because the new code already had the same passage by the same coder."""

    old_code_ids: tuple[tuple[int, int], ...]  # (coding id, previous code id)
    dropped: tuple[Coding, ...]
    dropped_memos: tuple[Memo, ...] = ()


def _query():  # noqa: ANN202 - a SQLAlchemy select of plain columns (no ORM objects: fast)
    return select(CodingRow.id, CodingRow.code_id, CodingRow.document_id, CodingRow.start, CodingRow.end,
                  CodingRow.snippet, CoderRow.name, CodingRow.created).outerjoin(
        CoderRow, CoderRow.id == CodingRow.coder_id)


def coding_from_row(row: CodingRow, coder: str | None) -> Coding:
    """A :class:`Coding` from its row (internal to the coding package)."""
    return Coding(row.id, row.code_id, Span(row.document_id, row.start, row.end), row.snippet,
                  coder or "", row.created)


def codings_where(session: Session, *conditions) -> list[Coding]:  # noqa: ANN002
    """Codings matching SQL conditions, by document and start (internal)."""
    query = _query().where(*conditions).order_by(CodingRow.document_id, CodingRow.start, CodingRow.end,
                                                 CodingRow.id)
    return [Coding(i, code, Span(doc, start, end), snippet, coder or "", created)
            for i, code, doc, start, end, snippet, coder, created in session.connection().execute(query).all()]


def insert_codings(session: Session, codings: Iterable[Coding]) -> None:
    """Re-insert codings with their ids, coders and dates (internal: undo)."""
    codings = list(codings)
    ids = coder_ids(session, {c.coder for c in codings if c.coder})
    for c in codings:
        session.add(CodingRow(id=c.id, code_id=c.code_id, document_id=c.span.document_id, start=c.span.start,
                              end=c.span.end, snippet=c.snippet, coder_id=ids.get(c.coder), created=c.created))
    session.flush()


def remove_codings(session: Session, ids: Sequence[int]) -> tuple[list[Coding], list[Memo]]:
    """Delete codings and their memos; return both (internal)."""
    ids = list(ids)
    if not ids:
        return [], []
    codings = codings_where(session, CodingRow.id.in_(ids))
    memos = memos_of(session, "coding", ids)
    delete_memos(session, "coding", ids)
    session.execute(delete(CodingRow).where(CodingRow.id.in_(ids)))
    return codings, memos


class CodingService:
    """Apply, remove and list the codings of one project."""

    def __init__(self, project: Project):
        self.project = project

    # --- edits --------------------------------------------------------------------------
    def apply(self, code_id: int, spans: Iterable[Span], coder: str) -> list[Coding]:
        """Code ``spans`` with ``code_id`` for ``coder``; return the codings **created**.

        The snippet is the document's text slice. A span the same coder already coded with the
        same code is skipped (so the result may be shorter than ``spans``). Offsets outside the
        document raise :class:`ProjectError` and nothing is written.
        """
        spans = list(dict.fromkeys(spans))
        with self.project.transaction() as session:
            if session.get(CodeRow, code_id) is None:
                raise NotFoundError(msg("Code {id} does not exist.", id=code_id))
            coder_id = coder_ids(session, {coder}).get(coder)
            lengths, snippets = _snippets(session, spans)
            same = [CodingRow.code_id == code_id, _coder_is(coder_id)]
            if len(spans) <= _FEW_SPANS:  # only the rows that could repeat these spans (the start index)
                same += [CodingRow.document_id.in_({s.document_id for s in spans}),
                         CodingRow.start.in_({s.start for s in spans})]
            existing = set(map(tuple, session.execute(
                select(CodingRow.document_id, CodingRow.start, CodingRow.end).where(*same)
            ).all()))
            rows = []
            for span in spans:
                length = lengths.get(span.document_id)
                if length is None:
                    raise NotFoundError(msg("Document {id} does not exist.", id=span.document_id))
                if span.end > length:
                    raise ProjectError(msg("Passage {start}-{end} lies outside the document ({length} characters).",
                                           start=span.start, end=span.end, length=length))
                if (span.document_id, span.start, span.end) in existing:
                    continue
                rows.append(CodingRow(code_id=code_id, document_id=span.document_id, start=span.start,
                                      end=span.end, snippet=snippets[span], coder_id=coder_id, created=now_iso()))
            session.add_all(rows)
            session.flush()
            return [coding_from_row(r, coder) for r in rows]

    def remove(self, coding_ids: Sequence[int]) -> list[Coding]:
        """Delete codings (and their memos); return the codings removed, for undo."""
        with self.project.transaction() as session:
            return remove_codings(session, coding_ids)[0]

    def restore(self, codings: Iterable[Coding], memos: Iterable[Memo] = ()) -> None:
        """Re-insert removed codings (and their memos) with the same ids."""
        with self.project.transaction() as session:
            insert_codings(session, codings)
            insert_memos(session, memos)

    def recode(self, coding_ids: Sequence[int], new_code_id: int) -> RecodeResult:
        """Move codings to another code. A coding whose passage the new code already has for the
        same coder is dropped instead (no duplicates). Returns what is needed for undo."""
        with self.project.transaction() as session:
            if session.get(CodeRow, new_code_id) is None:
                raise NotFoundError(msg("Code {id} does not exist.", id=new_code_id))
            codings = codings_where(session, CodingRow.id.in_(list(coding_ids)))
            have = {(c.span, c.coder) for c in codings_where(session, CodingRow.code_id == new_code_id)}
            moved, drop = [], []
            for c in codings:
                if c.code_id == new_code_id:
                    continue
                if (c.span, c.coder) in have:
                    drop.append(c.id)
                    continue
                have.add((c.span, c.coder))
                moved.append((c.id, c.code_id))
            for coding_id, _old in moved:
                session.execute(update(CodingRow).where(CodingRow.id == coding_id).values(code_id=new_code_id))
            dropped, memos = remove_codings(session, drop)
            return RecodeResult(tuple(moved), tuple(dropped), tuple(memos))

    def set_code_ids(self, old_code_ids: Iterable[tuple[int, int]]) -> None:
        """Give codings back a recorded code (``(coding id, code id)`` pairs): undo of a recode."""
        with self.project.transaction() as session:
            for coding_id, code_id in old_code_ids:
                session.execute(update(CodingRow).where(CodingRow.id == coding_id).values(code_id=code_id))

    # --- reading ------------------------------------------------------------------------
    def coding(self, coding_id: int) -> Coding:
        """One coding by id."""
        with self.project.transaction() as session:
            found = codings_where(session, CodingRow.id == coding_id)
        if not found:
            raise NotFoundError(msg("Coding {id} does not exist.", id=coding_id))
        return found[0]

    def codings_by_id(self, coding_ids: Sequence[int]) -> list[Coding]:
        """The codings of these ids (missing ones left out), looked up by primary key."""
        ids = list(coding_ids)
        if not ids:
            return []
        with self.project.transaction() as session:
            rows = session.connection().execute(_query().where(CodingRow.id.in_(ids)))
            return [Coding(i, code, Span(doc, start, end), snippet, coder or "", created)
                    for i, code, doc, start, end, snippet, coder, created in rows]

    def marks_in_document(self, document_id: int) -> list[tuple[int, int, int, int]]:
        """``(coding id, code id, start, end)`` of every coding of a document: what the viewer paints,
        without snippets and coders (a document with thousands of codings opens faster)."""
        with self.project.transaction() as session:
            query = (select(CodingRow.id, CodingRow.code_id, CodingRow.start, CodingRow.end)
                     .where(CodingRow.document_id == document_id))
            return [tuple(row) for row in session.connection().execute(query).all()]

    def codings_in_document(self, document_id: int) -> list[Coding]:
        """Every coding of a document, by start (what the viewer paints)."""
        with self.project.transaction() as session:
            return codings_where(session, CodingRow.document_id == document_id)

    def codings_at(self, document_id: int, position: int) -> list[Coding]:
        """The codings covering the character at ``position`` (viewer tooltip, uncode)."""
        with self.project.transaction() as session:
            return codings_where(session, CodingRow.document_id == document_id, CodingRow.start <= position,
                                 CodingRow.end > position)

    def codings(self, code_ids: Sequence[int] | None = None) -> list[Coding]:
        """Every coding (of these codes), by document and start."""
        with self.project.transaction() as session:
            conditions = [] if code_ids is None else [CodingRow.code_id.in_(list(code_ids))]
            return codings_where(session, *conditions)

    def excerpts(
        self,
        code_id: int,
        include_descendants: bool = True,
        coder: str | None = None,
        document_ids: Sequence[int] | None = None,
        case_attribute_filter: dict[str, str] | None = None,
        document_attribute_filter: dict[str, str] | None = None,
    ) -> list[Excerpt]:
        """The coded passages of a code (and its sub-codes), in project document order then text
        order, each with its code path, document, speaker, speaker attributes and time stamp.
        Filters: one coder, some documents, speakers (or documents) whose attributes equal the
        given values."""
        with self.project.transaction() as session:
            codes = tree_order(list(session.scalars(select(CodeRow))))
        ids = {code_id}
        if include_descendants:
            for code in codes:
                if code.parent_id in ids:
                    ids.add(code.id)
        return self.excerpts_for(sorted(ids), document_ids, coder, case_attribute_filter,
                                 document_attribute_filter)

    def excerpts_for(
        self,
        code_ids: Sequence[int] | None = None,
        document_ids: Sequence[int] | None = None,
        coder: str | None = None,
        case_attribute_filter: dict[str, str] | None = None,
        document_attribute_filter: dict[str, str] | None = None,
        coding_ids: Sequence[int] | None = None,
    ) -> list[Excerpt]:
        """Excerpts of exactly these codes (all when ``None``), see :meth:`excerpts`; ``coding_ids``
        limits them to these codings (a view adding the few just made)."""
        with self.project.transaction() as session:
            conditions = []
            if coding_ids is not None:
                conditions.append(CodingRow.id.in_(list(coding_ids)))
            if code_ids is not None:
                conditions.append(CodingRow.code_id.in_(list(code_ids)))
            if document_ids is not None:
                conditions.append(CodingRow.document_id.in_(list(document_ids)))
            if coder is not None:
                conditions.append(CoderRow.name == coder)
            codings = codings_where(session, *conditions)
            paths = {c.id: c.path for c in tree_order(list(session.scalars(select(CodeRow))))}
            docs = {i: (n, p) for i, n, p in session.execute(
                select(DocumentRow.id, DocumentRow.name, DocumentRow.position))}
            few = [(c.span.document_id, c.span.start) for c in codings] if len(codings) <= _FEW_SPANS else None
            index = SpeakerIndex(session, {c.span.document_id for c in codings}, positions=few)
        out = []
        for c in codings:
            turn = index.turn_at(c.span.document_id, c.span.start)
            attrs = index.case_attributes.get(turn.case_id, {}) if turn and turn.case_id else {}
            if case_attribute_filter and not _matches(attrs, case_attribute_filter):
                continue
            if document_attribute_filter and not _matches(
                    index.document_attributes.get(c.span.document_id, {}), document_attribute_filter):
                continue
            out.append(Excerpt(c, paths.get(c.code_id, ""), docs[c.span.document_id][0],
                               turn.speaker if turn else None, turn.case_id if turn else None, attrs,
                               turn.timestamp if turn else None))
        out.sort(key=lambda e: (docs[e.coding.span.document_id][1], e.coding.span.document_id,
                                e.coding.span.start, e.coding.span.end, e.coding.id))
        return out

    def context(self, coding_id: int, chars: int = 200) -> tuple[str, str, str]:
        """``(before, text, after)`` around a coding: up to ``chars`` characters each side, cut at a
        space so no word is split (the cut side gets a leading/trailing ``…``)."""
        coding = self.coding(coding_id)
        with self.project.transaction() as session:
            text = _texts(session, {coding.span.document_id})[coding.span.document_id]
        return context_of(text, coding.span.start, coding.span.end, chars)


def context_of(text: str, start: int, end: int, chars: int) -> tuple[str, str, str]:
    """``(before, passage, after)`` of ``text[start:end]`` with ``chars`` of context each side."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if hi < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return before, text[start:end], after


def _matches(values: dict[str, str], wanted: dict[str, str]) -> bool:
    return all(values.get(k) == v for k, v in wanted.items())


def _coder_is(coder_id: int | None):  # noqa: ANN202
    return CodingRow.coder_id.is_(None) if coder_id is None else CodingRow.coder_id == coder_id


_FEW_SPANS = 20  # up to this many spans, SQL slices the snippets: no whole text read (a click codes one)


def _snippets(session: Session, spans: list[Span]) -> tuple[dict[int, int], dict[Span, str]]:
    """The length of each document of ``spans`` and the text of each span (code points, like SQLite's
    ``length``/``substr``): a few spans are sliced by SQL, not by reading 600,000-character texts.

    SQLite's ``length`` and ``substr`` stop at a NUL character: a text holding one (a project made before
    imports replaced them) is read whole instead."""
    if len(spans) > _FEW_SPANS:
        return _whole_text_snippets(session, spans)
    lengths: dict[int, int] = {}
    snippets: dict[Span, str] = {}
    with_nul: list[Span] = []
    sqlite = session.get_bind().dialect.name == "sqlite"  # PostgreSQL text never holds a NUL
    for doc_id in {s.document_id for s in spans}:
        mine = [s for s in spans if s.document_id == doc_id and 0 <= s.start <= s.end]
        nul = func.instr(DocumentRow.text, func.char(0)) if sqlite else literal(0)
        columns = [func.length(DocumentRow.text), nul] + [
            func.substr(DocumentRow.text, s.start + 1, s.end - s.start) for s in mine]
        row = session.execute(select(*columns).where(DocumentRow.id == doc_id)).first()
        if row is not None and row[1]:
            with_nul += [s for s in spans if s.document_id == doc_id]
        elif row is not None:
            lengths[doc_id] = row[0]
            snippets.update((s, value or "") for s, value in zip(mine, row[2:]))
    if with_nul:
        more_lengths, more_snippets = _whole_text_snippets(session, with_nul)
        lengths.update(more_lengths)
        snippets.update(more_snippets)
    return lengths, snippets


def _whole_text_snippets(session: Session, spans: list[Span]) -> tuple[dict[int, int], dict[Span, str]]:
    texts = _texts(session, {s.document_id for s in spans})
    return ({d: len(t) for d, t in texts.items()},
            {s: texts[s.document_id][s.start:s.end] for s in spans if s.document_id in texts})


def _texts(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(sorted(ids)))).all())


def group_by_document(codings: Iterable[Coding]) -> dict[int, list[Coding]]:
    """Codings grouped by document id, order kept."""
    out: dict[int, list[Coding]] = defaultdict(list)
    for c in codings:
        out[c.span.document_id].append(c)
    return dict(out)
