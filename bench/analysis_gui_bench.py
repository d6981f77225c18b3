"""Does the window stay responsive while a Reinert classification runs as a job? And how fast does a
saved analysis reopen?

Usage: ``python bench/analysis_gui_bench.py [--corpus FILE] [--modes process,thread] [--nbcl 10]
[--repeat N]``. The corpus (default: the 2.4-million-word FreDraCor theatre corpus, Iramuteq format, .xz
accepted) is analysed as a file, from the real analysis panel of a main window (its runner reads the
file instead of the project); its spaCy annotations come from the user cache (pre-warm it once with
``--warm``: spaCy on 2.4 M words takes minutes). Results are saved in a temporary project, as usual.

While the job runs — and until its view is shown and painted, as the user sees it — a QTimer fires every
10 ms in the GUI thread and records the gaps between its ticks: an event-loop stall is a gap well over
10 ms (target: none over 100 ms). The panel's step log (:mod:`app.lexpanel.steps`: spawn, child steps,
decode, save, view...) is on: for each gap over 100 ms the bench prints the steps it overlaps.
Then it reopens the saved analysis as a double-click in the list does (``panel.open_saved``): time to
the view shown and painted, and the longest gap meanwhile (target < 1 s). Prints machine info and the
load average before each measure (the machine may be shared).
"""

from __future__ import annotations

import argparse
import gc
import lzma
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.lexpanel.steps import LOG  # noqa: E402
from bench._machine import cpu_model, load_average  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/fredracor_theatre7/theatre7_iramuteq.txt.xz"
STALL_MS = 100.0


def machine_info() -> str:
    cpu = cpu_model()
    import PySide6

    return (f"{platform.platform()} | Python {platform.python_version()} | PySide6 {PySide6.__version__} | "
            f"{os.cpu_count()} CPUs: {cpu}")


def load() -> str:
    """The load average, e.g. ``load 3.1 / 2.9 / 2.7``."""
    return "load " + load_average(1).replace(", ", " / ")


class StallWatcher:
    """A 10 ms QTimer in the GUI thread; records each gap between its ticks as (end time, ms)."""

    def __init__(self, interval: int = 10):
        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[tuple[float, float]] = []
        self.last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, (now - self.last) * 1000))
        self.last = now

    def stop(self) -> dict[str, float]:
        self._tick()  # the time since the last tick counts too (e.g. a synchronous reopen)
        self.timer.stop()
        gaps = np.array([g for _t, g in self.gaps] or [0.0])
        return {"ticks": len(self.gaps), "max_ms": float(gaps.max()), "p99_ms": float(np.percentile(gaps, 99)),
                "p50_ms": float(statistics.median(gaps)), "over_100ms": int((gaps > STALL_MS).sum())}

    def stalls(self, limit: float = STALL_MS) -> list[tuple[float, float]]:
        """(start, end) of the gaps over ``limit`` ms."""
        return [(end - ms / 1000, end) for end, ms in self.gaps if ms > limit]


def log_collections(phase: str, info: dict) -> None:
    """A ``gc`` callback: each collection of the cyclic garbage collector over 5 ms becomes a logged step."""
    if phase == "start":
        log_collections.started = time.perf_counter()  # type: ignore[attr-defined]
    elif LOG.enabled and time.perf_counter() - getattr(log_collections, "started", 0.0) > 0.005:
        LOG.add(f"gc: generation {info['generation']} collection", getattr(log_collections, "started", 0.0),
                time.perf_counter())


def print_stalls(watcher: StallWatcher, origin: float) -> None:
    """Each stall over 100 ms with the logged steps it overlaps (times from the job's start)."""
    for start, end in watcher.stalls():
        steps = LOG.overlapping(start, end)
        print(f"    stall {1000 * (end - start):.0f} ms at {start - origin:.2f}-{end - origin:.2f} s overlaps: "
              + ("; ".join(f"{s.name} [{s.where}, {s.start - origin:.2f}-{s.end - origin:.2f} s]" for s in steps)
                 or "no logged step"))


def print_steps(origin: float) -> None:
    """The step log, in start order."""
    for s in sorted(LOG.steps, key=lambda s: s.start):
        print(f"    {s.start - origin:8.2f} s  {1000 * (s.end - s.start):8.0f} ms  {s.where:<12} {s.name}")


def plain_corpus(path: Path, folder: Path) -> Path:
    if path.suffix != ".xz":
        return path
    out = folder / path.stem
    out.write_bytes(lzma.decompress(path.read_bytes()))
    return out


def corpus_size(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    texts = sum(1 for line in text.splitlines() if line.startswith("****"))
    words = len(text.split()) - texts * 2
    return f"{path.name}: {len(text) / 1e6:.1f} M characters, ~{words / 1e6:.2f} M words, {texts:,} texts"


def warm(path: Path) -> None:
    from app.analysis import runs
    from app.analysis.inputs import sources_from_file

    started = time.perf_counter()
    found = sources_from_file(path)
    runs.prepare(found.sources, found.cache)
    print(f"cache warmed in {time.perf_counter() - started:.0f} s")


def make_window(path: Path):  # noqa: ANN201 - a MainWindow
    """A main window on a new project at ``path``."""
    from app.controller import Controller
    from app.main_window import MainWindow

    controller = Controller()
    controller.open_project(path, create=True)
    window = MainWindow(controller)
    window.resize(1400, 900)
    window.show()
    return window


def idle_until_preloaded(window) -> None:  # noqa: ANN001
    """Let the window idle until the panel has loaded the views' code in the background (it starts with
    the window; a user does not start a classification in the first seconds)."""
    started = time.perf_counter()
    thread = window.analyses.preloading
    while thread is not None and thread.is_alive():
        settle(50)
    print(f"window idle after {time.perf_counter() - started:.1f} s (view code preloaded)")


def settle(msecs: int = 300) -> None:
    """Run the event loop for ``msecs`` (deferred drawing, layouts)."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_for_figures(view, timeout: float = 30.0) -> None:  # noqa: ANN001
    """Run the event loop until the view's visible figure page has its figure drawn."""
    page = getattr(view, "dendrogram", None)
    deadline = time.perf_counter() + timeout
    QApplication.processEvents()
    while page is not None and not page.ready and time.perf_counter() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def run_mode(window, mode: str, corpus: Path, nbcl: int) -> tuple[int, dict, float]:  # noqa: ANN001
    """One classification from the panel in ``mode``, until its view is shown and painted; returns
    (analysis id, stall stats, seconds)."""
    from app.analysis.inputs import sources_from_file
    from app.analysis.params import ReinertParams
    from app.lexpanel.worker import AnalysisRequest

    panel = window.analyses
    panel.runner.mode = mode
    panel.runner.input_fn = lambda _r: sources_from_file(corpus)
    panel.runner.spec_fn = lambda _r: {"file": str(corpus)}
    request = AnalysisRequest("reinert", ReinertParams(nbcl_p1=nbcl).to_dict(), {}, {}, f"Reinert ({mode})")
    loop, out = QEventLoop(), {}
    opened = lambda analysis_id, view: (out.update(id=analysis_id, view=view), loop.quit())  # noqa: E731
    panel.viewOpened.connect(opened)
    panel.runner.failed.connect(lambda message: (out.update(error=message), loop.quit()))
    watcher = StallWatcher()
    LOG.clear()
    LOG.enabled = True
    started = time.perf_counter()
    watcher.start()
    panel.run(request)
    loop.exec()
    if "view" in out:
        wait_for_figures(out["view"])  # drawn in the background, then a full paint as the user sees it
        with LOG.step("paint the view (bench: grab)"):
            out["view"].grab()
    seconds = time.perf_counter() - started
    settle()
    stalls = watcher.stop()
    panel.viewOpened.disconnect(opened)
    if "error" in out:
        raise RuntimeError(out["error"])
    result = out["view"].result
    print(f"  {len(result.classes)} classes, {result.info.get('n_classified')} / {result.info.get('n_segments')} "
          f"segments classified; CHD {result.info.get('seconds_chd')} s")
    print_stalls(watcher, started)
    print_steps(started)
    return out["id"], stalls, seconds


def reopen(window, analysis_id: int) -> dict[str, float]:  # noqa: ANN001
    """As a double-click in the list (``openRequested``: bytes read, decoded in the background, view
    built), until the view is shown with its figure and painted."""
    panel = window.analyses
    while panel.tabs.count():
        panel.close_tab(0)
    settle(100)
    watcher = StallWatcher()
    LOG.clear()
    LOG.enabled = True
    loop, out = QEventLoop(), {}
    opened = lambda _id, view: (out.update(view=view), loop.quit())  # noqa: E731
    panel.viewOpened.connect(opened)
    started = time.perf_counter()
    watcher.start()
    panel.tree.openRequested.emit(analysis_id)
    if "view" not in out:
        loop.exec()
    shown = time.perf_counter() - started
    wait_for_figures(out["view"])  # drawn in the background (the event loop runs meanwhile)
    with LOG.step("paint the view (bench: grab)"):
        out["view"].grab()  # forces layout and a full paint of the shown page, figure included
    painted = time.perf_counter() - started
    settle()
    stalls = watcher.stop()
    panel.viewOpened.disconnect(opened)
    print_stalls(watcher, started)
    steps = {s.name: s.end - s.start for s in LOG.steps}
    return {"shown_s": shown, "painted_s": painted, "max_gap_ms": stalls["max_ms"],
            "decode_s": steps.get("load the saved result", 0.0), "view_s": steps.get("build the view", 0.0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--modes", default="process,thread")
    parser.add_argument("--nbcl", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="reopen measures")
    parser.add_argument("--warm", action="store_true", help="annotate the corpus first (fills the cache)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    gc.callbacks.append(log_collections)
    print(machine_info())
    with tempfile.TemporaryDirectory() as tmp:
        corpus = plain_corpus(args.corpus, Path(tmp))
        print(corpus_size(corpus))
        if args.warm:
            warm(corpus)
        window = make_window(Path(tmp) / "bench.vbt")
        idle_until_preloaded(window)
        last_id = 0
        for mode in args.modes.split(","):
            print(f"mode {mode} ({load()}):")
            last_id, stalls, seconds = run_mode(window, mode, corpus, args.nbcl)
            print(f"  job to view painted {seconds:.1f} s; event-loop gaps over {stalls['ticks']} ticks: "
                  f"max {stalls['max_ms']:.0f} ms, p99 {stalls['p99_ms']:.1f} ms, median {stalls['p50_ms']:.1f} ms, "
                  f"{stalls['over_100ms']} over {STALL_MS:.0f} ms")
        data = window.analyses._store().results(last_id)
        print(f"reopen ({len(data) / 1e6:.1f} MB saved):")
        for _ in range(args.repeat):
            times = reopen(window, last_id)
            print(f"  {load()}: result decoded {times['decode_s']:.2f} s, view built {times['view_s']:.2f} s, "
                  f"shown {times['shown_s']:.2f} s, painted {times['painted_s']:.2f} s "
                  f"(longest gap {times['max_gap_ms']:.0f} ms)")
        window.analyses.runner.jobs.wait(10000)
        window.memos.timer.stop()
        window.controller.close_project()
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
