"""``verbatim-cli lexicon``: list, export, import (bad lines: exit code 2, nothing changed), clear."""

from __future__ import annotations

from app.cli.main import main
from corpus.store.project import Project
from corpus.user_lexicon import UserLexiconService


def test_lexicon_command_round_trip(tmp_path, capsys):
    path = tmp_path / "p.vbt"
    with Project.create(path) as project:
        UserLexiconService(project).set_many([("status", "hein", "ignored"), ("merge", "psychologue", "psy")])
    out = tmp_path / "lexique.tsv"
    assert main(["lexicon", str(path), "--export", str(out)]) == 0
    assert "2 entries written" in capsys.readouterr().out
    assert main(["lexicon", str(path), "--clear"]) == 0
    assert main(["lexicon", str(path)]) == 0
    assert "removed" in capsys.readouterr().out
    assert main(["lexicon", str(path), "--import", str(out)]) == 0
    assert main(["lexicon", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "merge\tpsychologue\tpsy\n" in listed and "status\thein\tignored\n" in listed


def test_lexicon_import_of_a_bad_file_fails_cleanly(tmp_path, capsys):
    path = tmp_path / "p.vbt"
    Project.create(path).close()
    bad = tmp_path / "bad.tsv"
    bad.write_text("status\thein\tignored\nstatus\tbof\tperhaps\n", encoding="utf-8")
    assert main(["lexicon", str(path), "--import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "nothing imported" in err and err.count("\n") == 1
    with Project.open(path) as project:
        assert UserLexiconService(project).entries() == []
