"""Speaker-turn detection in plain transcripts (corpus.importers.turns)."""

from __future__ import annotations

import pytest

from corpus.importers.turns import (
    build_turn_text,
    detect_structure,
    detect_turns,
    merge_consecutive,
    parse_timestamp,
)


def _spoken(text: str) -> list[tuple[str | None, str]]:
    return [(t.speaker, text[t.content_start : t.end]) for t in detect_turns(text)]


def test_turns_basic_french_typography_and_continuation_lines():
    text = (
        "Enq : Bonjour, « vous » êtes là ?\n"
        "Marie\u00a0: Oui 😀, c’est l’œuvre\n"
        "de ma vie.\n"
        "Enq\u202f: Très bien.\n"
        "MARIE: D’accord."
    )
    assert _spoken(text) == [
        ("Enq", "Bonjour, « vous » êtes là ?"),
        ("Marie", "Oui 😀, c’est l’œuvre\nde ma vie."),
        ("Enq", "Très bien."),
        ("MARIE", "D’accord."),
    ]


def test_turns_single_label_is_not_a_speaker():
    text = "Date : 12 mars\nLieu : Paris\nQ : Bonjour\nR : Bonjour\nQ : Ça va ?\nR : Oui."
    turns = detect_turns(text)
    assert [t.speaker for t in turns] == ["Q", "R", "Q", "R"]


def test_turns_header_lines_before_first_turn_are_outside_turns():
    text = "Entretien n°3\nTranscription intégrale\n\nP3 : un\nEnq : deux\nP3 : trois\nEnq : quatre\n"
    turns = detect_turns(text)
    assert turns[0].start == text.index("P3 : un")
    assert all(text[t.start : t.end].split(" : ")[0] in ("P3", "Enq") for t in turns)


def test_turns_time_in_speech_is_not_a_label():
    text = "Enq : on se voit à\n10:30 : c’est ça ?\nDr. Martin : oui 10:30 : exactement\nEnq : bien\nDr. Martin : voilà"
    spoken = _spoken(text)
    assert [s for s, _ in spoken] == ["Enq", "Dr. Martin", "Enq", "Dr. Martin"]
    assert spoken[0][1] == "on se voit à\n10:30 : c’est ça ?"


def test_turns_timestamps_before_and_after_label():
    text = "[00:12:03] Marie-Claire: bonjour\nJean-Paul (00:12:10) : salut\n[1:02:03.5] Marie-Claire : ok\nJean-Paul (12:03) : fin"
    turns = detect_turns(text)
    assert [t.speaker for t in turns] == ["Marie-Claire", "Jean-Paul", "Marie-Claire", "Jean-Paul"]
    assert [t.timestamp for t in turns] == [723.0, 730.0, 3723.5, 723.0]
    assert text[turns[0].content_start : turns[0].end] == "bonjour"


def test_turns_long_labels_and_sentences_are_not_speakers():
    text = (
        "Il a dit ceci à tout le monde : bonjour\nIl a dit ceci à tout le monde : bonjour\n"
        "Mais, enfin : non\nMais, enfin : non\nhttp://exemple.fr\nhttp://exemple.fr"
    )
    assert detect_turns(text) == []


def test_turns_label_alone_on_its_line():
    text = "Q :\nPremière question ?\nR :\nRéponse.\nQ : encore\nR : oui"
    turns = detect_turns(text)
    assert text[turns[0].content_start : turns[0].end] == "Première question ?"
    assert text[turns[1].content_start : turns[1].end] == "Réponse."


def test_turns_headings_end_turns_and_become_sections():
    text = (
        "== acte 1 scene 1\nVALÈRE : Hé quoi\nÉLISE : Non\n== acte 1 scene 2\nVALÈRE : Ah\n# Fin\nÉLISE : x"
    )
    turns, sections = detect_structure(text)
    assert [t.speaker for t in turns] == ["VALÈRE", "ÉLISE", "VALÈRE", "ÉLISE"]
    assert text[turns[1].start : turns[1].end] == "ÉLISE : Non"
    assert [(s.label, text[s.offset : s.offset + 4]) for s in sections] == [
        ("acte 1 scene 1", "== a"),
        ("acte 1 scene 2", "== a"),
        ("Fin", "# Fi"),
    ]


def test_turns_markdown_bold_labels_and_parenthesised_role():
    text = "**Enq :** bonjour\n**Sonia B. (ENQ)** : oui\n**Enq :** et\n**Sonia B. (ENQ)** : non"
    assert [t.speaker for t in detect_turns(text)] == ["Enq", "Sonia B. (ENQ)", "Enq", "Sonia B. (ENQ)"]


def test_turns_trailing_blank_lines_are_not_in_the_turn():
    text = "A : un\n\n\nB : deux\n\nA : trois\nB : quatre\n\n"
    turns = detect_turns(text)
    assert [text[t.start : t.end] for t in turns] == ["A : un", "B : deux", "A : trois", "B : quatre"]


def test_turns_no_labels_gives_no_turns():
    assert detect_turns("Un texte ordinaire.\nSans locuteur.") == []
    assert detect_turns("") == []


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("00:12:03", 723.0), ("12:03", 723.0), ("1:02:03.5", 3723.5), ("00:00:01,500", 1.5), ("x", None)],
)
def test_turns_parse_timestamp(value, seconds):
    assert parse_timestamp(value) == seconds


def test_turns_build_and_merge():
    items = merge_consecutive(
        [("A", "un", 1.0), ("A", "deux", 2.0), (None, "x", 3.0), (None, "y", 4.0), ("B", "z", 5.0)]
    )
    text, turns = build_turn_text(items)
    assert text == "A : un deux\nx\ny\nB : z"
    assert [(t.speaker, t.timestamp, text[t.content_start : t.end]) for t in turns] == [
        ("A", 1.0, "un deux"),
        (None, 3.0, "x"),
        (None, 4.0, "y"),
        ("B", 5.0, "z"),
    ]
