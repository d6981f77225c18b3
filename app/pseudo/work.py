"""What the pseudonymisation dialog runs off the GUI thread (plain functions: paths and values in)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus.pseudonymise import (
    CopyReport,
    DetectOptions,
    Entity,
    detect_project,
    group_detections,
    propose_replacements,
    pseudonymise_copy,
    write_table,
)
from corpus.pseudonymise.wordlists import term_pattern
from lexical.progress import CancelToken, scaled

Progress = Callable[[float, str], None]


@dataclass
class Review:
    """The result of a detection: the table rows, the texts read, where each form first occurs."""

    rows: list[Entity]
    texts: dict[int, str]
    first: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # surface -> (document, start, end)

    def locate(self, surface: str) -> tuple[int, int, int] | None:
        """The first occurrence of ``surface`` (found now if the row was added or loaded)."""
        if surface in self.first:
            return self.first[surface]
        pattern = term_pattern([surface], ignore_case=False)
        for document_id, text in self.texts.items():
            match = pattern.search(text) if pattern else None
            if match:
                self.first[surface] = (document_id, match.start(), match.end())
                return self.first[surface]
        return None

    def count(self, surface: str) -> int:
        """How many times ``surface`` occurs as a whole word in the texts."""
        pattern = term_pattern([surface], ignore_case=False)
        return sum(len(pattern.findall(t)) for t in self.texts.values()) if pattern else 0


def detect(project, options: DetectOptions, use_ner: bool, keep_gender: bool,  # noqa: ANN001 - Project
           progress: Progress, cancel: CancelToken) -> Review:
    """Detect over the project (spaCy's NER when asked), group by form and propose replacements."""
    ner = None
    if use_ner:
        progress(0.0, "")
        from lexical.ner import NerTagger

        ner = NerTagger()
        _ = ner.nlp  # load the model here, inside the job
        cancel.check()
    detections, texts = detect_project(project, options, ner, progress=scaled(progress, 0.05, 1.0),
                                       check_cancel=cancel.check)
    rows = group_detections(detections, texts)
    propose_replacements(rows, keep_gender=keep_gender)
    first: dict[str, tuple[int, int, int]] = {}
    for d in detections:
        first.setdefault(re.sub(r"\s+", " ", d.text), (d.document_id, d.start, d.end))
    return Review(rows, texts, first)


def write_copy(source: Path, target: Path, table: Path, rows: Sequence[Entity], progress: Progress,
               cancel: CancelToken) -> CopyReport:
    """Save the correspondence table, then write the pseudonymised copy (both atomically)."""
    write_table(table, rows)
    return pseudonymise_copy(source, target, rows, progress=progress, check_cancel=cancel.check, overwrite=True)
