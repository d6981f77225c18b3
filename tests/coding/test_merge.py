"""Team coding: merging another coder's copy of the project."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from refi_helpers import TEXT_B, build_rich_project, span_of  # noqa: E402

from coding.codebook import CodebookService  # noqa: E402
from coding.codings import CodingService  # noqa: E402
from coding.memos import MemoService  # noqa: E402
from coding.merge import merge_project  # noqa: E402
from coding.testing import transcript  # noqa: E402
from corpus.documents import CorpusService  # noqa: E402
from corpus.errors import ProjectError  # noqa: E402
from corpus.store.project import Project  # noqa: E402


@pytest.fixture
def pair(tmp_path):
    build_rich_project(tmp_path / "mine.vbt").close()
    shutil.copy(tmp_path / "mine.vbt", tmp_path / "theirs.vbt")
    with Project.open(tmp_path / "theirs.vbt") as theirs:
        corpus = CorpusService(theirs)
        corpus.rename_document(corpus.find_document("Entretien B").id, "B renamed by Carla")
        corpus.add_documents([transcript("Only theirs", "X : rien")])
        books, codings, memos = CodebookService(theirs), CodingService(theirs), MemoService(theirs)
        doc_b = corpus.find_document("B renamed").id
        new = books.ensure_path("Logement/Voisinage", color="#123456")
        codings.apply(new.id, [span_of(TEXT_B, "Le quartier a changé", doc_b)], "Carla")
        codings.apply(books.find_path("Logement").id, [span_of(TEXT_B, "Je pense déménager", doc_b)], "Carla")
        memos.set("project", 0, "Avis de Carla", "Carla")
        memos.set("code", books.find_path("École").id, "Code à revoir", "Bob")  # unchanged
        carla = codings.apply(books.find_path("École").id, [span_of(TEXT_B, "Parlez-moi", doc_b)], "Carla")[0]
        memos.set("coding", carla.id, "Question de l'enquêteur")
    project = Project.open(tmp_path / "mine.vbt")
    yield project, tmp_path / "theirs.vbt"
    project.close()


def test_merge_adds_codings_codes_coders_and_memos(pair):
    project, theirs = pair
    before = len(CodingService(project).codings())
    report = merge_project(project, theirs)
    assert report.documents_matched == 2 and report.documents_missing == ["Only theirs"]
    assert report.codes_created == ["Logement/Voisinage"]
    assert report.coders_created == ["Carla"]
    assert report.codings_added == 3 and report.codings_already_present == before
    codings = CodingService(project).codings()
    assert len(codings) == before + 3
    carla = {c.snippet for c in codings if c.coder == "Carla"}
    assert carla == {"Le quartier a changé", "Je pense déménager", "Parlez-moi"}
    assert CodebookService(project).find_path("Logement/Voisinage").color == "#123456"
    memos = MemoService(project)
    assert memos.get("project", 0).text == "Mémo du projet ✨\n\n---\n\nAvis de Carla"
    school = CodebookService(project).find_path("École").id
    assert memos.get("code", school).text == "Code à revoir"
    parlez = next(c for c in codings if c.snippet == "Parlez-moi")
    assert memos.get("coding", parlez.id).text == "Question de l'enquêteur"
    assert report.memos_merged == 2
    assert "Only theirs" in report.render()


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
