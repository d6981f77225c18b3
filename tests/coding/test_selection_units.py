"""Text units for lexical analyses: whole corpus, attribute filters, speakers, code excerpts."""

from __future__ import annotations

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.selection import Selection, select_units
from coding.types import Span
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.importers.base import ImportedDocument, ImportedTurn
from corpus.store.project import Project

INTERVIEW = "Entretien du 3 mai\nEnq : Vous êtes arrivée quand ?\nLéa : En 2010, à Lyon 😀.\nEnq : Et après ?\n"


def _turns(text: str) -> list[ImportedTurn]:
    turns, pos = [], 0
    for line in text.splitlines(keepends=True):
        if " : " in line:
            label = line.split(" : ")[0]
            turns.append(ImportedTurn(pos, pos + len(line) - 1, pos + len(label) + 3, label))
        pos += len(line)
    return turns


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        docs = [
            ImportedDocument("Entretien", INTERVIEW, "e.txt", "txt", "s1", "transcript", _turns(INTERVIEW),
                             {"ville": "Lyon"}),
            ImportedDocument("Réponse 1", "Le télétravail me fatigue.", "r.csv", "csv", "s2", "survey",
                             attributes={"ville": "Paris"}),
        ]
        CorpusService(p).add_documents(docs)
        yield p


def test_whole_corpus_keeps_speech_and_text_outside_turns_without_labels(project):
    units = select_units(project)
    texts = [u.text for u in units]
    assert texts[:3] == ["Entretien du 3 mai\n", "Vous êtes arrivée quand ?", "En 2010, à Lyon 😀."]
    assert all("Enq :" not in t for t in texts)
    lea = units[2]
    doc = CorpusService(project).document(lea.document_id).text
    assert doc[lea.start:lea.end] == lea.text
    assert lea.variables["locuteur"] == "Léa" and lea.variables["ville"] == "Lyon"


def test_exclude_interviewer_keeps_participants_and_turnless_documents(project):
    units = select_units(project, Selection(exclude_interviewer=True))
    assert [u.text for u in units] == ["En 2010, à Lyon 😀.", "Le télétravail me fatigue."]


def test_explicit_speakers_and_attribute_filter(project):
    lea = CaseService(project).find("Léa").id
    assert [u.text for u in select_units(project, Selection(case_ids=(lea,)))] == ["En 2010, à Lyon 😀."]
    only_paris = select_units(project, Selection(document_filter={"ville": ("Paris",)}))
    assert [u.text for u in only_paris] == ["Le télétravail me fatigue."]


def test_code_excerpts_and_codes_as_variables(project):
    parent = CodebookService(project).create("Parcours")
    child = CodebookService(project).create("Arrivée", parent_id=parent.id)
    doc = CorpusService(project).documents()[0]
    text = CorpusService(project).document(doc.id).text
    start = text.index("2010")
    CodingService(project).apply(child.id, [Span(doc.id, start, start + len("2010, à Lyon"))], "Ana")
    units = select_units(project, Selection(code_id=parent.id))
    assert [u.text for u in units] == ["2010, à Lyon"] and units[0].start == start
    tagged = select_units(project, Selection(codes_as_variables=True))
    assert tagged[2].variables["code_Parcours/Arrivée"] == "oui"
    assert "code_Parcours/Arrivée" not in tagged[1].variables
