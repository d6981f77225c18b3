"""One analysis process kept warm: started in the background when a project opens, reused by every
analysis, restarted when it dies, killed on Cancel and when the window closes.

A fresh interpreter per analysis paid Python's start, the imports (scipy, the Reinert kernels, spaCy or
the dictionary) and the corpus preparation on every run. The warm process pays them once: after its
imports it runs a tiny analysis (:func:`warm_up`) so the kernels and the lemmatiser are loaded, then
waits for requests. It keeps the last prepared corpora and results (:class:`~app.lexpanel.prepared.
Prepared`), so re-running an analysis on an unchanged selection skips the preparation, and an identical
request is answered from memory. Qt-free: the GUI calls :meth:`WarmWorker.run` from a job thread.

Messages on the child's queue: ``("ready",)``, ``("progress", fraction, text)``, ``("steps", [...])``,
``("done", result bytes, new annotations, from memory)``, ``("error", text, traceback)``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import threading
import time
import traceback
from typing import Any

from app.lexpanel.steps import LOG, step
from app.lexpanel.worker import AnalysisFailed, AnalysisRequest, load_input, lower_priority
from lexical.progress import NEVER, Cancelled, CancelToken, ProgressFn, no_progress


class WarmWorker:
    """The parent's handle on the warm analysis process (one analysis at a time)."""

    def __init__(self, warm: bool = True):
        self.warm = warm  # run the tiny warm-up analysis after the imports
        self._ctx = mp.get_context("spawn")
        self._process: Any = None
        self._requests: Any = None
        self._out: Any = None
        self._lock = threading.Lock()
        self.starts = 0  # how many processes were started (tests, the bench)

    @property
    def alive(self) -> bool:
        """True while the process runs."""
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        """Start the process if it is not running (returns at once; it imports in the background)."""
        with self._lock:
            if self.alive:
                return
            self._close_queues()
            self._requests, self._out = self._ctx.Queue(), self._ctx.Queue()
            self._process = self._ctx.Process(target=serve, args=(self._requests, self._out, self.warm),
                                              name="verbatim-analysis", daemon=True)
            self._process.start()
            self.starts += 1

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the process to exit, kill it if it does not; forget it."""
        with self._lock:
            process, self._process = self._process, None
            if process is not None and process.is_alive():
                try:
                    self._requests.put(None)
                    process.join(timeout)
                except (OSError, ValueError):
                    pass
                if process.is_alive():
                    process.kill()
                    process.join(timeout)
            self._close_queues()

    def kill(self) -> None:
        """Kill the process now (Cancel): whatever it was computing is dropped."""
        with self._lock:
            process, self._process = self._process, None
            if process is not None and process.is_alive():
                process.kill()
                process.join(2)
            self._close_queues()

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block until the process has imported and warmed up (tests, the bench); False on timeout."""
        self.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self._out.get(timeout=0.1)
            except queue_mod.Empty:
                if not self.alive:
                    return False
                continue
            if message[0] == "ready":
                return True
        return False

    def run(self, request: AnalysisRequest, spec: dict[str, str], progress: ProgressFn = no_progress,
            cancel: CancelToken = NEVER) -> tuple[bytes, dict[str, bytes], bool]:
        """Run ``request`` on the input ``spec`` in the warm process (started or restarted if needed);
        returns (result bytes, new annotations, answered from memory). Cancel kills the process and
        starts a new one in the background, so the next analysis finds it warm again."""
        self.start()
        with step("send the request"):
            self._requests.put(("run", request, spec, LOG.enabled))
        try:
            return self._wait(progress, cancel)
        except Cancelled:
            self.kill()
            self.start()
            raise

    def _wait(self, progress: ProgressFn, cancel: CancelToken) -> tuple[bytes, dict[str, bytes], bool]:
        while True:
            if cancel.cancelled:
                raise Cancelled()
            try:
                message = self._out.get(timeout=0.05)
            except queue_mod.Empty:
                if not self.alive:
                    code = self._process.exitcode if self._process is not None else None
                    self.kill()
                    raise AnalysisFailed(f"the analysis process stopped (exit code {code})") from None
                continue
            kind = message[0]
            if kind == "progress":
                progress(message[1], message[2])
            elif kind == "steps":
                for name, start, end in message[1]:
                    LOG.add(name, start, end, "child")
            elif kind == "done":
                return message[1], message[2], message[3]
            elif kind == "error":
                raise AnalysisFailed(f"{message[1]}\n{message[2]}")

    def _close_queues(self) -> None:
        for q in (self._requests, self._out):
            if q is not None:
                q.close()
                q.cancel_join_thread()
        self._requests = self._out = None


# ------------------------------------------------------------------------------- in the child
def serve(requests: Any, out: Any, warm: bool = True) -> None:
    """Body of the warm process: import, warm up, then answer requests until ``None`` arrives."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    lower_priority()
    from app.lexpanel.prepared import Prepared

    prepared = Prepared()
    if warm:
        warm_up()
    out.put(("ready",))
    while True:
        message = requests.get()
        if message is None:
            return
        _, request, spec, trace = message
        answer(request, spec, out, prepared, trace)


def warm_up() -> None:
    """Load what every analysis needs (the analysis code, the lemmatiser, the compiled Reinert kernels)
    by running a tiny statistics and a tiny classification; any failure is left for the real run."""
    from app.analysis import runs
    from app.analysis.params import PrepParams, ReinertParams
    from lexical.annotate import MemoryCache
    from lexical.sources import SourceText

    words = ["salaire", "usine", "enfant", "maison", "médecin", "hôpital", "école", "travail"]
    text = " ".join(f"Le {words[i % 8]} et la {words[(i * 3) % 8]} de {words[(i * 5 + 1) % 8]}." for i in range(60))
    try:
        corpus = runs.prepare([SourceText("warm-up", text, {}, 0)], MemoryCache(), PrepParams(min_freq=1))
        runs.run_stats(corpus)
        runs.run_reinert(corpus, ReinertParams(nbcl_p1=2, n_typical=1))
    except Exception:  # noqa: BLE001 - warming is best effort
        return


def answer(request: AnalysisRequest, spec: dict[str, str], out: Any, prepared: Any, trace: bool) -> None:
    """Run one request and put its outcome on ``out`` (never raises)."""
    from app.lexpanel.prepared import corpus_key, result_key, sources_fingerprint
    from app.lexpanel.worker import compute, effective_prep

    LOG.enabled = trace
    LOG.clear()
    project = None
    try:
        with step("read the input"):
            found, cache, project = load_input(spec, request)
        if not found.sources:
            raise ValueError("the selection is empty: no text to analyse")
        prep = effective_prep(request, found.lexicon)
        key = result_key(corpus_key(sources_fingerprint(found.sources), prep, request.lexicon), request.kind,
                         request.params, prep, request.selection)
        data = prepared.result(key)
        remembered = data is not None
        if data is None:
            result = compute(request, found.sources, cache, lambda f, m="": out.put(("progress", f, m)),
                             lexicon=found.lexicon, prepared=prepared)
            with step("encode the result"):
                data = result.to_bytes()
            prepared.keep_result(key, data)
        out.put(("steps", [(s.name, s.start, s.end) for s in LOG.steps]))
        out.put(("done", data, cache.fresh, remembered))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        out.put(("error", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    finally:
        if project is not None:
            project.close()
