"""Helpers to build small projects in tests (no importer needed): ``Name : speech`` lines become turns."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from corpus.documents import CorpusService
from corpus.importers.base import ImportedDocument, ImportedTurn
from corpus.store.project import Project

_TURN = re.compile(r"^(?:\[(\d\d):(\d\d):(\d\d)\]\s*)?([^\s:][^:\n]{0,30}?)\s*:\s*", re.MULTILINE)


def transcript(name: str, text: str, attributes: dict[str, str] | None = None) -> ImportedDocument:
    """An :class:`ImportedDocument` whose lines ``[hh:mm:ss] Name : speech`` are speaker turns."""
    turns = []
    lines = text.split("\n")
    offset = 0
    for line in lines:
        m = _TURN.match(line)
        if m:
            stamp = None if m.group(1) is None else int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            turns.append(ImportedTurn(offset, offset + len(line), offset + m.end(), m.group(4), stamp))
        offset += len(line) + 1
    digest = hashlib.sha256(f"{name}\n{text}".encode()).hexdigest()
    return ImportedDocument(name=name, text=text, source_name=f"{name}.txt", source_format="txt",
                            sha256=digest, kind="transcript", turns=turns, attributes=dict(attributes or {}))


def make_project(path: str | Path, documents: list[ImportedDocument]) -> Project:
    """A new project at ``path`` holding ``documents`` (open; close it when done)."""
    project = Project.create(path)
    CorpusService(project).add_documents(documents)
    return project
