"""Detection over a project: its texts, plus the names of its cases and speakers as known persons."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from sqlalchemy import select

from corpus.pseudonymise.detect import DetectOptions, NerFn, detect_texts, known_names
from corpus.pseudonymise.types import Detection
from corpus.store.models import CaseRow, DocumentRow, TurnRow
from corpus.store.project import Project


def project_names(project: Project) -> dict[str, str]:
    """The person names the project already knows: participant cases and speaker labels (not the
    interviewers', which are usually roles: "Enq", "Animatrice"; names inside their turns are still found)."""
    with project.transaction() as session:
        cases = list(session.scalars(select(CaseRow.name).where(CaseRow.kind == "participant",
                                                                CaseRow.interviewer.is_(False))))
        interviewers = select(CaseRow.id).where(CaseRow.interviewer.is_(True))
        labels = [label for label in session.scalars(
            select(TurnRow.label).where((TurnRow.case_id.is_(None)) | TurnRow.case_id.not_in(interviewers))
            .distinct()) if label]
    return known_names(cases, labels)


def project_texts(project: Project, document_ids: Sequence[int] | None = None) -> dict[int, str]:
    """Document id -> text, in project order (all documents, or the chosen ones)."""
    query = select(DocumentRow.id, DocumentRow.text).order_by(DocumentRow.position, DocumentRow.id)
    if document_ids is not None:
        query = query.where(DocumentRow.id.in_(list(document_ids)))
    with project.transaction() as session:
        return {row_id: text for row_id, text in session.execute(query)}


def detect_project(project: Project, options: DetectOptions | None = None, ner: NerFn | None = None, *,
                   document_ids: Sequence[int] | None = None,
                   progress: Callable[[float, str], None] | None = None,
                   check_cancel: Callable[[], None] | None = None) -> tuple[list[Detection], dict[int, str]]:
    """Every detection in the project's texts, and the texts read (for contexts)."""
    options = options or DetectOptions()
    options = dataclasses.replace(options, known={**project_names(project), **options.known})
    texts = project_texts(project, document_ids)
    return detect_texts(texts, options, ner, progress, check_cancel), texts
