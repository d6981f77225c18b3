"""Cleaning: Iramuteq forms and exact spans in the original (uncleaned) text."""

from __future__ import annotations

from lexical.cleaning import CleanOptions, clean_text


def _words(cleaned):
    return [f for f in cleaned.forms if f not in ".?!,;:"]


def test_cleaning_lowercases_and_splits_elisions():
    cleaned = clean_text("L’Analyse d'Émile")
    assert _words(cleaned) == ["l", "analyse", "d", "émile"]


def test_cleaning_spans_point_into_original_text():
    text = "Œuvre 😀 d’un cœur — Noël, fin."
    cleaned = clean_text(text)
    assert cleaned.forms == ["oeuvre", "d", "un", "coeur", "noël", ",", "fin", "."]
    spans = [text[s:e] for s, e in zip(cleaned.starts, cleaned.ends)]
    assert spans == ["Œuvre", "d", "un", "cœur", "Noël", ",", "fin", "."]


def test_cleaning_drops_characters_outside_the_kept_set():
    # ý, æ, «, », /, digits kept, brackets dropped
    cleaned = clean_text("« Ýves » a/b [12] x*y")
    assert _words(cleaned) == ["ves", "a", "b", "12", "x", "y"]


def test_cleaning_ellipsis_is_only_a_separator():
    cleaned = clean_text("oui... non… peut")
    assert cleaned.forms == ["oui", "non", "peut"]


def test_cleaning_decimal_comma_becomes_punctuation():
    assert clean_text("0,23").forms == ["0", ",", "23"]


def test_cleaning_expression_joins_and_spans_whole_expression():
    text = "Aujourd’hui, parce qu'il pleut"
    cleaned = clean_text(text)
    assert cleaned.forms[:4] == ["aujourd_hui", ",", "parce_que", "il"]
    assert text[cleaned.starts[0] : cleaned.ends[0]] == "Aujourd’hui"
    assert text[cleaned.starts[2] : cleaned.ends[2]] == "parce qu"


def test_cleaning_expressions_are_plain_substrings_like_iramuteq():
    # "près de" also joins inside "après de", as IRaMuTeQ's str.replace does
    assert _words(clean_text("après deux ans")) == ["après_deux", "ans"]


def test_cleaning_without_expressions_splits_hyphens():
    cleaned = clean_text("c'est-à-dire", CleanOptions(expressions=False))
    assert cleaned.forms == ["c", "est", "à", "dire"]


def test_cleaning_length_changing_lowercase_keeps_offsets():
    # 'İ'.lower() is 'i' + a combining dot (not a kept character, so a separator, as in IRaMuTeQ)
    text = "İstanbul et Paris"
    cleaned = clean_text(text)
    assert cleaned.forms == ["i", "stanbul", "et", "paris"]
    assert [text[s:e] for s, e in zip(cleaned.starts, cleaned.ends)] == ["İ", "stanbul", "et", "Paris"]
