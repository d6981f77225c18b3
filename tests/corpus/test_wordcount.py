"""Word counts: the vectorised bulk count gives exactly the regular expression's count."""

from __future__ import annotations

import random

import pytest

from corpus import wordcount
from corpus.wordcount import count_words, count_words_many


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("Bonjour !", 1),
        ("aujourd’hui c'est-à-dire 12 h 30", 5),
        ("a--b a'-b -a- 'a' a_b _", 8),
        ("« Œuvre » — fin…", 2),
        ("😀 émoji 𝐀𝐁 ok", 3),  # mathematical bold letters are letters
    ],
)
def test_wordcount_examples(text, words):
    assert count_words(text) == words
    assert count_words_many([text]) == [words]


def test_wordcount_every_code_point_is_classified_like_the_regex():
    texts = [
        " ".join(f"a{chr(code)}b" for code in range(start, min(start + 4096, 0x110000)))
        for start in range(0, 0x110000, 4096)
    ]
    assert count_words_many(texts) == [count_words(text) for text in texts]


def test_wordcount_random_texts_in_batches(monkeypatch):
    monkeypatch.setattr(wordcount, "_BATCH_CHARS", 50)  # many batches, texts across their limits
    alphabet = "ab9é’'-_ \n\u00a0.,😀𝐀œ\t"
    rng = random.Random(7)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(2000)]
    assert count_words_many(texts) == [count_words(text) for text in texts]


def test_wordcount_lone_surrogate_falls_back_to_the_regex():
    texts = ["un \ud800deux", "trois"]
    assert count_words_many(texts) == [2, 1]
    assert count_words_many([]) == []
