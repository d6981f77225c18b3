"""The corpus lexicon is cached whole: the same corpus again needs no annotation and no merging."""

from __future__ import annotations

import pytest

from lexical.annotate import MemoryCache, annotate_texts, build_lexicon, cache_key, summarize
from lexical.lexicon_cache import corpus_lexicon, lexicon_key

TEXTS = ["Les chats dorment. Le chat mange.", "Un chien court; les chiens courent.", "Le chat court."]


def key_of(texts: list[str], version: str = "fake-1") -> str:
    return lexicon_key([cache_key(t, version) for t in texts], version)


class CountingAnnotator:
    """Whitespace tokens, lemma = word without a final s; counts the texts it annotates."""

    version = "fake-1"

    def __init__(self) -> None:
        self.annotated = 0

    def processes_for(self, total_chars: int) -> int:
        return 1

    def annotate(self, texts, n_process=1):  # noqa: ANN001, ANN201 - the SpacyAnnotator interface
        for text in texts:
            self.annotated += 1
            words = text.replace(".", " ").replace(";", " ").split()
            yield summarize((w, w.lower().rstrip("s"), "NOUN") for w in words)


def test_second_call_reads_the_lexicon_whole() -> None:
    cache, annotator = MemoryCache(), CountingAnnotator()
    first = corpus_lexicon(TEXTS, annotator, cache)
    assert first == build_lexicon(annotate_texts(TEXTS, CountingAnnotator(), MemoryCache()))
    assert annotator.annotated == 3 and key_of(TEXTS) in cache.data

    class Refusing(CountingAnnotator):
        def annotate(self, texts, n_process=1):  # noqa: ANN001, ANN201
            raise AssertionError("annotated again")

    again = corpus_lexicon(TEXTS, Refusing(), cache)
    assert again == first and list(again) == list(first)  # same entries, same order


def test_another_selection_or_order_has_its_own_lexicon() -> None:
    cache = MemoryCache()
    corpus_lexicon(TEXTS, CountingAnnotator(), cache)
    reordered = CountingAnnotator()
    corpus_lexicon(list(reversed(TEXTS)), reordered, cache)
    assert reordered.annotated == 0  # per-text annotations are reused, the lexicon is rebuilt
    assert key_of(TEXTS) != key_of(list(reversed(TEXTS)))
    assert key_of(TEXTS) != key_of(TEXTS, "fake-2")
    assert key_of(TEXTS[:2]) != key_of(TEXTS)


@pytest.mark.parametrize("damage", [b"not zlib", b"x\x9c\x03\x00\x00\x00\x00\x01"])
def test_a_damaged_entry_is_rebuilt(damage: bytes) -> None:
    cache = MemoryCache()
    good = corpus_lexicon(TEXTS, CountingAnnotator(), cache)
    cache.data[key_of(TEXTS)] = damage
    assert corpus_lexicon(TEXTS, CountingAnnotator(), cache) == good
