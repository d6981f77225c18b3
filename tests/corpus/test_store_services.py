"""Corpus services on a temporary project: documents, turns, cases, attributes, transactions."""

from __future__ import annotations

import pytest

from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService, count_words
from corpus.errors import ProjectError
from corpus.importers.base import ImportedDocument, ImportedTurn, SectionMark
from corpus.store.project import Project

TEXT = "Enq : Vous habitez où ?\nMarie : À Paris, près de l’œuvre 😀.\nENQ : Depuis quand ?\nMarie : 1998.\n"


def _turns(text: str) -> list[ImportedTurn]:
    turns, pos = [], 0
    for line in text.splitlines(keepends=True):
        label, _, _ = line.partition(" : ")
        turns.append(ImportedTurn(pos, pos + len(line.rstrip("\n")), pos + len(label) + 3, label))
        pos += len(line)
    return turns


def _doc(name="Entretien 1", text=TEXT, sha="s1", **kw) -> ImportedDocument:
    return ImportedDocument(name=name, text=text, source_name=f"{name}.txt", source_format="txt",
                            sha256=sha, kind="transcript", turns=_turns(text), **kw)


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


def test_documents_added_with_turns_cases_and_attributes(project):
    doc = _doc(attributes={"lieu": "Paris", "année": "2024"}, sections=[SectionMark(0, "début")])
    report = CorpusService(project).add_documents([doc])
    assert [d.name for d in report.documents] == ["Entretien 1"]
    info = report.documents[0]
    assert info.characters == len(TEXT) and info.turn_count == 4 and info.words == count_words(TEXT)
    assert report.new_cases == ["Enq", "Marie", "ENQ"]
    turns = CorpusService(project).turns(info.id)
    stored = CorpusService(project).document(info.id).text
    assert [stored[t.content_start:t.end] for t in turns][1] == "À Paris, près de l’œuvre 😀."
    assert AttributeService(project).values("document")[info.id] == {"lieu": "Paris", "année": "2024"}
    assert CorpusService(project).sections(info.id)[0].label == "début"
    cases = {c.name: c for c in CaseService(project).cases()}
    assert cases["Enq"].interviewer and cases["ENQ"].interviewer and not cases["Marie"].interviewer


def test_same_file_twice_is_detected(project):
    service = CorpusService(project)
    service.add_documents([_doc()])
    report = service.add_documents([_doc(name="Copie")])
    assert report.documents == [] and report.duplicates == ["Copie.txt"]
    assert len(service.documents()) == 1


def test_failed_batch_leaves_project_unchanged(project):
    service = CorpusService(project)
    service.add_documents([_doc()])
    bad = ImportedDocument(name="bad", text="a\r\nb", source_name="bad.txt", source_format="txt", sha256="x")
    with pytest.raises(ProjectError, match="bad.txt"):
        service.add_documents([_doc(name="Deux", sha="s2"), bad])
    assert [d.name for d in service.documents()] == ["Entretien 1"]
    assert len(CaseService(project).cases()) == 3


def test_cases_merge_rename_and_interviewer(project):
    CorpusService(project).add_documents([_doc()])
    cases = CaseService(project)
    by_name = {c.name: c for c in cases.cases()}
    AttributeService(project).set_value("case", by_name["ENQ"].id, "rôle", "enquêteur")
    moved = cases.merge([by_name["ENQ"].id], by_name["Enq"].id)
    assert moved == 1
    merged = cases.find("Enq")
    assert merged.turn_count == 2 and merged.attributes == {"rôle": "enquêteur"}
    assert cases.rename(merged.id, "Enquêtrice") == "Enq"
    with pytest.raises(ProjectError, match="already exists"):
        cases.rename(merged.id, "Marie")
    speakers = [t.speaker for t in CorpusService(project).turns()]
    assert speakers == ["Enquêtrice", "Marie", "Enquêtrice", "Marie"]
    assert cases.set_interviewer(merged.id, False) is True


def test_attribute_set_value_returns_previous_for_undo(project):
    report = CorpusService(project).add_documents([_doc()])
    doc_id = report.documents[0].id
    attrs = AttributeService(project)
    assert attrs.set_value("document", doc_id, "âge", "34") is None
    assert attrs.set_value("document", doc_id, "âge", "35") == "34"
    assert attrs.values("document")[doc_id] == {"âge": "35"}
    assert attrs.set_value("document", doc_id, "âge", None) == "35"
    assert doc_id not in attrs.values("document")
    assert attrs.distinct_values("document", "âge") == []


def test_delete_document_cascades(project):
    service = CorpusService(project)
    doc_id = service.add_documents([_doc(attributes={"x": "1"})]).documents[0].id
    assert service.delete_documents([doc_id]) == 1
    assert service.documents() == [] and service.turns() == []
    assert AttributeService(project).values("document") == {}
