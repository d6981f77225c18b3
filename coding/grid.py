"""The thematic grid ("grille d'analyse thématique", framework matrix).

Rows are participants, documents or groups; columns are chosen codes; each cell holds that row's
excerpts for that code and an editable summary. In a grid by participants or groups, passages spoken
by nobody (documents without speakers: survey answers, PDF, Iramuteq texts; text outside any turn)
get one row per document, after the speaker rows: a :class:`GridRow` of kind ``"document"`` whose id
is the document id negated (so it never collides with a case id). Summaries live in the project setting
``grid.summaries`` as JSON ``{row kind: {row id: {code id: text}}}`` (memos are one per target,
and a cell is a pair).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.types import Code, Excerpt
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.project import Project

ROW_KINDS = ("case", "document", "group")
SETTING = "grid.summaries"


@dataclass(frozen=True)
class GridRow:
    """A row of the grid: a participant, a document or a group."""

    kind: str
    id: int
    label: str

    @property
    def is_document(self) -> bool:
        """A document row (by design in a grid by documents; for speakerless passages otherwise)."""
        return self.kind == "document"


@dataclass
class Grid:
    """Rows x codes; ``excerpts[(row id, code id)]`` and ``summaries[(row id, code id)]``."""

    row_kind: str
    rows: list[GridRow]
    codes: list[Code]
    excerpts: dict[tuple[int, int], list[Excerpt]] = field(default_factory=dict)
    summaries: dict[tuple[int, int], str] = field(default_factory=dict)

    def cell(self, row_id: int, code_id: int) -> tuple[list[Excerpt], str]:
        """The excerpts and the summary of one cell."""
        return self.excerpts.get((row_id, code_id), []), self.summaries.get((row_id, code_id), "")

    @property
    def document_rows(self) -> list[GridRow]:
        """The rows that stand for a document without speakers in a grid by participants or groups."""
        return [r for r in self.rows if r.is_document and self.row_kind != "document"]


def _load(project: Project) -> dict[str, dict[str, dict[str, str]]]:
    try:
        data = json.loads(project.setting(SETTING, "{}") or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def get_summary(project: Project, row_kind: str, row_id: int, code_id: int) -> str:
    """The summary of one cell ("" when none)."""
    return _load(project).get(row_kind, {}).get(str(row_id), {}).get(str(code_id), "")


def set_summary(project: Project, row_kind: str, row_id: int, code_id: int, text: str) -> str:
    """Write (empty deletes) a cell's summary; return the previous text, for undo."""
    if row_kind not in ROW_KINDS:
        raise ProjectError(msg("Unknown grid row kind {kind}.", kind=repr(row_kind)))
    data = _load(project)
    cells = data.setdefault(row_kind, {}).setdefault(str(row_id), {})
    old = cells.get(str(code_id), "")
    if text.strip():
        cells[str(code_id)] = text
    else:
        cells.pop(str(code_id), None)
    project.set_setting(SETTING, json.dumps(data, ensure_ascii=False, sort_keys=True))
    return old


def _rows(project: Project, row_kind: str) -> tuple[list[GridRow], dict[int, list[int]]]:
    """The rows, and for each row the case ids (or document id) its excerpts come from."""
    if row_kind == "document":
        docs = CorpusService(project).documents()
        return [GridRow("document", d.id, d.name) for d in docs], {d.id: [d.id] for d in docs}
    service = CaseService(project)
    cases = service.cases()
    if row_kind == "group":
        groups = [c for c in cases if c.kind == "group"]
        return [GridRow("group", g.id, g.name) for g in groups], {g.id: service.members(g.id) for g in groups}
    people = [c for c in cases if c.kind != "group"]
    return [GridRow("case", c.id, c.name) for c in people], {c.id: [c.id] for c in people}


def _distinct(excerpts: list[Excerpt]) -> list[Excerpt]:
    """One excerpt per passage: the same span coded by two coders, or by a code and its sub-code, is
    listed once (the first coding kept)."""
    seen: set[tuple[int, int, int]] = set()
    out = []
    for e in excerpts:
        key = (e.coding.span.document_id, e.coding.span.start, e.coding.span.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def build_grid(project: Project, code_ids: Sequence[int], *, rows: str = "case", include_subcodes: bool = True,
               exclude_interviewer: bool = True) -> Grid:
    """The grid of ``code_ids`` by participants, documents or groups (interviewer rows left out
    unless ``exclude_interviewer`` is False). A passage appears once per cell however many
    codings (coders, sub-codes) it has. By participants or groups, passages with no speaker get a
    row per document (see the module docstring): no coding is left out silently."""
    if rows not in ROW_KINDS:
        raise ValueError(f"unknown rows {rows!r} (expected {', '.join(ROW_KINDS)})")
    books, codings = CodebookService(project), CodingService(project)
    codes = [books.code(i) for i in code_ids]
    grid_rows, sources = _rows(project, rows)
    if exclude_interviewer and rows == "case":
        interviewers = {c.id for c in CaseService(project).cases() if c.interviewer}
        grid_rows = [r for r in grid_rows if r.id not in interviewers]
    by_code = {code.id: codings.excerpts(code.id, include_descendants=include_subcodes) for code in codes}
    if rows != "document":
        doc_rows, doc_sources = _speakerless_rows(project, by_code)
        grid_rows, sources = grid_rows + doc_rows, {**sources, **doc_sources}
    grid = Grid(rows, grid_rows, codes)
    saved = _load(project).get(rows, {})
    for code in codes:
        for row in grid_rows:
            keys = set(sources[row.id])
            found = _distinct([e for e in by_code[code.id] if _row_key(e, row, rows) in keys])
            if found:
                grid.excerpts[(row.id, code.id)] = found
            summary = saved.get(str(row.id), {}).get(str(code.id), "")
            if summary:
                grid.summaries[(row.id, code.id)] = summary
    return grid


def _row_key(excerpt: Excerpt, row: GridRow, row_kind: str) -> int | None:
    """What ties an excerpt to a row: its document (document rows), else its speaker's case."""
    if row_kind == "document":
        return excerpt.coding.span.document_id
    if row.is_document:
        return None if excerpt.case_id is not None else excerpt.coding.span.document_id
    return excerpt.case_id


def _speakerless_rows(project: Project, by_code: dict[int, list[Excerpt]]) -> tuple[list[GridRow], dict[int, list[int]]]:
    """A row per document holding excerpts spoken by nobody, in project order; row id = -document id."""
    wanted = {e.coding.span.document_id for excerpts in by_code.values() for e in excerpts if e.case_id is None}
    if not wanted:
        return [], {}
    docs = [d for d in CorpusService(project).documents() if d.id in wanted]
    return ([GridRow("document", -d.id, msg("{name} (document, no speaker)", name=d.name).render()) for d in docs],
            {-d.id: [d.id] for d in docs})
