"""The contextual (spaCy) lemmatiser never outputs a lemma that is not a word."""

from __future__ import annotations

from lexical.contextual import contextual_entry, contextual_lexicon
from lexical.corpus import LexicalCorpus, PrepOptions
from lexical.dictionary import FrenchDictionary, read_key_cfg, read_lexique
from lexical.sources import SourceText

LEXIQUE = (
    "jeunesse\tjeunesse\tnom\npas\tpas\tadv_sup\nmarche\tmarche\tnom\nmarcher\tmarcher\tver\n"
    "fait\tfaire\tver_sup\nfaits\tfait\tnom_sup\nbelle\tbeau\tadj\n"
)
DICTIONARY = FrenchDictionary(read_lexique(LEXIQUE), read_key_cfg("nom = 1\nver = 1\nadj = 1\nadv_sup = 2\n"))


def test_contextual_rejects_a_non_word_lemma():
    # spaCy's rule lemmatiser on a form tagged ADJ: "jeunesse" -> "jeuness"
    assert contextual_entry("jeunesse", ("jeuness", "adj"), DICTIONARY) == ("jeunesse", "nom")
    # unknown to the dictionary: the form is its own lemma, spaCy's part of speech kept
    assert contextual_entry("télépratique", ("télépratiqu", "adj"), DICTIONARY) == ("télépratique", "adj")
    assert contextual_entry("2024", ("2024e", "adj_num"), DICTIONARY) == ("2024", "num")


def test_contextual_accepts_dictionary_lemmas_and_the_form_itself():
    # the reading in context differs from the dictionary's single entry: spaCy's wins, with a dictionary tag
    assert contextual_entry("marche", ("marcher", "ver"), DICTIONARY) == ("marcher", "ver")
    assert contextual_entry("fait", ("fait", "nom"), DICTIONARY) == ("fait", "nom_sup")
    # the same lemma as the dictionary: the dictionary's tag (supplementary "pas" stays so)
    assert contextual_entry("pas", ("pas", "adv"), DICTIONARY) == ("pas", "adv_sup")
    assert contextual_entry("belles", ("beau", "adj"), DICTIONARY) == ("beau", "adj")
    assert contextual_entry("zoomer", ("zoomer", "ver"), DICTIONARY) == ("zoomer", "ver")


def test_contextual_forms_spacy_never_saw_take_the_dictionary():
    assert contextual_entry("aujourd_hui", None, DICTIONARY) == ("aujourd_hui", "nr")
    lexicon = contextual_lexicon({"jeunesse": ("jeuness", "adj")}, DICTIONARY, ["jeunesse", "pas"])
    assert lexicon == {"jeunesse": ("jeunesse", "nom"), "pas": ("pas", "adv_sup")}


def test_corpus_spacy_mode_uses_the_annotator_then_the_rule():
    class FakeAnnotator:
        version = "fake-1"

        def processes_for(self, chars):
            return 1

        def annotate(self, texts, n_process=1):
            from lexical.annotate import TextAnnotation

            for _ in texts:
                yield TextAnnotation((("jeunesse", "jeuness", "adj", 2), ("marche", "marcher", "ver", 1)))

    text = "La jeunesse marche. La jeunesse."
    corpus = LexicalCorpus.build([SourceText("t", text)], annotator=FakeAnnotator(),
                                 options=PrepOptions(lemmatiser="spacy", min_freq=1), dictionary=DICTIONARY)
    assert corpus.unit_of["jeunesse"] == "jeunesse" and corpus.unit_of["marche"] == "marcher"
    assert corpus.units["jeunesse"].freq == 2
