"""Copy a whole project, row for row with its ids, between a ``.vbt`` file and a PostgreSQL database.

Used by ``verbatim-cli push`` (file -> server) and ``pull`` (server -> file). Tables go parents first
(the models' dependency order) and codes parents before children, so foreign keys hold at every row;
on PostgreSQL the id sequences are then moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import case, func, insert, select, text
from sqlalchemy.orm import Session

from corpus.store.models import Base, CodeRow

_CHUNK = 500

Progress = Callable[[float, str], None]


def copy_project(source: Session, target: Session, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of every project table from ``source`` into the (empty) ``target``; return the row
    count per table. The settings are copied too, so both sides carry the same project settings."""
    counts: dict[str, int] = {}
    tables = Base.metadata.sorted_tables
    for index, table in enumerate(tables):
        if progress:
            progress(index / len(tables), table.name)
        query = select(table)
        if table.name == CodeRow.__tablename__:
            query = query.order_by(*_code_order(source))
        elif "id" in table.c:
            query = query.order_by(table.c.id)
        rows = [dict(row) for row in source.execute(query).mappings()]
        for start in range(0, len(rows), _CHUNK):
            target.execute(insert(table), rows[start:start + _CHUNK])
        counts[table.name] = len(rows)
    if target.get_bind().dialect.name == "postgresql":
        reset_sequences(target)
    if progress:
        progress(1.0, "done")
    return counts


def _code_order(source: Session) -> list:
    """Order codes parents first: by depth in the tree, then by id."""
    parents = dict(source.execute(select(CodeRow.id, CodeRow.parent_id)).all())

    def depth(code_id: int) -> int:
        seen = 0
        while parents.get(code_id) is not None and seen < len(parents):
            code_id = parents[code_id]
            seen += 1
        return seen

    order = sorted(parents, key=lambda cid: (depth(cid), cid))
    if not order:
        return [CodeRow.id]
    rank = {cid: i for i, cid in enumerate(order)}
    return [case(rank, value=CodeRow.id)]


def reset_sequences(session: Session) -> None:
    """Move each ``id`` sequence of a PostgreSQL project past the largest id (after rows with ids were copied)."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        top = session.scalar(select(func.max(table.c.id)))
        session.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                        {"t": table.name, "v": top or 1, "called": top is not None})
