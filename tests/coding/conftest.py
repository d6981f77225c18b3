"""Fixtures of the coding tests: a small, richly coded project shared by the exchange tests.

``rich_project`` is that project, open (closed after the test); ``rich_path`` the same project as a
closed ``.vbt`` file; ``refi`` a namespace with the texts and builders (``TEXT_A``, ``TEXT_B``,
``span_of``, ``build_rich_project``) for tests that code more passages. Test modules take these as
fixtures: nothing imports this file (pytest runs with ``--import-mode=importlib``).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.store.project import Project

TEXT_A = ("Enq : Comment allez-vous ?\n"
          "Amélie : Très bien 😀 merci, l'école est à côté.\n"
          "Enq : Et le travail ?\n"
          "Amélie : C'est dur 🎉🎉 mais ça va.")
TEXT_B = ("Enq : Parlez-moi du quartier.\n"
          "Bruno : Le quartier a changé, les loyers ont augmenté.\n"
          "Bruno : Je pense déménager.")


def span_of(text: str, words: str, doc_id: int) -> Span:
    """The span of the first occurrence of ``words``."""
    start = text.index(words)
    return Span(doc_id, start, start + len(words))


def build_rich_project(path: Path) -> Project:
    """Two transcripts, a 6-level code tree, codings by two coders, memos, attributes and a group."""
    project = make_project(path, [transcript("Entretien A", TEXT_A, {"lieu": "Lyon"}),
                                  transcript("Entretien B", TEXT_B, {"lieu": "Nantes", "année": "2023"})])
    docs = {d.name: d.id for d in CorpusService(project).documents()}
    books = CodebookService(project)
    deep = books.ensure_path("Vie/Quotidien/Travail/Conditions/Pénibilité/Émotions")
    books.set_description(deep.id, "Ressenti « difficile » 😀")
    school = books.create("École", color="#112233", description="Tout sur l'école")
    housing = books.create("Logement", color="#AABBCC")
    codings = CodingService(project)
    a, b = docs["Entretien A"], docs["Entretien B"]
    codings.apply(school.id, [span_of(TEXT_A, "l'école est à côté", a)], "Alice")
    codings.apply(deep.id, [span_of(TEXT_A, "C'est dur 🎉🎉 mais", a)], "Alice")
    codings.apply(deep.id, [span_of(TEXT_A, "Très bien 😀 merci", a)], "Bob")
    codings.apply(housing.id, [span_of(TEXT_B, "les loyers ont augmenté", b)], "Bob")
    first = codings.apply(housing.id, [span_of(TEXT_B, "déménager", b)], "Alice")[0]
    memos = MemoService(project)
    memos.set("project", 0, "Mémo du projet ✨", "Alice")
    memos.set("document", a, "Entretien réalisé à Lyon", "Alice")
    memos.set("code", school.id, "Code à revoir", "Bob")
    memos.set("coding", first.id, "Passage clé", "Alice")
    cases = CaseService(project)
    amelie = cases.find("Amélie")
    memos.set("case", amelie.id, "Enseignante")
    attrs = AttributeService(project)
    attrs.set_value("case", amelie.id, "âge", "34")
    attrs.set_value("case", cases.find("Bruno").id, "âge", "51")
    group = cases.create("Habitants", kind="group")
    cases.set_members(group, [amelie.id, cases.find("Bruno").id])
    return project


@pytest.fixture
def refi() -> SimpleNamespace:
    """The texts and builders of the rich project."""
    return SimpleNamespace(TEXT_A=TEXT_A, TEXT_B=TEXT_B, span_of=span_of, build_rich_project=build_rich_project)


@pytest.fixture
def rich_project(tmp_path):
    """The rich project, open at ``tmp_path / "rich.vbt"``; closed after the test."""
    project = build_rich_project(tmp_path / "rich.vbt")
    yield project
    project.close()


@pytest.fixture
def rich_path(tmp_path) -> Path:
    """The rich project as a closed file."""
    build_rich_project(tmp_path / "rich.vbt").close()
    return tmp_path / "rich.vbt"
