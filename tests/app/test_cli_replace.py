"""``verbatim-cli replace``: counts, dry run, one transaction keeping codings on their words, exit code 2."""

from __future__ import annotations

import pytest

from app.cli.main import main
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.documents import CorpusService
from corpus.messages import set_language

TEXT = "Marie : Moi c’est l’envie d’aider. La fatigue arrive vite.\nPaul : La fatigue aussi.\n"


@pytest.fixture
def coded(tmp_path):
    path = tmp_path / "cli.vbt"
    project = make_project(path, [transcript("Entretien", TEXT), transcript("Autre", "Sophie : fatigue.\n")])
    code = CodebookService(project).create("Fatigue").id
    start = TEXT.index("La fatigue arrive")
    CodingService(project).apply(code, [Span(1, start, start + len("La fatigue arrive vite"))], "alice")
    start = TEXT.index("La fatigue aussi")
    CodingService(project).apply(code, [Span(1, start, start + len("La fatigue"))], "alice")
    project.close()
    yield str(path)
    set_language(None)


def _open(path):
    from corpus.store.project import Project

    return Project.open(path)


def test_replace_dry_run_counts_and_changes_nothing(coded, capsys):
    set_language("en")
    assert main(["replace", coded, "fatigue", "lassitude", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Entretien\t2" in out and "Autre\t1" in out and "3 occurrences in 2 documents (nothing changed)." in out
    project = _open(coded)
    assert "fatigue" in CorpusService(project).document(1).text
    project.close()


def test_replace_keeps_codings_on_their_words(coded, capsys):
    set_language("fr")
    assert main(["replace", coded, "fatigue", "lassitude", "--whole-words", "--document", "Entretien"]) == 0
    assert "2 occurrences remplacées dans 1 document." in capsys.readouterr().out
    project = _open(coded)
    assert [c.snippet for c in CodingService(project).codings_in_document(1)] == [
        "La lassitude arrive vite", "La lassitude"]
    assert "fatigue" in CorpusService(project).document(2).text
    project.close()


def test_replace_reports_codings_left_without_text(coded, capsys):
    set_language("en")
    assert main(["replace", coded, "La fatigue aussi", ""]) == 0
    out = capsys.readouterr().out
    assert "1 coding lost all its text and was removed:" in out and "Fatigue: « La fatigue »" in out


def test_replace_bad_input_exits_2(coded, capsys):
    assert main(["replace", coded, "", "x"]) == 2
    assert main(["replace", coded, "a", "b", "--document", "Inconnu"]) == 2
    assert "error" in capsys.readouterr().err
