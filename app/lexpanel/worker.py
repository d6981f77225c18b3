"""Run one analysis request, Qt-free: in the job thread, or in a spawned child process.

A :class:`AnalysisRequest` holds only plain data (kind, parameter dicts, the selection's description),
so it pickles to a child process. :func:`compute` prepares the corpus and runs the analysis;
:mod:`app.lexpanel.warm` runs it in the warm analysis process, which streams its progress back through
a queue, so that the GUI process keeps its GIL for the event loop (see ``bench/analysis_gui_bench.py``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.analysis.inputs import AnalysisInput, sources_from_file, sources_from_project
from app.analysis.params import (
    KwicParams,
    PrepParams,
    ReinertParams,
    SimilarityParams,
    SpecificitiesParams,
    StatsParams,
)
from app.lexpanel.prepared import Prepared, corpus_key, sources_fingerprint
from app.lexpanel.steps import step
from coding.selection import Selection
from corpus.caches import ProjectAnnotationCache
from corpus.store.project import Project
from lexical.annotate import AnnotationCache
from lexical.progress import CORPUS_READY, DONE, NEVER, CancelToken, ProgressFn, no_progress, scaled
from lexical.sources import SourceText

KINDS = ("stats", "reinert", "similarity", "specificities", "kwic")
PARAM_TYPES = {"stats": StatsParams, "reinert": ReinertParams, "similarity": SimilarityParams,
               "specificities": SpecificitiesParams, "kwic": KwicParams}


class AnalysisFailed(RuntimeError):
    """An error raised in the child process (its traceback text is in the message)."""


@dataclass(frozen=True)
class AnalysisRequest:
    """What to run: ``kind`` (one of :data:`KINDS`), its parameters and the preparation settings as
    dicts, the selection's description (``Selection.describe()``), and the name to save it under.
    ``lexicon`` (tests) skips spaCy: ``{form: (lemma, tag)}``."""

    kind: str
    params: dict[str, Any]
    prep: dict[str, Any] = field(default_factory=dict)
    selection: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    lexicon: dict[str, tuple[str, str]] | None = None

    def typed_params(self):  # noqa: ANN201 - one of the *Params dataclasses
        """The parameters as their dataclass."""
        return PARAM_TYPES[self.kind].from_dict(self.params)

    def to_saved(self) -> dict[str, Any]:
        """What the analysis store keeps beside the results (enough to re-run it)."""
        return {"kind": self.kind, "params": self.params, "prep": self.prep, "selection": self.selection}

    @classmethod
    def from_saved(cls, data: dict[str, Any], name: str = "") -> AnalysisRequest:
        """Inverse of :meth:`to_saved`."""
        return cls(data["kind"], dict(data.get("params") or {}), dict(data.get("prep") or {}),
                   dict(data.get("selection") or {}), name)


def effective_prep(request: AnalysisRequest, lexicon: dict[str, Any] | None = None) -> dict[str, Any]:
    """The request's preparation settings with the project's own ``lexicon`` (when the input has one)."""
    return {**request.prep, "lexicon": lexicon} if lexicon else dict(request.prep)


def compute(request: AnalysisRequest, sources: Sequence[SourceText], cache: AnnotationCache | None,
            progress: ProgressFn = no_progress, cancel: CancelToken = NEVER, *,
            lexicon: dict[str, Any] | None = None, prepared: Prepared | None = None):  # noqa: ANN201 - a result
    """Prepare the corpus (40 % of the bar) and run the analysis; returns its result object.

    ``lexicon``: the project's own lexicon (``UserLexicon.to_dict()``); ``prepared``: corpora kept from
    earlier runs in this process (an unchanged selection is not prepared again)."""
    from app.analysis import runs  # scipy, numba, spaCy...: only where an analysis runs (the GUI needs none)

    prep = PrepParams.from_dict(effective_prep(request, lexicon))
    key = corpus_key(sources_fingerprint(sources), prep.to_dict(), request.lexicon)
    corpus = prepared.corpus(key, prep.to_options()) if prepared is not None else None
    if corpus is None:
        with step("prepare the corpus"):
            corpus = runs.prepare(sources, cache, prep, scaled(progress, 0.0, 0.4), cancel, lexicon=request.lexicon)
        if prepared is not None:
            prepared.keep_corpus(key, corpus)
    progress(0.4, CORPUS_READY)
    cancel.check()
    with step(f"run the analysis ({request.kind})"):
        result = _run(request, corpus, progress, cancel)
    progress(1.0, DONE)
    return result


def _run(request: AnalysisRequest, corpus: Any, progress: ProgressFn, cancel: CancelToken):  # noqa: ANN202
    """The analysis of ``request`` on a prepared corpus (the last 60 % of the bar)."""
    from app.analysis import runs

    rest = scaled(progress, 0.4, 1.0)
    params = request.typed_params()
    sel = request.selection
    if request.kind == "stats":
        result = runs.run_stats(corpus, params, selection=sel)
    elif request.kind == "reinert":
        result = runs.run_reinert(corpus, params, rest, cancel, selection=sel)
    elif request.kind == "similarity":
        result = runs.run_similarity(corpus, params, rest, cancel, selection=sel)
    elif request.kind == "specificities":
        result = runs.run_specificities(corpus, params.variable, params.method, params, selection=sel)
    elif request.kind == "kwic":
        result = runs.run_kwic(corpus, params.query, params.by, chars=params.chars, words=params.words,
                               sort=params.sort, selection=sel)
    else:
        raise ValueError(f"unknown analysis kind {request.kind!r}")
    return result


# ------------------------------------------------------------------------------ child process
class ReadThroughCache:
    """Reads a project's annotation cache; new annotations stay in memory (``fresh``) for the parent
    process to save (the child opens the project read-only: one writer at a time)."""

    def __init__(self, backing: AnnotationCache):
        self.backing = backing
        self.fresh: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        return self.fresh.get(key) or self.backing.load(key)

    def load_many(self, keys: list[str]) -> dict[str, bytes]:
        """Bytes of ``keys`` (a bulk read where the backing cache has one, else key by key: a file's
        :class:`~lexical.annotate.DirectoryCache` has none, and reading nothing re-ran spaCy)."""
        if hasattr(self.backing, "load_many"):
            found = self.backing.load_many(keys)
        else:
            found = {k: v for k in keys if (v := self.backing.load(k)) is not None}
        return {**found, **{k: self.fresh[k] for k in keys if k in self.fresh}}

    def save(self, key: str, data: bytes) -> None:
        self.fresh[key] = data


def load_input(spec: dict[str, str], request: AnalysisRequest) -> tuple[AnalysisInput, ReadThroughCache, Any]:
    """The input of ``spec``: ``{"project": path}`` (read-only, with the request's selection and the
    project's own lexicon) or ``{"file": path}`` (an importable file, e.g. an Iramuteq corpus), its
    read-through cache, and what to close (the project, or None)."""
    if "file" in spec:
        found = sources_from_file(spec["file"])
        return found, ReadThroughCache(found.cache), None
    project = Project.open(spec["project"], readonly=True)
    try:
        found = sources_from_project(project, Selection.from_description(request.selection))
    except Exception:
        project.close()
        raise
    return found, ReadThroughCache(ProjectAnnotationCache(project)), project


def lower_priority(increment: int = 10) -> None:
    """Run this process (and the spaCy workers it starts, which inherit it) at a lower CPU priority:
    on a busy machine the window's process then gets the CPU first when it needs it (the analysis
    loses next to nothing: the window is idle nearly all the time). No-op where ``os.nice`` is missing."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(increment)
