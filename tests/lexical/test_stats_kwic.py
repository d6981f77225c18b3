"""Statistics and concordance on a small hand-made corpus."""

from __future__ import annotations

from lexical.corpus import LexicalCorpus
from lexical.kwic import concordance
from lexical.sources import SourceText
from lexical.stats import corpus_stats, frequency_table, zipf

LEXICON = {
    "chat": ("chat", "nom"),
    "chats": ("chat", "nom"),
    "le": ("le", "art_def"),
    "les": ("le", "art_def"),
}
TEXT_A = "Le chat 😀 noir. Les chats."
TEXT_B = "Un chat !"


def _corpus():
    sources = [SourceText("a", TEXT_A, offset=10), SourceText("b", TEXT_B, offset=100)]
    return LexicalCorpus.build(sources, lexicon=LEXICON)


def test_stats_counts_and_hapax():
    stats = corpus_stats(_corpus())
    # forms: le chat noir les chats un chat -> 7 occurrences; lemmas le(2) chat(3) noir(1) un(1)
    assert (stats.texts, stats.segments, stats.occurrences) == (2, 2, 7)
    assert (stats.forms, stats.hapax) == (4, 2)
    assert (stats.word_forms, stats.word_form_hapax) == (6, 5)
    assert stats.mean_occurrences_per_text == 3.5
    assert round(stats.hapax_percent_forms, 2) == 50.0


def test_stats_frequency_table_and_zipf():
    corpus = _corpus()
    rows = frequency_table(corpus)
    assert [(r.name, r.freq, r.tag, r.status) for r in rows[:2]] == [
        ("chat", 3, "nom", "active"),
        ("le", 2, "art_def", "supplementary"),
    ]
    assert zipf(corpus) == [(1, 3), (2, 2), (3, 1), (4, 1)]


def test_kwic_lemma_hits_have_document_offsets():
    hits = concordance(_corpus(), "chat", by="lemma", chars=8)
    assert [h.keyword for h in hits] == ["chat", "chats", "chat"]
    first = hits[0]
    assert (first.start, first.end) == (10 + TEXT_A.index("chat"), 10 + TEXT_A.index("chat") + 4)
    assert first.left == "Le" and first.right.startswith("😀 noir")
    assert hits[2].source_index == 1 and hits[2].start == 100 + 3


def test_kwic_words_context_and_sorting():
    hits = concordance(_corpus(), r"chats?", by="regex", words=1, sort="left")
    assert [h.left for h in hits] == ["Le", "Les", "Un"]
    hits = concordance(_corpus(), r"chats?", by="regex", words=2, sort="right")
    assert [h.right for h in hits] == ["!", ".", "😀 noir."]
    hits = concordance(_corpus(), r"chats?", by="regex", words=2, sort="left")
    # left contexts read backwards word by word: "noir. Les" ends with "les" > "le" (from "Le")
    assert [h.left for h in hits] == ["Le", "noir. Les", "Un"]
