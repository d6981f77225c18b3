"""annotate_texts reads and writes a cache in bulk when the cache offers it (no spaCy needed)."""

from __future__ import annotations

from lexical.annotate import MemoryCache, TextAnnotation, annotate_texts


class FakeAnnotator:
    """Stands in for spaCy: one row per word, lemma = form."""

    version = "fake-1"

    def processes_for(self, total_chars: int) -> int:
        return 1

    def annotate(self, texts, n_process=1):
        for text in texts:
            yield TextAnnotation(tuple((w, w, "nom", 1) for w in text.split()))


class BulkCache(MemoryCache):
    """Counts bulk and single calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def load(self, key):
        self.calls.append("load")
        return super().load(key)

    def load_many(self, keys):
        self.calls.append("load_many")
        found = {}
        for key in keys:
            data = MemoryCache.load(self, key)
            if data is not None:
                found[key] = data
        return found

    def save_many(self, items):
        self.calls.append(f"save_many:{len(items)}")
        for key, data in items:
            super().save(key, data)


def test_annotate_texts_uses_bulk_cache_calls_and_second_run_reads_only():
    cache = BulkCache()
    texts = ["le travail", "la maison", "le travail"]
    first = annotate_texts(texts, FakeAnnotator(), cache)
    assert cache.calls == ["load_many", "save_many:3"]
    cache.calls.clear()
    second = annotate_texts(texts, FakeAnnotator(), cache)
    assert cache.calls == ["load_many"]
    assert [a.rows for a in first] == [a.rows for a in second]
