"""The project's own lexicon: service, undoable command, tab-separated export/import, schema 4."""

from __future__ import annotations

import sqlite3

import pytest

from corpus.errors import ProjectError
from corpus.store.migrations import CURRENT_VERSION, read_version
from corpus.store.project import Project
from corpus.user_lexicon import (
    LexiconEntry,
    LexiconFileError,
    SetLexiconEntries,
    UserLexiconService,
    import_command,
    read_tsv,
)


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.vbt") as p:
        yield p


def test_service_sets_replaces_removes_and_hands_out_the_lexicon(project):
    service = UserLexiconService(project)
    assert service.entries() == [] and service.lexicon() == {"lemmas": {}, "merges": {}, "statuses": {},
                                                             "expressions": []}
    previous = service.set_many([("status", "hein", "ignored"), ("lemma", "psys", "psy"),
                                 ("expression", "  Santé   Mentale ", "")])
    assert previous == [("expression", "santé mentale", None), ("lemma", "psys", None), ("status", "hein", None)]
    assert service.set_many([("status", "hein", "active")]) == [("status", "hein", "ignored")]
    service.set_many([("merge", "psychologue", "psy")])
    assert service.lexicon() == {"lemmas": {"psys": "psy"}, "merges": {"psychologue": "psy"},
                                 "statuses": {"hein": "active"}, "expressions": ["santé mentale"]}
    assert service.set_many([("lemma", "psys", None)]) == [("lemma", "psys", "psy")]
    assert service.get("lemma", "psys") is None
    assert [e.kind for e in service.entries()] == ["merge", "status", "expression"]


@pytest.mark.parametrize("change, problem", [
    (("status", "hein", "maybe"), "unknown status"), (("colour", "x", "y"), "unknown kind"),
    (("lemma", "psys", "two words"), "one word"), (("merge", "psy", "psy"), "into itself"),
    (("expression", "seul", ""), "two words"), (("lemma", " ", "x"), "empty")])
def test_service_rejects_invalid_changes_and_changes_nothing(project, change, problem):
    service = UserLexiconService(project)
    with pytest.raises(ValueError, match=problem):
        service.set_many([("status", "ok", "active"), change])
    assert service.entries() == []


def test_command_undo_and_redo_restore_exact_values(project):
    service = UserLexiconService(project)
    service.set_many([("status", "hein", "supplementary")])
    command = SetLexiconEntries((("status", "hein", "ignored"), ("merge", "psychologue", "psy")), "Edit")
    inverse = command.apply(project)
    assert service.lexicon()["statuses"] == {"hein": "ignored"} and inverse.label == "Edit"
    redo = inverse.apply(project)
    assert service.lexicon()["statuses"] == {"hein": "supplementary"} and service.lexicon()["merges"] == {}
    redo.apply(project)
    assert service.lexicon()["merges"] == {"psychologue": "psy"} and service.lexicon()["statuses"] == {"hein": "ignored"}


def test_export_import_round_trip(project, tmp_path):
    service = UserLexiconService(project)
    service.set_many([("status", "hein", "ignored"), ("lemma", "psys", "psy"), ("merge", "psychologue", "psy"),
                      ("expression", "santé mentale", "")])
    path = tmp_path / "lexique.tsv"
    assert service.export_tsv(path) == 4
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Verbatim lexicon") and "status\thein\tignored\n" in text
    assert "expression\tsanté mentale\n" in text
    assert [p.name for p in tmp_path.iterdir() if "lexique" in p.name] == ["lexique.tsv"]  # temp renamed
    with pytest.raises(ProjectError, match="does not exist"):
        service.export_tsv(tmp_path / "missing" / "lexique.tsv")
    with Project.create(tmp_path / "other.vbt") as other:
        import_command(read_tsv(path)).apply(other)
        assert UserLexiconService(other).lexicon() == service.lexicon()


def test_import_reports_every_bad_line_and_imports_nothing(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\nstatus\thein\tignored\nstatus\tbof\tmaybe\n\nonly-one-cell\n"
                    "lemma\tpsys\tpsy\n", encoding="utf-8")
    with pytest.raises(LexiconFileError) as caught:
        read_tsv(path)
    assert "2 bad lines" in str(caught.value) and "line 3" in str(caught.value)
    assert len(caught.value.problems) == 2 and "line 5" in caught.value.problems[1]
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(LexiconFileError, match="UTF-8"):
        read_tsv(path)
    with pytest.raises(LexiconFileError, match="cannot be read"):
        read_tsv(tmp_path / "missing.tsv")


def test_read_tsv_accepts_a_bom_and_missing_values_for_expressions(tmp_path):
    path = tmp_path / "ok.tsv"
    path.write_text("\ufeffexpression\tprise en charge\nstatus\thein\tignored\n", encoding="utf-8")
    assert read_tsv(path) == [LexiconEntry("expression", "prise en charge", ""),
                              LexiconEntry("status", "hein", "ignored")]


def test_schema_3_project_is_upgraded_to_4_with_a_backup(tmp_path):
    path = tmp_path / "v3.vbt"
    Project.create(path).close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE user_lexicon")
    con.execute("PRAGMA user_version=3")
    con.commit()
    con.close()
    with Project.open(path) as project:
        assert project.backup_made is not None and "backup-v3" in project.backup_made.name
        UserLexiconService(project).set_many([("status", "hein", "ignored")])
        assert UserLexiconService(project).lexicon()["statuses"] == {"hein": "ignored"}
    assert read_version(path)[0] == CURRENT_VERSION == 4
