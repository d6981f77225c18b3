"""From raw text to IRaMuTeQ's own results with its real French dictionary (default mode).

References: ``shared/corpora/*/iramuteq_ref_lexique`` (IRaMuTeQ 0.8a7 with ``lexique_fr.txt``,
``expression_fr.txt`` and ``key.cfg``). Segments, every form's lemma, tag and frequency, the lemmas of
each segment, the active and supplementary lists (in order), ``TableUc1``, every phase-1 split and the
final partition for ``nbcl_p1`` 10 and 20, the profile chi2 (``chisqtable.csv``) to 3 decimals, and the
weight of the similarity tree of the 200 most frequent active forms.
"""

from __future__ import annotations

import csv

import numpy as np
import pytest

from lexical.chd import ReinertCHD
from lexical.matrix_io import read_vocabulary
from lexical.profiles import class_profiles
from lexical.similarity import SimilarityGraph
from lexical.stats import corpus_stats

from ._iramuteq_lexique_ref import (
    CORPORA,
    build,
    lines,
    phase1_history,
    reference,
    segment_classes,
    segment_lemmas,
    table_uc1,
    tsv_rows,
)
from ._iramuteq_ref import read_chisqtable, same_partition

pytestmark = pytest.mark.shared
NAMES = sorted(CORPORA)


@pytest.fixture(scope="module")
def corpora(shared_corpora):
    """Corpora built once per module, by name."""
    return {}


def _corpus(shared, cache, name):
    """The prepared corpus ``name`` (built on first use)."""
    if name not in cache:
        cache[name] = build(shared, name)
    return cache[name]


@pytest.mark.parametrize("name", NAMES)
def test_dictionary_segments_forms_and_lemmas_match_iramuteq(shared_corpora, corpora, name):
    corpus = _corpus(shared_corpora, corpora, name)
    ref = reference(shared_corpora, name)
    rows = tsv_rows(ref / "iramuteq_corpus" / "segments.tsv")
    assert [s.text for s in corpus.segments] == [row[3] for row in rows]
    counts = corpus.form_counts()
    expected = {row[0]: (row[1], row[2], int(row[3])) for row in tsv_rows(ref / "iramuteq_corpus" / "formes.tsv")}
    ours = {form: (corpus.unit_of[form], _tag(corpus, form), n) for form, n in counts.items()}
    assert ours == expected
    lemmas = segment_lemmas(ref)
    for segment in corpus.segments:
        assert sorted(corpus.segment_units(segment)) == lemmas[str(segment.id)], f"segment {segment.id}"


def _tag(corpus, form):
    """The tag of a form (IRaMuTeQ's ``gram``): its dictionary entry's, else num or nr."""
    entry = corpus.lexicon.get(form)
    if entry is not None:
        return entry[1]
    return "num" if form.isdigit() else "nr"


@pytest.mark.parametrize("name", NAMES)
def test_dictionary_actives_and_matrix_match_iramuteq(shared_corpora, corpora, name):
    corpus = _corpus(shared_corpora, corpora, name)
    ref = reference(shared_corpora, name)
    matrix, vocabulary = corpus.active_matrix()
    assert vocabulary == lines(ref / "iramuteq_corpus" / "actives.txt")
    assert corpus.supplementary_units() == lines(ref / "iramuteq_corpus" / "supplementaires.txt")
    expected = table_uc1(ref)
    assert matrix.shape == expected.shape and (matrix != expected.astype(matrix.dtype)).nnz == 0


@pytest.mark.parametrize("name", NAMES)
def test_dictionary_stats_match_iramuteq_glob(shared_corpora, corpora, name):
    stats = corpus_stats(_corpus(shared_corpora, corpora, name))
    glob = (reference(shared_corpora, name) / "iramuteq_stat" / "glob.txt").read_text(encoding="utf-8")
    assert f"Nombre d'occurrences : {stats.occurrences}" in glob
    assert f"Nombre de formes : {stats.forms}" in glob
    assert f"Nombre d'hapax : {stats.hapax} ({stats.hapax_percent_occurrences:.2f}% des occurrences" in glob


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("nbcl", [10, 20])
def test_dictionary_partition_and_profiles_match_iramuteq(shared_corpora, corpora, name, nbcl):
    corpus = _corpus(shared_corpora, corpora, name)
    ref = reference(shared_corpora, name)
    active, vocabulary = corpus.active_matrix()
    model = ReinertCHD(nbcl_p1=nbcl).fit(active)
    expected = segment_classes(ref, nbcl)
    history = phase1_history(ref, nbcl)
    for split in range(history.shape[1]):
        assert same_partition(model.tree_.history[:, split], history[:, split]), f"split {split + 1}"
    assert same_partition(model.labels_, expected)
    assert model.n_classes_ == len(set(expected.tolist()) - {0})
    # profiles of our classes, renamed to IRaMuTeQ's numbers, against chisqtable.csv
    rename = dict(zip(model.labels_.tolist(), expected.tolist()))
    labels = np.array([rename[c] for c in model.labels_.tolist()])
    supplementary, supp_vocabulary = corpus.supplementary_matrix()
    variables, modalities = corpus.variable_matrix()
    profiles = class_profiles(labels, [(active, vocabulary, "active"),
                                       (supplementary, supp_vocabulary, "supplementary"),
                                       (variables, modalities, "variable")])
    table = read_chisqtable(ref / f"iramuteq_simple_nbclp1_{nbcl}" / "chisqtable.csv")
    index = {item: i for i, item in enumerate(profiles.items)}
    assert set(index) == set(table)
    for item, values in table.items():
        assert np.round(profiles.chi2[index[item]], 3) == pytest.approx(values, abs=1.5e-3), item


@pytest.mark.parametrize("name", NAMES)
def test_dictionary_similarity_tree_matches_iramuteq(shared_corpora, corpora, name):
    corpus = _corpus(shared_corpora, corpora, name)
    folder = reference(shared_corpora, name) / "iramuteq_simi_cooc_top200"
    active, vocabulary = corpus.active_matrix()
    names = read_vocabulary(folder / "actives.csv")  # IRaMuTeQ's list for this analysis, its own order
    assert sorted(names) == sorted(vocabulary)
    column = {form: j for j, form in enumerate(vocabulary)}
    selected = [column[names[int(v)]] for v in (folder / "selected.csv").read_text(encoding="utf-8").split()]
    with (folder / "max_tree_edges.csv").open(encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    graph = SimilarityGraph().fit(active, vocabulary, selected=selected)
    assert graph.total_weight_ == pytest.approx(sum(float(e["weight"]) for e in edges))
