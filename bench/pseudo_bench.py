"""Recall and precision of pseudonymisation detection per kind, and its speed, on written transcripts.

    python bench/pseudo_bench.py [--texts 20] [--turns 60] [--no-ner]

The corpus and its answer key come from :mod:`bench.pseudo_corpus` (hand-written sentences filled
from hand-made lists with a fixed seed). A detection counts as right when its span and kind equal a
key entry (white space folded). Prints the machine, the corpus size, and one line per kind.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from bench._machine import cpu_model, load_average  # noqa: E402
from bench.pseudo_corpus import build  # noqa: E402
from corpus.pseudonymise import DetectOptions, detect_spans, known_names  # noqa: E402
from corpus.pseudonymise.types import KINDS  # noqa: E402
from corpus.wordcount import count_words_many  # noqa: E402


def main() -> None:
    """Build the corpus, detect, compare with the key, print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=20)
    parser.add_argument("--turns", type=int, default=60)
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent misses and false finds")
    args = parser.parse_args()
    corpus = build(args.texts, args.turns)
    words = sum(count_words_many(corpus.texts))
    ner = None
    load = 0.0
    if not args.no_ner:
        from lexical.ner import NerTagger

        started = time.perf_counter()
        ner = NerTagger()
        _ = ner.nlp
        load = time.perf_counter() - started
    options = DetectOptions(known=known_names(corpus.speakers, []))
    started, cpu = time.perf_counter(), time.process_time()
    found = [detect_spans(text, options, ner) for text in corpus.texts]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    right, predicted, expected, masked = Counter(), Counter(), Counter(), Counter()
    for text, key, spans in zip(corpus.texts, corpus.keys, found, strict=True):
        truth = {(s, e, k) for s, e, k in key}
        for span in spans:
            predicted[span.kind] += 1
            right[span.kind] += (span.start, span.end, span.kind) in truth
        covered = set()
        for span in spans:
            covered.update(range(span.start, span.end))
        for start, end, kind in key:
            expected[kind] += 1
            masked[kind] += all(i in covered or text[i].isspace() for i in range(start, end))
    if args.errors:
        _print_errors(corpus, found, args.errors)
    print(f"machine: {cpu_model()} ({os.cpu_count()} cores), load {load_average()}")
    print(f"corpus: {len(corpus.texts)} transcripts, {words} words, {sum(expected.values())} entities to find; "
          f"NER: {'no' if ner is None else 'fr_core_news_md'} (model load {load:.1f} s)")
    print(f"detection: {elapsed:.1f} s wall ({elapsed / words * 100_000:.1f} s per 100k words), "
          f"{cpu:.1f} s CPU ({cpu / words * 100_000:.1f} s per 100k words)")
    print("recall/precision: same span and kind; masked: every character of the entity is replaced (any kind)")
    print(f"{'kind':<14}{'expected':>9}{'found':>7}{'recall':>9}{'precision':>11}{'masked':>9}")
    for kind in KINDS:
        if expected[kind] or predicted[kind]:
            recall = right[kind] / expected[kind] if expected[kind] else float("nan")
            precision = right[kind] / predicted[kind] if predicted[kind] else float("nan")
            share = masked[kind] / expected[kind] if expected[kind] else float("nan")
            print(f"{kind:<14}{expected[kind]:>9}{predicted[kind]:>7}{recall:>9.1%}{precision:>11.1%}{share:>9.1%}")
    total_right = sum(right.values())
    print(f"{'all':<14}{sum(expected.values()):>9}{sum(predicted.values()):>7}"
          f"{total_right / sum(expected.values()):>9.1%}{total_right / max(1, sum(predicted.values())):>11.1%}"
          f"{sum(masked.values()) / sum(expected.values()):>9.1%}")


def _print_errors(corpus, found, n: int) -> None:  # noqa: ANN001 - BenchCorpus, spans per text
    missed, wrong = Counter(), Counter()
    for text, key, spans in zip(corpus.texts, corpus.keys, found, strict=True):
        truth = set(key)
        got = {(s.start, s.end, s.kind) for s in spans}
        missed.update((text[s:e], k) for s, e, k in truth - got)
        wrong.update((text[s:e], k) for s, e, k in got - truth)
    print("missed:", missed.most_common(n))
    print("wrong:", wrong.most_common(n))


if __name__ == "__main__":
    main()
