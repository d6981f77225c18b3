"""LexicalCorpus: units, statuses, overrides and the CHD matrices (hand-made lexicon, no spaCy)."""

from __future__ import annotations

import numpy as np

from lexical.corpus import LexicalCorpus, PrepOptions
from lexical.lexicon import Unit, select_actives
from lexical.sources import SourceText

LEXICON = {
    "le": ("le", "art_def"), "la": ("le", "art_def"), "chat": ("chat", "nom"), "chats": ("chat", "nom"),
    "dort": ("dormir", "ver"), "dorment": ("dormir", "ver"), "et": ("et", "con"),
}  # fmt: skip

SOURCES = [
    SourceText("a", "Le chat dort. " * 1 + "Les chats dorment et Zoé dort.", {"genre": "f"}),
    SourceText("b", "La chat dort et le chat 2024 dort.", {"genre": "m"}, offset=500),
]


def _corpus(**kw):
    return LexicalCorpus.build(SOURCES, lexicon=LEXICON, options=PrepOptions(min_freq=2, **kw))


def test_corpus_units_and_unknown_forms():
    corpus = _corpus()
    assert corpus.unit_of["chats"] == "chat"
    assert corpus.units["chat"].freq == 4
    assert corpus.units["dormir"].freq == 5
    assert corpus.units["zoé"].tag == "nr" and corpus.units["2024"].tag == "num"
    assert corpus.units["2024"].status == "supplementary"


def test_corpus_active_matrix_is_binary_and_frequency_ordered():
    corpus = _corpus()
    matrix, vocabulary = corpus.active_matrix()
    assert vocabulary == ["dormir", "chat"]  # freq 5, 4; "zoé" (1) and "les" (1) below min_freq
    assert matrix.dtype == np.uint8
    dense = matrix.toarray()
    assert dense.max() == 1
    assert dense.shape == (len(corpus.segments), 2)
    assert dense.sum(axis=0).tolist() == [2, 2]  # both segments hold both lemmas


def test_corpus_overrides_and_no_lemmatisation():
    corpus = _corpus(overrides={"chat": "ignored", "et": "active"})
    _, vocabulary = corpus.active_matrix()
    assert vocabulary == ["dormir", "et"]
    forms = _corpus(lemmatize=False)
    _, vocabulary = forms.active_matrix()
    assert vocabulary == ["dort", "chat"]


def test_corpus_supplementary_and_variable_matrices():
    corpus = _corpus()
    supp, names = corpus.supplementary_matrix()
    assert names == ["le", "et"]
    variables, modalities = corpus.variable_matrix()
    assert modalities == ["*genre_f", "*genre_m"]
    assert variables.toarray().tolist() == [[1, 0], [0, 1]]


def test_lexicon_cap_keeps_ties():
    units = [Unit(n, "nom", f) for n, f in [("a", 9), ("b", 5), ("c", 5), ("d", 3)]]
    assert select_actives(units, cap=2) == ["a", "c", "b"]
    assert select_actives(units, cap=10) == ["a", "c", "b", "d"]
