"""Acceptance check "as a user would": held-out transcripts (cp1252 + CRLF interview, focus group with
emoji and combining accents, WebVTT) are imported, auto-coded and exported with verbatim-cli, and the
Word file is read back excerpt by excerpt; every coded passage is compared with what a person would
mark by hand (written out below, not computed by the code under test)."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict

import pytest
from docx import Document
from openpyxl import load_workbook

from app.cli.main import main
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.store.project import Project

NBSP, NNBSP = "\u00a0", "\u202f"
E = "e\u0301"  # e + combining acute: the store makes it é (NFC), and so must the search
LEA = (
    "Entretien n°2 — Léa, infirmière\n"
    "Date : 14 mars 2023\n"
    "\n"
    "[00:00:05] Enquêtrice : Bonjour Léa. Pouvez-vous me parler de l’école où vous avez fait votre formation ?\n"
    "[00:00:12] Léa : Oui ! L'école d'infirmières, c'était à Lyon. J’ai adoré l’école, vraiment. "
    "Mais la fatigue… c’était dur.\n"
    "Les stages de nuit, surtout.\n"
    "[00:01:40] Enquêtrice : Et aujourd'hui, au travail ?\n"
    "[00:01:47] Léa : Aujourd’hui, c’est « le cœur du métier » qui me tient. Ma sœur me dit : « arrête ». "
    "Mais non ! Ecole, hôpital, maison : voilà ma vie.\n"
    "[00:03:02] Enquêtrice : Vous parlez souvent de l’école ?\n"
    "[00:03:10] Léa : ECOLE, école, École... Oui, tout le temps ; c'est mon \"œuvre\".\n"
)
FOCUS = (
    "Focus groupe — télétravail\n"
    "\n"
    f"Animatrice : Bienvenue à tous 🙂. On commence par l’{E}cole ?\n"
    f"Karim : Moi, l'{E}cole de mes enfants 👨‍👩‍👧 a fermé ; c'{E}tait l’enfer 😅. Vraiment l'enfer !\n"
    f"Zo{E} : Pareil. Le te\u0301le\u0301travail 👍 c’est bien, mais la fatigue 😴 arrive vite.\n"
    "Sur l’écran toute la journée…\n"
    f"Karim : La fatigue, oui. Et l’{E}cole à distance, c’est « du bricolage » 🇫🇷.\n"
    f"Animatrice : Zo{E}, vous vouliez ajouter quelque chose ?\n"
    f"Zo{E} : Non, ça va ✅.\n"
)
VTT = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\n<v Marc Dupuis>Bonjour, je suis l’animateur.</v>\n\n"
    "2\n00:00:04.500 --> 00:00:09.000\n<v Inès>La fatigue&nbsp;? Oui, surtout à l'école.</v>\n\n"
    "3\n00:00:09.000 --> 00:00:12.000\n<v Inès>Mon œil, l’École n’aide pas.</v>\n\n"
    "4\n00:01:05.000 --> 00:01:10.000\n<v Marc Dupuis>Et la fatigue au travail ?</v>\n\n"
    "5\n00:01:10.000 --> 00:01:15.000\n<v Inès>Fatigue énorme ! « Trop », dit ma sœur.</v>\n"
)
L, F, R = "entretien_lea", "focus_groupe", "reunion"
# (document, speaker, time stamp of the speaker's turn) -> shorthand
ENQ1, LEA1, ENQ2, LEA2, ENQ3, LEA3 = ((L, "Enquêtrice", "00:00:05"), (L, "Léa", "00:00:12"),
                                      (L, "Enquêtrice", "00:01:40"), (L, "Léa", "00:01:47"),
                                      (L, "Enquêtrice", "00:03:02"), (L, "Léa", "00:03:10"))
ANIM, KARIM, ZOE = (F, "Animatrice", ""), (F, "Karim", ""), (F, "Zoé", "")
MARC1, INES1, MARC2, INES2 = ((R, "Marc Dupuis", "00:00:01"), (R, "Inès", "00:00:04"),
                              (R, "Marc Dupuis", "00:01:05"), (R, "Inès", "00:01:10"))
APOSTROPHE = [(ENQ1, "l’école"), (LEA1, "L'école"), (LEA1, "l’école"), (ENQ3, "l’école"), (ANIM, "l’école"),
              (KARIM, "l'école"), (KARIM, "l’école"), (INES1, "l'école"), (INES1, "l’École")]

# autocode arguments -> what a person marks, in document then text order
RUNS = [
    (["--code", "Lieux/École", "--pattern", "école", "--literal", "--whole-word", "--ignore-accents"],
     [(ENQ1, "école"), (LEA1, "école"), (LEA1, "école"), (LEA2, "Ecole"), (ENQ3, "école"), (LEA3, "ECOLE"),
      (LEA3, "école"), (LEA3, "École"), (ANIM, "école"), (KARIM, "école"), (KARIM, "école"), (INES1, "école"),
      (INES1, "École")]),
    (["--code", "Vécu/Fatigue", "--pattern", r"fatigu\w*", "--scope", "sentence", "--exclude-interviewer"],
     [(LEA1, "Mais la fatigue… c’était dur."),
      (ZOE, "Le télétravail 👍 c’est bien, mais la fatigue 😴 arrive vite."),
      (KARIM, "La fatigue, oui."), (INES1, "La fatigue ?"), (MARC2, "Et la fatigue au travail ?"),
      (INES2, "Fatigue énorme !")]),
    (["--code", "Vécu/Fatigue/Nuit", "--pattern", "nuit", "--scope", "sentence", "--document", L],
     [(LEA1, "Les stages de nuit, surtout.")]),
    (["--code", "Vécu/Enfer", "--pattern", "enfer", "--scope", "turn", "--speaker", "Karim"],
     [(KARIM, "Moi, l'école de mes enfants 👨‍👩‍👧 a fermé ; c'était l’enfer 😅. Vraiment l'enfer !")]),
    (["--code", "Lieux/Apostrophe", "--pattern", "l'école", "--literal"], APOSTROPHE),
    (["--code", "Lieux/Combinant", "--pattern", f"l’{E}cole", "--literal"], APOSTROPHE),
    (["--code", "Lieux/Stricte", "--pattern", "l'école", "--literal", "--strict-apostrophes", "--case-sensitive"],
     [(KARIM, "l'école"), (INES1, "l'école")]),
    (["--code", "Emoji", "--pattern", "👍|😴|👨‍👩‍👧"], [(KARIM, "👨‍👩‍👧"), (ZOE, "👍"), (ZOE, "😴")]),
    (["--code", "Famille/Cœur", "--pattern", "coeur|soeur|oeil", "--ignore-accents"],
     [(LEA2, "cœur"), (LEA2, "sœur"), (INES1, "œil"), (INES2, "sœur")]),
    (["--code", "Citations", "--pattern", "«[^»]*»"],
     [(LEA2, "« le cœur du métier »"), (LEA2, "« arrête »"), (KARIM, "« du bricolage »"), (INES2, "« Trop »")]),
    (["--code", "Vécu/Métier", "--pattern", "Ecole|stages|métier|« arrête »", "--scope", "sentence",
      "--speaker", "Le\u0301a"],
     [(LEA1, "Les stages de nuit, surtout."), (LEA2, "Aujourd’hui, c’est « le cœur du métier » qui me tient."),
      (LEA2, "Ma sœur me dit : « arrête »."), (LEA2, "Ecole, hôpital, maison : voilà ma vie."),
      (LEA3, "ECOLE, école, École...")]),
    (["--code", "Ve\u0301cu/E\u0301cran", "--pattern", "écran", "--scope", "turn"],  # typed decomposed
     [(ZOE, "Pareil. Le télétravail 👍 c’est bien, mais la fatigue 😴 arrive vite.\nSur l’écran toute la journée…")]),
    (["--code", "Œuvre", "--pattern", "oeuvre", "--ignore-accents", "--scope", "sentence"],
     [(LEA3, "Oui, tout le temps ; c'est mon \"œuvre\".")]),
]
EXPECTED = {unicodedata.normalize("NFC", args[1]): hits for args, hits in RUNS}
ATTRIBUTES = {"Léa": {"âge": "34", "profession": "infirmière"},
              "Karim": {"âge": "41", "ville": "Lyon", "enfants": "3", "télétravail": "oui"}}
WHO = {"Léa": "Léa (34 ans, infirmière)", "Karim": f"Karim (41 ans, Lyon, enfants 3, télétravail{NNBSP}: oui)"}
WHO_EN = {"Léa": "Léa (34 y/o, infirmière)", "Karim": "Karim (41 y/o, Lyon, enfants 3, télétravail: oui)"}
MEMO = 'Lien avec les "gardes de nuit" : à creuser !'


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("user")
    (folder / "entretien_lea.txt").write_bytes(LEA.replace("\n", "\r\n").encode("cp1252"))
    (folder / "focus_groupe.txt").write_text(FOCUS, encoding="utf-8")
    (folder / "reunion.vtt").write_text(VTT, encoding="utf-8")
    path = str(folder / "p.vbt")
    assert main(["new", path]) == 0
    assert main(["import", path, *(str(folder / n) for n in ("entretien_lea.txt", "focus_groupe.txt",
                                                             "reunion.vtt"))]) == 0
    for args, _hits in RUNS:
        assert main(["autocode", path, *args]) == 0
    # No CLI for attributes and memos: set them as the GUI does.
    project = Project.open(path)
    try:
        for name, values in ATTRIBUTES.items():
            for key, value in values.items():
                AttributeService(project).set_value("case", CaseService(project).find(name).id, key, value)
        fatigue = CodebookService(project).find_path("Vécu/Fatigue").id
        MemoService(project).set("coding", CodingService(project).excerpts(fatigue, False)[0].coding.id, MEMO)
        MemoService(project).set("code", CodebookService(project).find_path("Vécu").id, "Thème transversal")
    finally:
        project.close()
    return path


def stored_text(path, name, capsys):
    capsys.readouterr()
    assert main(["show", path, name]) == 0
    return capsys.readouterr().out[:-1]  # `show` adds the final line break


def test_user_import_keeps_text_and_autocode_counts(tmp_path, capsys):
    folder = tmp_path
    (folder / "entretien_lea.txt").write_bytes(LEA.replace("\n", "\r\n").encode("cp1252"))
    path = str(folder / "p.vbt")
    main(["new", path])
    assert main(["import", path, str(folder / "entretien_lea.txt")]) == 0
    assert stored_text(path, L, capsys) == LEA[:-1]  # cp1252 decoded, CRLF made LF, nothing else changed
    assert main(["autocode", path, "--code", "A/B", "--pattern", "école", "--ignore-accents", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "8 passage(s) would be coded with A/B" in out and "[117-122] Enquêtrice: école" in out
    assert main(["autocode", path, "--code", "A/B", "--pattern", "école", "--ignore-accents"]) == 0
    assert capsys.readouterr().out.startswith("coded 8 passage(s) with A/B (0 already coded)")
    assert main(["autocode", path, "--code", "A/B", "--pattern", "ECOLE", "--ignore-accents"]) == 0
    assert capsys.readouterr().out.startswith("coded 0 passage(s) with A/B (8 already coded)")
    assert main(["autocode", path, "--code", "A/C", "--pattern", "ECOLE", "--case-sensitive"]) == 0
    assert capsys.readouterr().out.startswith("coded 1 passage(s) with A/C")
    assert main(["autocode", path, "--code", "Rien", "--pattern", "xyzzy"]) == 0
    assert "was not created" in capsys.readouterr().out
    assert main(["codes", path]) == 0
    assert "Rien" not in capsys.readouterr().out
    assert main(["autocode", path, "--code", "X", "--pattern", "a", "--document", "nope"]) == 2


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_user_every_coding_is_what_a_person_marks(project, tmp_path, capsys):
    out = tmp_path / "c.csv"
    assert main(["export-codings", project, str(out)]) == 0
    header, *rows = read_csv(out)
    assert header[:6] == ["Code", "Document", "Speaker", "Start", "End", "Text"]
    texts = {name: stored_text(project, name, capsys) for name in (L, F, R)}
    got = defaultdict(list)
    for code, doc, speaker, start, end, text, *_ in rows:
        assert texts[doc][int(start):int(end)] == text  # offsets are exact in the stored text
        got[code].append((doc, speaker, text))
    expected = {code: [(d, s, t) for (d, s, _), t in hits] for code, hits in EXPECTED.items()}
    assert dict(got) == expected
    assert len(rows) == sum(len(h) for h in EXPECTED.values())

    xlsx = tmp_path / "c.xlsx"
    assert main(["export-codings", project, str(xlsx), "--lang", "fr"]) == 0
    sheet = load_workbook(str(xlsx)).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][:6] == ["Code", "Document", "Locuteur", "Début", "Fin", "Texte"]
    assert [(r[0], r[1], r[2] or "", r[3], r[4], r[5]) for r in values[1:]] == [
        (c, d, s, int(a), int(b), t) for c, d, s, a, b, t, *_ in rows]


def untypeset(text):
    """A quote paragraph back to comparable text: no quotation marks, no spaces of any kind."""
    return re.sub(r"[«»“”\"\s\u00a0\u202f]", "", text)


def check_french_quote(quote, coded):
    assert quote.startswith(f"«{NBSP}") and quote.endswith(f"{NBSP}»"), quote
    inner = quote[2:-2]
    assert "«" not in inner and "»" not in inner and '"' not in inner, quote  # nested quotes are “ ”
    assert "  " not in quote and "\n" not in quote
    for m in re.finditer(r"[;:!?]", inner):
        before = inner[m.start() - 1]
        assert before == NNBSP or before in "?!", quote
    assert untypeset(quote) == untypeset(coded)


def blocks(path):
    """The export read back: [(heading level, heading, [(quote, source, memo)])]."""
    out = []
    paragraphs = Document(str(path)).paragraphs
    assert paragraphs[0].style.name == "Title"
    i = 1
    while i < len(paragraphs):
        p = paragraphs[i]
        if p.style.name.startswith("Heading"):
            out.append((int(p.style.name.split()[-1]), p.text, []))
        elif p.style.name == "Quote":
            source = paragraphs[i + 1].text
            memo = ""
            if i + 2 < len(paragraphs) and paragraphs[i + 2].text.startswith(("Mémo", "Memo")):
                memo = paragraphs[i + 2].text
                i += 1
            out[-1][2].append((p.text, source, memo))
            i += 1
        i += 1
    return out


def who(speaker):
    return WHO.get(speaker, speaker)


def test_user_word_export_by_code_in_french_excerpt_by_excerpt(project, tmp_path):
    out = tmp_path / "vecu.docx"
    assert main(["export-docx", project, str(out), "--code", "Vécu", "--code", "Citations", "--code", "Œuvre"]) == 0
    got = blocks(out)
    order = [("Vécu", 1), ("Fatigue", 2), ("Nuit", 3), ("Enfer", 2), ("Métier", 2), ("Écran", 2),
             ("Citations", 1), ("Œuvre", 1)]
    assert [(name, level) for level, name, _ in got] == order
    paths = {"Vécu": None, "Fatigue": "Vécu/Fatigue", "Nuit": "Vécu/Fatigue/Nuit", "Enfer": "Vécu/Enfer",
             "Métier": "Vécu/Métier", "Écran": "Vécu/Écran", "Citations": "Citations", "Œuvre": "Œuvre"}
    for _level, name, excerpts in got:
        expected = EXPECTED.get(paths[name], [])
        assert len(excerpts) == len(expected), name  # nothing missing, nothing twice
        for (quote, source, memo), ((doc, speaker, stamp), coded) in zip(excerpts, expected):
            check_french_quote(quote, coded)
            assert source == f"{who(speaker)} — {doc}" + (f", {stamp}" if stamp else "")
            assert memo == (f"Mémo{NNBSP}: Lien avec les «{NBSP}gardes de nuit{NBSP}»{NNBSP}: à creuser{NNBSP}!"
                            if coded == "Mais la fatigue… c’était dur." else "")
    quotes = {q for _, _, ex in got for q, _, _ in ex}
    # typography, written out by hand
    for expected in (f"«{NBSP}Mais la fatigue… c’était dur.{NBSP}»",
                     f"«{NBSP}Aujourd’hui, c’est “le cœur du métier” qui me tient.{NBSP}»",
                     f"«{NBSP}Ma sœur me dit{NNBSP}: “arrête”.{NBSP}»",
                     f"«{NBSP}le cœur du métier{NBSP}»",  # a quotation alone keeps one pair
                     f"«{NBSP}Oui, tout le temps{NNBSP}; c'est mon “œuvre”.{NBSP}»",
                     f"«{NBSP}La fatigue{NNBSP}?{NBSP}»",
                     f"«{NBSP}Pareil. Le télétravail 👍 c’est bien, mais la fatigue 😴 arrive vite. "
                     f"Sur l’écran toute la journée…{NBSP}»",
                     f"«{NBSP}Moi, l'école de mes enfants 👨‍👩‍👧 a fermé{NNBSP}; c'était l’enfer 😅. "
                     f"Vraiment l'enfer{NNBSP}!{NBSP}»"):
        assert expected in quotes
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    assert paragraphs[paragraphs.index("Vécu") + 1] == f"Mémo{NNBSP}: Thème transversal"
    assert paragraphs.count("Vécu") == 1  # the code path typed with a combining accent found the same code


def test_user_word_export_by_document_and_in_english(project, tmp_path):
    out = tmp_path / "docs.docx"
    assert main(["export-docx", project, str(out), "--by", "document", "--lang", "en", "--no-memos"]) == 0
    got = blocks(out)
    assert [(level, name) for level, name, _ in got] == [(1, L), (1, F), (1, R)]
    expected = defaultdict(list)
    for code, hits in EXPECTED.items():
        for place, coded in hits:
            expected[place[0]].append((place, coded, code))
    for _level, doc, excerpts in got:
        want = expected[doc]
        assert len(excerpts) == len(want)
        # each excerpt is one coding; same passage coded twice shows twice, once per code
        assert sorted((q, s) for q, s, _ in excerpts) == sorted(
            ("“" + re.sub(r"^« (.*) »$", r"\1", " ".join(coded.split())) + "”",  # « a quote » alone: one pair
             f"{code} — {WHO_EN.get(speaker, speaker)}" + (f", {stamp}" if stamp else ""))
            for (_, speaker, stamp), coded, code in want)
        assert all(m == "" for _, _, m in excerpts)
    # text order inside a document: the Enquêtrice's first question comes first
    assert got[0][2][0][1] in ("Lieux/Apostrophe — Enquêtrice, 00:00:05", "Lieux/Combinant — Enquêtrice, 00:00:05")


def test_user_word_export_subcode_alone_and_without_attributes(project, tmp_path):
    out = tmp_path / "sub.docx"
    assert main(["export-docx", project, str(out), "--code", "Vécu/Fatigue", "--code", "Lieux/Stricte",
                 "--no-attributes", "--title", "Fatigue et école"]) == 0
    got = blocks(out)
    assert [(level, name) for level, name, _ in got] == [(1, "Stricte"), (1, "Fatigue"), (2, "Nuit")]  # tree order
    assert got[1][2][0][1] == "Léa — entretien_lea, 00:00:12"
    assert Document(str(out)).paragraphs[0].text == "Fatigue et école"
    assert main(["export-docx", project, str(out), "--code", "Vécu", "--no-subcodes"]) == 0
    assert [(level, name, len(ex)) for level, name, ex in blocks(out)] == [(1, "Vécu", 0)]
