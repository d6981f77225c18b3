"""What the write-side safety costs: the soundness check at open and atomic (fsynced) exports.

Usage: ``.venv/bin/python bench/store_safety_bench.py [path/to/shared/corpora] [--codings N] [--repeat R]``.

1. Imports the cfpp2000 turns corpus (Iramuteq, ~68k texts; a synthetic corpus when ../shared is absent)
   into a fresh project, gives it N codings (default 40,000, the size of the CSV of issue 12), closes it.
2. Times ``Project.open`` (lock, version, ``PRAGMA quick_check`` for files up to
   ``QUICK_CHECK_MAX_BYTES``) and the check alone (``check_schema``), best and median of R runs.
3. Times the CSV and XLSX exports of every coding, written atomically (temporary file, fsync, rename),
   against the same rows written in place without fsync (what the exports did before).

Prints the machine (CPU, load average), the corpus and the file sizes with every figure.
"""

from __future__ import annotations

import argparse
import csv
import lzma
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402
from coding import commands as cmd  # noqa: E402
from coding.codebook import CodebookService  # noqa: E402
from coding.export.table_export import HEADERS, coding_rows, export_csv, export_xlsx  # noqa: E402
from coding.types import Span  # noqa: E402
from corpus.documents import CorpusService  # noqa: E402
from corpus.store import diagnose  # noqa: E402
from corpus.store.project import Project  # noqa: E402


def _source(corpora: Path, work: Path) -> tuple[str, Path]:
    packed = corpora / "cfpp2000_full" / "cfpp2000_iramuteq_turns.txt.xz"
    target = work / "corpus.txt"
    if packed.is_file():
        target.write_bytes(lzma.decompress(packed.read_bytes()))
        return "cfpp2000 iramuteq turns", target
    rng = random.Random(1)
    words = ["travail", "fatigue", "équipe", "patient", "horaires", "collègues", "soin", "nuit", "stress", "famille"]
    lines = [f"**** *id_{i} *groupe_{i % 7}\n" + " ".join(rng.choice(words) for _ in range(60)) for i in range(20000)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "synthetic iramuteq (20k texts, ../shared absent)", target


def _build(path: Path, source: Path, codings: int) -> None:
    with Project.create(path) as project:
        CorpusService(project).import_files([source])
        documents = [d for d in CorpusService(project).documents() if d.characters > 40]
        code = CodebookService(project).create("Bench")
        rng = random.Random(2)
        spans = set()
        while len(spans) < codings:
            doc = rng.choice(documents)
            start = rng.randrange(0, doc.characters - 30)
            spans.add(Span(doc.id, start, start + rng.randint(5, 30)))
        cmd.ApplyCodings(code.id, tuple(spans), "bench").apply(project)


def _times(run, repeat: int) -> str:
    values = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        values.append(time.perf_counter() - start)
    return f"best {min(values):.3f} s, median {statistics.median(values):.3f} s"


def _plain_csv(project: Project, path: Path) -> None:
    rows = coding_rows(project)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
        writer.writerow(HEADERS["en"])
        writer.writerows(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora"))
    parser.add_argument("--codings", type=int, default=40_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, load average {load_average()}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        label, source = _source(Path(args.corpora), work)
        path = work / "bench.vbt"
        start = time.perf_counter()
        _build(path, source, args.codings)
        size = path.stat().st_size / 2**20
        print(f"corpus: {label}; project {size:.1f} MiB with {args.codings} codings (built in "
              f"{time.perf_counter() - start:.1f} s)")
        print(f"quick_check at open applies up to {diagnose.QUICK_CHECK_MAX_BYTES / 2**20:.0f} MiB")
        print(f"check_schema alone:    {_times(lambda: diagnose.check_schema(path), args.repeat)}")
        print(f"Project.open + close:  {_times(lambda: Project.open(path).close(), args.repeat)}")
        print(f"Project.open readonly: {_times(lambda: Project.open(path, readonly=True).close(), args.repeat)}")
        with Project.open(path, readonly=True) as project:
            print(f"CSV atomic+fsync:      {_times(lambda: export_csv(project, work / 'a.csv'), args.repeat)}")
            print(f"CSV in place (before): {_times(lambda: _plain_csv(project, work / 'b.csv'), args.repeat)}")
            print(f"XLSX atomic+fsync:     {_times(lambda: export_xlsx(project, work / 'a.xlsx'), max(1, args.repeat // 2))}")
        print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
