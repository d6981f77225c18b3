"""The hierarchical codebook: create, rename, colour, move, merge and delete codes; count codings.

Positions are 0-based and contiguous among the children of one parent; every edit renumbers the
siblings it touches. Paths join the names from the root with ``/`` ("Parent/Child").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from coding.types import Code, CodeCounts, Coding, Memo, Span
from corpus.errors import NotFoundError, ProjectError
from corpus.messages import msg
from corpus.store.models import CodeRow, CoderRow, CodingRow, MemoRow
from corpus.store.project import Project, now_iso

# Okabe-Ito colour-blind-safe palette (black left out: it hides highlighted text), then Paul Tol's muted.
PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#88CCEE", "#44AA99", "#117733", "#DDCC77", "#CC6677", "#AA4499", "#882255",
)


@dataclass(frozen=True)
class CodeSnapshot:
    """Everything a code subtree owns, to restore it exactly (ids included) on undo.

    ``codes`` are in tree order (parents first); ``sibling_positions`` are the positions of the
    codes that shared a parent with the root before the edit.
    """

    codes: tuple[Code, ...]
    codings: tuple[Coding, ...]
    memos: tuple[Memo, ...]
    sibling_positions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class MergeResult:
    """What :meth:`CodebookService.merge` changed, enough to undo it exactly."""

    target_id: int
    source: CodeSnapshot  # the source code alone, its codings (before the move) and its memos
    moved_coding_ids: tuple[int, ...]  # codings now on the target, same ids
    children: tuple[tuple[int, int], ...]  # (child id, old position) of the source's children
    target_children_positions: tuple[tuple[int, int], ...]
    target_memo: Memo | None  # the target's memo before the source memo was appended


def code_from_row(row: CodeRow, path: str = "") -> Code:
    """A :class:`Code` from its row (internal to the coding package)."""
    return Code(row.id, row.parent_id, row.name, row.color, row.position, row.description,
                path, row.created, row.guid)


def _clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name:
        raise ProjectError(msg("A code needs a name."))
    return name


def split_path(path: str) -> list[str]:
    """The names of a ``"Parent/Child"`` path, blanks squeezed, empty levels dropped, NFC (a name
    typed with a combining accent, as some keyboards and macOS file names give it, finds the code)."""
    return [unicodedata.normalize("NFC", " ".join(part.split())) for part in path.split("/") if part.strip()]


class CodebookService:
    """The codes of one project."""

    def __init__(self, project: Project):
        self.project = project

    # --- reading ------------------------------------------------------------------------
    def codes(self) -> list[Code]:
        """Every code in tree order (depth first, siblings by position), with its ``path``."""
        with self.project.transaction() as session:
            return tree_order(list(session.scalars(select(CodeRow))))

    def code(self, code_id: int) -> Code:
        """One code (with its path); :class:`NotFoundError` if it does not exist."""
        for code in self.codes():
            if code.id == code_id:
                return code
        raise NotFoundError(msg("Code {id} does not exist.", id=code_id))

    def find_path(self, path: str) -> Code | None:
        """The code at ``"Parent/Child"`` or ``None``."""
        wanted = "/".join(split_path(path))
        return next((c for c in self.codes() if c.path == wanted), None)

    def descendants(self, code_id: int) -> list[int]:
        """Ids of every code below ``code_id`` (not itself), in tree order."""
        codes = self.codes()
        return _descendants(codes, code_id)

    def depth(self, code: Code) -> int:
        """1 for a top-level code, 2 for its children..."""
        return len(split_path(code.path)) if code.path else 1

    def counts(self) -> dict[int, CodeCounts]:
        """Codings and distinct documents of every code, alone and with its descendants."""
        tallies, codes = self.tallies()
        return rollup_counts(codes, tallies)

    def tallies(self) -> tuple[dict[int, dict[int, int]], list[Code]]:
        """How many codings each code has in each document (``{code id: {document id: n}}``), and the
        codes in tree order: what :func:`rollup_counts` needs (views keep them to update counts
        after one coding without asking the store again)."""
        with self.project.transaction() as session:
            rows = session.execute(
                select(CodingRow.code_id, CodingRow.document_id, func.count())
                .group_by(CodingRow.code_id, CodingRow.document_id)
            ).all()
            codes = tree_order(list(session.scalars(select(CodeRow))))
        per_code: dict[int, dict[int, int]] = defaultdict(dict)
        for code_id, doc_id, n in rows:
            per_code[code_id][doc_id] = n
        return dict(per_code), codes

    def coding_count_with_descendants(self, code_id: int) -> int:
        """How many codings deleting ``code_id`` would delete (for the confirmation)."""
        ids = [code_id, *self.descendants(code_id)]
        with self.project.transaction() as session:
            return session.scalar(
                select(func.count()).select_from(CodingRow).where(CodingRow.code_id.in_(ids))
            ) or 0

    # --- creating and editing -------------------------------------------------------------
    def create(self, name: str, parent_id: int | None = None, color: str | None = None,
               description: str = "", position: int | None = None) -> Code:
        """Create a code under ``parent_id`` (top level when ``None``) at ``position`` (end when
        ``None``); without ``color`` the next colour of :data:`PALETTE` is used."""
        name = _clean_name(name)
        with self.project.transaction() as session:
            if parent_id is not None and session.get(CodeRow, parent_id) is None:
                raise NotFoundError(msg("Code {id} does not exist.", id=parent_id))
            if color is None:
                count = session.scalar(select(func.count()).select_from(CodeRow)) or 0
                color = PALETTE[count % len(PALETTE)]
            siblings = _siblings(session, parent_id)
            row = CodeRow(name=name, parent_id=parent_id, color=color, description=description,
                          created=now_iso(), position=len(siblings))
            session.add(row)
            session.flush()
            at = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(at, row.id)
            _renumber(session, siblings)
            session.flush()
            return code_from_row(row)

    def rename(self, code_id: int, name: str) -> str:
        """Rename a code; return the previous name."""
        return self._set(code_id, "name", _clean_name(name))

    def set_color(self, code_id: int, color: str) -> str:
        """Change a code's colour (``#RRGGBB``); return the previous one."""
        if not (len(color) == 7 and color.startswith("#")):
            raise ProjectError(msg("{color} is not a colour like #E69F00.", color=repr(color)))
        return self._set(code_id, "color", color.upper())

    def set_description(self, code_id: int, description: str) -> str:
        """Change a code's description; return the previous one."""
        return self._set(code_id, "description", description)

    def _set(self, code_id: int, column: str, value: str) -> str:
        with self.project.transaction() as session:
            row = _row(session, code_id)
            old = getattr(row, column)
            setattr(row, column, value)
            return old

    def move(self, code_id: int, new_parent_id: int | None, position: int | None = None) -> tuple[int | None, int]:
        """Move a code (with its subtree) under ``new_parent_id`` at ``position`` (end when
        ``None``). Moving a code under itself or one of its descendants is refused. Returns the
        previous ``(parent_id, position)``, for undo."""
        if new_parent_id is not None and (new_parent_id == code_id or new_parent_id in self.descendants(code_id)):
            raise ProjectError(msg("A code cannot be moved under itself or one of its sub-codes."))
        with self.project.transaction() as session:
            row = _row(session, code_id)
            if new_parent_id is not None:
                _row(session, new_parent_id)
            old = (row.parent_id, row.position)
            old_siblings = [i for i in _siblings(session, row.parent_id) if i != code_id]
            _renumber(session, old_siblings)
            row.parent_id = new_parent_id
            session.flush()
            siblings = [i for i in _siblings(session, new_parent_id) if i != code_id]
            at = len(siblings) if position is None else max(0, min(position, len(siblings)))
            siblings.insert(at, code_id)
            _renumber(session, siblings)
            return old

    def ensure_path(self, path: str, color: str | None = None) -> Code:
        """The code at ``"Parent/Child"``, creating the missing levels (``color`` for new ones)."""
        return self.ensure_path_created(path, color)[0]

    def ensure_path_created(self, path: str, color: str | None = None) -> tuple[Code, list[int]]:
        """Like :meth:`ensure_path`, also returning the ids of the codes it created."""
        names = split_path(path)
        if not names:
            raise ProjectError(msg("An empty code path."))
        parent: Code | None = None
        created: list[int] = []
        for depth in range(1, len(names) + 1):
            found = self.find_path("/".join(names[:depth]))
            if found is None:
                found = self.create(names[depth - 1], parent.id if parent else None, color)
                created.append(found.id)
            parent = found
        assert parent is not None
        return self.code(parent.id), created

    # --- merge and delete (undo data in coding.codebook_edit) -----------------------------
    def merge(self, source_id: int, target_id: int) -> MergeResult:
        """Merge ``source_id`` into ``target_id``: codings move to the target (a passage the target
        already has for the same coder is dropped), children move under the target, the source's
        memo is appended to the target's, the source is deleted. Returns the undo data."""
        from coding.codebook_edit import merge_codes

        if source_id == target_id or target_id in self.descendants(source_id):
            raise ProjectError(msg("A code cannot be merged into itself or one of its sub-codes."))
        return merge_codes(self.project, source_id, target_id)

    def delete(self, code_id: int) -> CodeSnapshot:
        """Delete a code, its sub-codes, their codings and memos; return them for undo."""
        from coding.codebook_edit import delete_code

        return delete_code(self.project, code_id)

    def unmerge(self, result: MergeResult) -> None:
        """Undo :meth:`merge` exactly (the source comes back with its id, codings, children)."""
        from coding.codebook_edit import unmerge_codes

        unmerge_codes(self.project, result)

    def restore(self, snapshot: CodeSnapshot) -> None:
        """Put back a subtree removed by :meth:`delete` (same ids, positions, codings, memos)."""
        from coding.codebook_edit import restore_codes

        restore_codes(self.project, snapshot)


def tree_order(rows: list[CodeRow]) -> list[Code]:
    """Codes depth first, siblings by position then id, each with its path."""
    children: dict[int | None, list[CodeRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    out: list[Code] = []

    def walk(parent: int | None, prefix: str) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: (r.position, r.id)):
            path = f"{prefix}{row.name}"
            out.append(code_from_row(row, path))
            walk(row.id, path + "/")

    walk(None, "")
    return out


def _descendants(codes: list[Code], code_id: int) -> list[int]:
    found: set[int] = {code_id}
    out: list[int] = []
    for code in codes:  # tree order: a parent always comes before its children
        if code.parent_id in found:
            found.add(code.id)
            out.append(code.id)
    return out


def _row(session: Session, code_id: int) -> CodeRow:
    row = session.get(CodeRow, code_id)
    if row is None:
        raise NotFoundError(msg("Code {id} does not exist.", id=code_id))
    return row


def _siblings(session: Session, parent_id: int | None) -> list[int]:
    """Ids of the children of ``parent_id`` by position."""
    where = CodeRow.parent_id.is_(None) if parent_id is None else CodeRow.parent_id == parent_id
    return list(session.scalars(select(CodeRow.id).where(where).order_by(CodeRow.position, CodeRow.id)))


def _renumber(session: Session, ids: list[int]) -> None:
    for i, code_id in enumerate(ids):
        session.execute(update(CodeRow).where(CodeRow.id == code_id).values(position=i))


def sibling_positions(session: Session, parent_id: int | None) -> tuple[tuple[int, int], ...]:
    """``(id, position)`` of the children of ``parent_id``."""
    where = CodeRow.parent_id.is_(None) if parent_id is None else CodeRow.parent_id == parent_id
    return tuple((i, p) for i, p in session.execute(select(CodeRow.id, CodeRow.position).where(where)))


def set_positions(session: Session, positions: tuple[tuple[int, int], ...]) -> None:
    """Put codes back at recorded positions."""
    for code_id, position in positions:
        session.execute(update(CodeRow).where(CodeRow.id == code_id).values(position=position))


def coder_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Ids of coders by name, created on demand (empty names map to nothing)."""
    found = dict(session.execute(select(CoderRow.name, CoderRow.id).where(CoderRow.name.in_(sorted(names)))).all())
    for name in sorted(names - set(found)):
        if name:
            row = CoderRow(name=name, created=now_iso())
            session.add(row)
            session.flush()
            found[name] = row.id
    return found


def delete_memos(session: Session, kind: str, ids: list[int]) -> None:
    """Delete the memos of these targets (memos have no foreign key: targets are of several kinds)."""
    if ids:
        session.execute(delete(MemoRow).where(MemoRow.target_kind == kind, MemoRow.target_id.in_(ids)))


__all__ = ["PALETTE", "CodeSnapshot", "CodebookService", "MergeResult", "Span", "split_path", "tree_order"]


def rollup_counts(codes: Sequence[Code], tallies: dict[int, dict[int, int]]) -> dict[int, CodeCounts]:
    """Codings and distinct documents of every code alone and with its descendants, from the codings
    per code and document (``codes`` in tree order: parents before their children)."""
    total: dict[int, int] = {}
    docs: dict[int, set[int]] = {}
    for c in reversed(codes):  # children come before their parents
        own = tallies.get(c.id, {})
        total[c.id] = total.get(c.id, 0) + sum(own.values())
        docs.setdefault(c.id, set()).update(d for d, n in own.items() if n)
        if c.parent_id is not None:
            total[c.parent_id] = total.get(c.parent_id, 0) + total[c.id]
            docs.setdefault(c.parent_id, set()).update(docs[c.id])
    return {
        c.id: CodeCounts(c.id, sum(tallies.get(c.id, {}).values()),
                         sum(1 for n in tallies.get(c.id, {}).values() if n), total[c.id], len(docs[c.id]))
        for c in codes
    }
