"""The fast fold of :func:`coding.search.normalise` against the obvious char-by-char one, its speed,
and where sentences end (scope "sentence")."""

from __future__ import annotations

import random
import unicodedata

import pytest

from coding.search import APOSTROPHES, TextQuery, find_spans, normalise, sentence_bounds

LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}


def reference(text, accents, apostrophes):
    """The fold char by char, with its offset map (the definition the fast path must follow)."""
    out, index = [], []
    for i, ch in enumerate(text):
        folded = ch
        if apostrophes and ch in APOSTROPHES:
            folded = "'"
        elif accents:
            folded = LIGATURES.get(ch) or "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index + [len(text)]


ALPHABET = list("abc E'.,") + list("éèêëàçôÉÀœŒæ’‘ʼ´′«» —…") + ["\u0301", "\u0327", "😀", "👨\u200d👩", "한", "ǅ", "ﬁ"]


@pytest.mark.parametrize("accents,apostrophes", [(True, True), (True, False), (False, True)])
def test_fold_matches_char_by_char_reference(accents, apostrophes):
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        folded, index = normalise(text, accents=accents, apostrophes=apostrophes)
        want, want_index = reference(text, accents, apostrophes)
        assert folded == want, text
        assert (index if index is not None else list(range(len(text) + 1))) == want_index, text


def test_fold_offsets_with_ligatures_emoji_and_combining():
    text = "Le cœur 😀 d’Œdipe, e\u0301cole et l’\u0153uvre"
    spans = find_spans(text, TextQuery("oeuvre", ignore_accents=True))
    assert [text[a:b] for a, b in spans] == ["\u0153uvre"]
    spans = find_spans(text, TextQuery("d'oedipe", ignore_accents=True))
    assert [text[a:b] for a, b in spans] == ["d’Œdipe"]
    spans = find_spans(text, TextQuery("ecole", ignore_accents=True))
    assert [text[a:b] for a, b in spans] == ["e\u0301cole"]
    assert normalise("déjà vu", accents=True, apostrophes=True) == ("deja vu", None)  # same length: no map


def test_fold_of_a_long_french_text_needs_no_map_unless_lengths_change():
    # Speed is a benchmark matter; here: the whole-string path gives the right text and offsets.
    line = "L’équipe a été très présente… Mais à l’hôpital, c’était « dur » ; j’étais épuisée ! "
    text = line * (60_000 // len(line))
    folded, index = normalise(text, accents=True, apostrophes=True)
    assert index is None and folded.startswith("L'equipe a ete tres presente")
    assert len(folded) == len(text)
    with_oe = text.replace("dur", "cœur")
    folded, index = normalise(with_oe, accents=True, apostrophes=True)
    i = folded.index("coeur")
    assert with_oe[index[i]:index[i + 4] + 1] == "cœur"


@pytest.mark.parametrize("text,word,sentence", [
    ("Oui. Mais la fatigue… c’était dur. Voilà.", "fatigue", "Mais la fatigue… c’était dur."),
    ("Bof. « Tu viens ? » dit-elle. Non.", "viens", "« Tu viens ? » dit-elle."),
    ("Bof. Il a dit « arrête ». Mais non !", "arrête", "Il a dit « arrête »."),
    ("Il pèse 3.5 kilos. Voilà.", "kilos", "Il pèse 3.5 kilos."),
    ("Voyez ameli.fr pour ça. Non.", "ameli", "Voyez ameli.fr pour ça."),
    ("Bonjour. M. Dupont est là. Oui.", "Dupont", "M. Dupont est là."),
    ("Quoi ?! Vraiment. Oui.", "Quoi", "Quoi ?!"),
    ("ECOLE, école... Oui, tout le temps.", "école", "ECOLE, école..."),
    ("Fatigue énorme ! « Trop », dit ma sœur.", "Trop", "« Trop », dit ma sœur."),
    ("Une ligne sans point\nune autre.", "autre", "une autre."),
])
def test_sentence_ends_as_a_reader_sees_them(text, word, sentence):
    start = text.index(word)
    s, e = sentence_bounds(text, start, start + len(word))
    assert text[s:e] == sentence


def test_sentence_of_a_match_ending_on_its_punctuation():
    text = "La fatigue ? Oui, surtout."
    s, e = sentence_bounds(text, 3, 12)  # "fatigue ?"
    assert text[s:e] == "La fatigue ?"
