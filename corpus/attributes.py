"""Attributes (variables) of documents and cases, and their values."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.models import AttributeRow, AttributeValueRow
from corpus.store.project import Project
from corpus.types import Attribute

SCOPES = ("document", "case")


def _target_column(scope: str):  # noqa: ANN202 - a SQLAlchemy column
    if scope not in SCOPES:
        raise ProjectError(msg("Unknown attribute scope {scope}.", scope=repr(scope)))
    return AttributeValueRow.document_id if scope == "document" else AttributeValueRow.case_id


def attribute_id(session: Session, name: str, scope: str, *, create: bool = True) -> int | None:
    """The id of attribute ``name`` in ``scope``, created on demand."""
    found = session.scalar(
        select(AttributeRow.id).where(AttributeRow.name == name, AttributeRow.scope == scope)
    )
    if found is not None or not create:
        return found
    position = session.scalar(select(func.coalesce(func.max(AttributeRow.position), 0))) or 0
    row = AttributeRow(name=name, scope=scope, value_type="text", position=position + 1)
    session.add(row)
    session.flush()
    return row.id


class AttributeService:
    """Read and edit attribute values of documents and cases."""

    def __init__(self, project: Project):
        self.project = project

    def attributes(self, scope: str | None = None) -> list[Attribute]:
        """Attributes of one scope (or all), in creation order."""
        with self.project.transaction() as session:
            query = select(AttributeRow).order_by(AttributeRow.position, AttributeRow.id)
            if scope:
                query = query.where(AttributeRow.scope == scope)
            return [Attribute(r.id, r.name, r.scope, r.value_type) for r in session.scalars(query)]

    def values(self, scope: str) -> dict[int, dict[str, str]]:
        """``{target_id: {attribute name: value}}`` for every document (or case) that has values."""
        column = _target_column(scope)
        with self.project.transaction() as session:
            rows = session.execute(
                select(column, AttributeRow.name, AttributeValueRow.value)
                .join(AttributeRow, AttributeRow.id == AttributeValueRow.attribute_id)
                .where(column.is_not(None))
                .order_by(AttributeRow.position)
            )
            out: dict[int, dict[str, str]] = defaultdict(dict)
            for target, name, value in rows:
                out[target][name] = value
            return dict(out)

    def set_value(self, scope: str, target_id: int, name: str, value: str | None) -> str | None:
        """Set (or with ``None`` remove) one value; return the previous value, for undo."""
        name = name.strip()
        if not name:
            raise ProjectError(msg("An attribute needs a name."))
        column = _target_column(scope)
        with self.project.transaction() as session:
            attr = attribute_id(session, name, scope)
            row = session.scalar(
                select(AttributeValueRow).where(AttributeValueRow.attribute_id == attr, column == target_id)
            )
            old = row.value if row is not None else None
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                key = "document_id" if scope == "document" else "case_id"
                session.add(AttributeValueRow(attribute_id=attr, value=value, **{key: target_id}))
            else:
                row.value = value
            return old

    def distinct_values(self, scope: str, name: str) -> list[str]:
        """The values an attribute takes, sorted."""
        with self.project.transaction() as session:
            attr = attribute_id(session, name, scope, create=False)
            if attr is None:
                return []
            values = session.scalars(
                select(AttributeValueRow.value).where(AttributeValueRow.attribute_id == attr).distinct()
            )
            return sorted(values)

    def delete_attribute(self, scope: str, name: str) -> int:
        """Delete an attribute with all its values; return how many values went with it."""
        with self.project.transaction() as session:
            attr = attribute_id(session, name, scope, create=False)
            if attr is None:
                return 0
            count = session.scalar(
                select(func.count()).select_from(AttributeValueRow).where(AttributeValueRow.attribute_id == attr)
            )
            session.execute(delete(AttributeRow).where(AttributeRow.id == attr))
            return count or 0
