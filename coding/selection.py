"""What a lexical analysis reads: text units chosen from the project.

A :class:`Selection` says which text to analyse — the whole corpus, documents with given attribute
values, given speakers only (e.g. without the interviewer), or the excerpts of a code — and
:func:`select_units` turns it into :class:`TextUnit` objects: a piece of text, where it starts in its
document (so results map back to exact offsets), and its variables (document attributes, speaker,
speaker attributes, optionally codes) that analyses use like Iramuteq's starred modalities.

This module knows nothing of the lexical library; ``app`` converts units to ``lexical`` inputs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from coding.codebook import CodebookService
from coding.codings import CodingService
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.store.project import Project
from corpus.types import Turn

SPEAKER_VARIABLE = "locuteur"
INTERVIEWER_VARIABLE = "enqueteur"  # oui/non; variable names in French, as IRaMuTeQ users write them


@dataclass(frozen=True)
class Selection:
    """Which text of the project an analysis reads."""

    document_ids: tuple[int, ...] | None = None  # None: every document
    document_filter: dict[str, tuple[str, ...]] = field(default_factory=dict)  # attribute -> values kept
    case_ids: tuple[int, ...] | None = None  # only these speakers' turns
    exclude_interviewer: bool = False
    code_id: int | None = None  # only the excerpts of this code (and its descendants)
    codes_as_variables: bool = False  # add one variable per code coding the unit

    def describe(self) -> dict:
        """A JSON-able description, saved with an analysis."""
        return {
            "document_ids": list(self.document_ids) if self.document_ids is not None else None,
            "document_filter": {k: list(v) for k, v in self.document_filter.items()},
            "case_ids": list(self.case_ids) if self.case_ids is not None else None,
            "exclude_interviewer": self.exclude_interviewer,
            "code_id": self.code_id,
            "codes_as_variables": self.codes_as_variables,
        }

    @classmethod
    def from_description(cls, data: dict) -> Selection:
        """Rebuild a selection saved by :meth:`describe`."""
        ids = data.get("document_ids")
        cases = data.get("case_ids")
        return cls(
            document_ids=tuple(ids) if ids is not None else None,
            document_filter={k: tuple(v) for k, v in (data.get("document_filter") or {}).items()},
            case_ids=tuple(cases) if cases is not None else None,
            exclude_interviewer=bool(data.get("exclude_interviewer")),
            code_id=data.get("code_id"),
            codes_as_variables=bool(data.get("codes_as_variables")),
        )


@dataclass(frozen=True)
class TextUnit:
    """A piece of a document to analyse; ``start`` is its offset in the document."""

    key: str
    document_id: int
    start: int
    text: str
    variables: dict[str, str]

    @property
    def end(self) -> int:
        """Offset just after the unit in its document."""
        return self.start + len(self.text)


def select_units(project: Project, selection: Selection = Selection()) -> list[TextUnit]:
    """The text units of ``selection``, in document order."""
    corpus = CorpusService(project)
    doc_values = AttributeService(project).values("document")
    doc_ids = [
        d.id for d in corpus.documents()
        if (selection.document_ids is None or d.id in selection.document_ids)
        and _accepts(doc_values.get(d.id, {}), selection.document_filter)
    ]
    texts = corpus.texts(doc_ids)
    turns = _turns_by_document(corpus.turns())
    speakers = _speaker_variables(project)
    kept = _kept_cases(project, selection)
    units: list[TextUnit] = []
    for doc_id in doc_ids:
        base = dict(doc_values.get(doc_id, {}))
        ranges = _ranges(texts[doc_id], turns.get(doc_id, []), kept, selection.case_ids is None)
        for start, end, turn in ranges:
            variables = dict(base)
            if turn is not None and turn.case_id is not None:
                variables.update(speakers.get(turn.case_id, {}))
            key = f"d{doc_id}" + (f":t{turn.id}" if turn is not None else f":{start}")
            units.append(TextUnit(key, doc_id, start, texts[doc_id][start:end], variables))
    if selection.code_id is not None:
        units = _restrict_to_code(project, units, selection.code_id)
    if selection.codes_as_variables:
        units = _add_code_variables(project, units)
    return [u for u in units if u.text.strip()]


def _accepts(values: dict[str, str], wanted: dict[str, tuple[str, ...]]) -> bool:
    return all(values.get(name) in accepted for name, accepted in wanted.items())


def _turns_by_document(turns: list[Turn]) -> dict[int, list[Turn]]:
    out: dict[int, list[Turn]] = defaultdict(list)
    for turn in turns:
        out[turn.document_id].append(turn)
    return out


def _kept_cases(project: Project, selection: Selection) -> set[int] | None:
    """Case ids whose turns are kept; None when every turn (and text outside turns) is kept."""
    if selection.case_ids is None and not selection.exclude_interviewer:
        return None
    cases = CaseService(project).cases()
    kept = {c.id for c in cases} if selection.case_ids is None else set(selection.case_ids)
    if selection.exclude_interviewer:
        kept -= {c.id for c in cases if c.interviewer}
    return kept


def _speaker_variables(project: Project) -> dict[int, dict[str, str]]:
    out = {}
    for case in CaseService(project).cases():
        variables = {SPEAKER_VARIABLE: case.name, INTERVIEWER_VARIABLE: "oui" if case.interviewer else "non"}
        variables.update(case.attributes)
        out[case.id] = variables
    return out


def _ranges(
    text: str, turns: list[Turn], kept: set[int] | None, keep_unspoken: bool
) -> list[tuple[int, int, Turn | None]]:
    """Speech of each kept turn (labels left out); text outside turns only when nobody is filtered.

    A document without turns (survey answer, Iramuteq text) is kept whole unless the selection
    names speakers explicitly (``keep_unspoken`` False).
    """
    if not turns:
        return [(0, len(text), None)] if keep_unspoken else []
    out: list[tuple[int, int, Turn | None]] = []
    cursor = 0
    for turn in turns:
        if kept is None and turn.start > cursor:
            out.append((cursor, turn.start, None))
        if kept is None or turn.case_id in kept:
            out.append((turn.content_start, turn.end, turn))
        cursor = max(cursor, turn.end)
    if kept is None and cursor < len(text):
        out.append((cursor, len(text), None))
    return out


def _restrict_to_code(project: Project, units: list[TextUnit], code_id: int) -> list[TextUnit]:
    """Cut units down to the passages coded with ``code_id`` or a descendant (overlaps merged)."""
    code_ids = [code_id, *CodebookService(project).descendants(code_id)]
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for coding in CodingService(project).codings(code_ids):
        spans[coding.span.document_id].append((coding.span.start, coding.span.end))
    merged = {doc: _merge(sorted(ranges)) for doc, ranges in spans.items()}
    out = []
    for unit in units:
        for start, end in merged.get(unit.document_id, []):
            lo, hi = max(start, unit.start), min(end, unit.end)
            if lo < hi:
                text = unit.text[lo - unit.start : hi - unit.start]
                out.append(TextUnit(f"{unit.key}:{lo}", unit.document_id, lo, text, unit.variables))
    return out


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _add_code_variables(project: Project, units: list[TextUnit]) -> list[TextUnit]:
    """Give each unit a variable ``code_<path>`` = ``oui`` for every code whose codings overlap it."""
    paths = {c.id: c.path for c in CodebookService(project).codes()}
    by_doc: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for coding in CodingService(project).codings():
        by_doc[coding.span.document_id].append((coding.span.start, coding.span.end, coding.code_id))
    out = []
    for unit in units:
        variables = dict(unit.variables)
        for start, end, code_id in by_doc.get(unit.document_id, []):
            if start < unit.end and unit.start < end:
                variables[f"code_{paths[code_id]}"] = "oui"
        out.append(TextUnit(unit.key, unit.document_id, unit.start, unit.text, variables))
    return out
