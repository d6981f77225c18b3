"""Merge and delete codes, and their exact undo (internal to :mod:`coding.codebook`)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from coding.codebook import (
    CodeSnapshot,
    MergeResult,
    _renumber,
    _row,
    _siblings,
    coder_ids,
    delete_memos,
    set_positions,
    sibling_positions,
    tree_order,
)
from coding.codings import codings_where, insert_codings, remove_codings
from coding.memos import insert_memos, memos_of
from coding.types import Code
from corpus.store.models import CodeRow, CodingRow, MemoRow
from corpus.store.project import Project


def _subtree(session: Session, code_id: int) -> list[Code]:
    _row(session, code_id)
    codes = tree_order(list(session.scalars(select(CodeRow))))
    ids = {code_id}
    out = []
    for code in codes:
        if code.id == code_id or code.parent_id in ids:
            ids.add(code.id)
            out.append(code)
    return out


def delete_code(project: Project, code_id: int) -> CodeSnapshot:
    """Delete a code subtree with its codings and memos; return the snapshot to restore it."""
    with project.transaction() as session:
        codes = _subtree(session, code_id)
        ids = [c.id for c in codes]
        codings = codings_where(session, CodingRow.code_id.in_(ids))
        memos = memos_of(session, "code", ids) + memos_of(session, "coding", [c.id for c in codings])
        parent_id = codes[0].parent_id
        positions = sibling_positions(session, parent_id)
        remove_codings(session, [c.id for c in codings])
        delete_memos(session, "code", ids)
        for code in reversed(codes):  # children first
            session.execute(delete(CodeRow).where(CodeRow.id == code.id))
        _renumber(session, _siblings(session, parent_id))
        return CodeSnapshot(tuple(codes), tuple(codings), tuple(memos), positions)


def insert_codes(session: Session, codes: tuple[Code, ...]) -> None:
    """Re-insert code rows (parents first) with every column kept."""
    for c in codes:
        session.add(CodeRow(id=c.id, parent_id=c.parent_id, name=c.name, color=c.color, position=c.position,
                            description=c.description, created=c.created, guid=c.guid))
        session.flush()


def restore_codes(project: Project, snapshot: CodeSnapshot) -> None:
    """Undo :func:`delete_code`: codes, codings, memos and sibling positions come back."""
    with project.transaction() as session:
        insert_codes(session, snapshot.codes)
        insert_codings(session, snapshot.codings)
        insert_memos(session, snapshot.memos)
        set_positions(session, snapshot.sibling_positions)


def merge_codes(project: Project, source_id: int, target_id: int) -> MergeResult:
    """Merge ``source_id`` into ``target_id`` (see :meth:`CodebookService.merge`)."""
    with project.transaction() as session:
        source = next(c for c in _subtree(session, source_id) if c.id == source_id)
        _row(session, target_id)
        positions = sibling_positions(session, source.parent_id)
        target_positions = sibling_positions(session, target_id)
        moved, dropped_ids = _move_codings(session, source_id, target_id)
        dropped, dropped_memos = remove_codings(session, dropped_ids)
        children = sibling_positions(session, source_id)
        _move_children(session, source_id, target_id)
        code_memos = memos_of(session, "code", [source_id])
        target_memo = _append_memo(session, code_memos, target_id)
        delete_memos(session, "code", [source_id])
        session.execute(delete(CodeRow).where(CodeRow.id == source_id))
        _renumber(session, _siblings(session, source.parent_id))
        snapshot = CodeSnapshot((source,), tuple(dropped), tuple(code_memos + dropped_memos), positions)
        return MergeResult(target_id, snapshot, tuple(moved), children, target_positions, target_memo)


def _move_codings(session: Session, source_id: int, target_id: int) -> tuple[list[int], list[int]]:
    """Move the source's codings to the target; return (moved ids, ids of duplicates to drop)."""
    have = set(map(tuple, session.execute(
        select(CodingRow.document_id, CodingRow.start, CodingRow.end, CodingRow.coder_id)
        .where(CodingRow.code_id == target_id)
    )))
    moved, dropped = [], []
    rows = session.execute(
        select(CodingRow.id, CodingRow.document_id, CodingRow.start, CodingRow.end, CodingRow.coder_id)
        .where(CodingRow.code_id == source_id).order_by(CodingRow.id)
    )
    for coding_id, *key in rows:
        if tuple(key) in have:
            dropped.append(coding_id)
        else:
            have.add(tuple(key))
            moved.append(coding_id)
    if moved:
        session.execute(update(CodingRow).where(CodingRow.id.in_(moved)).values(code_id=target_id))
    return moved, dropped


def _move_children(session: Session, source_id: int, target_id: int) -> None:
    ids = _siblings(session, target_id) + _siblings(session, source_id)
    session.execute(update(CodeRow).where(CodeRow.parent_id == source_id).values(parent_id=target_id))
    _renumber(session, ids)


def _append_memo(session: Session, source_memos: list, target_id: int):  # noqa: ANN202 - Memo | None
    """Append the source code's memo to the target's; return the target memo as it was."""
    before = memos_of(session, "code", [target_id])
    if not source_memos:
        return before[0] if before else None
    text = source_memos[0].text
    row = session.scalar(select(MemoRow).where(MemoRow.target_kind == "code", MemoRow.target_id == target_id))
    if row is None:
        session.add(MemoRow(target_kind="code", target_id=target_id, text=text,
                            coder_id=coder_ids(session, {source_memos[0].coder}).get(source_memos[0].coder),
                            updated=source_memos[0].updated))
    else:
        row.text = f"{row.text}\n\n{text}"
    session.flush()
    return before[0] if before else None


def unmerge_codes(project: Project, result: MergeResult) -> None:
    """Undo :func:`merge_codes` exactly: same ids, positions, codings and memos."""
    source = result.source.codes[0]
    with project.transaction() as session:
        insert_codes(session, result.source.codes)
        if result.moved_coding_ids:
            session.execute(update(CodingRow).where(CodingRow.id.in_(list(result.moved_coding_ids)))
                            .values(code_id=source.id))
        insert_codings(session, result.source.codings)
        for child_id, _position in result.children:
            session.execute(update(CodeRow).where(CodeRow.id == child_id).values(parent_id=source.id))
        session.execute(delete(MemoRow).where(MemoRow.target_kind == "code",
                                              MemoRow.target_id == result.target_id))
        session.flush()
        insert_memos(session, result.source.memos + ((result.target_memo,) if result.target_memo else ()))
        set_positions(session, result.children + result.target_children_positions
                      + result.source.sibling_positions)

