"""How fast things start: the command line, a classification of a big matrix, and analyses in the warm
analysis process of the GUI.

Usage: ``python bench/startup_bench.py [--corpus FILE] [--repeat N] [--skip-matrix] [--skip-warm]``.
Prints machine info and the load average, then (wall times, median of ``--repeat`` runs):

1. ``verbatim-cli --help``, ``verbatim-cli lex reinert --help`` and ``verbatim-cli info --help``: the
   whole process, interpreter start included (target < 0.5 s), and the heaviest imports of the first
   (``python -X importtime``);
2. ``verbatim-cli lex reinert --matrix`` on a 50,000 x 1,261 binary matrix (the latent-topic generator
   of ``bench/lexical_chd_bench.py``, ~16 presences per row), the whole process with its tables and
   figures (target <= 5 s);
3. the warm analysis process (:mod:`app.lexpanel.warm`) on ``--corpus`` (default: the two CFPP2000
   interviews, ~39,000 words, Iramuteq format): start to ready (imports and warm-up, in the background
   after a project opens), the first statistics and Reinert runs, the same Reinert again (unchanged
   selection), and Reinert with another number of classes (the prepared corpus is reused). Each time
   includes decoding the result's bytes in the parent, as the GUI does (target: re-run < 1 s; first run
   < 3 s in dictionary mode);
4. the same from the GUI (``--gui``): a main window in process mode, its analysis panel's Reinert on the
   corpus, from ``panel.run`` to the view shown and painted (figures drawn): first run, and again.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench._machine import cpu_model, load_average  # noqa: E402

CLI = [sys.executable, "-m", "app.cli.main"]
DEFAULT_CORPUS = ROOT.parent / "shared/corpora/cfpp2000_small/cfpp2000_2interviews_iramuteq_turns.txt"


def machine_info() -> str:
    """Platform, Python, CPUs and load."""
    return (f"{platform.platform()} | Python {platform.python_version()} | {os.cpu_count()} CPUs: {cpu_model()} "
            f"| loadavg {load_average()}")


def wall(command: list[str], repeat: int) -> tuple[float, float, float]:
    """Median and best wall time of ``command`` (a whole process), and its median CPU time (user +
    system: what a quiet machine's wall time comes close to when the process does not wait), seconds."""
    times, cpu = [], []
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, cwd=ROOT, env=env, check=False)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0,):
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode()[-2000:]}")
    return statistics.median(times), min(times), statistics.median(cpu)


def heaviest_imports(command: list[str], n: int = 8) -> list[tuple[int, str]]:
    """The ``n`` top-level imports with the largest cumulative time (microseconds) under -X importtime."""
    done = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        if name.startswith(" ") and not name.startswith("  "):  # one space: imported at the top level
            rows.append((int(parts[1]), name.strip()))
    return sorted(rows, reverse=True)[:n]


def bench_cli(repeat: int) -> None:
    """Part 1: the command line's start."""
    print("\n1. command line start (whole process)")
    for args in (["--help"], ["lex", "reinert", "--help"], ["info", "--help"], ["lex", "stats", "--help"]):
        median, best, cpu = wall([*CLI, *args], repeat)
        print(f"   verbatim-cli {' '.join(args):<22} median {median:.3f} s  best {best:.3f} s  CPU {cpu:.3f} s")
    total, _best, cpu = wall([sys.executable, "-c", "pass"], repeat)
    print(f"   (python -c pass: {total:.3f} s, CPU {cpu:.3f} s)")
    print("   heaviest imports of `verbatim-cli lex reinert --help` (cumulative):")
    for us, name in heaviest_imports([*CLI, "lex", "reinert", "--help"]):
        print(f"     {us / 1e6:6.3f} s  {name}")


def bench_matrix(repeat: int) -> None:
    """Part 2: ``lex reinert --matrix`` on 50,000 x 1,261, whole process."""
    from lexical_chd_bench import topics

    from lexical.matrix_io import write_matrix

    print("\n2. verbatim-cli lex reinert --matrix, 50,000 x 1,261 (whole process, tables and figures)")
    with tempfile.TemporaryDirectory() as folder:
        X = topics(50_000, 1_261)
        path = Path(folder) / "m.mtx"
        write_matrix(path, X)
        print(f"   matrix: {X.shape[0]:,} x {X.shape[1]:,}, {X.nnz:,} presences")
        median, best, cpu = wall([*CLI, "lex", "reinert", "--matrix", str(path), "--out",
                                  str(Path(folder) / "out"), "--quiet"], repeat)
        print(f"   median {median:.2f} s  best {best:.2f} s  CPU {cpu:.2f} s  (load {load_average()})")


def bench_warm(corpus: Path, repeat: int) -> None:
    """Part 3: the warm analysis process."""
    from app.analysis.params import ReinertParams, StatsParams
    from app.analysis.results import load_result
    from app.lexpanel.warm import WarmWorker
    from app.lexpanel.worker import AnalysisRequest

    words = len(corpus.read_text(encoding="utf-8").split())
    print(f"\n3. warm analysis process, {corpus.name} ({words:,} words)")
    worker = WarmWorker()
    start = time.perf_counter()
    assert worker.wait_ready(300), "the analysis process did not start"
    print(f"   start to ready (imports, warm-up; in the background): {time.perf_counter() - start:.2f} s")
    spec = {"file": str(corpus)}

    def timed(label: str, request: AnalysisRequest) -> None:
        times = []
        for _ in range(repeat if "again" in label else 1):
            t0 = time.perf_counter()
            data, _fresh, remembered = worker.run(request, spec)
            load_result(data)
            times.append(time.perf_counter() - t0)
        how = " (answered from memory)" if remembered else ""
        print(f"   {label:<44} {statistics.median(times):6.2f} s{how}")

    try:
        timed("statistics, first run", AnalysisRequest("stats", StatsParams().to_dict()))
        reinert = AnalysisRequest("reinert", ReinertParams().to_dict())
        timed("Reinert (10 classes), first run", reinert)
        timed("Reinert again, unchanged selection", reinert)
        timed("Reinert, 12 classes (corpus reused)", AnalysisRequest("reinert", ReinertParams(nbcl_p1=12).to_dict()))
        timed("statistics again, unchanged selection", AnalysisRequest("stats", StatsParams().to_dict()))
    finally:
        worker.stop()


def bench_gui(corpus: Path) -> None:
    """Part 4: from the analysis panel of a real window (process mode, warm process)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from analysis_gui_bench import make_window, wait_for_figures
    from PySide6.QtWidgets import QApplication

    from app.analysis.params import ReinertParams
    from app.lexpanel.worker import AnalysisRequest

    app = QApplication.instance() or QApplication([])
    print(f"\n4. from the analysis panel (process mode), {corpus.name}")
    with tempfile.TemporaryDirectory() as folder:
        window = make_window(Path(folder) / "bench.vbt")
        panel = window.analyses
        panel.runner.mode = "process"
        panel.runner.spec_fn = lambda _r: {"file": str(corpus)}
        start = time.perf_counter()
        assert panel.runner.worker.wait_ready(300)
        print(f"   analysis process ready {time.perf_counter() - start:.2f} s after the project opened")

        def shown(label: str, params: ReinertParams) -> None:
            out: dict = {}
            panel.viewOpened.connect(lambda _i, view: out.setdefault("view", view))
            t0 = time.perf_counter()
            panel.run(AnalysisRequest("reinert", params.to_dict(), {}, {}, label))
            while "view" not in out:
                app.processEvents()
                time.sleep(0.002)
            wait_for_figures(out["view"])
            out["view"].grab()
            print(f"   {label:<44} {time.perf_counter() - t0:6.2f} s to the view shown and painted")

        shown("Reinert, first run", ReinertParams())
        shown("Reinert again, unchanged selection", ReinertParams())
        shown("Reinert, 12 classes (corpus reused)", ReinertParams(nbcl_p1=12))
        window.controller.close_project()
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-matrix", action="store_true")
    parser.add_argument("--skip-warm", action="store_true")
    parser.add_argument("--gui", action="store_true", help="also time the analysis panel of a window")
    args = parser.parse_args()
    print(machine_info())
    bench_cli(args.repeat)
    if not args.skip_matrix:
        bench_matrix(max(1, args.repeat // 2))
    if not args.skip_warm:
        if args.corpus.is_file():
            bench_warm(args.corpus, args.repeat)
            if args.gui:
                bench_gui(args.corpus)
        else:
            print(f"\n3. skipped: {args.corpus} not found")


if __name__ == "__main__":
    main()
