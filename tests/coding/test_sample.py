"""The bundled sample project builds from resources/sample with cases, codebook and codings."""

from __future__ import annotations

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.sample import build_sample_project
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.store.project import Project


def test_sample_project_builds_completely(tmp_path):
    path = build_sample_project(tmp_path / "sample.vbt")
    with Project.open(path) as project:
        docs = CorpusService(project).documents()
        assert [d.name for d in docs] == ["Focus group — travail à distance", "Entretien — Nadia",
                                          "Entretien — Bernard"]
        assert docs[0].words > 1400 and all(d.words > 700 for d in docs[1:])
        cases = {c.name: c for c in CaseService(project).cases()}
        assert {"Animatrice", "Sophie", "Karim", "Hélène", "Thomas", "Enq", "Nadia", "Bernard"} == set(cases)
        assert cases["Animatrice"].interviewer and cases["Enq"].interviewer and not cases["Nadia"].interviewer
        assert cases["Hélène"].attributes["profession"] == "infirmière coordinatrice"
        codebook = CodebookService(project)
        codes = codebook.codes()
        assert 5 <= len(codes) <= 12 and max(c.path.count("/") for c in codes) == 1
        counts = codebook.counts()
        assert all(counts[c.id].codings_with_children > 0 for c in codes)
        excerpts = CodingService(project).excerpts_for()
        assert all(e.speaker not in ("Animatrice", "Enq") for e in excerpts)
        texts = CorpusService(project).texts()
        assert all(texts[e.coding.span.document_id][e.coding.span.start:e.coding.span.end] == e.coding.snippet
                   for e in excerpts)
        assert MemoService(project).get("project", 0) is not None


def test_sample_project_can_be_rebuilt_over_itself(tmp_path):
    path = build_sample_project(tmp_path / "sample.vbt")
    assert build_sample_project(path) == path


def test_sample_shows_each_time_stamp_once(tmp_path):
    """The viewer draws turn times in its margin; the focus group used to carry them in its text too."""
    import re

    path = build_sample_project(tmp_path / "sample.vbt")
    with Project.open(path) as project:
        corpus = CorpusService(project)
        focus = corpus.documents()[0]
        turns = corpus.turns(focus.id)
        assert len(turns) > 30 and all(t.timestamp is not None for t in turns)
        assert turns[1].timestamp == 41.0 and turns[1].speaker == "Sophie"
        assert not re.search(r"\d\d:\d\d:\d\d", corpus.document(focus.id).text)
