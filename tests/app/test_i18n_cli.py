"""The command line speaks the user's language (VERBATIM_LANG, else the system locale): reports, warnings and
errors in French with French numbers; exit code 2 on bad input in both languages."""

from __future__ import annotations

import pytest

from app.cli.main import main
from corpus.messages import set_language

TRANSCRIPT = "Enq : Bonjour.\nLéa : Bonjour à vous.\nEnq : Vous êtes là depuis quand ?\nLéa : Depuis 2010.\n"


@pytest.fixture
def french(monkeypatch):
    set_language(None)
    monkeypatch.setenv("VERBATIM_LANG", "fr")
    yield
    set_language(None)


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reports_in_french(tmp_path, capsys, french):
    project = str(tmp_path / "p.vbt")
    source = tmp_path / "entretien.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    assert _run(capsys, "new", project) == (0, f"{project} créé\n", "")
    code, out, _ = _run(capsys, "import", project, str(source))
    assert code == 0 and out.startswith("importé : 1 document(s), 4 tour(s) de parole, 2 nouveau(x) locuteur(s)")
    code, out, _ = _run(capsys, "info", project)
    assert code == 0 and "entretien\ttranscription\t15 mots\t4 tours de parole\t" in out
    assert "1 document(s), 2 cas" in out
    code, out, _ = _run(capsys, "cases", project, "--interviewer", "Enq")
    assert code == 0 and "Enq : enquêteur oui" in out and "Enq (enquêteur)\t2 tours de parole" in out
    code, out, _ = _run(capsys, "codes", project)
    assert (code, out) == (0, "aucun code\n")


def test_cli_errors_in_french_exit_2(tmp_path, capsys, french):
    project = str(tmp_path / "p.vbt")
    _run(capsys, "new", project)
    code, out, err = _run(capsys, "import", project, str(tmp_path / "absent.txt"))
    assert (code, out) == (2, "")
    assert err == f"verbatim-cli : erreur : {tmp_path / 'absent.txt'} : fichier introuvable (rien n’a été importé)\n"
    code, _, err = _run(capsys, "cases", project, "--rename", "Personne", "X")
    assert code == 2 and "aucun cas nommé 'Personne' (cas : aucun)" in err
    code, _, err = _run(capsys, "export-codings", project, str(tmp_path / "x.pdf"))
    assert code == 2 and "x.pdf : un fichier en .csv ou .xlsx est attendu" in err


def test_cli_stays_english_without_french(tmp_path, capsys, monkeypatch):
    set_language(None)
    monkeypatch.setenv("VERBATIM_LANG", "en")
    project = str(tmp_path / "p.vbt")
    assert _run(capsys, "new", project) == (0, f"created {project}\n", "")
    code, _, err = _run(capsys, "import", project, str(tmp_path / "absent.txt"))
    assert code == 2 and err.startswith("verbatim-cli: error: ") and "no such file (nothing was imported)" in err
