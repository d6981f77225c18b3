"""verbatim-cli codes / autocode / export-docx / export-codings on the sample project."""

from __future__ import annotations

import json

import pytest
from docx import Document

from app.cli.main import main
from coding.sample import build_sample_project


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return str(build_sample_project(tmp_path_factory.mktemp("cli") / "sample.vbt"))


def test_cli_coding_codes_json_and_tree(sample, capsys):
    assert main(["codes", sample, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    paths = [r["path"] for r in rows]
    assert "Relations de travail/Isolement" in paths
    top = rows[paths.index("Relations de travail")]
    assert top["codings"] == 0 and top["codings_with_children"] > 0
    assert main(["codes", sample]) == 0
    assert "\n  Isolement  " in capsys.readouterr().out


def test_cli_coding_autocode_creates_path_and_counts(sample, capsys):
    args = ["autocode", sample, "--code", "Émotions/Fatigue", "--pattern", "fatigu|épuis", "--scope", "sentence",
            "--exclude-interviewer"]
    assert main([*args, "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert "would be coded" in dry
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("coded ") and int(out.split()[1]) >= 2
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("coded 0 passage(s)")
    assert main(["autocode", sample, "--code", "X", "--pattern", "Karim", "--speaker", "Sophie", "--literal"]) == 0


def test_cli_coding_errors_exit_2(sample, tmp_path, capsys):
    assert main(["autocode", sample, "--code", "X", "--pattern", "(oops"]) == 2
    assert "bad regular expression" in capsys.readouterr().err
    assert main(["export-docx", sample, str(tmp_path / "x.pdf")]) == 2
    assert main(["export-docx", sample, str(tmp_path / "x.docx"), "--code", "Nope"]) == 2
    assert "no code 'Nope'" in capsys.readouterr().err
    assert main(["autocode", sample, "--code", "X", "--pattern", "a", "--speaker", "Personne"]) == 2


def test_cli_coding_exports(sample, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export-docx", sample, str(out), "--code", "Inégalités", "--lang", "en", "--by", "code"]) == 0
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Inégalités", "Métiers non télétravaillables", "Logement et équipement"]
    assert main(["export-docx", sample, str(out), "--code", "Inégalités", "--no-subcodes"]) == 0
    assert [p.text for p in Document(str(out)).paragraphs if p.style.name.startswith("Heading")] == ["Inégalités"]
    assert main(["export-codings", sample, str(tmp_path / "c.csv")]) == 0
    assert main(["export-codings", sample, str(tmp_path / "c.xlsx"), "--code", "Inégalités"]) == 0
    assert "wrote" in capsys.readouterr().out
