"""How selection positions are read, per source, from evidence that does not need selection names.

Synthetic NVivo-like sources: CRLF line ends, a UTF-8 BOM, emoji (two UTF-16 units each), accents
(two UTF-8 bytes each) and selections with ``name=""``, their positions counted the way each tool does.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from coding.codings import CodingService
from coding.refi import import_qdpx, inspect_qdpx
from coding.refi.readings import CERTAIN, HIGH, LOW, SourceOffsets, on_boundary, parse_key, reading_key
from corpus.messages import set_language
from corpus.store.project import Project

LINES = [
    "Enquêtrice : Bonjour, merci d'avoir accepté 😀 cet entretien sur la vaccination.",
    "Répondant : Avec plaisir. J'hésite encore à me faire vacciner 💉, franchement.",
    "Enquêtrice : Qu'est-ce qui vous fait hésiter ? Les effets secondaires ?",
    "Répondant : Oui, ma sœur a été malade 🤒🤒 pendant trois jours après la deuxième dose.",
    "Enquêtrice : Et votre médecin, qu'en pense-t-il ?",
    "Répondant : Il dit que c'est sûr, mais je préfère attendre 🙏 de voir les études.",
    "Enquêtrice : Vous faites confiance aux études scientifiques ?",
    "Répondant : Plus qu'aux réseaux sociaux 📱, où l'on lit n'importe quoi 🙄.",
]
TEXT = "\n".join(LINES)
WORDS = ["merci d'avoir accepté", "cet entretien", "vacciner", "franchement", "effets secondaires",
         "ma sœur a été malade", "trois jours", "deuxième dose", "votre médecin", "c'est sûr", "attendre",
         "les études", "études scientifiques", "réseaux sociaux", "n'importe quoi"]
CODE = "D7AA29DA-519B-4946-9B90-253B6DB8FD0A"
SRC = "69A4332D-5B31-4915-B520-5275CFC21B40"


def _spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for words in WORDS:
        begin = text.index(words, start)
        out.append((begin, begin + len(words)))
        start = begin
    return out


def count_as(text: str, unit: str, *, crlf: int = 2, bom: bool = False) -> list[tuple[int, int]]:
    """The positions of WORDS in ``text`` (LF) as a tool counting ``unit`` on the CRLF file would write them."""
    crlf_text = text.replace("\n", "\r\n")
    counted = crlf_text if crlf == 2 else text

    def units(prefix: str) -> int:
        if unit == "utf16":
            n = len(prefix.encode("utf-16-le")) // 2
        elif unit == "utf8":
            n = len(prefix.encode("utf-8"))
        else:
            n = len(prefix)
        return n + ((3 if unit == "utf8" else 1) if bom else 0)

    out = []
    for start, end in _spans(counted):
        out.append((units(counted[:start]), units(counted[:end])))
    return out


def make_nvivo_like(path: Path, positions: list[tuple[int, int]], *, origin: str = "NVivo for Windows 12.6",
                    text: str = TEXT) -> Path:
    sels = "".join(
        f'<PlainTextSelection guid="00000000-0000-0000-0000-{i:012d}" name="" startPosition="{a}" endPosition="{b}">'
        f'<Coding guid="10000000-0000-0000-0000-{i:012d}"><CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
        for i, (a, b) in enumerate(positions))
    xml = (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="{origin}">'
           f'<Users><User guid="8ca3a2c1-8b7a-41c3-a9dd-a8fb46caa645" name="Gergo"/></Users>'
           f'<CodeBook><Codes><Code guid="{CODE}" name="Hésitation" isCodable="true"/></Codes></CodeBook>'
           f'<Sources><TextSource guid="{SRC}" name="Entretien" plainTextPath="internal://{SRC}.txt">{sels}'
           f'</TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml.encode("utf-8"))
        zf.writestr(f"Sources/{SRC}.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


def test_refi_readings_nvivo_positions_land_on_the_coded_words(project, tmp_path):
    """NVivo: UTF-16 units, BOM not counted, CRLF as 2, empty names -> every coding on its words."""
    path = make_nvivo_like(tmp_path / "n.qdpx", count_as(TEXT, "utf16"))
    report = import_qdpx(project, path)
    snippets = [c.snippet for c in sorted(CodingService(project).codings(), key=lambda c: c.span.start)]
    assert snippets == WORDS
    [choice] = report.readings
    assert (choice.key, choice.confidence, choice.share) == ("utf16-nobom-crlf2", HIGH, 1.0)
    assert choice.alternatives["codepoints-nobom-crlf2"] < 0.5
    assert {c.coder for c in CodingService(project).codings()} == {"Gergo"}  # the file's only user
    set_language("en")
    try:
        assert "UTF-16 units, BOM not counted, CRLF as 2" in report.render()
        assert any("credited to the file's only user" in e.detail for e in report.entries)
    finally:
        set_language(None)


@pytest.mark.parametrize(("unit", "crlf", "bom"), [("utf16", 2, False), ("utf8", 2, False), ("codepoints", 1, False),
                                                   ("utf16", 1, True), ("utf8", 2, True), ("codepoints", 2, True)])
def test_refi_readings_are_found_without_names_nor_origin(tmp_path, unit, crlf, bom):
    """Evidence alone (word boundaries, ends inside characters) finds how the positions were counted."""
    offsets = SourceOffsets(TEXT.replace("\n", "\r\n"), had_bom=True)
    spans = [(a, b, "") for a, b in count_as(TEXT, unit, crlf=crlf, bom=bom)]
    choice = offsets.choose(spans, origin="")
    assert choice.key == reading_key(unit, bom, crlf)
    assert choice.confidence == HIGH
    reading = offsets.reading(choice.key)
    got = [TEXT[reading.convert(a)[0]:reading.convert(b)[0]] for a, b, _ in spans]
    assert got == WORDS


def test_refi_readings_ascii_text_is_certain(tmp_path):
    """Where every reading gives the same positions there is nothing to choose."""
    text = "Plain ASCII text\nwith two lines and some words."
    offsets = SourceOffsets(text, had_bom=False)
    choice = offsets.choose([(0, 5, ""), (17, 21, "")])
    assert (choice.key, choice.confidence, choice.alternatives) == ("codepoints-nobom-crlf2", CERTAIN, {})


def test_refi_readings_unconvincing_evidence_is_said_and_can_be_forced(project, tmp_path):
    """One-letter words: every position is a word boundary, so no reading stands out; the user chooses."""
    text = "😀 a b c d e f g h"
    path = make_nvivo_like(tmp_path / "a.qdpx", [(5, 6)], origin="", text=text)
    report = inspect_qdpx(path)
    [choice] = report.readings
    assert choice.confidence == LOW and not choice.convincing
    assert report.unconvincing == [choice]
    forced = import_qdpx(project, path, readings={SRC.lower(): "utf16-nobom-crlf2"})
    assert [c.snippet for c in CodingService(project).codings()] == ["b"]  # units 5-6 = code point 4 -> "b"
    assert forced.readings[0].forced and forced.readings[0].convincing


def test_refi_readings_selection_names_weigh_when_present(tmp_path):
    """Names that match the text are evidence too (QualCoder, MAXQDA and ATLAS.ti write them)."""
    text = "😀 Le chat noir dort."
    offsets = SourceOffsets(text, had_bom=False)
    by_points = offsets.choose([(5, 14, "chat noir")])
    assert (by_points.key, by_points.named, by_points.names) == ("codepoints-nobom-crlf2", 1, 1)
    by_units = offsets.choose([(6, 15, "chat noir…")])  # names are often cut with an ellipsis
    assert (by_units.key, by_units.named) == ("utf16-nobom-crlf2", 1)


def test_refi_readings_unknown_forced_reading_is_a_clear_error(project, tmp_path):
    from coding.refi import RefiError

    path = make_nvivo_like(tmp_path / "n.qdpx", count_as(TEXT, "utf16"))
    with pytest.raises(RefiError, match="bytes: not a reading of positions"):
        import_qdpx(project, path, readings={"*": "bytes"})
    assert CodingService(project).codings() == []


def test_refi_readings_keys_and_boundaries():
    assert parse_key("utf8-bom-crlf1") == ("utf8", True, 1)
    with pytest.raises(ValueError):
        parse_key("bytes")
    assert on_boundary("ab cd", 2) and on_boundary("ab cd", 0) and not on_boundary("ab cd", 1)
