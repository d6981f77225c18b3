"""``verbatim-cli cases``: list, rename, merge, interviewer flag and attributes, errors exit 2."""

from __future__ import annotations

import json

from app.cli.main import main

TRANSCRIPT = "Enq : Bonjour.\nLéa : Bonjour à vous.\nENQ : Vous êtes là depuis quand ?\nLéa : Depuis 2010.\n"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cases_edit_and_list(tmp_path, capsys):
    project = str(tmp_path / "p.vbt")
    source = tmp_path / "entretien.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    assert _run(capsys, "new", project)[0] == 0
    assert _run(capsys, "import", project, str(source))[0] == 0
    code, out, _ = _run(capsys, "cases", project, "--merge", "ENQ", "--into", "Enq")
    assert code == 0 and "1 turn(s) moved" in out
    code, out, _ = _run(capsys, "cases", project, "--rename", "Enq", "Enquêtrice", "--set", "Léa", "âge=34",
                        "--set", "Léa", "rôle=infirmière", "--not-interviewer", "Léa")
    assert code == 0
    code, out, _ = _run(capsys, "cases", project, "--json")
    cases = {c["name"]: c for c in json.loads(out)}
    assert cases["Enquêtrice"] == {"name": "Enquêtrice", "kind": "participant", "interviewer": True,
                                   "turns": 2, "attributes": {}}
    assert cases["Léa"]["attributes"] == {"âge": "34", "rôle": "infirmière"}
    assert not cases["Léa"]["interviewer"]


def test_cases_errors_exit_2(tmp_path, capsys):
    project = str(tmp_path / "p.vbt")
    _run(capsys, "new", project)
    code, _, err = _run(capsys, "cases", project, "--rename", "Personne", "X")
    assert code == 2 and "no case named 'Personne'" in err
    code, _, err = _run(capsys, "cases", project, "--merge", "A")
    assert code == 2 and "no case named 'A'" in err


def test_cases_bad_command_changes_nothing(tmp_path, capsys):
    project = str(tmp_path / "p.vbt")
    source = tmp_path / "entretien.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    _run(capsys, "new", project)
    _run(capsys, "import", project, str(source))
    before = _run(capsys, "cases", project, "--json")[1]
    code, _, err = _run(capsys, "cases", project, "--set", "Léa", "âge=34", "--set", "Zoé", "âge=3")
    assert code == 2 and "no case named 'Zoé'" in err
    code, _, err = _run(capsys, "cases", project, "--rename", "Léa", "Lea", "--set", "Léa", "sans-egal")
    assert code == 2 and "--set expects ATTR=VALUE" in err
    assert _run(capsys, "cases", project, "--json")[1] == before
