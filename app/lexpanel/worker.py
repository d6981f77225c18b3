"""Run one analysis request, Qt-free: in the job thread, or in a spawned child process.

A :class:`AnalysisRequest` holds only plain data (kind, parameter dicts, the selection's description),
so it pickles to a child process. :func:`compute` prepares the corpus and runs the analysis;
:func:`compute_in_process` does the same in a ``spawn`` child and streams its progress back through a
queue, so that the GUI process keeps its GIL for the event loop (see ``bench/analysis_gui_bench.py``).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import queue as queue_mod
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.analysis.inputs import sources_from_file, sources_from_project
from app.analysis.params import (
    KwicParams,
    PrepParams,
    ReinertParams,
    SimilarityParams,
    SpecificitiesParams,
    StatsParams,
)
from app.analysis.results import load_result
from app.lexpanel.steps import LOG, step
from coding.selection import Selection
from corpus.caches import ProjectAnnotationCache
from corpus.store.project import Project
from lexical.annotate import AnnotationCache
from lexical.progress import NEVER, Cancelled, CancelToken, ProgressFn, no_progress, scaled
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


def compute(request: AnalysisRequest, sources: Sequence[SourceText], cache: AnnotationCache | None,
            progress: ProgressFn = no_progress, cancel: CancelToken = NEVER):  # noqa: ANN201 - a result
    """Prepare the corpus (40 % of the bar) and run the analysis; returns its result object."""
    from app.analysis import runs  # scipy, numba, spaCy...: only where an analysis runs (the GUI needs none)

    with step("prepare the corpus"):
        corpus = runs.prepare(sources, cache, PrepParams.from_dict(request.prep), scaled(progress, 0.0, 0.4), cancel,
                              lexicon=request.lexicon)
    cancel.check()
    with step(f"run the analysis ({request.kind})"):
        result = _run(request, corpus, progress, cancel)
    progress(1.0, "")
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
        found = self.backing.load_many(keys) if hasattr(self.backing, "load_many") else {}
        return {**found, **{k: self.fresh[k] for k in keys if k in self.fresh}}

    def save(self, key: str, data: bytes) -> None:
        self.fresh[key] = data


def load_input(spec: dict[str, str], request: AnalysisRequest) -> tuple[list[SourceText], ReadThroughCache, Any]:
    """Sources and cache of ``spec``: ``{"project": path}`` (read-only, with the request's selection)
    or ``{"file": path}`` (an importable file, e.g. an Iramuteq corpus). Returns what to close."""
    if "file" in spec:
        found = sources_from_file(spec["file"])
        return found.sources, ReadThroughCache(found.cache), None
    project = Project.open(spec["project"], readonly=True)
    found = sources_from_project(project, Selection.from_description(request.selection))
    return found.sources, ReadThroughCache(ProjectAnnotationCache(project)), project


def lower_priority(increment: int = 10) -> None:
    """Run this process (and the spaCy workers it starts, which inherit it) at a lower CPU priority:
    on a busy machine the window's process then gets the CPU first when it needs it (the analysis
    loses next to nothing: the window is idle nearly all the time). No-op where ``os.nice`` is missing."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(increment)


def _child(request: AnalysisRequest, spec: dict[str, str], out: mp.Queue, trace: bool = False,
           launched: float = 0.0) -> None:
    """Body of the child process: it reads its input itself; nothing big crosses the pipe but the
    result's bytes (compact: see :mod:`app.analysis.serial`) and the new annotations. With ``trace``,
    its steps go back too (``("steps", [(name, start, end)...])``) for the parent's step log (the first:
    from ``launched``, when the parent started it, to now — the interpreter's start and imports)."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    lower_priority()
    LOG.enabled = trace
    LOG.add("start Python and import (child)", launched, time.perf_counter())
    project = None
    try:
        with step("read the input"):
            sources, cache, project = load_input(spec, request)
        if not sources:
            raise ValueError("the selection is empty: no text to analyse")
        result = compute(request, sources, cache, lambda f, m="": out.put(("progress", f, m)))
        with step("encode the result"):
            data = result.to_bytes()
        out.put(("steps", [(s.name, s.start, s.end) for s in LOG.steps]))
        out.put(("done", data, cache.fresh))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        out.put(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    finally:
        if project is not None:
            project.close()


def compute_in_process(request: AnalysisRequest, spec: dict[str, str], progress: ProgressFn = no_progress,
                       cancel: CancelToken = NEVER) -> tuple[Any, bytes, dict[str, bytes]]:
    """Run the request in a spawned child on the input ``spec`` (see :func:`load_input`); returns
    (result, its bytes, new annotation cache entries). The calling thread only waits on a queue (it holds
    no GIL meanwhile) and decodes the compact result bytes; Cancel terminates the child."""
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(request, spec, out, LOG.enabled, time.perf_counter()), daemon=True)
    with step("start the child process"):
        child.start()
    try:
        data, fresh = _wait(child, out, progress, cancel)
        with step("decode the result"):
            return load_result(data), data, fresh
    finally:
        if child.is_alive():
            child.terminate()
        child.join(2)
        out.close()


def _wait(child: Any, out: Any, progress: ProgressFn, cancel: CancelToken) -> tuple[bytes, dict[str, bytes]]:
    """Forward the child's progress until it sends its result: (bytes, new annotations)."""
    while True:
        if cancel.cancelled:
            raise Cancelled()
        try:
            message = out.get(timeout=0.1)
        except queue_mod.Empty:
            if not child.is_alive():
                raise AnalysisFailed(f"the analysis process stopped (exit code {child.exitcode})") from None
            continue
        if message[0] == "progress":
            progress(message[1], message[2])
        elif message[0] == "steps":
            for name, start, end in message[1]:
                LOG.add(name, start, end, "child")
        elif message[0] == "done":
            return message[1], message[2]
        else:
            raise AnalysisFailed(f"{message[1]}\n{message[2]}")
