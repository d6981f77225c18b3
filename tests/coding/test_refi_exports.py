"""Exports other tools read well: categories, notes as files, turns without empty selections, document kinds,
characters XML cannot carry; and notes of other tools each kept as its own memo section."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.refi import export_qdpx, import_qdpx
from coding.refi.store_notes import MEMO_SEPARATOR
from coding.types import Span
from corpus.documents import CorpusService
from corpus.store.project import Project

NS = {"q": "urn:QDA-XML:project:1.0"}


def qde_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def test_refi_export_parents_without_codings_are_categories(rich_project, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich_project, out)
    codable = {c.get("name"): c.get("isCodable") for c in qde_of(out).iter("{*}Code")}
    assert codable["Vie"] == codable["Pénibilité"] == "false"  # parents, no codings of their own
    assert codable["Émotions"] == codable["École"] == codable["Logement"] == "true"


def test_refi_export_parent_with_codings_stays_codable(rich_project, tmp_path):
    books = CodebookService(rich_project)
    vie = books.find_path("Vie")
    doc = CorpusService(rich_project).documents()[0]
    CodingService(rich_project).apply(vie.id, [Span(doc.id, 0, 3)], "Alice")
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich_project, out)
    assert {c.get("name"): c.get("isCodable") for c in qde_of(out).iter("{*}Code")}["Vie"] == "true"


def test_refi_export_notes_inline_and_as_files(rich_project, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich_project, out)
    notes = qde_of(out).xpath("//q:Notes/q:Note", namespaces=NS)
    assert len(notes) == len([m for m in MemoService(rich_project).memos() if m.target_kind != "case"])  # Description
    with zipfile.ZipFile(out) as zf:
        for note in notes:
            inline = note.find("q:PlainTextContent", NS).text
            path = note.get("plainTextPath")
            assert path.startswith("internal://")
            assert zf.read("sources/" + path.split("://", 1)[1]).decode("utf-8") == inline


def test_refi_export_turns_are_case_links_not_selections(rich_project, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich_project, out)
    root = qde_of(out)
    assert not root.xpath("//q:PlainTextSelection[not(q:Coding)]", namespaces=NS)  # no empty annotations
    assert not root.xpath("//q:SelectionRef", namespaces=NS)
    amelie = root.xpath("//q:Case[@name='Amélie']", namespaces=NS)[0]
    assert len(amelie.findall("q:SourceRef", NS)) == 1
    group = root.xpath("//q:Case[@name='Habitants']", namespaces=NS)[0]
    assert "Verbatim group: " in group.find("q:Description", NS).text


def test_refi_roundtrip_keeps_document_kind_and_original_file(rich_project, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich_project, out)
    description = qde_of(out).xpath("//q:TextSource/q:Description", namespaces=NS)[0].text
    memo, meta = description.split("\n\n")
    assert memo == "Entretien réalisé à Lyon"  # the document memo, which QualCoder reads from here
    assert meta.startswith("Verbatim document: transcript; original file: ")
    with Project.create(tmp_path / "copy.vbt") as copy:
        import_qdpx(copy, out)
        got = sorted((d.name, d.kind, d.source_name, d.source_format) for d in CorpusService(copy).documents())
        memos = sorted((m.target_kind, m.text) for m in MemoService(copy).memos())
    want = sorted((d.name, d.kind, d.source_name, d.source_format) for d in CorpusService(rich_project).documents())
    assert got == want
    assert memos == sorted((m.target_kind, m.text) for m in MemoService(rich_project).memos())  # not doubled


def test_refi_export_replaces_and_reports_characters_xml_cannot_carry(rich_project, tmp_path, shared_refi):
    books, corpus = CodebookService(rich_project), CorpusService(rich_project)
    doc = corpus.documents()[0]
    corpus.rename_document(doc.id, "Entretien\x01A")
    books.create("Bruit\x07de fond")
    MemoService(rich_project).set("project", 0, "Mémo\x02 du projet", "Alice")
    out = tmp_path / "rich.qdpx"
    report = export_qdpx(rich_project, out)
    etree.XMLSchema(etree.parse(str(shared_refi / "Project.xsd"))).assertValid(qde_of(out))
    names = {c.get("name") for c in qde_of(out).iter("{*}Code")}
    assert "Bruit\ufffdde fond" in names
    lines = {(e.element, e.subject) for e in report.entries if "XML cannot carry" in e.detail}
    assert lines == {("Code", "Bruit\x07de fond"), ("TextSource", "Entretien\x01A"), ("Note", "Project memo"),
                     ("Note", "Memo on the document Entretien\x01A")}


ATLAS_LIKE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Standard" origin="ATLAS.ti 8">
<Users><User guid="user-ana" name="Ana"/></Users>
<Notes>
 <Note guid="N0000000-0000-0000-0000-000000000001" name="Méthode"><Description>Comment nous avons codé</Description>
  <PlainTextContent>Deux passes de codage.</PlainTextContent></Note>
 <Note guid="N0000000-0000-0000-0000-000000000002" name="Questions ouvertes">
  <PlainTextContent>Revoir le code Santé.</PlainTextContent></Note>
</Notes>
<NoteRef targetGUID="N0000000-0000-0000-0000-000000000001"/>
<NoteRef targetGUID="N0000000-0000-0000-0000-000000000002"/>
</Project>"""


def test_refi_import_each_note_is_its_own_memo_section_with_its_description(tmp_path):
    path = tmp_path / "atlas.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", ATLAS_LIKE)
    with Project.create(tmp_path / "p.vbt") as project:
        report = import_qdpx(project, path)
        [memo] = MemoService(project).memos()
        assert memo.text.split(MEMO_SEPARATOR) == ["Méthode\nComment nous avons codé\n\nDeux passes de codage.",
                                                   "Questions ouvertes\n\nRevoir le code Santé."]
        assert memo.coder == "Ana"
        assert report.counts["notes"] == 2
        assert any("2 notes or descriptions joined" in e.detail for e in report.entries)
        out = tmp_path / "again.qdpx"
        export_qdpx(project, out)
    assert len(qde_of(out).xpath("//q:Notes/q:Note", namespaces=NS)) == 2  # one note per section again
    # "user-ana" and "N000..." are no GUIDs: stable GUIDs were made for them, so the export validates


def test_refi_export_speakers_as_codes_round_trips_and_stays_valid(rich_project, tmp_path, shared_refi):
    """Optional: turns also as codings of a code with the case's GUID (QualCoder's case text); read back as turns."""
    out = tmp_path / "speakers.qdpx"
    report = export_qdpx(rich_project, out, speakers_as_codes=True)
    root = qde_of(out)
    etree.XMLSchema(etree.parse(str(shared_refi / "Project.xsd"))).assertValid(root)
    cases = {c.get("name"): c.get("guid") for c in root.xpath("//q:Case", namespaces=NS)}
    codes = {c.get("name"): c.get("guid") for c in root.iter("{*}Code")}
    assert codes["Amélie"] == cases["Amélie"] and "Habitants" not in codes  # a group speaks through its members
    assert any("case text" in e.detail for e in report.entries)
    with Project.create(tmp_path / "copy.vbt") as copy:
        import_qdpx(copy, out)
        assert {c.path for c in CodebookService(copy).codes()} == {c.path for c in CodebookService(rich_project).codes()}
        got = sorted((t.start, t.end, t.speaker) for t in CorpusService(copy).turns())
        assert len(CodingService(copy).codings()) == len(CodingService(rich_project).codings())
    assert got == sorted((t.start, t.end, t.speaker) for t in CorpusService(rich_project).turns())
