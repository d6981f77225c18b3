"""Analyses start at once: the prepared corpus and results kept between runs, and the warm analysis
process (reused, restarted when it dies, killed and restarted on Cancel)."""

from __future__ import annotations

import os
import signal

import pytest

from app.analysis.params import ReinertParams, StatsParams
from app.lexpanel import worker as worker_mod
from app.lexpanel.prepared import Prepared, corpus_key, result_key, sources_fingerprint
from app.lexpanel.worker import AnalysisRequest, compute
from coding.selection import Selection
from lexical.annotate import MemoryCache
from lexical.progress import Cancelled, CancelToken
from lexical.sources import SourceText

WORDS = ["usine", "salaire", "enfant", "maison", "médecin", "hôpital", "école", "travail", "fatigue", "équipe"]
LEXICON = {"le": ("le", "art_def"), "la": ("le", "art_def"), "et": ("et", "con"), "de": ("de", "pre")}


def sources(n: int = 30) -> list[SourceText]:
    return [SourceText(f"t{i}", " ".join(f"Le {WORDS[(i + j) % 10]} et la {WORDS[(i * 3 + j) % 10]} de "
                                         f"{WORDS[(j * 7) % 10]}." for j in range(12)), {"g": str(i % 2)}, 0)
            for i in range(n)]


def test_fingerprint_and_keys_change_with_what_the_preparation_reads():
    a = sources()
    assert sources_fingerprint(a) == sources_fingerprint(sources())
    changed = [*a[:-1], SourceText(a[-1].key, a[-1].text + " Encore.", a[-1].variables, 0)]
    assert sources_fingerprint(changed) != sources_fingerprint(a)
    digest = sources_fingerprint(a)
    statuses = corpus_key(digest, {"target": 40, "lexicon": {"statuses": {"usine": "ignored"}}})
    assert statuses == corpus_key(digest, {"target": 40, "min_freq": 5})  # relabelled, not re-prepared
    assert corpus_key(digest, {"target": 30}) != corpus_key(digest, {"target": 40})
    assert corpus_key(digest, {"lexicon": {"expressions": ["le salaire"]}}) != corpus_key(digest, {})
    assert corpus_key(digest, {}, LEXICON) != corpus_key(digest, {})
    assert result_key("k", "stats", {}, {}, {}) != result_key("k", "stats", {"max_rows": 2}, {}, {})


def test_compute_reuses_the_prepared_corpus_for_new_statuses_and_lemmas(monkeypatch):
    from app.analysis import runs

    calls = []
    real = runs.prepare
    monkeypatch.setattr(runs, "prepare", lambda *a, **k: calls.append(1) or real(*a, **k))
    kept = Prepared()
    request = AnalysisRequest("stats", StatsParams().to_dict(), {"min_freq": 1}, lexicon=LEXICON)
    first = compute(request, sources(), MemoryCache(), prepared=kept)
    lexicon = {"statuses": {"usine": "ignored"}, "merges": {"salaire": "travail"}}
    second = compute(request, sources(), MemoryCache(), lexicon=lexicon, prepared=kept)
    assert len(calls) == 1
    before = {r.name: r for r in first.frequencies}
    after = {r.name: r for r in second.frequencies}
    assert after["usine"].status == "ignored" and before["usine"].status == "active"
    assert after["travail"].freq == before["travail"].freq + before["salaire"].freq and "salaire" not in after
    third = compute(request, sources(), MemoryCache(), prepared=kept)  # back to no lexicon: same as the first
    assert [(r.name, r.freq, r.status) for r in third.frequencies] == \
        [(r.name, r.freq, r.status) for r in first.frequencies]
    compute(request, sources(), MemoryCache(), lexicon={"expressions": ["le salaire"]}, prepared=kept)
    assert len(calls) == 2  # an expression changes the segments: prepared again


@pytest.fixture
def project_spec(tmp_path):
    from coding.testing import make_project, transcript

    text = "\n".join(f"Marie : {s.text}" for s in sources(20))
    project = make_project(tmp_path / "warm.vbt", [transcript("E1", text, {"site": "Lyon"})])
    path = project.path
    project.close()
    return {"project": str(path)}


@pytest.mark.slow
def test_warm_process_answers_again_from_memory_restarts_and_cancels(project_spec):
    from app.analysis.results import load_result
    from app.lexpanel.warm import WarmWorker

    worker = WarmWorker(warm=False)
    try:
        assert worker.wait_ready(120)
        request = AnalysisRequest("reinert", ReinertParams(nbcl_p1=3, mincl=2).to_dict(), {},
                                  Selection().describe(), "R", lexicon=LEXICON)
        seen = []
        data, fresh, remembered = worker.run(request, project_spec, lambda f, m="": seen.append((f, m)))
        result = load_result(data)
        assert result.KIND == "reinert" and not remembered and seen and seen[-1][0] == 1.0
        data2, _fresh, remembered = worker.run(request, project_spec)
        assert remembered and data2 == data and worker.starts == 1
        os.kill(worker._process.pid, signal.SIGKILL)  # the process dies: the next run starts a new one
        worker._process.join(5)
        data3, _fresh, remembered = worker.run(request, project_spec)
        assert worker.starts == 2 and not remembered and load_result(data3).labels == result.labels
        token = CancelToken()
        token.cancel()
        with pytest.raises(Cancelled):
            worker.run(request, project_spec, cancel=token)
        assert worker.starts == 3 and worker.alive  # killed, and a fresh one already starting
        stats = AnalysisRequest("stats", StatsParams().to_dict(), {}, Selection().describe(), lexicon=LEXICON)
        assert load_result(worker.run(stats, project_spec)[0]).KIND == "stats"
    finally:
        worker.stop()
    assert not worker.alive


@pytest.mark.slow
def test_warm_process_reports_errors_and_keeps_serving(project_spec, tmp_path):
    from app.lexpanel.warm import WarmWorker

    worker = WarmWorker(warm=False)
    try:
        bad = AnalysisRequest("specificities", {"variable": "nope"}, {}, Selection().describe(), lexicon=LEXICON)
        with pytest.raises(worker_mod.AnalysisFailed, match="unknown variable"):
            worker.run(bad, project_spec)
        with pytest.raises(worker_mod.AnalysisFailed, match="ProjectError|does not exist"):
            worker.run(bad, {"project": str(tmp_path / "missing.vbt")})
        ok = AnalysisRequest("stats", StatsParams().to_dict(), {}, Selection().describe(), lexicon=LEXICON)
        assert worker.run(ok, project_spec)[0] and worker.starts == 1
    finally:
        worker.stop()


def test_read_through_cache_reads_a_cache_without_bulk_reads():
    from app.lexpanel.worker import ReadThroughCache

    class KeyByKey:
        def __init__(self):
            self.data = {"a": b"1", "b": b"2"}

        def load(self, key):
            return self.data.get(key)

    cache = ReadThroughCache(KeyByKey())
    cache.save("c", b"3")
    assert cache.load_many(["a", "b", "c", "z"]) == {"a": b"1", "b": b"2", "c": b"3"}
    assert cache.fresh == {"c": b"3"}


@pytest.mark.slow
def test_warm_process_applies_the_projects_own_lexicon(project_spec):
    from app.analysis.results import load_result
    from app.lexpanel.warm import WarmWorker
    from corpus.store.project import Project
    from corpus.user_lexicon import UserLexiconService

    worker = WarmWorker(warm=False)
    request = AnalysisRequest("stats", StatsParams().to_dict(), {}, Selection().describe(), lexicon=LEXICON)
    try:
        before = {r.name: r for r in load_result(worker.run(request, project_spec)[0]).frequencies}
        with Project.open(project_spec["project"]) as project:
            UserLexiconService(project).set_many([("status", "usine", "ignored"), ("merge", "salaire", "travail")])
        data, _fresh, remembered = worker.run(request, project_spec)
        after = {r.name: r for r in load_result(data).frequencies}
        assert not remembered and after["usine"].status == "ignored" and "salaire" not in after
        assert after["travail"].freq == before["travail"].freq + before["salaire"].freq
    finally:
        worker.stop()
