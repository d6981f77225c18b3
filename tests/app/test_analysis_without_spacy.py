"""The installers leave spaCy out: its lemmatiser then fails with one clear line, the default one works."""

from __future__ import annotations

import importlib.util

import pytest

from app.analysis.params import PrepParams
from app.analysis.runs import prepare
from lexical.sources import SourceText


def _no_spacy(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "spacy" else real(name, *a))


def test_spacy_lemmatiser_without_spacy_says_what_to_do(monkeypatch):
    _no_spacy(monkeypatch)
    sources = [SourceText("d1", "La fatigue arrive vite. L'équipe nous aide beaucoup.")]
    with pytest.raises(ValueError, match="spaCy lemmatiser is not part of this installation"):
        prepare(sources, options=PrepParams(lemmatiser="spacy"))
