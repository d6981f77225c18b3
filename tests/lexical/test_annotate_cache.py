"""Annotation: compact per-text rows, majority lexicon, cache (warm cache = no spaCy)."""

from __future__ import annotations

import pytest

from lexical.annotate import (
    DirectoryCache,
    MemoryCache,
    SpacyAnnotator,
    TextAnnotation,
    annotate_texts,
    build_lexicon,
    normalize_form,
    summarize,
)


class CountingAnnotator(SpacyAnnotator):
    """Every word is a NOUN, its own lemma; counts the texts it really annotates."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    @property
    def nlp(self):
        raise AssertionError("the model must not be loaded")

    @property
    def version(self):
        return "fake-1"

    def annotate(self, texts, n_process=1):
        for text in texts:
            self.calls += 1
            yield summarize((w, w, "NOUN") for w in text.split())


def test_annotate_normalize_form():
    assert normalize_form("L’") == "l"
    assert normalize_form("-t") == "t"
    assert normalize_form("Cœur") == "coeur"


def test_annotate_summarize_skips_punctuation_and_compounds():
    rows = summarize(
        [
            ("L'", "le", "DET"),
            ("analyse", "analyse", "NOUN"),
            (",", ",", "PUNCT"),
            ("peut-être", "peut-être", "ADV"),
            ("analyse", "analyse", "NOUN"),
            ("Été", "été", "X"),
        ]
    )
    assert rows.rows == (("l", "le", "art_def", 1), ("analyse", "analyse", "nom", 2))


def test_annotate_roundtrip_bytes():
    ann = TextAnnotation((("été", "été", "nom", 3), ("😀x", "😀x", "nr", 1)))
    assert TextAnnotation.from_bytes(ann.to_bytes()) == ann


def test_annotate_lexicon_majority_then_first_seen():
    a = TextAnnotation((("porte", "porte", "nom", 1), ("ferme", "ferme", "nom", 1)))
    b = TextAnnotation((("porte", "porter", "ver", 2), ("ferme", "fermer", "ver", 1)))
    lexicon = build_lexicon([a, b])
    assert lexicon["porte"] == ("porter", "ver")
    assert lexicon["ferme"] == ("ferme", "nom")  # tie: first seen


def test_annotate_warm_cache_does_no_work(tmp_path):
    texts = ["un chat", "un chien", "un chat"]
    annotator = CountingAnnotator()
    cache = DirectoryCache(tmp_path / "cache")
    first = annotate_texts(texts, annotator, cache)
    assert annotator.calls == 3
    again = CountingAnnotator()
    second = annotate_texts(texts, again, DirectoryCache(tmp_path / "cache"))
    assert again.calls == 0
    assert first == second
    assert second[0].rows == (("un", "un", "nom", 1), ("chat", "chat", "nom", 1))


def test_annotate_memory_cache_protocol():
    cache = MemoryCache()
    assert cache.load("k") is None
    cache.save("k", b"x")
    assert cache.load("k") == b"x"


@pytest.fixture(scope="module")
def real_annotator():
    return SpacyAnnotator(n_process=1)


@pytest.mark.slow
def test_annotate_real_model_lemmas(real_annotator):
    [ann] = annotate_texts(
        ["Les chercheuses ont analysé l’œuvre d’aujourd’hui."], real_annotator, MemoryCache()
    )
    lexicon = build_lexicon([ann])
    assert lexicon["chercheuses"] == ("chercheur", "nom") or lexicon["chercheuses"][1] == "nom"
    assert lexicon["ont"] == ("avoir", "aux")
    assert lexicon["analysé"] == ("analyser", "ver")
    assert lexicon["l"] == ("l", "art_def")  # "l’" as spaCy reads it, as in IRaMuTeQ's reference lexicons
    assert lexicon["oeuvre"][1] == "nom"
    assert "aujourd'hui" not in lexicon


@pytest.mark.slow
def test_annotate_real_model_reads_each_line_alone(real_annotator):
    text = "Les chercheuses ont analysé l'œuvre.\nC'est un méga-projet.\n\n  \nDeuxième paragraphe ici."
    [ann] = annotate_texts([text], real_annotator, MemoryCache())
    alone = [a for line in text.splitlines() if line.strip()
             for a in annotate_texts([line], real_annotator, MemoryCache())]
    merged: dict[tuple[str, str, str], int] = {}
    for a in alone:
        for form, lemma, tag, n in a.rows:
            merged[(form, lemma, tag)] = merged.get((form, lemma, tag), 0) + n
    assert [(f, lem, t, n) for (f, lem, t), n in merged.items()] == list(ann.rows)
    lexicon = build_lexicon([ann])
    assert lexicon["l"] == ("le", "art_def") and lexicon["c"] == ("ce", "pro_per")
    assert all("-" not in lemma for lemma, _tag in lexicon.values())  # inner hyphens become "_"


def test_annotate_char_batches_bound_the_size():
    from lexical.annotate import char_batches

    texts = ["a" * 30, "b" * 30, "c" * 100, "d" * 10, "e" * 10]
    batches = list(char_batches(texts, 64))
    assert batches == [["a" * 30, "b" * 30], ["c" * 100], ["d" * 10, "e" * 10]]
    assert [t for b in batches for t in b] == texts
