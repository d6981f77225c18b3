"""Long work off the GUI thread: a QRunnable per job, signals back to the GUI, a progress dialog.

A job is a plain function ``fn(progress, cancel) -> result``: it gets ids, paths or text (never ORM
objects or widgets) and opens its own services (the Project engine hands each thread its own session).
``progress(fraction, message)`` may be called from the worker; signals cross threads safely (queued).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lexical.progress import Cancelled, CancelToken

JobFn = Callable[[Callable[[float, str], None], CancelToken], Any]


class JobSignals(QObject):
    """Signals of one job (a QRunnable is not a QObject)."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``fn`` in the thread pool and reports through :attr:`signals`."""

    def __init__(self, fn: JobFn):
        super().__init__()
        self.fn = fn
        self.cancel_token = CancelToken()
        self.signals = JobSignals()
        self.setAutoDelete(False)  # the Python side keeps it alive until it reports
        self.outcome: tuple[str, object] | None = None  # ("finished", result) / ("failed", exc) / ("cancelled", None)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancel_token)
        except Cancelled:
            self.outcome = ("cancelled", None)
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI, which shows the message
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self.outcome = ("failed", exc)
            self.signals.failed.emit(exc)
        else:
            self.outcome = ("finished", result)
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive while they run."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(self, fn: JobFn) -> Job:
        """Queue ``fn``; it starts when the event loop next runs, so connect to ``job.signals`` right
        after this call (a fast job cannot report before its listeners are there)."""
        job = Job(fn)
        self._running.add(job)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_a, j=job: self._release_later(j))
        QTimer.singleShot(0, self, lambda: self.pool.start(job))
        return job

    def _release_later(self, job: Job) -> None:
        """Drop a finished job once its worker thread has surely left ``run()``.

        The report arrives while the worker may still be unwinding ``run()``; freeing the QRunnable
        at that moment would pull it from under the pool thread, so it is kept a little longer.
        """
        QTimer.singleShot(250, self, lambda: self._running.discard(job))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every queued job (tests, shutdown)."""
        return self.pool.waitForDone(msecs)


def progress_dialog(job: Job, title: str, parent: QWidget | None) -> QProgressDialog:
    """A modal progress dialog bound to ``job``; its Cancel button trips the job's CancelToken."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel_token.cancel)

    def on_progress(fraction: float, message: str) -> None:
        dialog.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        if message:
            dialog.setLabelText(message)

    job.signals.progress.connect(on_progress)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(dialog.close)
    return dialog
