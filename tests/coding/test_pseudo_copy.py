"""The pseudonymised copy: offsets remapped, no replaced name left anywhere, the original unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.pseudonymise import (
    DetectOptions,
    Entity,
    detect_project,
    group_detections,
    propose_replacements,
    pseudonymise_copy,
    read_table,
    write_table,
)
from corpus.store.project import Project

TEXT = ("Enquêtrice : Vous travaillez où ?\n"
        "Léa Martin : Chez Renault, à Villeurbanne, avec Karim. Écrivez à lea.martin@example.fr.\n"
        "Enquêtrice : Et Karim ?\n"
        "Léa Martin : Karim Benali est infirmier à Lyon, il adore son métier.")
NAMES = ("Léa", "Martin", "Renault", "Villeurbanne", "Karim", "Benali", "Lyon", "lea.martin@example.fr")


def _span(text: str, words: str, doc_id: int, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(doc_id, start, start + len(words))


@pytest.fixture
def original(tmp_path: Path) -> Path:
    path = tmp_path / "terrain.vbt"
    project = make_project(path, [transcript("Entretien Léa Martin", TEXT, {"ville": "Villeurbanne"})])
    doc = CorpusService(project).documents()[0].id
    book = CodebookService(project)
    work, care = book.create("Travail"), book.create("Soin", description="Ce que dit Karim")
    codings = CodingService(project)
    codings.apply(work.id, [_span(TEXT, "Chez Renault, à Villeurbanne", doc)], "Alice")
    first = codings.apply(care.id, [_span(TEXT, "il adore son métier", doc)], "Alice")[0]
    codings.apply(care.id, [_span(TEXT, "Karim Benali est infirmier", doc)], "Alice")
    memos = MemoService(project)
    memos.set("document", doc, "Léa Martin rencontrée à Lyon", "Alice")
    memos.set("coding", first.id, "Karim parle de son métier", "Alice")
    case = CaseService(project).find("Léa Martin")
    AttributeService(project).set_value("case", case.id, "employeur", "Renault")
    project.close()
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _table(path: Path) -> list[Entity]:
    with Project.open(path, readonly=True) as project:
        detections, texts = detect_project(project, DetectOptions())
    rows = group_detections(detections, texts)
    propose_replacements(rows)
    return rows


def test_pseudo_copy_keeps_codings_on_the_same_words(original: Path, tmp_path: Path):
    before = _sha(original)
    rows = _table(original)
    by_surface = {r.surface: r for r in rows}
    assert {"Léa Martin", "Renault", "Villeurbanne", "Karim", "Lyon", "lea.martin@example.fr"} <= set(by_surface)
    copy = tmp_path / "copie.vbt"
    report = pseudonymise_copy(original, copy, rows)
    assert report.leftovers == [] and report.replacements >= 9
    assert _sha(original) == before  # the original is never touched

    with Project.open(copy, readonly=True) as project:
        doc = CorpusService(project).documents()[0]
        text = CorpusService(project).document(doc.id).text
        for name in NAMES:
            assert name not in text and name not in doc.name
        codes = {c.id: c for c in CodebookService(project).codes()}
        snippets = {codes[c.code_id].name: [] for c in CodingService(project).codings()}
        for coding in CodingService(project).codings():
            assert text[coding.span.start:coding.span.end] == coding.snippet
            snippets[codes[coding.code_id].name].append(coding.snippet)
        place = by_surface["Villeurbanne"].replacement
        assert snippets["Travail"] == [f"Chez {by_surface['Renault'].replacement}, à {place}"]
        karim = by_surface.get("Karim Benali", by_surface["Karim"]).replacement
        assert sorted(snippets["Soin"]) == sorted(["il adore son métier", f"{karim} est infirmier"])
        assert "Karim" not in codes[next(i for i in codes if codes[i].name == "Soin")].description
        memos = MemoService(project)
        assert "Léa" not in memos.get("document", doc.id).text and "Lyon" not in memos.get("document", doc.id).text
        cases = [c.name for c in CaseService(project).cases()]
        assert "Léa Martin" not in cases and by_surface["Léa Martin"].replacement in cases
        values = AttributeService(project).values("case")
        assert all("Renault" not in v for vals in values.values() for v in vals.values())
        turns = CorpusService(project).turns(doc.id)
        assert all(text[t.start:t.end].strip() for t in turns)


def test_pseudo_copy_refuses_to_overwrite(original: Path, tmp_path: Path):
    with pytest.raises(ProjectError):
        pseudonymise_copy(original, original, [])
    existing = tmp_path / "deja.vbt"
    existing.write_bytes(b"x")
    with pytest.raises(ProjectError):
        pseudonymise_copy(original, existing, [])
    assert existing.read_bytes() == b"x"


def test_pseudo_table_round_trip_and_edits(original: Path, tmp_path: Path):
    rows = _table(original)
    path = write_table(tmp_path / "table.csv", rows)
    assert path.stat().st_mode & 0o777 == 0o600  # the real names: readable by their owner only
    back = read_table(path)
    assert [(r.surface, r.kind, r.replacement) for r in back] == [(r.surface, r.kind, r.replacement) for r in rows]
    # the user rejects Lyon and merges Karim into Karim Benali
    text = path.read_text(encoding="utf-8-sig")
    karim_benali = next(r for r in rows if r.surface == "Karim Benali").replacement
    karim = next(r for r in rows if r.surface == "Karim").replacement
    lines = []
    for line in text.splitlines():
        if line.startswith("Lyon,"):
            line = line.replace(",accept,", ",reject,")
        if line.startswith("Karim,"):
            line = line.replace(f",{karim},", f",{karim_benali},")
        lines.append(line)
    path.write_text("\n".join(lines), encoding="utf-8")
    edited = read_table(path)
    copy = pseudonymise_copy(original, tmp_path / "c.vbt", edited)
    with Project.open(copy.path, readonly=True) as project:
        text = CorpusService(project).texts()
    body = next(iter(text.values()))
    assert "Lyon" in body and "Karim" not in body
    assert body.count(karim_benali) == 3


def test_pseudo_table_bad_action_is_one_clear_error(tmp_path: Path):
    path = tmp_path / "t.csv"
    path.write_text("surface,kind,replacement,action\nLéa,person,Claire,peut-être\n", encoding="utf-8")
    with pytest.raises(ProjectError, match="accept or reject"):
        read_table(path)


def test_pseudo_keep_gender_gives_first_names_of_the_same_gender():
    rows = [Entity("Léa", "person"), Entity("Karim", "person"), Entity("Léa Martin", "person"),
            Entity("Lyon", "place")]
    propose_replacements(rows, keep_gender=True)
    from corpus.pseudonymise.wordlists import name_lists

    lists = name_lists()
    assert lists.gender(rows[0].replacement) == "f" and rows[0].replacement != "Léa"
    assert lists.gender(rows[1].replacement) == "m"
    assert rows[2].replacement.endswith(" A.") and lists.gender(rows[2].replacement.split()[0]) == "f"
    assert rows[3].replacement == "[Ville A]"


def test_pseudo_variants_of_one_person_share_a_replacement():
    rows = [Entity("Karim", "person"), Entity("Karim Benali", "person"), Entity("Benali", "person"),
            Entity("Martin", "person"), Entity("Léa Martin", "person"), Entity("Paul Martin", "person")]
    propose_replacements(rows)
    replacement = {r.surface: r.replacement for r in rows}
    assert replacement["Karim"] == replacement["Benali"] == replacement["Karim Benali"]
    assert len({replacement["Martin"], replacement["Léa Martin"], replacement["Paul Martin"]}) == 3  # two Martins
    gendered = [Entity("Léa", "person"), Entity("Léa Martin", "person")]
    propose_replacements(gendered, keep_gender=True)
    assert gendered[1].replacement.split()[0] == gendered[0].replacement and gendered[1].replacement.endswith(" A.")


def test_pseudo_table_keeps_phone_numbers_safe_from_spreadsheet_formulas(tmp_path: Path):
    rows = [Entity("+33 4 72 11 22 33", "phone", "[téléphone 1]"), Entity("=cmd", "person", "-x")]
    path = write_table(tmp_path / "t.csv", rows)
    assert "\n'+33 4 72 11 22 33," in path.read_text(encoding="utf-8-sig")
    assert [(r.surface, r.replacement) for r in read_table(path)] == [("+33 4 72 11 22 33", "[téléphone 1]"),
                                                                      ("=cmd", "-x")]
