"""One user step, one transaction: a composite command commits once, all of it or nothing, and nothing
of it is visible to another connection before it has committed."""

from __future__ import annotations

import sqlite3

import pytest

from coding.autocode import autocode_path_command
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.commands import ApplyCodings, Command, CompositeCommand, EnsureCodePath
from coding.testing import make_project, transcript
from coding.types import AutocodeHit, Span
from corpus.errors import ProjectError
from corpus.store.project import Project

TEXT = "Enq : Et le travail ?\nMarie : La fatigue, surtout la nuit.\nPaul : La fatigue aussi."


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Nuit", TEXT)])
    yield project
    project.close()


def _span(project: Project, words: str) -> Span:
    start = TEXT.index(words)
    return Span(1, start, start + len(words))


def _rows(project: Project) -> tuple[int, int]:
    """Codes and codings as another connection sees them (what a crash would leave on disk)."""
    con = sqlite3.connect(project.path)
    try:
        return (con.execute("SELECT count(*) FROM codes").fetchone()[0],
                con.execute("SELECT count(*) FROM codings").fetchone()[0])
    finally:
        con.close()


class _Fails(Command):
    label = "fails"

    def apply(self, project: Project) -> Command:
        raise ProjectError("disk unplugged")


class _Peek(Command):
    """Records what another connection sees in the middle of a composite."""

    label = "peek"

    def __init__(self, seen: list):
        self.seen = seen

    def apply(self, project: Project) -> Command:
        self.seen.append(_rows(project))
        return self


def test_composite_failing_part_leaves_nothing(project):
    before = _rows(project)
    command = CompositeCommand("Auto-code", (EnsureCodePath("Vécu/Fatigue"),
                                             ApplyCodings("Vécu/Fatigue", (_span(project, "La fatigue"),), "A"),
                                             _Fails()))
    with pytest.raises(ProjectError, match="disk unplugged"):
        command.apply(project)
    assert _rows(project) == before
    assert CodebookService(project).find_path("Vécu") is None


def test_composite_is_invisible_until_it_commits(project):
    seen: list = []
    spans = (_span(project, "La fatigue, surtout"), _span(project, "La fatigue aussi"))
    command = CompositeCommand("Auto-code", (EnsureCodePath("Vécu/Fatigue"), ApplyCodings("Vécu/Fatigue", spans, "A"),
                                             _Peek(seen)))
    inverse = command.apply(project)
    assert seen == [(0, 0)]  # the code and its codings were not on disk yet: a crash there leaves none
    assert _rows(project) == (2, 2)
    inverse.apply(project)  # undo: one transaction too
    assert _rows(project) == (0, 0)


def test_autocode_path_command_is_one_transaction(project):
    hits = [AutocodeHit(1, "Nuit", _span(project, "La fatigue, surtout"), "La fatigue, surtout", speaker="Marie")]
    command = autocode_path_command("Vécu/Fatigue", hits, "A")
    commits: list[int] = []
    from sqlalchemy import event

    event.listen(project.engine, "commit", lambda _conn: commits.append(1))
    command.apply(project)
    assert len(commits) == 1 and _rows(project) == (2, 1)


def test_nested_transactions_join_the_outer_one(project):
    code = CodebookService(project).create("Fatigue")
    with pytest.raises(RuntimeError), project.transaction():
        CodingService(project).apply(code.id, [_span(project, "La fatigue")], "A")
        assert project.in_transaction and _rows(project) == (1, 0)
        raise RuntimeError("crash before the end of the step")
    assert not project.in_transaction and _rows(project) == (1, 0)
    assert CodingService(project).codings_in_document(1) == []
