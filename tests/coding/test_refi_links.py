"""NVivo-style annotations (a Note linked to an uncoded selection), other links, and selections with nothing
attached: each kept where Verbatim can keep it, and counted in the report."""

from __future__ import annotations

import zipfile

from coding.memos import MemoService
from coding.refi import import_qdpx
from corpus.store.project import Project

TEXT = "Le vaccin me fait peur. Ma sœur a été malade."
XML = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="NVivo for Windows 12.6">
<Sources><TextSource guid="11111111-1111-1111-1111-111111111111" name="Entretien" plainTextPath="internal://t.txt">
 <PlainTextSelection guid="22222222-2222-2222-2222-222222222221" name="" startPosition="24" endPosition="45"/>
 <PlainTextSelection guid="22222222-2222-2222-2222-222222222222" name="" startPosition="0" endPosition="9"/>
</TextSource></Sources>
<Notes><Note guid="33333333-3333-3333-3333-333333333333" name="Annotation">
 <PlainTextContent>Effets secondaires ?</PlainTextContent></Note></Notes>
<Links>
 <Link guid="44444444-4444-4444-4444-444444444441" originGUID="33333333-3333-3333-3333-333333333333"
       targetGUID="22222222-2222-2222-2222-222222222221"/>
 <Link guid="44444444-4444-4444-4444-444444444442" originGUID="11111111-1111-1111-1111-111111111111"
       targetGUID="22222222-2222-2222-2222-222222222222"/>
</Links>
</Project>"""


def test_refi_links_annotations_and_uncoded_selections(tmp_path):
    path = tmp_path / "n.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", XML)
        zf.writestr("sources/t.txt", TEXT.encode())
    with Project.create(tmp_path / "p.vbt") as project:
        report = import_qdpx(project, path)
        [memo] = MemoService(project).memos()
    assert (memo.target_kind, memo.text) == ("project", "Annotation\n\nEffets secondaires ?")
    details = {(e.kind, e.element, e.subject, e.detail) for e in report.entries}
    assert ("changed", "PlainTextSelection", "Entretien: «Ma sœur a été malade.»",
            "a note on an uncoded selection was appended to the project memo") in details
    assert ("changed", "Link", "", "1 link(s) between a note and a selection, source or code: the note became a memo "
            "of what it annotates") in details
    assert ("dropped", "Link", "", "1 link(s) between other elements have no equivalent in Verbatim") in details
    assert ("dropped", "PlainTextSelection", "", "1 selection(s) with no code, note or case (empty annotations or "
            "quotations) were not kept") in details
    assert report.counts["notes"] == 1


CASE_CODES = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="tests">
<CodeBook><Codes>
 <Code guid="55555555-5555-5555-5555-555555555551" name="Thème" isCodable="true"/>
 <Code guid="66666666-6666-6666-6666-666666666661" name="Jeanne" isCodable="true"/>
</Codes></CodeBook>
<Cases><Case guid="66666666-6666-6666-6666-666666666661" name="Jeanne"/></Cases>
<Sources><TextSource guid="11111111-1111-1111-1111-111111111111" name="Entretien" plainTextPath="internal://t.txt">
 <PlainTextSelection guid="22222222-2222-2222-2222-222222222221" startPosition="0" endPosition="23">
  <Coding guid="77777777-7777-7777-7777-777777777771"><CodeRef targetGUID="66666666-6666-6666-6666-666666666661"/></Coding>
  <Coding guid="77777777-7777-7777-7777-777777777772"><CodeRef targetGUID="55555555-5555-5555-5555-555555555551"/></Coding>
 </PlainTextSelection>
</TextSource></Sources>
</Project>"""


def test_refi_codes_that_are_cases_become_the_cases_passages(tmp_path):
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from corpus.documents import CorpusService

    path = tmp_path / "c.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", CASE_CODES)
        zf.writestr("sources/t.txt", TEXT.encode())
    with Project.create(tmp_path / "p.vbt") as project:
        report = import_qdpx(project, path)
        assert [c.name for c in CodebookService(project).codes()] == ["Thème"]
        assert [c.snippet for c in CodingService(project).codings()] == ["Le vaccin me fait peur."]
        assert [(t.start, t.end, t.speaker) for t in CorpusService(project).turns()] == [(0, 23, "Jeanne")]
    assert any(e.element == "Code" and e.subject == "Jeanne" and "GUID of a case" in e.detail for e in report.entries)
