"""Does the window stay responsive while a Reinert classification runs as a job? And how fast does a
saved analysis reopen?

Usage: ``python bench/analysis_gui_bench.py [--corpus FILE] [--modes thread,process] [--nbcl 10]``.
The corpus (default: the 2.4-million-word FreDraCor theatre corpus, Iramuteq format, .xz accepted) is
analysed as a file through :mod:`app.analysis`; its spaCy annotations come from the user cache
(pre-warm it once with ``--warm``: spaCy on 2.4 M words takes minutes). Results are saved in a
temporary project, as the panel does.

While the job runs, a QTimer fires every 10 ms in the GUI thread and records the gaps between its
ticks: an event-loop stall is a gap well over 10 ms (target: none over 100 ms). Prints machine info,
corpus size, per mode the job time and the gap max / p99 / count over 100 ms, then the time to reopen
the saved analysis (bytes -> result -> view shown and painted; target < 1 s).
"""

from __future__ import annotations

import argparse
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
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/fredracor_theatre7/theatre7_iramuteq.txt.xz"


def machine_info() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?") if Path("/proc/cpuinfo").exists() else "?"
    import PySide6

    return (f"{platform.platform()} | Python {platform.python_version()} | PySide6 {PySide6.__version__} | "
            f"{os.cpu_count()} CPUs: {cpu} | loadavg {os.getloadavg()}")


class StallWatcher:
    """A 10 ms QTimer in the GUI thread; records the gaps between its ticks (ms)."""

    def __init__(self, interval: int = 10):
        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.last = 0

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.last = now

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        gaps = np.array(self.gaps or [0.0])
        return {"ticks": len(self.gaps), "max_ms": float(gaps.max()), "p99_ms": float(np.percentile(gaps, 99)),
                "p50_ms": float(statistics.median(gaps)), "over_100ms": int((gaps > 100).sum())}


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


def run_mode(mode: str, controller, corpus: Path, nbcl: int) -> tuple[int, dict, float]:  # noqa: ANN001
    """One classification as a job in ``mode``; returns (analysis id, stall stats, seconds)."""
    from app.analysis.inputs import sources_from_file
    from app.analysis.params import ReinertParams
    from app.lexpanel.runner import AnalysisRunner
    from app.lexpanel.worker import AnalysisRequest

    runner = AnalysisRunner(controller, mode=mode, input_fn=lambda _r: sources_from_file(corpus),
                            spec_fn=lambda _r: {"file": str(corpus)})
    request = AnalysisRequest("reinert", ReinertParams(nbcl_p1=nbcl).to_dict(), {}, {}, f"Reinert ({mode})")
    loop, out = QEventLoop(), {}
    runner.finished.connect(lambda analysis_id, result: (out.update(id=analysis_id, result=result), loop.quit()))
    runner.failed.connect(lambda message: (out.update(error=message), loop.quit()))
    watcher = StallWatcher()
    started = time.perf_counter()
    watcher.start()
    runner.start(request)
    loop.exec()
    stalls = watcher.stop()
    if "error" in out:
        raise RuntimeError(out["error"])
    result = out["result"]
    print(f"  {len(result.classes)} classes, {result.info.get('n_classified')} / {result.info.get('n_segments')} "
          f"segments classified; CHD {result.info.get('seconds_chd')} s")
    return out["id"], stalls, time.perf_counter() - started


def reopen(controller, analysis_id: int) -> dict[str, float]:  # noqa: ANN001
    """Bytes from the store -> result -> ReinertView shown and painted."""
    from app.analysis.results import load_result
    from app.lexviews.reinert_view import ReinertView
    from corpus.caches import AnalysisStore

    class Context:
        def project_is_open(self) -> bool:
            return False

    times = {}
    started = time.perf_counter()
    data = AnalysisStore(controller.project).results(analysis_id)
    times["read_bytes_s"] = time.perf_counter() - started
    result = load_result(data)
    times["load_result_s"] = time.perf_counter() - started
    view = ReinertView(result, Context())
    view.resize(1300, 800)
    view.show()
    view.grab()  # forces layout and a full paint, figure included
    times["view_painted_s"] = time.perf_counter() - started
    times["bytes_mb"] = len(data) / 1e6
    view.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--modes", default="thread,process")
    parser.add_argument("--nbcl", type=int, default=10)
    parser.add_argument("--warm", action="store_true", help="annotate the corpus first (fills the cache)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from app.controller import Controller

    print(machine_info())
    with tempfile.TemporaryDirectory() as tmp:
        corpus = plain_corpus(args.corpus, Path(tmp))
        print(corpus_size(corpus))
        if args.warm:
            warm(corpus)
        controller = Controller()
        controller.open_project(Path(tmp) / "bench.vbt", create=True)
        last_id = 0
        for mode in args.modes.split(","):
            print(f"mode {mode}:")
            last_id, stalls, seconds = run_mode(mode, controller, corpus, args.nbcl)
            print(f"  job {seconds:.1f} s; event-loop gaps over {stalls['ticks']} ticks: max {stalls['max_ms']:.0f} ms, "
                  f"p99 {stalls['p99_ms']:.1f} ms, median {stalls['p50_ms']:.1f} ms, "
                  f"{stalls['over_100ms']} over 100 ms")
        times = reopen(controller, last_id)
        print(f"reopen: {times['bytes_mb']:.1f} MB saved; bytes read {times['read_bytes_s']:.2f} s, result loaded "
              f"{times['load_result_s']:.2f} s, view shown and painted {times['view_painted_s']:.2f} s")
        controller.close_project()
    app.quit()


if __name__ == "__main__":
    main()
