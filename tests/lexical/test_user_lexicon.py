"""The user's own lexicon applied at preparation: lemma changes, merges, statuses, expressions."""

from __future__ import annotations

import pytest

from lexical.corpus import LexicalCorpus, PrepOptions
from lexical.sources import SourceText
from lexical.user_lexicon import UserLexicon

TEXT = ("La santé mentale des jeunes compte. Les psychologues et le psy parlent de santé mentale, hein. "
        "La jeunesse et les jeunes vont voir un psy.")
LEXICON = {"psychologues": ("psychologue", "nom"), "jeunes": ("jeune", "adj"), "santé": ("santé", "nom"),
           "la": ("le", "art_def"), "les": ("le", "art_def"), "le": ("le", "art_def"), "hein": ("hein", "ono")}


def build(user: UserLexicon | None = None, **options) -> LexicalCorpus:
    opts = PrepOptions(min_freq=1, user=user or UserLexicon(), **options)
    return LexicalCorpus.build([SourceText("t", TEXT, {}, 0)], lexicon=LEXICON, options=opts)


def test_user_lexicon_changes_a_form_lemma_and_keeps_its_tag():
    corpus = build(UserLexicon(lemmas={"jeunes": "jeunesse"}))
    assert corpus.unit_of["jeunes"] == "jeunesse"
    assert corpus.units["jeunesse"].freq == 3 and set(corpus.units["jeunesse"].forms) == {"jeunes", "jeunesse"}
    assert "jeune" not in corpus.units


def test_user_lexicon_merges_lemmas_and_follows_chains_without_looping():
    corpus = build(UserLexicon(merges={"psychologue": "psy", "psy": "soignant", "soignant": "psychologue"}))
    # psychologue -> psy -> soignant -> psychologue: a cycle; all its lemmas end on "psy" (first)
    assert corpus.unit_of["psychologues"] == "psy" and corpus.unit_of["psy"] == "psy"
    assert corpus.units["psy"].freq == 3
    chain = UserLexicon(merges={"a": "b", "b": "c", "x": "a"})
    assert chain.final_lemma("x") == "c" and chain.final_lemma("b") == "c" and chain.final_lemma("q") == "q"
    assert {UserLexicon(merges={"a": "b", "b": "a"}).final_lemma(s) for s in "ab"} == {"a"}


def test_user_lexicon_statuses_and_the_run_overrides_win():
    corpus = build(UserLexicon(statuses={"hein": "active", "santé": "ignored"}))
    assert corpus.units["hein"].status == "active" and corpus.units["santé"].status == "ignored"
    assert "santé" not in corpus.active_units()
    corpus = build(UserLexicon(statuses={"santé": "ignored"}), overrides={"santé": "supplementary"})
    assert corpus.units["santé"].status == "supplementary"


def test_user_expressions_join_words_into_one_form():
    plain = build()
    assert "santé_mentale" not in plain.units and plain.units["santé"].freq == 2
    joined = build(UserLexicon(expressions=("Santé  Mentale",)))
    assert joined.units["santé_mentale"].freq == 2 and "santé" not in joined.units
    assert joined.units["santé_mentale"].status == "active"  # unknown to the dictionary: nr, active


def test_user_lexicon_without_lemmatisation_keeps_forms_but_applies_statuses():
    corpus = build(UserLexicon(lemmas={"jeunes": "jeunesse"}, statuses={"jeunes": "ignored"}), lemmatize=False)
    assert corpus.unit_of["jeunes"] == "jeunes" and corpus.units["jeunes"].status == "ignored"


def test_user_lexicon_round_trips_as_a_dict_and_rejects_unknown_statuses():
    user = UserLexicon({"a": "b"}, {"c": "d"}, {"e": "ignored"}, ("f g",))
    assert UserLexicon.from_dict(user.to_dict()) == user and bool(user) and not UserLexicon()
    with pytest.raises(ValueError, match="unknown status"):
        UserLexicon.from_dict({"statuses": {"x": "maybe"}})


def test_relabel_applies_a_new_user_lexicon_without_preparing_again():
    corpus = build()
    segments = corpus.segments
    corpus.relabel(PrepOptions(min_freq=1, user=UserLexicon(merges={"jeune": "jeunesse"})))
    assert corpus.segments is segments and corpus.units["jeunesse"].freq == 3
