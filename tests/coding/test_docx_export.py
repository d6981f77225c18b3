"""Word export read back with python-docx: headings, levels, quotes equal to snippets, source lines."""

from __future__ import annotations

import pytest
from docx import Document

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.export.docx_export import (
    EMOJI_FONT,
    NBSP,
    NNBSP,
    DocxExportOptions,
    compact_attributes,
    export_docx,
    french_typography,
    hms,
    quoted,
)
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService

TEXT = ("Enq : Et le quartier ?\n"
        "[00:03:12] Marie : J’aime l’école 😀 du quartier.\n"
        "Paul : Le marché du samedi, surtout !")


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Quartier", TEXT), transcript("Deux", "Jean : Bof.")])
    cb, cs = CodebookService(project), CodingService(project)
    lieux = cb.create("Lieux", description="Où l’on vit")
    ecole = cb.create("École", parent_id=lieux.id)
    cb.create("Vide")
    cs.apply(ecole.id, [Span(1, TEXT.index("J’aime"), TEXT.index("quartier.") + 9)], "ana")
    cs.apply(lieux.id, [Span(1, TEXT.index("Le marché"), len(TEXT)), Span(2, 7, 11)], "ana")
    MemoService(project).set("code", lieux.id, "Mémo : à revoir")
    AttributeService(project).set_value("case", CaseService(project).find("Marie").id, "âge", "34")
    yield project
    project.close()


def paragraphs(path):
    return [(p.style.name, p.text) for p in Document(str(path)).paragraphs]


def test_docx_export_by_code_in_french(project, tmp_path):
    out = export_docx(project, tmp_path / "x.docx", DocxExportOptions(title="Rapport"))
    paras = paragraphs(out)
    assert paras[0] == ("Title", "Rapport")
    headings = [(s, t) for s, t in paras if s.startswith("Heading")]
    assert headings == [("Heading 1", "Lieux"), ("Heading 2", "École"), ("Heading 1", "Vide")]
    texts = [t for _, t in paras]
    assert texts[2] == "Où l’on vit"
    assert texts[3] == f"Mémo{NNBSP}: Mémo{NNBSP}: à revoir"
    quotes = [t for s, t in paras if s == "Quote"]
    assert quotes == [f"«{NBSP}Le marché du samedi, surtout{NNBSP}!{NBSP}»", f"«{NBSP}Bof.{NBSP}»",
                      f"«{NBSP}J’aime l’école 😀 du quartier.{NBSP}»"]
    source = texts[texts.index(quotes[2]) + 1]
    assert source == "Marie (34 ans) — Quartier, 00:03:12"
    footer = Document(str(out)).sections[0].footer._element.xml
    assert "PAGE" in footer and "fldChar" in footer


def test_docx_export_by_document_in_english_without_subcodes(project, tmp_path):
    lieux = CodebookService(project).find_path("Lieux").id
    options = DocxExportOptions(code_ids=(lieux,), include_subcodes=False, group_by="document", language="en",
                                include_speaker_attributes=False)
    paras = paragraphs(export_docx(project, tmp_path / "y.docx", options))
    assert paras[0] == ("Title", "Coded excerpts")
    assert [t for s, t in paras if s.startswith("Heading")] == ["Quartier", "Deux"]
    assert [t for s, t in paras if s == "Quote"] == ["“Le marché du samedi, surtout !”", "“Bof.”"]
    assert paras[3][1] == "Lieux — Paul"  # the document is the heading above


def test_docx_export_helpers():
    assert hms(3725.4) == "01:02:05" and hms(None) == ""
    assert french_typography('Il dit "oui" : vraiment ?') == f"Il dit «{NBSP}oui{NBSP}»{NNBSP}: vraiment{NNBSP}?"
    assert french_typography("à 10:30 précises") == "à 10:30 précises"


def test_docx_export_typography_nested_quotes_and_times():
    assert hms(4.5) == "00:00:04" and hms(5.99) == "00:00:05"  # cut, not rounded: where the speech is
    assert french_typography("Quoi ?! Non...") == f"Quoi{NNBSP}?! Non..."
    assert french_typography("Vraiment ; oui") == f"Vraiment{NNBSP}; oui"
    assert quoted("Elle dit « non » puis \"oui\"", "fr") == f"«{NBSP}Elle dit “non” puis “oui”{NBSP}»"
    assert quoted("« arrête »", "fr") == f"«{NBSP}arrête{NBSP}»"  # one quotation: one pair
    assert quoted("« a » et « b »", "fr") == f"«{NBSP}“a” et “b”{NBSP}»"
    assert quoted("« pas fermé", "fr") == f"«{NBSP}«{NBSP}pas fermé{NBSP}»"
    assert quoted("ligne 1\n  ligne   2 ?", "fr") == f"«{NBSP}ligne 1 ligne 2{NNBSP}?{NBSP}»"
    assert quoted("« stop »", "en") == "“stop”" and quoted("a  b", "en") == "“a b”"


def test_docx_export_compact_attributes():
    attrs = {"âge": "34", "profession": "infirmière", "enfants": "2", "télétravail": "oui", "vide": ""}
    assert compact_attributes(attrs, "fr") == f"34 ans, infirmière, enfants 2, télétravail{NNBSP}: oui"
    assert compact_attributes({"Age": "34", "job": "nurse"}, "en") == "34 y/o, nurse"
    long = compact_attributes({f"k{i}": "une valeur assez longue" for i in range(5)}, "fr")
    assert long == "une valeur assez longue, une valeur assez longue, …"  # whole values, never cut


def test_docx_export_coding_memos_levels_and_emoji_runs(project, tmp_path):
    cs, cb = CodingService(project), CodebookService(project)
    ecole = cb.find_path("Lieux/École")
    sub = cb.create("Sous", parent_id=ecole.id)
    cs.apply(sub.id, [Span(1, TEXT.index("école"), TEXT.index("école") + 5)], "ana")
    coding = cs.excerpts(ecole.id, False)[0].coding
    MemoService(project).set("coding", coding.id, "À relire : ironie ?")
    out = export_docx(project, tmp_path / "m.docx", DocxExportOptions(code_ids=(ecole.id,)))
    doc = Document(str(out))
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    assert [(s, t) for s, t in paras if s.startswith("Heading")] == [("Heading 1", "École"), ("Heading 2", "Sous")]
    i = paras.index(("Quote", f"«{NBSP}J’aime l’école 😀 du quartier.{NBSP}»"))
    assert paras[i + 1][1] == "Marie (34 ans) — Quartier, 00:03:12"
    assert paras[i + 2] == ("Normal", f"Mémo{NNBSP}: À relire{NNBSP}: ironie{NNBSP}?")
    quote = next(p for p in doc.paragraphs if p.style.name == "Quote")
    assert quote.paragraph_format.keep_with_next
    emoji = [r for r in quote.runs if r.text == "😀"]
    assert emoji and emoji[0].font.name == EMOJI_FONT
    out = export_docx(project, tmp_path / "n.docx", DocxExportOptions(code_ids=(ecole.id,), include_memos=False))
    assert not any(p.text.startswith("Mémo") for p in Document(str(out)).paragraphs)
