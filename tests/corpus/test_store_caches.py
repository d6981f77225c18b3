"""Annotation cache and saved analyses persist in the project file."""

from __future__ import annotations

import pytest

from corpus.caches import AnalysisStore, ProjectAnnotationCache
from corpus.errors import NotFoundError
from corpus.store.project import Project


def test_annotation_cache_survives_reopening(tmp_path):
    path = tmp_path / "p.vbt"
    with Project.create(path) as project:
        cache = ProjectAnnotationCache(project)
        assert cache.load("k") is None
        cache.save("k", b"\x00lemmes")
        cache.save("k", b"\x01lemmes")
    with Project.open(path) as project:
        cache = ProjectAnnotationCache(project)
        assert cache.load("k") == b"\x01lemmes"
        assert cache.load_many(["k", "absent"]) == {"k": b"\x01lemmes"}
        assert cache.clear() == 1


def test_analysis_store_save_list_reopen_delete(tmp_path):
    with Project.create(tmp_path / "p.vbt") as project:
        store = AnalysisStore(project)
        first = store.save("reinert", "Classification", {"nbcl_p1": 10, "sélection": "tout"}, b"r1")
        second = store.save("simi", "Similitudes", {"top": 200}, b"r2")
        assert [a.id for a in store.analyses()] == [second, first]
        assert store.analyses()[1].params == {"nbcl_p1": 10, "sélection": "tout"}
        assert store.results(first) == b"r1"
        store.rename(first, "CHD 10")
        store.delete(second)
        assert [a.name for a in store.analyses()] == ["CHD 10"]
        with pytest.raises(NotFoundError):
            store.results(second)


def test_annotation_cache_bulk_save_is_one_call_and_replaces(tmp_path):
    with Project.create(tmp_path / "p.vbt") as project:
        cache = ProjectAnnotationCache(project)
        cache.save_many([("a", b"1"), ("b", b"2")])
        cache.save_many([("b", b"3")])
        assert cache.load_many(["a", "b", "c"]) == {"a": b"1", "b": b"3"}
