"""Malicious archives and XML are refused with a clear message, and the project stays untouched."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from coding.codebook import CodebookService
from coding.refi import RefiError, import_qdc, import_qdpx
from coding.refi.archive import check_member_name
from corpus.store.project import Project

QDE = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="x">'
       '<CodeBook><Codes><Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="A" isCodable="true"/>'
       '</Codes></CodeBook></Project>')

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A"
 name="&xxe;" isCodable="true"/></Codes></CodeBook>"""


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


def archive(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/win.ini",
                                  "..\\evil.txt"])
def test_refi_security_zip_slip_refused(project, tmp_path, name):
    path = archive(tmp_path / "bad.qdpx", {"project.qde": QDE.encode(), name: b"x"})
    with pytest.raises(RefiError, match="outside the archive"):
        import_qdpx(project, path)
    assert CodebookService(project).codes() == []


def test_refi_security_member_names_normalised():
    assert check_member_name("./sources/a.txt") == "sources/a.txt"
    assert check_member_name("sources\\a.txt") == "sources/a.txt"


def test_refi_security_zip_bomb_refused(project, tmp_path):
    path = archive(tmp_path / "bomb.qdpx", {"project.qde": QDE.encode(), "sources/big.txt": b"\0" * (20 * 1024**2)})
    with pytest.raises(RefiError, match="zip bomb"):
        import_qdpx(project, path)


def test_refi_security_total_size_limit(project, tmp_path):
    from coding.refi.archive import SafeZip

    path = archive(tmp_path / "big.qdpx", {"project.qde": QDE.encode(), "sources/a.txt": b"abc" * 1000})
    with pytest.raises(RefiError, match="expands? to more than"):
        SafeZip(path, max_total=1000)


def test_refi_security_lying_sizes_are_capped(tmp_path):
    """An entry larger than its header says is refused while reading."""
    from coding.refi.archive import SafeZip

    path = archive(tmp_path / "x.qdpx", {"project.qde": QDE.encode()})
    with SafeZip(path) as safe:
        info = safe._names["project.qde"]
        info.file_size = 10  # as if the header lied
        with pytest.raises(RefiError, match="corrupt|larger than the archive says"):
            safe.read("project.qde")


def test_refi_security_billion_laughs_refused(project, tmp_path):
    path = archive(tmp_path / "lol.qdpx", {"project.qde": BILLION_LAUGHS.encode()})
    with pytest.raises(RefiError, match="DTD or entities"):
        import_qdpx(project, path)


def test_refi_security_external_entity_refused_in_codebook(project, tmp_path):
    qdc = tmp_path / "x.qdc"
    qdc.write_text(EXTERNAL)
    with pytest.raises(RefiError, match="DTD or entities"):
        import_qdc(project, qdc)
    assert CodebookService(project).codes() == []


@pytest.mark.parametrize("content,message", [(b"not a zip", "not a readable zip"),
                                             (None, "no project.qde")])
def test_refi_security_not_a_project(project, tmp_path, content, message):
    path = tmp_path / "x.qdpx"
    if content is None:
        archive(path, {"readme.txt": b"hello"})
    else:
        path.write_bytes(content)
    with pytest.raises(RefiError, match=message):
        import_qdpx(project, path)


def test_refi_security_malformed_xml(project, tmp_path):
    path = archive(tmp_path / "x.qdpx", {"project.qde": b"<Project><unclosed></Project>"})
    with pytest.raises(RefiError, match="not well-formed"):
        import_qdpx(project, path)


def test_refi_security_failed_import_leaves_project_untouched(project, tmp_path, monkeypatch):
    """One transaction: an error half-way through stores nothing."""
    import coding.refi.store as store

    path = archive(tmp_path / "x.qdpx", {"project.qde": QDE.encode()})

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "store_variables", boom)
    with pytest.raises(RuntimeError):
        import_qdpx(project, path)
    assert CodebookService(project).codes() == []
