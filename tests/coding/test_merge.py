"""Team coding: merging another coder's copy of the project."""

from __future__ import annotations

import shutil

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.merge import merge_project
from coding.testing import transcript
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.store.project import Project

ONLY_THEIRS = "Xavier : rien à dire.\nBruno : encore moi."


@pytest.fixture
def pair(tmp_path, refi):
    TEXT_B, span_of = refi.TEXT_B, refi.span_of  # noqa: N806 - the helpers' constant
    refi.build_rich_project(tmp_path / "mine.vbt").close()
    shutil.copy(tmp_path / "mine.vbt", tmp_path / "theirs.vbt")
    with Project.open(tmp_path / "theirs.vbt") as theirs:
        corpus = CorpusService(theirs)
        corpus.rename_document(corpus.find_document("Entretien B").id, "B renamed by Carla")
        corpus.add_documents([transcript("Only theirs", ONLY_THEIRS, {"lieu": "Brest"})])
        books, codings, memos = CodebookService(theirs), CodingService(theirs), MemoService(theirs)
        doc_b = corpus.find_document("B renamed").id
        new = books.ensure_path("Logement/Voisinage", color="#123456")
        codings.apply(new.id, [span_of(TEXT_B, "Le quartier a changé", doc_b)], "Carla")
        codings.apply(books.find_path("Logement").id, [span_of(TEXT_B, "Je pense déménager", doc_b)], "Carla")
        memos.set("project", 0, "Avis de Carla", "Carla")
        memos.set("code", books.find_path("École").id, "Code à revoir", "Bob")  # unchanged
        carla = codings.apply(books.find_path("École").id, [span_of(TEXT_B, "Parlez-moi", doc_b)], "Carla")[0]
        memos.set("coding", carla.id, "Question de l'enquêteur")
        only = corpus.find_document("Only theirs").id
        extra = codings.apply(books.find_path("Logement").id, [span_of(ONLY_THEIRS, "rien à dire", only)], "Carla")
        memos.set("document", only, "Ajouté par Carla", "Carla")
        memos.set("coding", extra[0].id, "Silence")
        xavier = CaseService(theirs).find("Xavier").id
        AttributeService(theirs).set_value("case", xavier, "âge", "29")
        AttributeService(theirs).set_value("case", CaseService(theirs).find("Bruno").id, "âge", "99")
    project = Project.open(tmp_path / "mine.vbt")
    yield project, tmp_path / "theirs.vbt"
    project.close()


def test_merge_adds_codings_codes_coders_and_memos(pair):
    project, theirs = pair
    before = len(CodingService(project).codings())
    report = merge_project(project, theirs)
    assert report.documents_matched == 2 and report.documents_added == ["Only theirs"]
    assert report.codes_created == ["Logement/Voisinage"]
    assert report.coders_created == ["Carla"]
    assert report.codings_added == 4 and report.codings_already_present == before
    codings = CodingService(project).codings()
    assert len(codings) == before + 4
    carla = {c.snippet for c in codings if c.coder == "Carla"}
    assert carla == {"Le quartier a changé", "Je pense déménager", "Parlez-moi", "rien à dire"}
    assert CodebookService(project).find_path("Logement/Voisinage").color == "#123456"
    memos = MemoService(project)
    assert memos.get("project", 0).text == "Mémo du projet ✨\n\n---\n\nAvis de Carla"
    school = CodebookService(project).find_path("École").id
    assert memos.get("code", school).text == "Code à revoir"
    parlez = next(c for c in codings if c.snippet == "Parlez-moi")
    assert memos.get("coding", parlez.id).text == "Question de l'enquêteur"
    assert report.memos_merged == 4
    assert "Only theirs" in report.render()


def test_merge_adds_documents_only_in_the_other_copy(pair):
    project, theirs = pair
    report = merge_project(project, theirs)
    corpus = CorpusService(project)
    doc = corpus.find_document("Only theirs")
    assert doc.text == ONLY_THEIRS
    assert report.cases_created == ["Xavier"] and "Xavier" in report.render()
    turns = corpus.turns(doc.id)
    cases = {c.name: c for c in CaseService(project).cases()}
    assert [(t.start, t.end, t.case_id) for t in turns] == [
        (0, ONLY_THEIRS.index("\n"), cases["Xavier"].id),
        (ONLY_THEIRS.index("\n") + 1, len(ONLY_THEIRS), cases["Bruno"].id)]
    assert AttributeService(project).values("document")[doc.id] == {"lieu": "Brest"}
    assert cases["Xavier"].attributes == {"âge": "29"}
    assert cases["Bruno"].attributes == {"âge": "51"}  # ours is kept, never overwritten
    assert report.values_added == 2  # the new document's "lieu" and Xavier's age
    silence = next(c for c in CodingService(project).codings_in_document(doc.id))
    assert silence.snippet == "rien à dire" and silence.coder == "Carla"
    memos = MemoService(project)
    assert memos.get("document", doc.id).text == "Ajouté par Carla"
    assert memos.get("coding", silence.id).text == "Silence"
    assert CodebookService(project).counts()  # the project still reads


def test_merge_twice_adds_nothing(pair):
    project, theirs = pair
    merge_project(project, theirs)
    count = len(CodingService(project).codings())
    memo = MemoService(project).get("project", 0).text
    again = merge_project(project, theirs)
    assert again.codings_added == 0 and again.codes_created == [] and again.memos_merged == 0
    assert len(CodingService(project).codings()) == count
    assert MemoService(project).get("project", 0).text == memo


def test_merge_refuses_itself(pair):
    project, _ = pair
    with pytest.raises(ProjectError, match="itself"):
        merge_project(project, project.path)
