"""Benchmark of the Reinert CHD (IRaMuTeQ preset) and the similarity graph.

Usage: ``python bench/lexical_chd_bench.py [--shared PATH] [--skip-synthetic]``. Prints machine info,
then wall time and peak RSS for:
the theses matrix (7,280 x 5,281; IRaMuTeQ's R: ~56 s), synthetic 20,000 x 1,261 and 50,000 x 1,261
binary matrices with ~16 presences per row (IRaMuTeQ: ~24 s and ~107 s) -- the historical weakly
structured generator and a latent-topic one -- and the similarity graph. Matrices of real segments
(theatre corpus) are timed by ``bench/lexical_bench.py``.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np
import scipy
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402
from lexical.chd import ReinertCHD  # noqa: E402
from lexical.matrix_io import read_matrix  # noqa: E402
from lexical.similarity import SimilarityGraph  # noqa: E402


def machine_info() -> str:
    cpu, load = cpu_model(), load_average()
    return (f"{platform.platform()} | Python {platform.python_version()} | numpy {np.__version__} | "
            f"scipy {scipy.__version__} | {os.cpu_count()} CPUs: {cpu} | loadavg {load}")


def synthetic(n: int, p: int, per_row: float = 16.0, seed: int = 0) -> sp.csr_matrix:
    """Binary matrix with Zipf-like column popularity and ~``per_row`` presences per row."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, p + 1) ** 0.9
    weights /= weights.sum()
    # a few latent themes so that the classification has structure
    themes = rng.integers(0, 6, n)
    shift = rng.permutation(p)
    sizes = np.maximum(1, rng.poisson(per_row, n))
    rows, cols = [], []
    for i in range(n):
        c = rng.choice(p, size=sizes[i], p=weights)
        c = np.where(rng.random(sizes[i]) < 0.35, shift[(c + 97 * themes[i]) % p], c)
        rows.append(np.full(c.size, i))
        cols.append(c)
    X = sp.csr_matrix((np.ones(sum(map(len, rows))), (np.concatenate(rows), np.concatenate(cols))), shape=(n, p))
    X.data[:] = 1.0
    return X


def topics(n: int, p: int, k: int = 8, per_row: float = 16.0, seed: int = 0) -> sp.csr_matrix:
    """Structured synthetic matrix: each row has a dominant latent topic (70 % of its words from that
    topic's Zipf distribution over its own shuffled vocabulary, 30 % from the common one), so that
    the classification has real classes to find, unlike a random matrix (reassignment oscillates)."""
    rng = np.random.default_rng(seed)
    base = 1.0 / np.arange(1, p + 1) ** 1.0
    base /= base.sum()
    perms = [rng.permutation(p) for _ in range(k)]
    topic = rng.integers(0, k, n)
    sizes = np.maximum(1, rng.poisson(per_row, n))
    ranks = rng.choice(p, size=int(sizes.sum()), p=base)
    row = np.repeat(np.arange(n), sizes)
    own = rng.random(ranks.size) < 0.7
    perm = np.stack(perms)
    col = np.where(own, perm[topic[row], ranks], ranks)
    X = sp.csr_matrix((np.ones(col.size), (row, col)), shape=(n, p))
    X.data[:] = 1.0
    return X


def measure(label: str, fn) -> None:
    """Wall and CPU time and the process's peak RSS so far (tracemalloc is not used: it slows the
    reassignment loops about 20x)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    dt, dc = time.perf_counter() - t, time.process_time() - c
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<46} {dt:7.2f} s (cpu {dc:6.2f})  peak RSS {rss:7.1f} MB   {out}", flush=True)


def chd_summary(X: sp.csr_matrix) -> str:
    m = ReinertCHD(nbcl_p1=10).fit(X)
    sizes = np.bincount(m.labels_)
    passes = sum(s.passes for s in m.tree_.splits)
    return f"K={m.n_classes_} sizes={sizes.tolist()} passes={passes}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora"))
    ap.add_argument("--skip-synthetic", action="store_true")
    args = ap.parse_args()
    print(machine_info())
    t = time.perf_counter()
    ReinertCHD(nbcl_p1=3).fit(topics(200, 40))
    print(f"first CHD call (numba kernels from cache, or compiled: ~3 s once): {time.perf_counter() - t:.2f} s")
    theses = Path(args.shared) / "iramuteq_theses_socio_1000/iramuteq_ref/iramuteq_simple_nbclp1_10/TableUc1.csv"
    if theses.is_file():
        X = read_matrix(theses)
        print(f"theses matrix {X.shape[0]} x {X.shape[1]}, nnz {X.nnz}")
        measure("CHD theses (IRaMuTeQ R ~56 s)", lambda: chd_summary(X))
        vocab = [str(i) for i in range(X.shape[1])]
        freq = np.asarray(X.sum(axis=0)).ravel()
        measure("similarity theses top 200", lambda: f"MST weight {SimilarityGraph().fit(X, vocab, freq).total_weight_:.0f}")
    else:
        print(f"(theses matrix not found at {theses})")
    if not args.skip_synthetic:
        for n, ref in ((20_000, "~24 s"), (50_000, "~107 s")):
            for kind, make in (("synthetic", synthetic), ("topics", topics)):
                Y = make(n, 1261)
                print(f"{kind} {n} x 1261, nnz {Y.nnz} ({Y.nnz / n:.1f} per row)")
                measure(f"CHD {kind} {n} x 1261 (IRaMuTeQ {ref})", lambda Y=Y: chd_summary(Y))
            vocab = [str(i) for i in range(Y.shape[1])]
            measure(f"similarity synthetic {n} top 200", lambda Y=Y, v=vocab: f"edges {SimilarityGraph().fit(Y, v).graph_.number_of_edges()}")


if __name__ == "__main__":
    main()
