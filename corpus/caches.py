"""Project-side storage for lexical work: the NLP annotation cache and saved analyses.

The lexical library defines an ``AnnotationCache`` protocol (``load(key) -> bytes | None`` and
``save(key, data)``); :class:`ProjectAnnotationCache` implements it on the project file, so an
unchanged corpus is never parsed twice, even after reopening the project.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from corpus.errors import NotFoundError
from corpus.messages import msg
from corpus.store.models import AnalysisRow, AnnotationCacheRow
from corpus.store.project import Project, now_iso


class ProjectAnnotationCache:
    """NLP annotations cached in the project (key = text hash + model version)."""

    def __init__(self, project: Project):
        self.project = project

    def load(self, key: str) -> bytes | None:
        """The cached bytes for ``key``, or None."""
        with self.project.transaction() as session:
            return session.scalar(select(AnnotationCacheRow.data).where(AnnotationCacheRow.key == key))

    def load_many(self, keys: list[str]) -> dict[str, bytes]:
        """Cached bytes of several keys at once (missing keys are left out)."""
        out: dict[str, bytes] = {}
        with self.project.transaction() as session:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                rows = session.execute(
                    select(AnnotationCacheRow.key, AnnotationCacheRow.data).where(AnnotationCacheRow.key.in_(chunk))
                )
                out.update(dict(rows.all()))
        return out

    def save(self, key: str, data: bytes) -> None:
        """Store (or replace) the bytes for ``key``."""
        self.save_many([(key, data)])

    def save_many(self, items: list[tuple[str, bytes]]) -> None:
        """Store (or replace) several entries in one transaction."""
        stamp = now_iso()
        with self.project.transaction() as session:
            if session.get_bind().dialect.name == "sqlite":
                session.connection().exec_driver_sql(
                    "INSERT OR REPLACE INTO annotation_cache (key, data, created) VALUES (?, ?, ?)",
                    [(key, data, stamp) for key, data in items],
                )
            else:  # PostgreSQL (a server project)
                session.connection().exec_driver_sql(
                    "INSERT INTO annotation_cache (key, data, created) VALUES (%s, %s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, created = EXCLUDED.created",
                    [(key, data, stamp) for key, data in items],
                )

    def clear(self) -> int:
        """Forget every cached annotation; return how many entries were removed."""
        with self.project.transaction() as session:
            return session.execute(delete(AnnotationCacheRow)).rowcount or 0


@dataclass(frozen=True)
class SavedAnalysis:
    """A lexical analysis saved in the project (results are opaque bytes for the caller)."""

    id: int
    kind: str
    name: str
    params: dict[str, Any]
    created: str


class AnalysisStore:
    """Save, list, reopen and delete lexical analyses with their parameters and results."""

    def __init__(self, project: Project):
        self.project = project

    def save(self, kind: str, name: str, params: dict[str, Any], results: bytes) -> int:
        """Store an analysis; return its id."""
        with self.project.transaction() as session:
            row = AnalysisRow(kind=kind, name=name, params=json.dumps(params, ensure_ascii=False),
                              results=results, created=now_iso())
            session.add(row)
            session.flush()
            return row.id

    def analyses(self) -> list[SavedAnalysis]:
        """Every saved analysis, newest first, without results."""
        with self.project.transaction() as session:
            rows = session.execute(
                select(AnalysisRow.id, AnalysisRow.kind, AnalysisRow.name, AnalysisRow.params, AnalysisRow.created)
                .order_by(AnalysisRow.id.desc())
            )
            return [SavedAnalysis(i, k, n, json.loads(p or "{}"), c) for i, k, n, p, c in rows]

    def results(self, analysis_id: int) -> bytes:
        """The stored results of one analysis."""
        with self.project.transaction() as session:
            data = session.scalar(select(AnalysisRow.results).where(AnalysisRow.id == analysis_id))
        if data is None:
            raise NotFoundError(msg("Analysis {id} does not exist.", id=analysis_id))
        return data

    def rename(self, analysis_id: int, name: str) -> None:
        """Rename a saved analysis."""
        with self.project.transaction() as session:
            row = session.get(AnalysisRow, analysis_id)
            if row is None:
                raise NotFoundError(msg("Analysis {id} does not exist.", id=analysis_id))
            row.name = name

    def delete(self, analysis_id: int) -> None:
        """Delete a saved analysis."""
        with self.project.transaction() as session:
            session.execute(delete(AnalysisRow).where(AnalysisRow.id == analysis_id))
