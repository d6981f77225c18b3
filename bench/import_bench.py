"""Benchmark of the importers on the big shared corpora (parsing only; the store comes later).

Usage: ``.venv/bin/python bench/import_bench.py [path/to/shared/corpora]``. Decompresses the ``.xz``
corpora into a temporary folder first, then times ``read_file`` alone on each file and prints seconds,
MB/s, documents, turns and peak Python memory (tracemalloc) per corpus, plus machine information.
"""

from __future__ import annotations

import lzma
import os
import platform
import resource
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"Python {platform.python_version()} on {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs"


def main() -> None:
    corpora = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpora"
    )
    if not corpora.is_dir():
        sys.exit(f"corpora folder not found: {corpora}")
    print(_machine())
    trace = "--no-trace" not in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        for label, files in _prepare(corpora, Path(tmp)):
            seconds, size, documents, turns, peak = _run(files, trace)
            print(
                f"{label:38s} {size:6.1f} MB {seconds:6.2f} s {size / seconds:6.1f} MB/s "
                f"{documents:6d} docs {turns:6d} turns  peak {peak / 1e6:6.1f} MB"
            )
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
