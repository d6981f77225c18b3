"""Editing a coded transcript: codings, memos, turns, sections and counts follow the words; undo/redo."""

from __future__ import annotations

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.text_commands import EditTexts, ResizeCoding, RestoreTexts, edit_document, plan_replace
from coding.types import Span
from corpus.caches import AnalysisStore
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.store.models import SectionRow
from corpus.text_update import outdated_analyses
from corpus.wordcount import count_words

TEXT = ("Marie : la partcipante dit que la fatigue arrive vite.\n"
        "Paul : le salaire compte, la fatigue aussi.\n"
        "Marie : l'équipe nous fait rester.\n")


@pytest.fixture
def coded(tmp_path):
    project = make_project(tmp_path / "edit.vbt", [transcript("Entretien", TEXT),
                                                   transcript("Autre", "Sophie : la fatigue, toujours.\n")])
    docs = {d.name: d.id for d in CorpusService(project).documents()}
    code = CodebookService(project).create("Fatigue").id
    codings = CodingService(project)

    def code_words(words: str, doc: str = "Entretien", nth: int = 0) -> int:
        text = CorpusService(project).document(docs[doc]).text
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        return codings.apply(code, [Span(docs[doc], start, start + len(words))], "alice")[0].id

    ids = {"partcipante": code_words("la partcipante"), "fatigue": code_words("la fatigue arrive vite"),
           "salaire": code_words("le salaire compte"), "equipe": code_words("l'équipe"),
           "autre": code_words("la fatigue", "Autre")}
    MemoService(project).set("coding", ids["salaire"], "argent", "alice")
    with project.transaction() as session:
        session.add(SectionRow(document_id=docs["Entretien"], offset=TEXT.index("Paul"), label="II"))
    yield project, docs, ids
    project.close()


def _snippets(project, doc_id):
    return {c.id: c.snippet for c in CodingService(project).codings_in_document(doc_id)}


def _state(project, doc_id):
    corpus = CorpusService(project)
    return (corpus.document(doc_id).text, corpus.turns(doc_id), corpus.sections(doc_id),
            CodingService(project).codings_in_document(doc_id), MemoService(project).memos("coding"),
            [(d.id, d.characters, d.words) for d in corpus.documents()])


def test_edit_text_keeps_codings_turns_and_sections_on_their_words(coded):
    project, docs, ids = coded
    doc = docs["Entretien"]
    new = TEXT.replace("partcipante", "participante").replace("Paul :", "[00:01:02] Paul :")
    inverse = edit_document(project, doc, new).apply(project)
    assert isinstance(inverse, RestoreTexts) and inverse.vanished == ()
    snippets = _snippets(project, doc)
    assert snippets[ids["partcipante"]] == "la participante"
    assert snippets[ids["fatigue"]] == "la fatigue arrive vite"
    assert snippets[ids["salaire"]] == "le salaire compte"
    for coding in CodingService(project).codings_in_document(doc):
        assert new[coding.span.start:coding.span.end] == coding.snippet
    turns = CorpusService(project).turns(doc)
    assert [new[t.content_start:t.end] for t in turns] == [line.split(" : ", 1)[1] for line in new.splitlines()]
    assert new[turns[1].start:].startswith("[00:01:02] Paul")
    assert new[CorpusService(project).sections(doc)[0].offset:].startswith("[00:01:02] Paul")
    info = next(d for d in CorpusService(project).documents() if d.id == doc)
    assert (info.characters, info.words) == (len(new), count_words(TEXT) + 3)  # + 00 01 02
    assert MemoService(project).get("coding", ids["salaire"]).text == "argent"


def test_edit_undo_redo_restore_everything_exactly(coded):
    project, docs, ids = coded
    doc = docs["Entretien"]
    before = _state(project, doc)
    new = TEXT.replace("le salaire compte, ", "").replace("vite", "très vite")
    inverse = edit_document(project, doc, new).apply(project)
    assert [c.id for c in inverse.vanished] == [ids["salaire"]]  # reported, not silently dropped
    assert ids["salaire"] not in _snippets(project, doc)
    assert MemoService(project).get("coding", ids["salaire"]) is None
    after = _state(project, doc)
    redo = inverse.apply(project)
    assert _state(project, doc) == before
    assert MemoService(project).get("coding", ids["salaire"]).text == "argent"
    redo.apply(project)
    assert _state(project, doc) == after


def test_stale_edit_changes_nothing(coded):
    project, docs, _ids = coded
    doc = docs["Entretien"]
    command = edit_document(project, doc, TEXT.replace("vite", "lentement"))
    edit_document(project, doc, TEXT.replace("Marie", "Maria", 1)).apply(project)
    before = _state(project, doc)
    with pytest.raises(ProjectError):
        command.apply(project)
    assert _state(project, doc) == before


def test_find_and_replace_across_the_project_is_one_undo_step(coded):
    project, docs, ids = coded
    plan = plan_replace(project, "fatigue", "lassitude", whole_words=True)
    assert sorted(p.document_id for p in plan) == sorted(docs.values())
    before = {d: _state(project, d) for d in docs.values()}
    inverse = EditTexts(tuple(plan), label="Replace").apply(project)
    assert _snippets(project, docs["Entretien"])[ids["fatigue"]] == "la lassitude arrive vite"
    assert _snippets(project, docs["Autre"])[ids["autre"]] == "la lassitude"
    assert "fatigue" not in "".join(CorpusService(project).texts().values())
    inverse.apply(project)
    assert {d: _state(project, d) for d in docs.values()} == before


def test_find_and_replace_respects_whole_words_and_case(coded):
    project, docs, _ids = coded
    assert plan_replace(project, "fatigu", "x", whole_words=True) == []
    assert len(plan_replace(project, "MARIE", "Maria", case_sensitive=True)) == 0
    assert len(plan_replace(project, "MARIE", "Maria")[0].edits) == 2
    with pytest.raises(ProjectError):
        plan_replace(project, "", "x")


def test_edit_marks_saved_analyses_out_of_date_and_changes_the_cache_key(coded):
    from lexical.annotate import cache_key

    project, docs, _ids = coded
    first = AnalysisStore(project).save("stats", "avant", {}, b"x")
    assert outdated_analyses(project) == set()
    old_key = cache_key(CorpusService(project).document(docs["Autre"]).text, "v")
    inverse = edit_document(project, docs["Autre"], "Sophie : la lassitude, toujours.\n").apply(project)
    assert outdated_analyses(project) == {first}
    new_key = cache_key(CorpusService(project).document(docs["Autre"]).text, "v")
    assert new_key != old_key  # the annotation cache is keyed by the text: the old entry is never reused
    later = AnalysisStore(project).save("stats", "après", {}, b"y")
    assert later not in outdated_analyses(project)
    inverse.apply(project)
    assert outdated_analyses(project) == {first, later}


def test_resize_coding_moves_bounds_and_snippet_and_undoes(coded):
    project, docs, ids = coded
    doc = docs["Entretien"]
    start = TEXT.index("la fatigue arrive")
    inverse = ResizeCoding(ids["fatigue"], start, start + len("la fatigue")).apply(project)
    assert _snippets(project, doc)[ids["fatigue"]] == "la fatigue"
    inverse.apply(project)
    assert _snippets(project, doc)[ids["fatigue"]] == "la fatigue arrive vite"
    with pytest.raises(ProjectError):
        ResizeCoding(ids["fatigue"], 5, 5).apply(project)
    with pytest.raises(ProjectError):
        ResizeCoding(ids["fatigue"], 5, len(TEXT) + 3).apply(project)
