"""verbatim-cli import-qdpx --offsets: the user says how a tool counted positions when the evidence cannot."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.cli.main import main
from coding.codings import CodingService
from corpus.store.project import Project

SRC = "69a4332d-5b31-4915-b520-5275cfc21b40"
CODE = "d7aa29da-519b-4946-9b90-253b6db8fd0a"


def ambiguous(path: Path) -> Path:
    """A selection after an emoji in one-letter words: every reading lands on word boundaries."""
    xml = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="">'
           f'<CodeBook><Codes><Code guid="{CODE}" name="Lettre" isCodable="true"/></Codes></CodeBook>'
           f'<Sources><TextSource guid="{SRC}" name="Lettres" plainTextPath="internal://l.txt">'
           '<PlainTextSelection guid="00000000-0000-0000-0000-000000000001" startPosition="5" endPosition="6">'
           f'<Coding guid="10000000-0000-0000-0000-000000000001"><CodeRef targetGUID="{CODE}"/></Coding>'
           '</PlainTextSelection></TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml)
        zf.writestr("sources/l.txt", "😀 a b c d e f g h".encode())
    return path


def snippets(path: Path) -> list[str]:
    with Project.open(path) as project:
        return [c.snippet for c in CodingService(project).codings()]


def test_cli_import_qdpx_says_when_no_reading_convinces(tmp_path, capsys):
    assert main(["import-qdpx", str(ambiguous(tmp_path / "a.qdpx")), str(tmp_path / "p.vbt")]) == 0
    out = capsys.readouterr().out
    assert "NOT convincing" in out and "Lettres: positions read as code points" in out
    assert snippets(tmp_path / "p.vbt") == [" "]


def test_cli_import_qdpx_offsets_by_source_name_or_for_all(tmp_path, capsys):
    source = ambiguous(tmp_path / "a.qdpx")
    assert main(["import-qdpx", str(source), str(tmp_path / "p.vbt"), "--offsets", "Lettres=utf16-nobom-crlf2"]) == 0
    assert "chosen by the user" in capsys.readouterr().out
    assert snippets(tmp_path / "p.vbt") == ["b"]
    assert main(["import-qdpx", str(source), str(tmp_path / "q.vbt"), "--offsets", "UTF16-nobom-crlf2"]) == 0
    assert snippets(tmp_path / "q.vbt") == ["b"]


def test_cli_import_qdpx_bad_offsets_is_a_clear_error(tmp_path, capsys):
    source = ambiguous(tmp_path / "a.qdpx")
    assert main(["import-qdpx", str(source), str(tmp_path / "p.vbt"), "--offsets", "bytes"]) == 2
    err = capsys.readouterr().err
    assert "bytes: not a reading of positions" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "p.vbt").exists()
