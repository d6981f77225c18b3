"""Benchmark of class stability (lexical.stability): B re-classifications of the theses matrix.

Usage: ``python bench/stability_bench.py [--shared PATH] [--runs 50] [--workers 0]``. Prints the machine, the
matrix size, the wall time of the original CHD and of the B runs (workers = one per free core by default),
and each class's mean Jaccard, recovered share and label. Target (issue 15): B = 50 on the theses corpus
(7,280 segments) in < 60 s on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402
from lexical.chd import ReinertCHD  # noqa: E402
from lexical.matrix_io import read_matrix  # noqa: E402
from lexical.stability import StabilityOptions, assess_stability, reinert_classifier  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora"))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--nbcl-p1", type=int, default=10)
    args = parser.parse_args()
    path = Path(args.shared) / "iramuteq_theses_socio_1000/iramuteq_ref_lexique/iramuteq_simple_nbclp1_10/TableUc1.csv"
    if not path.is_file():
        print(f"theses matrix not found at {path}")
        return 2
    print(f"machine: {cpu_model()} | load average {load_average()}")
    X = read_matrix(path)
    print(f"theses matrix {X.shape[0]} segments x {X.shape[1]} forms, {X.nnz} presences")
    started = time.perf_counter()
    labels = ReinertCHD(nbcl_p1=args.nbcl_p1).fit(X).labels_
    print(f"original CHD: {time.perf_counter() - started:.2f} s, {labels.max()} classes")
    options = StabilityOptions(runs=args.runs, workers=args.workers)
    started = time.perf_counter()
    result = assess_stability(X, labels, reinert_classifier(options.fraction, nbcl_p1=args.nbcl_p1), options)
    seconds = time.perf_counter() - started
    print(f"stability, B = {args.runs} runs of 80 % subsamples: {seconds:.1f} s "
          f"({seconds / args.runs:.2f} s per run, workers {options.workers or 'auto'})")
    for c in result.classes:
        print(f"  class {c.cls}: {c.size} segments, mean Jaccard {c.mean_jaccard:.3f}, recovered "
              f"{100 * c.recovered_share:.0f} %, {c.label}; forms kept: "
              + ", ".join(f"{f} {s:.0%}" for f, s in c.kept_forms[:6]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
