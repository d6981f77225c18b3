"""The bundled sample project: three self-written French transcripts about working from home,
with speaker attributes, a two-level codebook and codings (auto-coded patterns and quoted passages).

Everything comes from ``resources/sample/`` (the transcripts and ``sample.json``); the app opens a
copy of the result on its first start.
"""

from __future__ import annotations

import json
from pathlib import Path

from coding.autocode import autocode_preview
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.search import TextQuery
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.store.project import Project

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "sample"


def build_sample_project(path: str | Path, source: Path = SAMPLE_DIR) -> Path:
    """Create the sample project at ``path`` (overwritten if it exists); return the path."""
    spec = json.loads((source / "sample.json").read_text(encoding="utf-8"))
    path = Path(path)
    with Project.create(path, overwrite=True) as project:
        project.set_setting("title", spec.get("title", ""))
        doc_ids = _import(project, source, spec["documents"])
        _cases(project, spec)
        _codebook(CodebookService(project), spec["codebook"], None)
        _codings(project, spec, doc_ids)
        _memos(project, spec)
    return path


def _import(project: Project, source: Path, documents: list[dict]) -> dict[str, int]:
    """Import the transcripts; rename them and set their attributes. Returns file -> document id."""
    corpus, attributes = CorpusService(project), AttributeService(project)
    report = corpus.import_files([source / d["file"] for d in documents])
    by_source = {info.source_name: info.id for info in report.documents}
    ids = {}
    for d in documents:
        doc_id = by_source[d["file"]]
        ids[d["file"]] = doc_id
        corpus.rename_document(doc_id, d.get("name", d["file"]))
        for name, value in d.get("attributes", {}).items():
            attributes.set_value("document", doc_id, name, value)
    return ids


def _cases(project: Project, spec: dict) -> None:
    cases, attributes = CaseService(project), AttributeService(project)
    for case in cases.cases():
        cases.set_interviewer(case.id, case.name in spec.get("interviewers", []))
        for name, value in spec.get("cases", {}).get(case.name, {}).items():
            attributes.set_value("case", case.id, name, value)


def _codebook(codebook: CodebookService, codes: list[dict], parent_id: int | None) -> None:
    for spec in codes:
        code = codebook.create(spec["name"], parent_id, spec.get("color"), spec.get("description", ""))
        _codebook(codebook, spec.get("children", []), code.id)


def _codings(project: Project, spec: dict, doc_ids: dict[str, int]) -> None:
    codebook, codings = CodebookService(project), CodingService(project)
    texts = CorpusService(project).texts()
    coder = spec.get("coder", "Exemple")
    for item in spec["codings"]:
        code = codebook.find_path(item["code"])
        if code is None:
            raise ProjectError(f"sample.json: unknown code {item['code']!r}")
        if "quote" in item:
            doc_id = doc_ids[item["document"]]
            start = texts[doc_id].find(item["quote"])
            if start < 0:
                raise ProjectError(f"sample.json: passage not found: {item['quote'][:40]!r}")
            spans = [Span(doc_id, start, start + len(item["quote"]))]
        else:
            query = TextQuery(item["pattern"], regex=item.get("regex", False), scope=item.get("scope", "match"),
                              ignore_accents=item.get("ignore_accents", False), exclude_interviewer=True)
            spans = [hit.span for hit in autocode_preview(project, query)]
        codings.apply(code.id, spans, coder)


def _memos(project: Project, spec: dict) -> None:
    memos, codebook = MemoService(project), CodebookService(project)
    for memo in spec.get("memos", []):
        target = 0
        if memo["kind"] == "code":
            found = codebook.find_path(memo["code"])
            if found is None:
                raise ProjectError(f"sample.json: unknown code {memo['code']!r}")
            target = found.id
        memos.set(memo["kind"], target, memo["text"], spec.get("coder", "Exemple"))
