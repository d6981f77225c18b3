"""Run analysis requests as background jobs and save their results in the project.

Two modes, chosen by measurement (``bench/analysis_gui_bench.py``): ``"process"`` (the default) runs
the analysis in the warm analysis process (:mod:`app.lexpanel.warm`: started when a project opens,
reused, restarted if it dies, killed on Cancel and on exit) — the job thread only waits on a queue,
then decodes the result's compact bytes (format 2: arrays, mostly decoded without the GIL) and saves
them, so the GUI thread keeps the GIL and the event loop never stalls; ``"thread"`` runs it in the job
thread itself
(tests, small corpora; Python threads share the GIL, and long C calls and full garbage collections
holding it stall the GUI). Each step is recorded in :mod:`app.lexpanel.steps` when it is enabled.
``VERBATIM_ANALYSIS_MODE`` overrides the default.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.analysis.inputs import AnalysisInput, sources_from_project
from app.analysis.results import load_result
from app.jobs import Job, JobRunner
from app.lexpanel.prepared import Prepared
from app.lexpanel.steps import step
from app.lexpanel.warm import WarmWorker
from app.lexpanel.worker import AnalysisRequest, compute
from coding.selection import Selection
from corpus.caches import AnalysisStore, ProjectAnnotationCache
from lexical.progress import CancelToken, ProgressFn

MODES = ("process", "thread")
InputFn = Callable[[AnalysisRequest], AnalysisInput]
SpecFn = Callable[[AnalysisRequest], dict[str, str]]


def default_mode() -> str:
    """``VERBATIM_ANALYSIS_MODE`` if valid, else ``"process"``."""
    mode = os.environ.get("VERBATIM_ANALYSIS_MODE", "").strip().lower()
    return mode if mode in MODES else "process"


class AnalysisRunner(QObject):
    """Starts one analysis at a time; emits ``finished(analysis id, result)`` once it is saved."""

    started = Signal(object)  # the Job
    progress = Signal(float, str)
    finished = Signal(int, object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, controller, parent: QObject | None = None, mode: str | None = None,  # noqa: ANN001
                 input_fn: InputFn | None = None, spec_fn: SpecFn | None = None):
        super().__init__(parent)
        self.controller = controller
        self.mode = mode or default_mode()
        self.input_fn = input_fn or self._project_input
        self.spec_fn = spec_fn or self._project_spec
        self.jobs = JobRunner(self)
        self.job: Job | None = None
        self.last_seconds = 0.0
        self.worker = WarmWorker()
        self.prepared = Prepared()  # the "thread" mode's kept corpora

    def warm_up(self) -> None:
        """Start the analysis process in the background (process mode; it then imports and warms up)."""
        if self.mode == "process":
            self.worker.start()

    def shutdown(self) -> None:
        """Stop the analysis process and forget kept corpora (the project closed, the app quits)."""
        self.worker.stop()
        self.prepared.clear()

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self.job is not None

    def start(self, request: AnalysisRequest) -> Job | None:
        """Queue ``request``; None when another analysis is running."""
        if self.job is not None:
            return None
        started = time.perf_counter()
        job = self.jobs.start(lambda progress, cancel: self._work(request, progress, cancel))
        self.job = job
        job.signals.progress.connect(self.progress)
        job.signals.finished.connect(lambda payload: self._done(request, payload, started))
        job.signals.failed.connect(lambda exc: self._end(self.failed, str(exc)))
        job.signals.cancelled.connect(lambda: self._end(self.cancelled))
        self.started.emit(job)
        return job

    def cancel(self) -> None:
        """Ask the running analysis to stop."""
        if self.job is not None:
            self.job.cancel_token.cancel()

    # --- in the job thread -----------------------------------------------------------------
    def _project_input(self, request: AnalysisRequest) -> AnalysisInput:
        project = self.controller.project
        if project is None:
            raise ValueError(self.tr("No project is open."))
        return sources_from_project(project, Selection.from_description(request.selection))

    def _project_spec(self, _request: AnalysisRequest) -> dict[str, str]:
        project = self.controller.project
        if project is None:
            raise ValueError(self.tr("No project is open."))
        return {"project": project.location}  # a file path or a server URL

    def _work(self, request: AnalysisRequest, progress: ProgressFn, cancel: CancelToken) -> tuple[object, int]:
        """Compute (here or in a child), then save the result in the project — all off the GUI thread."""
        progress(0.0, self.tr("Preparing the corpus…"))
        project = self.controller.project
        if self.mode == "thread":
            found = self.input_fn(request)
            if not found.sources:
                raise ValueError(self.tr("The selection is empty: no text to analyse."))
            result = compute(request, found.sources, found.cache, progress, cancel, lexicon=found.lexicon,
                             prepared=self.prepared)
            with step("encode the result"):
                data = result.to_bytes()
        else:
            data, fresh, _remembered = self.worker.run(request, self.spec_fn(request), progress, cancel)
            with step("decode the result"):
                result = load_result(data)
            if fresh and project is not None:
                with step("save new annotations"):
                    cache = ProjectAnnotationCache(project)
                    for key, value in fresh.items():
                        cache.save(key, value)
        cancel.check()
        analysis_id = 0
        if project is not None:
            with step("save the result in the project"):
                analysis_id = AnalysisStore(project).save(request.kind, request.name or request.kind,
                                                          request.to_saved(), data)
        return result, analysis_id

    # --- back in the GUI thread ------------------------------------------------------------
    def _done(self, request: AnalysisRequest, payload: tuple[object, int], started: float) -> None:
        result, analysis_id = payload
        self.last_seconds = time.perf_counter() - started
        self.job = None
        with step("finished: listeners (GUI thread)"):
            self.finished.emit(analysis_id, result)

    def _end(self, signal: Signal, *args: object) -> None:
        self.job = None
        signal.emit(*args)
