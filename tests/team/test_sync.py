"""push / pull / sync between a .vbt file and a server project, through the services and the CLI."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.cli.main import main
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.sync import SERVER_SETTING, pull, push, sync
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.documents import CorpusService
from corpus.errors import StoreError
from corpus.store.models import CodingRow
from corpus.store.project import Project

TEXT = "Alice : je travaille à Lyon depuis dix ans.\nBob : et vous aimez ce métier ?\nAlice : oui, beaucoup."


@pytest.fixture
def coded_file(tmp_path):
    """A project file with one document, a code tree, two codings and a memo."""
    path = tmp_path / "etude.vbt"
    with make_project(path, [transcript("entretien 1", TEXT, {"ville": "Lyon"})]) as project:
        codebook = CodebookService(project)
        work = codebook.create("Travail")
        city = codebook.create("Ville", parent_id=work.id)
        doc = CorpusService(project).documents()[0]
        CodingService(project).apply(work.id, [Span(doc.id, 8, 18)], "anne")
        CodingService(project).apply(city.id, [Span(doc.id, 23, 27)], "anne")
        MemoService(project).set("code", work.id, "Le travail et ses lieux", "anne")
    return path


def _codings(location: str) -> set[tuple[str, int, int, str]]:
    with Project.open(location, readonly=True) as project:
        paths = {c.id: c.path for c in CodebookService(project).codes()}
        return {(paths[c.code_id], c.span.start, c.span.end, c.coder) for c in CodingService(project).codings()}


def test_push_copies_everything_and_the_server_keeps_numbering(coded_file, pg_url):
    url = pg_url()
    counts = push(coded_file, url)
    assert counts["documents"] == 1 and counts["codings"] == 2 and counts["codes"] == 2
    assert _codings(url) == _codings(str(coded_file))
    with Project.open(url) as server:
        assert CodebookService(server).find_path("Travail/Ville") is not None
        new = CodebookService(server).create("Nouveau")  # the id sequence was moved past the copied ids
        assert new.id == 3
        assert MemoService(server).get("code", 1).text == "Le travail et ses lieux"
        assert CorpusService(server).documents()[0].name == "entretien 1"


def test_pull_writes_a_complete_copy_that_remembers_its_server(coded_file, pg_url, tmp_path):
    url = pg_url()
    push(coded_file, url)
    copy = tmp_path / "hors-ligne.vbt"
    pull(url, copy)
    assert _codings(str(copy)) == _codings(url)
    with Project.open(copy, readonly=True) as offline:
        remembered = offline.setting(SERVER_SETTING)
    assert remembered.startswith("postgresql://") and "admin-secret" not in remembered
    with pytest.raises(StoreError):
        pull(url, copy)  # never replaces a file unless asked
    pull(url, copy, overwrite=True)


def test_sync_sends_offline_work_and_brings_the_others_back(coded_file, pg_url, tmp_path):
    url = pg_url()
    push(coded_file, url)
    copy = tmp_path / "bea.vbt"
    pull(url, copy)
    with Project.open(copy) as offline:
        CodingService(offline).apply(1, [Span(1, 45, 48)], "bea")
    with Project.open(url) as server:
        CodingService(server).apply(1, [Span(1, 60, 66)], "anne")
    report = sync(copy, url)
    assert report.sent.codings_added == 1 and report.received.codings_added == 1
    assert not report.conflicts
    assert _codings(url) == _codings(str(copy))
    assert ("Travail", 45, 48, "bea") in _codings(url)
    again = sync(copy, url)  # nothing new either way
    assert again.sent.codings_added == 0 and again.received.codings_added == 0


def test_sync_reports_renames_memos_and_deletions(coded_file, pg_url, tmp_path):
    url = pg_url()
    push(coded_file, url)
    copy = tmp_path / "bea.vbt"
    pull(url, copy)
    with Project.open(copy) as offline:
        CodebookService(offline).rename(1, "Emploi")
        MemoService(offline).set("document", 1, "Version hors ligne", "bea")
        with offline.transaction() as session:
            removed = session.scalars(select(CodingRow.id)).first()
        CodingService(offline).remove([removed])
    with Project.open(url) as server:
        CodebookService(server).rename(1, "Métier")
        MemoService(server).set("document", 1, "Version serveur", "anne")
    report = sync(copy, url)
    text = "\n".join(str(c) for c in report.conflicts)
    assert "'Emploi' offline, 'Métier' on the server" in text
    assert "changed on both sides" in text
    assert "1 coding deleted offline" in text
    with Project.open(url, readonly=True) as server:
        memo = MemoService(server).get("document", 1).text
        paths = {c.path for c in CodebookService(server).codes()}
    assert "Version serveur" in memo and "Version hors ligne" in memo
    assert {"Métier", "Emploi", "Emploi/Ville"} <= paths  # the offline name arrives as a new code


def test_cli_push_pull_sync(coded_file, pg_url, tmp_path, capsys):
    url = pg_url()
    assert main(["push", str(coded_file), url]) == 0
    assert "2 coding(s)" in capsys.readouterr().out
    copy = tmp_path / "copie.vbt"
    assert main(["pull", url, str(copy)]) == 0
    assert main(["sync", str(copy), "--url", url]) == 0
    assert "No conflict." in capsys.readouterr().out
    assert main(["info", url]) == 0


def test_cli_refuses_bad_addresses_with_one_line(coded_file, tmp_path, capsys, pg_cluster):
    assert main(["push", str(coded_file), "/tmp/not-a-url"]) == 2
    assert "not a server address" in capsys.readouterr().err
    assert main(["pull", pg_cluster.url("postgres"), str(tmp_path / "x.txt")]) == 2
    assert main(["pull", pg_cluster.url("nope_missing"), str(tmp_path / "x.vbt")]) == 2
    err = capsys.readouterr().err
    assert "no project" in err and "admin-secret" not in err
    assert not (tmp_path / "x.vbt").exists()
    assert main(["sync", str(coded_file)]) == 2  # never pulled: no server to sync with
    assert "was not pulled from a server" in capsys.readouterr().err


def test_cli_lexical_stats_read_a_server_project(coded_file, pg_url, tmp_path, capsys):
    url = pg_url()
    push(coded_file, url)
    assert main(["lex", "stats", url, "--lemmatiser", "dictionary", "--out", str(tmp_path / "stats")]) == 0
    assert (tmp_path / "stats").is_dir()
