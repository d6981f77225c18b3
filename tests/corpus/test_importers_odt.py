"""OpenDocument .odt import (corpus.importers.odt), with .odt files written by hand."""

from __future__ import annotations

import zipfile

import pytest

from corpus.importers import ImportFailure, read_file

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
BODY = """
<text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>
<text:h text:outline-level="1">Entretien « Marie » 😀</text:h>
<text:p>Enq<text:s/>: Bonjour,<text:s text:c="3"/>c’est <text:span>l’œuvre</text:span> d’une vie ?</text:p>
<text:list><text:list-item><text:p>Marie : premier point</text:p></text:list-item>
<text:list-item><text:p>deuxième<text:tab/>point<text:line-break/>suite</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Enq</text:p></table:table-cell>
<table:table-cell><text:p>Et alors ?</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Marie</text:p></table:table-cell>
<table:table-cell><text:p>Voilà<text:note><text:note-citation>1</text:note-citation>
<text:note-body><text:p>note</text:p></text:note-body></text:note>.</text:p></table:table-cell></table:table-row></table:table>
<text:section><text:p><text:a>Lien</text:a> final</text:p></text:section>
"""


def _make_odt(path, body: str = BODY, manifest_extra: str = "", content: str | None = None):
    xml = (
        content
        or f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{body}</office:text></office:body></office:document-content>'
    )
    manifest = f'<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">{manifest_extra}</manifest:file-entry></manifest:manifest>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", xml)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def test_odt_structure(tmp_path):
    (doc,) = read_file(_make_odt(tmp_path / "entretien.odt"))
    assert doc.text.split("\n") == [
        "Entretien « Marie » 😀",
        "Enq : Bonjour,   c’est l’œuvre d’une vie ?",
        "Marie : premier point",
        "deuxième\tpoint",
        "suite",
        "Enq : Et alors ?",
        "Marie : Voilà.",
        "Lien final",
    ]
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]
    assert doc.source_format == "odt"


def test_odt_truncated(tmp_path):
    data = _make_odt(tmp_path / "ok.odt").read_bytes()
    (tmp_path / "coupé.odt").write_bytes(data[:-40])
    with pytest.raises(ImportFailure, match="damaged or truncated"):
        read_file(tmp_path / "coupé.odt")


def test_odt_encrypted(tmp_path):
    path = _make_odt(tmp_path / "secret.odt", manifest_extra="<manifest:encryption-data/>")
    with pytest.raises(ImportFailure, match="password-protected"):
        read_file(path)


def test_odt_bad_xml_and_spreadsheet(tmp_path):
    with pytest.raises(ImportFailure, match="damaged"):
        read_file(_make_odt(tmp_path / "bad.odt", content="<office:document-content"))
    sheet = f"<office:document-content {NS}><office:body><office:spreadsheet/></office:body></office:document-content>"
    with pytest.raises(ImportFailure, match="no text document"):
        read_file(_make_odt(tmp_path / "sheet.odt", content=sheet))


def test_odt_entities_are_not_expanded(tmp_path):
    evil = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        f"<office:document-content {NS}><office:body><office:text><text:p>a &e; b</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    try:
        (doc,) = read_file(_make_odt(tmp_path / "evil.odt", content=evil))
    except ImportFailure:
        return
    assert "root:" not in doc.text
