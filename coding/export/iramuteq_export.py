"""Export documents, speaker turns or coded excerpts as an IRaMuTeQ corpus (UTF-8 text).

Each unit (IRaMuTeQ's "unité de contexte initiale") starts with a line ``**** *var_mod *var_mod``.
IRaMuTeQ splits a starred variable at its first ``_``, so variable names are ASCII letters and
digits only (accents stripped, everything else removed) and modalities ASCII letters, digits and
``_`` (spaces and punctuation become ``_``). In the text, ``*`` is removed and lines that would
read as IRaMuTeQ marks (``****``, ``-*``) are neutralised. Speaker labels (``Name :``) are left
out: the speaker is a variable (``*loc_name``), not words to count.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.speakers import SpeakerIndex
from corpus.atomic import atomic_write
from corpus.store.models import DocumentRow
from corpus.store.project import Project

UNITS = ("document", "turn", "code")
SPEAKER_VARIABLE = "loc"
DOCUMENT_VARIABLE = "doc"
CODE_VARIABLE = "code"


@dataclass
class IramuteqExport:
    """What an export wrote: the corpus text, number of units, variables, and warnings."""

    text: str
    units: int
    variables: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _ascii(text: str) -> str:
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)  # the same names and values recur in every unit
def variable_name(name: str) -> str:
    """An IRaMuTeQ variable name: ASCII letters and digits (``"Âge (ans)"`` -> ``"Ageans"``)."""
    return re.sub(r"[^A-Za-z0-9]", "", _ascii(name)) or "var"


@functools.lru_cache(maxsize=65536)
def modality(value: str) -> str:
    """An IRaMuTeQ modality: ASCII letters, digits and ``_`` (``"Île-de-France"`` -> ``"Ile_de_France"``)."""
    return re.sub(r"_+", "_", re.sub(r"[^A-Za-z0-9]", "_", _ascii(value))).strip("_")


def starred(variables: Iterable[tuple[str, str]]) -> str:
    """The ``****`` line of a unit (empty modalities left out, one value per variable)."""
    seen: set[str] = set()
    parts = ["****"]
    for name, value in variables:
        var, mod = variable_name(name), modality(value)
        if mod and var not in seen:
            seen.add(var)
            parts.append(f"*{var}_{mod}")
    return " ".join(parts)


def clean_text(text: str) -> str:
    """Unit text safe for IRaMuTeQ: no ``*``, no line starting like a mark, no blank-line runs."""
    text = text.replace("*", " ")
    lines = [re.sub(r"^\s*-?\s*", "", line).rstrip() for line in text.split("\n")]
    out = "\n".join(line for line in lines if line.strip())
    return out.strip()


class _Builder:
    def __init__(self, project: Project, exclude_interviewer: bool):
        self.project = project
        self.exclude = exclude_interviewer
        with project.transaction() as session:
            self.docs = [tuple(r) for r in session.execute(
                select(DocumentRow.id, DocumentRow.name, DocumentRow.text).order_by(DocumentRow.position, DocumentRow.id))]
            self.index = SpeakerIndex(session, [d[0] for d in self.docs])
        self.units: list[str] = []
        self.variables: set[str] = set()

    def add(self, variables: list[tuple[str, str]], text: str) -> None:
        text = clean_text(text)
        if text:
            line = starred(variables)
            self.variables.update(part[1:].split("_", 1)[0] for part in line.split()[1:])
            self.units.append(f"{line}\n{text}\n")

    def doc_vars(self, doc_id: int, name: str) -> list[tuple[str, str]]:
        return [(DOCUMENT_VARIABLE, name), *self.index.document_attributes.get(doc_id, {}).items()]

    def speaker_vars(self, case_id: int | None, speaker: str | None) -> list[tuple[str, str]]:
        if not speaker:
            return []
        return [(SPEAKER_VARIABLE, speaker), *self.index.case_attributes.get(case_id or -1, {}).items()]

    def skip(self, case_id: int | None) -> bool:
        return self.exclude and case_id in self.index.interviewers

    def documents(self) -> None:
        for doc_id, name, text in self.docs:
            turns = self.index.turns.get(doc_id, [])
            if not turns:
                self.add(self.doc_vars(doc_id, name), text)
                continue
            parts, pos = [], 0
            for t in turns:
                parts.append(text[pos:t.start])
                if not self.skip(t.case_id):
                    parts.append(text[t.content_start:t.end])
                pos = max(pos, t.end)
            parts.append(text[pos:])
            self.add(self.doc_vars(doc_id, name), "\n".join(p.strip() for p in parts))

    def turns(self) -> None:
        for doc_id, name, text in self.docs:
            for t in self.index.turns.get(doc_id, []):
                if not self.skip(t.case_id):
                    self.add(self.doc_vars(doc_id, name) + self.speaker_vars(t.case_id, t.speaker),
                             text[t.content_start:t.end])

    def excerpts(self, code_ids: Sequence[int]) -> None:
        for e in CodingService(self.project).excerpts_for(code_ids):
            if self.skip(e.case_id):
                continue
            doc_id = e.coding.span.document_id
            variables = [(CODE_VARIABLE, e.code_path.replace("/", " ")), *self.doc_vars(doc_id, e.document_name),
                         *self.speaker_vars(e.case_id, e.speaker)]
            self.add(variables, e.coding.snippet)


def iramuteq_corpus(project: Project, *, unit: str = "document", code_ids: Sequence[int] | None = None,
                    include_subcodes: bool = True, exclude_interviewer: bool = False) -> IramuteqExport:
    """Build the corpus text. ``unit`` is ``document``, ``turn`` or ``code`` (the excerpts of
    ``code_ids``, with their sub-codes unless ``include_subcodes`` is False)."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (expected {', '.join(UNITS)})")
    builder = _Builder(project, exclude_interviewer)
    warnings = []
    if unit == "document":
        builder.documents()
    elif unit == "turn":
        builder.turns()
        if not any(builder.index.turns.values()):
            warnings.append("no speaker turns in the project: nothing to export by turn")
    else:
        if not code_ids:
            raise ValueError("choose at least one code for an export by code")
        builder.excerpts(_with_subcodes(project, code_ids) if include_subcodes else list(code_ids))
    if not builder.units:
        warnings.append("the corpus is empty")
    return IramuteqExport("\n".join(builder.units), len(builder.units), sorted(builder.variables), warnings)


def _with_subcodes(project: Project, code_ids: Sequence[int]) -> list[int]:
    books = CodebookService(project)
    ids = list(dict.fromkeys(code_ids))
    for code_id in list(ids):
        ids.extend(i for i in books.descendants(code_id) if i not in ids)
    return ids


def export_iramuteq(project: Project, target: str | Path, **options: object) -> IramuteqExport:
    """Write :func:`iramuteq_corpus` to ``target`` (UTF-8, LF), atomically."""
    result = iramuteq_corpus(project, **options)  # type: ignore[arg-type]
    atomic_write(target, lambda tmp: Path(tmp).write_text(result.text, encoding="utf-8", newline="\n"))
    return result
