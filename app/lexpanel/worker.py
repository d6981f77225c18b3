"""Run one analysis request, Qt-free: in the job thread, or in a spawned child process.

A :class:`AnalysisRequest` holds only plain data (kind, parameter dicts, the selection's description),
so it pickles to a child process. :func:`compute` prepares the corpus and runs the analysis;
:func:`compute_in_process` does the same in a ``spawn`` child and streams its progress back through a
queue, so that the GUI process keeps its GIL for the event loop (see ``bench/analysis_gui_bench.py``).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.analysis import runs
from app.analysis.params import (
    KwicParams,
    PrepParams,
    ReinertParams,
    SimilarityParams,
    SpecificitiesParams,
    StatsParams,
)
from lexical.annotate import AnnotationCache, MemoryCache
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
    corpus = runs.prepare(sources, cache, PrepParams.from_dict(request.prep), scaled(progress, 0.0, 0.4), cancel,
                          lexicon=request.lexicon)
    cancel.check()
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
    progress(1.0, "")
    return result


# ------------------------------------------------------------------------------ child process
def _child(request: AnalysisRequest, sources: list[SourceText], cached: dict[str, bytes],
           out: mp.Queue) -> None:
    """Body of the child process: results and new annotations go back as bytes."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cache = MemoryCache()
    cache.data.update(cached)
    try:
        result = compute(request, sources, cache, lambda f, m="": out.put(("progress", f, m)))
        fresh = {k: v for k, v in cache.data.items() if k not in cached}
        out.put(("done", result.to_bytes(), fresh))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        out.put(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))


def compute_in_process(request: AnalysisRequest, sources: Sequence[SourceText], cached: dict[str, bytes],
                       progress: ProgressFn = no_progress, cancel: CancelToken = NEVER
                       ) -> tuple[bytes, dict[str, bytes]]:
    """Run :func:`compute` in a spawned child; returns (result bytes, new annotation cache entries).
    The caller's thread only waits on a queue (no GIL held); Cancel terminates the child."""
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(request, list(sources), cached, out), daemon=True)
    child.start()
    try:
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
            elif message[0] == "done":
                return message[1], message[2]
            else:
                raise AnalysisFailed(f"{message[1]}\n{message[2]}")
    finally:
        if child.is_alive():
            child.terminate()
        child.join(2)
        out.close()
