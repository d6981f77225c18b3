"""Benchmark of the lexical preparation: cleaning + segmentation, spaCy, lexicon, matrix.

    .venv/bin/python bench/lexical_prep_bench.py theses cfpp --n-process 1 2

Corpora: theses (250k words), cfpp (CFPP2000 interviews, ~0.7M words), theatre7 (2.4M words), or a
path to an Iramuteq-format file (``.xz`` accepted). Prints one line per corpus and run.
"""

from __future__ import annotations

import argparse
import lzma
import os
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lexical.annotate import MemoryCache, SpacyAnnotator, annotate_texts, build_lexicon  # noqa: E402
from lexical.corpus import LexicalCorpus, PrepOptions, segment_sources  # noqa: E402
from lexical.iramuteq_format import read_iramuteq  # noqa: E402

SHARED = Path(os.environ.get("VERBATIM_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpora"
CORPORA = {
    "theses": SHARED / "iramuteq_theses_socio_1000/theses-socio-1000.txt",
    "cfpp": SHARED / "cfpp2000_full/cfpp2000_iramuteq_interviews.txt.xz",
    "theatre7": SHARED / "fredracor_theatre7/theatre7_iramuteq.txt.xz",
}


def _read(path: Path) -> str:
    if path.suffix == ".xz":
        with lzma.open(path, "rt", encoding="utf-8") as f:
            return f.read()
    return path.read_text(encoding="utf-8")


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def bench(name: str, path: Path, n_process: int) -> None:
    """Time each step on one corpus and print the figures."""
    t0 = time.perf_counter()
    sources = read_iramuteq(_read(path))
    t1 = time.perf_counter()
    segments = segment_sources(sources)
    t2 = time.perf_counter()
    words = sum(len(s.forms) for s in segments)
    cache = MemoryCache()
    annotator = SpacyAnnotator(n_process=n_process)
    _ = annotator.nlp  # load outside the timing
    t3 = time.perf_counter()
    annotations = annotate_texts([s.text for s in sources], annotator, cache)
    t4 = time.perf_counter()
    lexicon = build_lexicon(annotations)
    corpus = LexicalCorpus(sources, segments, lexicon, {}, {}, PrepOptions())
    corpus.relabel(PrepOptions())
    t5 = time.perf_counter()
    matrix, vocabulary = corpus.active_matrix()
    t6 = time.perf_counter()
    warm = LexicalCorpus.build(sources, annotator=SpacyAnnotator(), cache=cache)
    t7 = time.perf_counter()
    assert len(warm.segments) == len(segments)
    print(
        f"{name}: texts={len(sources)} segments={len(segments)} words={words:,} n_process={n_process} | "
        f"read {t1 - t0:.1f}s, clean+segment {t2 - t1:.1f}s ({words / (t2 - t1):,.0f} w/s), "
        f"spaCy {t4 - t3:.1f}s ({words / (t4 - t3):,.0f} w/s), lexicon+units {t5 - t4:.1f}s, "
        f"matrix {matrix.shape} nnz={matrix.nnz} {t6 - t5:.2f}s, warm-cache rebuild {t7 - t6:.1f}s | "
        f"peak RSS {_peak_mb():,.0f} MB",
        flush=True,
    )


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", default=["theses"])
    parser.add_argument("--n-process", type=int, nargs="*", default=[1])
    args = parser.parse_args()
    print(f"machine: {platform.platform()} python {platform.python_version()} cpus={os.cpu_count()}")
    for name in args.corpora:
        path = CORPORA.get(name, Path(name))
        for n in args.n_process:
            bench(name, path, n)


if __name__ == "__main__":
    main()
