"""Benchmark of the importers and of the store on the big shared corpora.

Usage: ``.venv/bin/python bench/import_bench.py [path/to/shared/corpora] [--no-trace] [--no-parse] [--repeat N]``.
Decompresses the ``.xz`` corpora into a temporary folder first, then

1. times ``read_file`` alone on each file and prints seconds, MB/s, documents, turns and peak Python
   memory (tracemalloc) per corpus;
2. imports each large corpus into a FRESH project through ``CorpusService.import_files`` (each in its own
   process, so ``ru_maxrss`` is that import's peak) and prints seconds, MB/s, peak RSS and the project
   file size; then closes it and times reopening it and listing it (``Project.open`` +
   ``CorpusService.documents()`` + ``CaseService.cases()``). Targets: import >= 5 MB/s, reopen < 1 s.

Each store run is repeated ``--repeat`` times (default 3), each time in a fresh process and project; the
best and the median are printed, wall-clock and CPU seconds, with the load average before and after:
on a shared machine the CPU seconds and the best wall time are the steadier figures.
"""

from __future__ import annotations

import argparse
import lzma
import multiprocessing
import os
import platform
import resource
import statistics
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402
from corpus.importers import read_file  # noqa: E402


def _prepare(corpora: Path, work: Path) -> list[tuple[str, list[Path]]]:
    """The benchmark inputs as (label, files), decompressed into ``work``."""
    jobs: list[tuple[str, list[Path]]] = []
    for label, source in [
        ("theatre7 iramuteq (70k texts)", corpora / "fredracor_theatre7" / "theatre7_iramuteq.txt.xz"),
        ("cfpp2000 iramuteq turns (68k texts)", corpora / "cfpp2000_full" / "cfpp2000_iramuteq_turns.txt.xz"),
        ("cfpp2000 iramuteq interviews", corpora / "cfpp2000_full" / "cfpp2000_iramuteq_interviews.txt.xz"),
    ]:
        if source.is_file():
            target = work / source.name.removesuffix(".xz")
            target.write_bytes(lzma.decompress(source.read_bytes()))
            jobs.append((label, [target]))
    archive = corpora / "cfpp2000_full" / "turns_plaintext.tar.xz"
    if archive.is_file():
        with tarfile.open(archive) as tar:
            tar.extractall(work / "turns", filter="data")
        jobs.append(("cfpp2000 plaintext turns (61 files)", sorted((work / "turns").rglob("*.txt"))))
    grids = sorted((corpora / "cfpp2000_small").glob("*.TextGrid"))
    if grids:
        jobs.append(("cfpp2000 TextGrids (2 files)", grids))
    return jobs


def _read_all(files: list[Path]) -> tuple[int, int]:
    documents = turns = 0
    for path in files:
        docs = read_file(path)
        documents += len(docs)
        turns += sum(len(doc.turns) for doc in docs)
    return documents, turns


def _run(files: list[Path], trace: bool) -> tuple[float, float, int, int, int]:
    """(seconds, MB, documents, turns, peak traced bytes or 0): a timed pass, then a traced pass."""
    size = sum(f.stat().st_size for f in files)
    start = time.perf_counter()
    documents, turns = _read_all(files)
    seconds = time.perf_counter() - start
    peak = 0
    if trace:  # tracemalloc slows Python down: measure memory in a second, untimed pass
        tracemalloc.start()
        _read_all(files)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seconds, size / 1e6, documents, turns, peak


STORE_JOBS = ("theatre7", "cfpp2000 iramuteq turns", "cfpp2000 plaintext")


def _store_run(files: list[Path], project_path: Path) -> tuple[float, float, int, int, int, float, float, int]:
    """In a child process: (import s, import CPU s, documents, turns, peak RSS KB, reopen s, reopen CPU s,
    documents listed). CPU seconds are given too because a shared machine inflates wall time."""
    from corpus.cases import CaseService
    from corpus.documents import CorpusService
    from corpus.store.project import Project

    project = Project.create(project_path)
    start, cpu = time.perf_counter(), time.process_time()
    report = CorpusService(project).import_files(files)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    project.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    with Project.open(project_path) as reopened:
        listed = len(CorpusService(reopened).documents())
        CaseService(reopened).cases()
        reopen, reopen_cpu = time.perf_counter() - start, time.process_time() - cpu
    turns = sum(d.turn_count for d in report.documents)
    return seconds, cpu_seconds, len(report.documents), turns, peak, reopen, reopen_cpu, listed


def _bench_store(jobs: list[tuple[str, list[Path]]], work: Path, repeat: int) -> None:
    """Import each large corpus into a fresh project (one process each, ``repeat`` times) and reopen it."""
    print(f"\nstore: CorpusService.import_files into a fresh project, then Project.open + documents() + cases()"
          f" (best / median of {repeat} runs, each in a fresh process)")
    print(f"{'corpus':38s} {'MB':>5s}  {'wall s':>11s}  {'CPU s':>11s}  {'MB/s wall':>9s}  {'MB/s CPU':>8s}"
          f"  {'docs':>6s} {'turns':>6s}  {'RSS MB':>6s}  {'file MB':>7s}  {'reopen s':>8s} {'CPU':>5s}")
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    for index, (label, files) in enumerate(jobs):
        if not label.startswith(STORE_JOBS):
            continue
        size = sum(f.stat().st_size for f in files) / 1e6
        runs = []
        for run in range(repeat):
            project_path = work / f"bench{index}-{run}.vbt"
            with context.Pool(1) as pool:
                runs.append(pool.apply(_store_run, (files, project_path)))
            file_mb = project_path.stat().st_size / 1e6
            for leftover in work.glob(f"bench{index}-{run}.*"):
                leftover.unlink()
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        _s, _c, documents, turns, peak, _r, _rc, _listed = runs[0]
        reopen = min(r[5] for r in runs)
        reopen_cpu = min(r[6] for r in runs)
        print(
            f"{label:38s} {size:5.1f}  {min(walls):5.2f}/{statistics.median(walls):5.2f}"
            f"  {min(cpus):5.2f}/{statistics.median(cpus):5.2f}  {size / min(walls):9.1f}  {size / min(cpus):8.1f}"
            f"  {documents:6d} {turns:6d}  {max(r[4] for r in runs) / 1024:6.0f}  {file_mb:7.1f}"
            f"  {reopen:8.2f} {reopen_cpu:5.2f}"
        )
    print("targets: import >= 5 MB/s (wall), reopen + list < 1 s")


def _machine() -> str:
    return f"Python {platform.python_version()} on {platform.platform()}, {cpu_model()}, {os.cpu_count()} CPUs"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Import benchmark on the shared corpora.")
    parser.add_argument("corpora", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    parser.add_argument("--no-trace", action="store_true", help="no tracemalloc pass for parse memory")
    parser.add_argument("--no-parse", action="store_true", help="skip the read_file-only timings")
    parser.add_argument("--repeat", type=int, default=3, help="store runs per corpus (default 3)")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    if not args.corpora.is_dir():
        sys.exit(f"corpora folder not found: {args.corpora}")
    print(_machine())
    print(f"load average before: {load_average()}")
    with tempfile.TemporaryDirectory() as tmp:
        jobs = _prepare(args.corpora, Path(tmp))
        if not args.no_parse:
            print("\nparse: read_file only (seconds and MB/s wall-clock)")
            for label, files in jobs:
                seconds, size, documents, turns, peak = _run(files, not args.no_trace)
                print(
                    f"{label:38s} {size:6.1f} MB {seconds:6.2f} s {size / seconds:6.1f} MB/s "
                    f"{documents:6d} docs {turns:6d} turns  peak {peak / 1e6:6.1f} MB"
                )
        _bench_store(jobs, Path(tmp), max(1, args.repeat))
    print(f"load average after: {load_average()}")
    print(f"max RSS of the parse process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
