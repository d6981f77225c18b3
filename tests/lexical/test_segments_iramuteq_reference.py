"""Exactness against real IRaMuTeQ 0.8a7 runs with its French dictionary (``shared/corpora/*/iramuteq_ref_lexique``).

Cleaning and segmentation must give IRaMuTeQ's segments text for text, and the statistics (``glob.txt``,
``total.csv``) must be identical. Lemmas, matrix, classes and profiles: test_dictionary_iramuteq_reference.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lexical.corpus import LexicalCorpus, segment_sources
from lexical.iramuteq_format import read_iramuteq
from lexical.stats import corpus_stats, frequency_table

pytestmark = pytest.mark.shared

CORPORA = {
    "theses": ("iramuteq_theses_socio_1000", "theses-socio-1000.txt"),
    "manifeste": ("rainette_manifeste_pc", "manifeste_pc.txt"),
    "avare": ("fredracor_avare", "avare_iramuteq.txt"),
}


def _paths(shared: Path, name: str) -> tuple[Path, Path]:
    folder, file = CORPORA[name]
    return shared / folder / file, shared / folder / "iramuteq_ref_lexique"


def test_segments_theses_published_counts(shared_corpora):
    source, _ = _paths(shared_corpora, "theses")
    segments = segment_sources(read_iramuteq(source.read_text(encoding="utf-8")))
    assert len(segments) == 7280
    assert sum(len(s.forms) for s in segments) == 260843


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_segments_match_iramuteq_segment_by_segment(shared_corpora, name):
    source, ref = _paths(shared_corpora, name)
    content = source.read_text(encoding="utf-8")
    sources = read_iramuteq(content)
    segments = segment_sources(sources)
    rows = [
        line.split("\t")
        for line in (ref / "iramuteq_corpus/segments.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ]
    assert len(segments) == len(rows)
    for segment, row in zip(segments, rows):
        assert segment.text == row[3], f"segment {segment.id}"
        assert segment.source_index == int(row[1])
    # offsets point into the file: the first form of each segment reads back from the original text
    for segment in segments[::97]:
        start, end = segment.spans[0]
        original = content[start:end].lower().replace("’", "'").replace("œ", "oe")
        assert original.replace("'", "_").replace("-", "_").replace(" ", "_")[:1] == segment.forms[0][:1]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_stats_match_iramuteq_glob(shared_corpora, name):
    source, ref = _paths(shared_corpora, name)
    corpus = LexicalCorpus.build(read_iramuteq(source.read_text(encoding="utf-8")))
    stats = corpus_stats(corpus)
    glob = (ref / "iramuteq_stat/glob.txt").read_text(encoding="utf-8")
    assert f"Nombre de textes : {stats.texts}" in glob
    assert f"Nombre d'occurrences : {stats.occurrences}" in glob
    assert f"Nombre de formes : {stats.forms}" in glob
    hapax = f"Nombre d'hapax : {stats.hapax} ({stats.hapax_percent_occurrences:.2f}% des occurrences"
    assert hapax in glob
    assert f"- {stats.hapax_percent_forms:.2f}% des formes" in glob
    assert f"Moyenne d'occurrences par texte : {stats.mean_occurrences_per_text:.2f}" in glob
    total = [
        line.split(";") for line in (ref / "iramuteq_stat/total.csv").read_text(encoding="utf-8").splitlines()
    ]
    # total.csv lists the non-hapax units, most frequent first
    ours = [[r.name, str(r.freq), r.tag] for r in frequency_table(corpus) if r.freq > 1]
    assert len(total) == stats.forms - stats.hapax
    assert sorted(map(tuple, ours)) == sorted(map(tuple, total))
    assert [int(r[1]) for r in ours] == [int(r[1]) for r in total]
