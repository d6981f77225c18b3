"""Search and auto-coding: exact offsets through accent/apostrophe folding, scopes, speakers, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import text as sql

from coding.autocode import autocode_command, autocode_path_command, autocode_preview, code_speaker_turns
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.search import TextQuery, find_spans, merge_spans, normalise, search_text, sentence_bounds
from coding.testing import make_project, transcript
from corpus.cases import CaseService

GROUP = ("Animatrice : Parlons de l’école. Qu’en pensez-vous ?\n"
         "[00:01:05] Marie : L’ecole est loin… Mais l'École du quartier 😀 est belle ! On y va à pied.\n"
         "Paul : Moi je préfère le cœur de ville. L’école ? Bof.\n"
         "Inès : Pas d’avis.")


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Groupe", GROUP), transcript("Notes", "école seule\nrien")])
    yield project
    project.close()


def test_autocode_normalise_maps_back_to_code_points():
    text = "Œuvre 😀 l’été e\u0301"
    folded, index = normalise(text, accents=True, apostrophes=True)
    assert folded == "OEuvre 😀 l'ete e"
    assert index[0] == index[1] == 0 and index[-1] == len(text)
    spans = find_spans(text, TextQuery("l'ete", ignore_accents=True))
    assert [text[a:b] for a, b in spans] == ["l’été"]
    spans = find_spans(text, TextQuery("e", ignore_accents=True, whole_word=True))
    assert [text[a:b] for a, b in spans] == ["e\u0301"]  # the combining accent stays with its letter
    assert [text[a:b] for a, b in find_spans(text, TextQuery("oeuvre", ignore_accents=True))] == ["Œuvre"]


def test_autocode_literal_regex_case_and_accents(project):
    def found(**kw):
        return [h.text for h in search_text(project, TextQuery(**kw))]

    assert found(pattern="l'école", document_ids=(1,)) == ["l’école", "l'École", "L’école"]
    assert found(pattern="l'école", ignore_case=False, document_ids=(1,)) == ["l’école", "L’école"][:1]
    assert found(pattern="l'ecole", ignore_accents=True, document_ids=(1,)) == [
        "l’école", "L’ecole", "l'École", "L’école"]
    assert found(pattern=r"\bc(?:œ|oe)ur\b", regex=True) == ["cœur"]
    assert found(pattern="école", whole_word=True) == ["école", "École", "école", "école"]
    with pytest.raises(ValueError, match="bad regular expression"):
        search_text(project, TextQuery("(unclosed", regex=True))


def test_autocode_scopes_sentence_and_turn(project):
    hits = search_text(project, TextQuery("quartier", scope="sentence"))
    assert [h.text for h in hits] == ["Mais l'École du quartier 😀 est belle !"]
    assert hits[0].speaker == "Marie"
    hits = search_text(project, TextQuery("loin", scope="turn"))
    assert hits[0].text == "L’ecole est loin… Mais l'École du quartier 😀 est belle ! On y va à pied."
    hits = search_text(project, TextQuery("seule", scope="turn"))
    assert hits[0].text == "école seule" and hits[0].speaker is None
    assert sentence_bounds("Oui. Non ! Peut-être… Si.", 7, 9) == (5, 10)


def test_autocode_speakers_interviewer_and_merge(project):
    marie = CaseService(project).find("Marie").id
    assert {h.speaker for h in search_text(project, TextQuery("école", exclude_interviewer=True))} == {
        "Marie", "Paul", None}
    hits = search_text(project, TextQuery("école", case_ids=(marie,), scope="turn", ignore_accents=True))
    assert len(hits) == 1  # two matches in one turn, merged
    assert search_text(project, TextQuery("Animatrice")) == []  # labels are not speech
    assert merge_spans([(5, 9), (0, 3), (2, 4), (9, 12)]) == [(0, 4), (5, 9), (9, 12)]


def test_autocode_command_is_one_undo_step(project):
    code = CodebookService(project).create("École")
    hits = autocode_preview(project, TextQuery("école", scope="sentence", exclude_interviewer=True))
    undo = autocode_command(code.id, hits, "ana").apply(project)
    codings = CodingService(project).codings()
    assert [c.snippet for c in codings] == [h.text for h in hits]
    undo.apply(project)
    assert CodingService(project).codings() == []


def test_autocode_path_command_creates_and_undo_deletes_codes(project):
    with project.transaction() as session:
        before = list(session.execute(sql("SELECT * FROM codes")))
    hits = code_speaker_turns(project, [CaseService(project).find("Paul").id])
    assert [h.text for h in hits] == ["Moi je préfère le cœur de ville. L’école ? Bof."]
    undo = autocode_path_command("Locuteurs/Paul", hits, "ana").apply(project)
    assert CodingService(project).excerpts(CodebookService(project).find_path("Locuteurs").id)[0].speaker == "Paul"
    undo.apply(project)
    with project.transaction() as session:
        assert list(session.execute(sql("SELECT * FROM codes"))) == before
