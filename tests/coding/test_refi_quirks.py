"""Hand-written .qdpx files imitating NVivo, MAXQDA, ATLAS.ti and QualCoder quirks."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.refi import import_qdpx
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.store.project import Project

NS = 'xmlns="urn:QDA-XML:project:1.0"'
U1 = "AD68FBE7-E1EE-4A82-A279-23CC698C89EB"
SRC = "69A4332D-5B31-4915-B520-5275CFC21B40"
TXT = "01106019-2518-43DD-BBD1-8F0252BACB30"


def make_qdpx(path: Path, body: str, files: dict[str, bytes], *, name: str = "project.qde") -> Path:
    xml = f'<?xml version="1.0" encoding="utf-8"?>\n<Project {NS} name="Test" origin="tests">{body}</Project>'
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(name, xml.encode("utf-8"))
        for n, data in files.items():
            zf.writestr(n, data)
    return path


def selection(guid: int, start: int, end: int, code: str, *, user: str | None = U1, name: str = "") -> str:
    who = f' creatingUser="{user}"' if user else ""
    label = f' name="{name}"' if name else ""
    return (f'<PlainTextSelection guid="00000000-0000-0000-0000-{guid:012d}" startPosition="{start}" '
            f'endPosition="{end}"{who}{label}><Coding guid="10000000-0000-0000-0000-{guid:012d}"{who}>'
            f'<CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>')


CODES = ('<CodeBook><Codes>'
         '<Code guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}" name="Thèmes" isCodable="false">'
         '<Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="Économie" isCodable="true"/>'
         '<Code guid="0DCEF2F5-E55C-49DA-8C33-9B0803C7AEB4" name="Santé" isCodable="true" color="#3c3"/>'
         '</Code></Codes></CodeBook>')
ECO, HEALTH = "D7AA29DA-519B-4946-9B90-253B6DB8FD0A", "{0dcef2f5-e55c-49da-8c33-9b0803c7aeb4}"


def source(selections: str, *, extra: str = "") -> str:
    return (f'<Sources><TextSource guid="{SRC}" name="Entretien 1.docx" plainTextPath="internal://{TXT}.txt">'
            f'{selections}</TextSource>{extra}</Sources>')


def coded(project: Project) -> dict[str, list[str]]:
    paths = {c.id: c.path for c in CodebookService(project).codes()}
    out: dict[str, list[str]] = {}
    for c in CodingService(project).codings():
        out.setdefault(paths[c.code_id], []).append(c.snippet)
    return out


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


TEXT = "Première ligne : le chômage.\nDeuxième ligne : l'hôpital 😀 ferme.\nFin."


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_refi_quirk_crlf_offsets_counted_on_crlf_text(project, tmp_path):
    """NVivo/MAXQDA on Windows: the .txt has CRLF and positions count the CR."""
    crlf = TEXT.replace("\n", "\r\n")
    users = f'<Users><User guid="{U1}" name="Nadia"/></Users>'
    body = users + CODES + source(selection(1, *span(crlf, "chômage"), ECO) + selection(2, *span(crlf, "hôpital 😀 ferme"), HEALTH))
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", body, {f"sources/{TXT}.txt": crlf.encode()}))
    assert coded(project) == {"Thèmes/Économie": ["chômage"], "Thèmes/Santé": ["hôpital 😀 ferme"]}
    assert CorpusService(project).texts()[1] == TEXT
    assert any("isCodable" in e.detail for e in report.entries)
    assert {c.coder for c in CodingService(project).codings()} == {"Nadia"}


def test_refi_quirk_crlf_file_with_offsets_counted_on_lf_text(project, tmp_path):
    """Some tools write CRLF files but count positions as if line ends were one character."""
    crlf = TEXT.replace("\n", "\r\n")
    sels = (selection(1, *span(TEXT, "hôpital 😀 ferme"), HEALTH, name="hôpital 😀 ferme")
            + selection(2, *span(TEXT, "Fin"), ECO, name="Fin."))
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + source(sels),
                                            {f"sources/{TXT}.txt": crlf.encode()}))
    assert coded(project) == {"Thèmes/Santé": ["hôpital 😀 ferme"], "Thèmes/Économie": ["Fin"]}
    assert any("CRLF as 1" in e.detail for e in report.entries)
    assert report.readings[0].key == "codepoints-nobom-crlf1"


def test_refi_quirk_bom_and_missing_colours(project, tmp_path):
    """QualCoder/ATLAS.ti on Windows: UTF-8 BOM; codes without colour get one from the palette."""
    sels = selection(1, *span(TEXT, "chômage"), ECO, user=None)
    data = b"\xef\xbb\xbf" + TEXT.encode()
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + source(sels), {f"Sources/{TXT}.TXT": data}))
    assert coded(project) == {"Thèmes/Économie": ["chômage"]}
    colours = {c.path: c.color for c in CodebookService(project).codes()}
    assert colours["Thèmes/Santé"] == "#33CC33"
    assert colours["Thèmes"].startswith("#") and len(colours["Thèmes"]) == 7
    assert any("no colour" in e.detail for e in report.entries)
    assert any("byte order mark" in e.detail for e in report.entries)


def test_refi_quirk_utf16_offsets_with_emoji(project, tmp_path):
    """.NET/Qt tools count UTF-16 units: after an emoji positions are one higher."""
    def units(text: str, words: str) -> tuple[int, int]:
        a, b = span(text, words)
        extra = lambda i: sum(1 for c in text[:i] if ord(c) > 0xFFFF)  # noqa: E731
        return a + extra(a), b + extra(b)

    text = "😀😀 Le chômage 🎉 et l'hôpital."
    sels = (selection(1, *units(text, "chômage"), ECO, name="chômage")
            + selection(2, *units(text, "l'hôpital"), HEALTH, name="l'hôpital"))
    import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + source(sels), {f"sources/{TXT}.txt": text.encode()}))
    assert coded(project) == {"Thèmes/Économie": ["chômage"], "Thèmes/Santé": ["l'hôpital"]}


def test_refi_quirk_decomposed_accents_are_normalised(project, tmp_path):
    """macOS tools may write NFD text: stored NFC, offsets follow."""
    nfd = unicodedata.normalize("NFD", TEXT)
    sels = selection(1, *span(nfd, unicodedata.normalize("NFD", "hôpital 😀 ferme")), HEALTH)
    import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + source(sels), {f"sources/{TXT}.txt": nfd.encode()}))
    assert coded(project) == {"Thèmes/Santé": ["hôpital 😀 ferme"]}
    assert CorpusService(project).texts()[1] == TEXT


def test_refi_quirk_out_of_range_unknown_users_pdf_and_unknown_codes(project, tmp_path):
    size = len(TEXT)
    sels = (selection(1, size - 4, size + 10, ECO, user="11111111-2222-3333-4444-555555555555")
            + selection(2, size + 5, size + 9, ECO)
            + selection(3, 0, 5, "99999999-9999-9999-9999-999999999999"))
    pdf = '<PDFSource guid="3E029F7C-B699-47C2-AE9F-95F481693CAF" name="Article.pdf" path="internal://x.pdf"/>'
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + source(sels, extra=pdf) + "<Links/>",
                                            {f"sources/{TXT}.txt": TEXT.encode()}))
    assert coded(project) == {"Thèmes/Économie": ["Fin."]}
    assert [c.coder for c in CodingService(project).codings()] == ["User 11111111"]
    details = report.render()
    for expected in ("clamped", "beyond the end", "unknown code", "PDFSource", "not declared in <Users>"):
        assert expected in details
    assert len(report.schema_errors) >= 1  # <Links/> without Link is invalid: reported, import went on


def test_refi_quirk_cases_variables_and_notes_of_other_tools(project, tmp_path):
    """NVivo-like: a case linked to a whole source, variables on cases and sources, notes everywhere."""
    var_age, var_site = "A0000000-0000-0000-0000-000000000001", "A0000000-0000-0000-0000-000000000002"
    note1, note2 = "B0000000-0000-0000-0000-000000000001", "B0000000-0000-0000-0000-000000000002"
    variables = (f'<Variables><Variable guid="{var_age}" name="Âge" typeOfVariable="Integer"/>'
                 f'<Variable guid="{var_site}" name="Site" typeOfVariable="Text"/></Variables>')
    cases = (f'<Cases><Case guid="C0000000-0000-0000-0000-000000000001" name="Jeanne">'
             f'<Description>Infirmière</Description><VariableValue><VariableRef targetGUID="{var_age}"/>'
             f'<IntegerValue>42</IntegerValue></VariableValue><SourceRef targetGUID="{SRC}"/></Case></Cases>')
    values = f'<NoteRef targetGUID="{note2}"/><VariableValue><VariableRef targetGUID="{var_site}"/><TextValue>Rennes</TextValue></VariableValue>'
    notes = (f'<Notes><Note guid="{note1}" name="Journal"><PlainTextContent>Notes de terrain</PlainTextContent></Note>'
             f'<Note guid="{note2}" name="n2" plainTextPath="internal://n2.txt"/></Notes>')
    body = CODES + variables + cases + source("", extra="").replace("</TextSource>", values + "</TextSource>") + notes
    body += f'<NoteRef targetGUID="{note1}"/>'
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", body, {f"sources/{TXT}.txt": TEXT.encode(),
                                                                        "sources/n2.txt": "Mémo source".encode()}))
    jeanne = CaseService(project).find("Jeanne")
    assert jeanne.attributes == {"Âge": "42"}
    assert AttributeService(project).values("document") == {1: {"Site": "Rennes"}}
    turns = CorpusService(project).turns(1)
    assert [(t.start, t.end, t.speaker) for t in turns] == [(0, len(TEXT), "Jeanne")]
    memos = {(m.target_kind, m.target_id): m.text for m in MemoService(project).memos()}
    assert memos == {("project", 0): "Journal\n\nNotes de terrain", ("document", 1): "n2\n\nMémo source",
                     ("case", jeanne.id): "Infirmière"}
    assert any("whole source" in e.detail for e in report.entries)


def test_refi_quirk_qde_name_case_and_missing_source_file(project, tmp_path):
    body = CODES + source(selection(1, 0, 5, ECO))
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", body, {}, name="Project.QDE"))
    assert CorpusService(project).documents() == []
    assert "not in the archive" in report.render()
    assert len(CodebookService(project).codes()) == 3


SRC2 = "79A4332D-5B31-4915-B520-5275CFC21B41"
TXT2 = "11106019-2518-43DD-BBD1-8F0252BACB31"


def test_refi_document_sets_become_attributes_and_go_back_out_as_sets(project, tmp_path):
    """NVivo sets / ATLAS.ti document groups: kept as "Set: <name>" = yes document attributes."""
    from lxml import etree

    from coding.refi import export_qdpx
    from coding.refi.api import schema_errors

    sources = (f'<Sources><TextSource guid="{SRC}" name="Entretien 1" plainTextPath="internal://{TXT}.txt"/>'
               f'<TextSource guid="{SRC2}" name="Entretien 2" plainTextPath="internal://{TXT2}.txt"/></Sources>')
    sets = (f'<Sets><Set guid="A0000000-0000-0000-0000-000000000001" name="Pilotes"><Description>pré-test</Description>'
            f'<MemberSource targetGUID="{SRC2}"/></Set>'
            f'<Set guid="A0000000-0000-0000-0000-000000000002" name="Thèmes clés">'
            f'<MemberCode targetGUID="{ECO}"/></Set></Sets>')
    files = {f"sources/{TXT}.txt": TEXT.encode(), f"sources/{TXT2}.txt": b"Autre texte."}
    report = import_qdpx(project, make_qdpx(tmp_path / "x.qdpx", CODES + sources + sets, files))
    values = AttributeService(project).values("document")
    names = {d.id: d.name for d in CorpusService(project).documents()}
    assert {names[d]: v.get("Set: Pilotes") for d, v in values.items() if v} == {"Entretien 2": "yes"}
    assert any(e.element == "Set" and "Set: Pilotes" in e.detail for e in report.entries)
    assert any(e.element == "Set" and e.subject == "Thèmes clés" for e in report.entries)  # codes: reported
    out = tmp_path / "back.qdpx"
    export_qdpx(project, out)
    with zipfile.ZipFile(out) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    assert schema_errors(root, "project") == []
    ns = {"q": "urn:QDA-XML:project:1.0"}
    (set_el,) = root.findall("q:Sets/q:Set", ns)
    member = set_el.find("q:MemberSource", ns).get("targetGUID")
    assert set_el.get("name") == "Pilotes"
    assert root.find(f"q:Sources/q:TextSource[@guid='{member}']", ns).get("name") == "Entretien 2"
    assert not [v for v in root.findall("q:Variables/q:Variable", ns) if v.get("name").startswith("Set: ")]
