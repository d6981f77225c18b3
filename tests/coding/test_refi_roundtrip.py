"""REFI-QDA round trips: project -> .qdpx/.qdc -> new project keeps everything, files validate."""

from __future__ import annotations

import filecmp
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.refi import RefiError, export_qdc, export_qdpx, import_qdc, import_qdpx
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def snapshot(project: Project) -> dict:
    """Everything the round trip must keep, keyed by names (ids differ between projects)."""
    corpus = CorpusService(project)
    docs = {d.id: d.name for d in corpus.documents()}
    codes = CodebookService(project).codes()
    paths = {c.id: c.path for c in codes}
    cases = CaseService(project).cases()
    case_names = {c.id: c.name for c in cases}
    memo_target = {"project": lambda i: "", "document": docs.get, "code": paths.get, "case": case_names.get}
    codings = CodingService(project).codings()
    coding_key = {c.id: (paths[c.code_id], docs[c.span.document_id], c.span.start, c.span.end) for c in codings}
    memo_target["coding"] = coding_key.get
    return {
        "texts": {docs[i]: t for i, t in corpus.texts().items()},
        "codes": sorted((c.path, c.color, c.description) for c in codes),
        "codings": sorted((*coding_key[c.id], c.snippet, c.coder) for c in codings),
        "turns": sorted((docs[t.document_id], t.start, t.end, t.content_start, t.speaker) for t in corpus.turns()),
        "cases": sorted((c.name, c.kind, c.interviewer, tuple(sorted(c.attributes.items()))) for c in cases),
        "members": sorted((case_names[c.id], tuple(sorted(case_names[m] for m in CaseService(project).members(c.id))))
                          for c in cases if c.kind == "group"),
        "doc_attributes": {docs[i]: v for i, v in AttributeService(project).values("document").items()},
        "memos": sorted((m.target_kind, str(memo_target[m.target_kind](m.target_id)), m.text)
                        for m in MemoService(project).memos()),
    }


@pytest.fixture
def rich(rich_project):
    return rich_project


def qde_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def test_refi_roundtrip_keeps_everything(rich, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich, out)
    with Project.create(tmp_path / "copy.vbt") as copy:
        report = import_qdpx(copy, out)
        assert report.lossless, report.render()
        assert snapshot(copy) == snapshot(rich)


def test_refi_roundtrip_offsets_are_code_points_with_emoji(rich, tmp_path):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich, out)
    root = qde_of(out)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    sel = root.xpath("//q:PlainTextSelection[q:Coding]", namespaces=ns)
    with zipfile.ZipFile(out) as zf:
        texts = {Path(n).stem: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")}
    emoji = 0
    for el in sel:
        source = el.getparent().get("guid")
        text = texts[source][int(el.get("startPosition")):int(el.get("endPosition"))]
        assert text == el.get("name")  # short selections are named after their text
        emoji += any(ord(c) > 0xFFFF for c in text)
    assert emoji >= 2


def test_refi_export_validates_against_official_schema(rich, tmp_path, shared_refi):
    out = tmp_path / "rich.qdpx"
    export_qdpx(rich, out)
    schema = etree.XMLSchema(etree.parse(str(shared_refi / "Project.xsd")))
    schema.assertValid(qde_of(out))
    qdc = tmp_path / "book.qdc"
    export_qdc(rich, qdc)
    etree.XMLSchema(etree.parse(str(shared_refi / "Codebook.xsd"))).assertValid(etree.parse(str(qdc)))


def test_refi_bundled_schemas_are_the_official_ones(shared_refi):
    for name in ("Project.xsd", "Codebook.xsd"):
        assert filecmp.cmp(REPO / "resources" / "refi" / name, shared_refi / name, shallow=False)


def test_refi_export_is_stable_and_reimport_does_not_duplicate(rich, tmp_path):
    first, second = tmp_path / "1.qdpx", tmp_path / "2.qdpx"
    export_qdpx(rich, first)
    export_qdpx(rich, second)
    assert etree.tostring(qde_of(first)) == etree.tostring(qde_of(second))
    with Project.create(tmp_path / "copy.vbt") as copy:
        import_qdpx(copy, first)
        before = snapshot(copy)
        report = import_qdpx(copy, first)
        assert snapshot(copy) == before
        assert report.counts.get("codings", 0) == 0
        third = tmp_path / "3.qdpx"
        export_qdpx(copy, third)
    guids = lambda root: sorted(c.get("guid") for c in root.iter("{*}Code"))  # noqa: E731
    assert guids(qde_of(third)) == guids(qde_of(first))


def test_refi_empty_project_exports_valid_file(tmp_path, shared_refi):
    with Project.create(tmp_path / "empty.vbt") as project:
        export_qdpx(project, tmp_path / "empty.qdpx")
        with pytest.raises(RefiError, match="empty"):
            export_qdc(project, tmp_path / "empty.qdc")
    assert not (tmp_path / "empty.qdc").exists()
    etree.XMLSchema(etree.parse(str(shared_refi / "Project.xsd"))).assertValid(qde_of(tmp_path / "empty.qdpx"))


def test_refi_invalid_export_writes_nothing(rich, tmp_path, monkeypatch):
    import coding.refi.api as api

    out = tmp_path / "rich.qdpx"
    out.write_bytes(b"previous")
    real = api.project_xml

    def broken(proj):
        root = real(proj)
        root.set("name", "x")
        etree.SubElement(root, "{urn:QDA-XML:project:1.0}Bogus")
        return root

    monkeypatch.setattr(api, "project_xml", broken)
    with pytest.raises(RefiError, match="does not validate"):
        export_qdpx(rich, out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_refi_qdc_roundtrip_keeps_tree_colours_descriptions(rich, tmp_path):
    qdc = tmp_path / "book.qdc"
    report = export_qdc(rich, qdc)
    assert any("code memos" in e.detail for e in report.entries)
    with Project.create(tmp_path / "other.vbt") as other:
        import_qdc(other, qdc)
        assert snapshot(other)["codes"] == snapshot(rich)["codes"]
        assert max(len(c.path.split("/")) for c in CodebookService(other).codes()) == 6
        import_qdc(other, qdc)  # again: nothing duplicated
        assert len(CodebookService(other).codes()) == len(CodebookService(rich).codes())


def test_refi_data_loss_report_renders(rich, tmp_path):
    report = export_qdpx(rich, tmp_path / "x.qdpx")
    text = report.render()
    assert "2 sources" in text
    assert "5 codings" in text
