"""The exchange commands of verbatim-cli."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.cli.main import main
from corpus.store.project import Project


@pytest.fixture
def rich(rich_path) -> Path:
    return rich_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_exchange_qdpx_round_trip(rich, tmp_path, capsys):
    code, out, _ = run(capsys, "export-qdpx", rich, tmp_path / "x.qdpx")
    assert code == 0 and "exported x.qdpx" in out and "5 codings" in out
    code, out, _ = run(capsys, "import-qdpx", tmp_path / "x.qdpx", tmp_path / "new.vbt")
    assert code == 0 and "2 documents" in out and "Nothing was dropped" in out
    code, out, _ = run(capsys, "cooccurrence", tmp_path / "new.vbt", "--json")
    assert code == 0 and len(json.loads(out)["rows"]) == 8


def test_cli_exchange_import_refused_leaves_no_project(tmp_path, capsys):
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../evil.txt", b"x")
    code, _, err = run(capsys, "import-qdpx", bad, tmp_path / "new.vbt")
    assert code == 2 and "outside the archive" in err and "nothing was imported" in err
    assert not (tmp_path / "new.vbt").exists()
    code, _, err = run(capsys, "import-qdpx", tmp_path / "missing.qdpx", tmp_path / "new.vbt")
    assert code == 2 and "no such file" in err


def test_cli_exchange_qdc(rich, tmp_path, capsys):
    assert run(capsys, "export-qdc", rich, tmp_path / "book.qdc")[0] == 0
    Project.create(tmp_path / "other.vbt").close()
    code, out, _ = run(capsys, "import-qdc", tmp_path / "book.qdc", tmp_path / "other.vbt")
    assert code == 0 and "8 codes" in out
    code, _, err = run(capsys, "export-qdc", rich, tmp_path / "book.txt")
    assert code == 2 and ".qdc" in err


def test_cli_exchange_iramuteq(rich, tmp_path, capsys):
    out_file = tmp_path / "corpus.txt"
    code, out, _ = run(capsys, "export-iramuteq", rich, out_file, "--unit", "code", "--code", "Logement",
                       "--code", "École")
    assert code == 0 and "3 unit(s)" in out
    assert out_file.read_text(encoding="utf-8").startswith("**** *code_")
    code, _, err = run(capsys, "export-iramuteq", rich, out_file, "--unit", "code", "--code", "Nope")
    assert code == 2 and "no code" in err
    code, out, _ = run(capsys, "export-iramuteq", rich, out_file, "--unit", "turn", "--exclude-interviewer")
    assert code == 0 and "4 unit(s)" in out


def test_cli_exchange_agreement(rich, capsys):
    code, out, _ = run(capsys, "agreement", rich, "--coder", "Alice", "--coder", "Bob", "--json")
    data = json.loads(out)
    assert code == 0 and data["coder_a"] == "Alice" and data["overall"]["units"] > 0
    code, out, _ = run(capsys, "agreement", rich, "--coder", "Alice", "--coder", "Bob", "--unit", "turn")
    assert code == 0 and "(all codes)" in out
    code, _, err = run(capsys, "agreement", rich, "--coder", "Alice")
    assert code == 2 and "two coders" in err
    code, _, err = run(capsys, "agreement", rich, "--coder", "Alice", "--coder", "Nobody")
    assert code == 2 and "No coder" in err


def test_cli_exchange_merge(rich, tmp_path, capsys):
    shutil.copy(rich, tmp_path / "copy.vbt")
    code, out, _ = run(capsys, "merge", rich, tmp_path / "copy.vbt")
    assert code == 0 and "0 coding(s) added" in out and "2 document(s) matched" in out
    code, out, _ = run(capsys, "cooccurrence", rich, "--mode", "turn")
    assert code == 0 and "École" in out
