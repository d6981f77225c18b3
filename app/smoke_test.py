"""``verbatim --smoke-test``: start the real window, open the sample project, run one analysis to the end.

Used to check an installed or unpacked build (``packaging/smoke_test.sh``): it goes through what a
researcher's first minutes go through — the welcome page, the sample project, a Reinert classification in
the analysis child process (the frozen multiprocessing path), its view — and exits 0 when every step
worked, 1 otherwise, printing one line per step. Run it offscreen (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer

#: The whole test gives up after this many seconds (a Reinert run on the sample takes a few seconds).
TIMEOUT_SECONDS = 600


def _say(line: str) -> None:
    """One progress line on stdout (a windowed Windows build has no stdout: then nothing)."""
    if sys.stdout is not None:
        print(f"smoke-test: {line}", flush=True)


class SmokeTest:
    """Drives ``window`` through the steps; ``app.exit(code)`` when done."""

    def __init__(self, app, window) -> None:  # noqa: ANN001 - QApplication, MainWindow
        self.app = app
        self.window = window
        self.started = time.perf_counter()

    def start(self) -> None:
        """Queue the first step on the event loop."""
        QTimer.singleShot(0, self._open_sample)
        QTimer.singleShot(TIMEOUT_SECONDS * 1000, lambda: self._fail(f"no result after {TIMEOUT_SECONDS} s"))

    def _open_sample(self) -> None:
        from app.welcome import open_sample_project

        welcome = getattr(self.window, "welcome", None)
        if welcome is None or not welcome.isVisible():
            return self._fail("the welcome page is not shown while no project is open")
        _say("welcome page shown")
        if not open_sample_project(self.window):
            return self._fail("the sample project did not open")
        documents = self.window.controller.documents()
        if not documents or welcome.isVisible():
            return self._fail("the sample project opened without documents, or the welcome page stayed")
        _say(f"sample project opened ({len(documents)} documents)")
        self._run_analysis()

    def _run_analysis(self) -> None:
        from app.analysis.params import ReinertParams
        from app.lexpanel.worker import AnalysisRequest

        panel = self.window.analyses
        panel.runner.finished.connect(self._finished)
        panel.runner.failed.connect(lambda message: self._fail(f"the analysis failed: {message}"))
        panel.runner.progress.connect(lambda fraction, text: _say(f"  {fraction:4.0%} {text}"))
        request = AnalysisRequest("reinert", ReinertParams(nbcl_p1=6).to_dict(), name="smoke test")
        _say(f"Reinert classification started (mode: {panel.runner.mode})")
        if not panel.run(request):
            self._fail("the analysis did not start")

    def _finished(self, analysis_id: int, result: object) -> None:
        panel = self.window.analyses
        if not analysis_id or panel.current_view() is None:
            return self._fail("the analysis finished but was not saved or shown")
        _say(f"Reinert classification done and shown (analysis {analysis_id}, "
             f"{time.perf_counter() - self.started:.1f} s)")
        self._exit(0)

    def _fail(self, reason: str) -> None:
        _say(f"FAILED: {reason}")
        self._exit(1)

    def _exit(self, code: int) -> None:
        self.window.controller.close_project()
        self.app.exit(code)


def run_smoke_test(app, window) -> int:  # noqa: ANN001 - QApplication, MainWindow
    """Run the steps on the event loop; 0 when all worked."""
    test = SmokeTest(app, window)
    test.start()
    return app.exec()
