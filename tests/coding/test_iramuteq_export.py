"""IRaMuTeQ corpus export: units, starred variables, sanitising, interviewer exclusion."""

from __future__ import annotations

import pytest

from coding.codebook import CodebookService
from coding.export.iramuteq_export import (
    clean_text,
    export_iramuteq,
    iramuteq_corpus,
    modality,
    starred,
    variable_name,
)
from corpus.cases import CaseService


@pytest.fixture
def rich(rich_project):
    CaseService(rich_project).set_interviewer(CaseService(rich_project).find("Enq").id, True)
    return rich_project


def test_iramuteq_names_are_sanitised():
    assert variable_name("Âge (ans)") == "Ageans"
    assert variable_name("cœur_de_cible") == "coeurdecible"
    assert modality("Île-de-France") == "Ile_de_France"
    assert modality("  l'été 2023 *  ") == "l_ete_2023"
    assert starred([("âge", "34"), ("âge", "35"), ("vide", "  "), ("lieu", "Saint-Étienne")]) == \
        "**** *age_34 *lieu_Saint_Etienne"


def test_iramuteq_text_is_cleaned():
    assert clean_text("**** *x_y\n-*theme\nLe *mot*\n\n\n- suite") == "x_y\ntheme\nLe  mot\nsuite"


def test_iramuteq_by_document(rich):
    result = iramuteq_corpus(rich, unit="document")
    assert result.units == 2
    first = result.text.split("\n\n")[0].split("\n")
    assert first[0] == "**** *doc_Entretien_A *lieu_Lyon"
    assert "Comment allez-vous ?" in first[1]
    assert "Amélie :" not in result.text  # labels are left out
    assert "Très bien 😀 merci" in result.text
    assert result.variables == ["annee", "doc", "lieu"]


def test_iramuteq_by_turn_excluding_interviewer(rich):
    result = iramuteq_corpus(rich, unit="turn", exclude_interviewer=True)
    assert result.units == 4
    assert "Comment allez-vous" not in result.text
    assert "**** *doc_Entretien_A *lieu_Lyon *loc_Amelie *age_34\nTrès bien 😀 merci, l'école est à côté." in result.text
    with_enq = iramuteq_corpus(rich, unit="turn")
    assert with_enq.units == 7


def test_iramuteq_by_code_with_subcodes(rich, refi, tmp_path):
    root = CodebookService(rich).find_path("Vie")
    out = tmp_path / "corpus.txt"
    result = export_iramuteq(rich, out, unit="code", code_ids=[root.id])
    assert result.units == 2
    text = out.read_text(encoding="utf-8")
    assert text.startswith("**** *code_Vie_Quotidien_Travail_Conditions_Penibilite_Emotions *doc_Entretien_A")
    assert "C'est dur 🎉🎉 mais" in text and "Très bien 😀 merci" in text
    assert "\r" not in text
    assert refi.TEXT_A not in text
    assert iramuteq_corpus(rich, unit="code", code_ids=[root.id], include_subcodes=False).units == 0


def test_iramuteq_bad_options(rich):
    with pytest.raises(ValueError, match="unit"):
        iramuteq_corpus(rich, unit="sentence")
    with pytest.raises(ValueError, match="at least one code"):
        iramuteq_corpus(rich, unit="code")
