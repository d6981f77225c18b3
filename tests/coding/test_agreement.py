"""Inter-coder agreement against values computed by hand, degenerate cases included."""

from __future__ import annotations

import pytest

from coding.agreement import Agreement, agreement
from coding.codebook import CodebookService
from coding.coders import CoderService
from coding.codings import CodingService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.errors import ProjectError

TEXT = "abcdefghij"
TURNS = "A : un\nB : deux\nA : trois\nB : quatre"


@pytest.fixture
def proj(tmp_path):
    project = make_project(tmp_path / "a.vbt", [transcript("plain", TEXT), transcript("talk", TURNS)])
    books = CodebookService(project)
    CoderService(project).ensure("Ann")
    CoderService(project).ensure("Bob")
    yield project, books.create("K").id, books.create("L").id
    project.close()


def code(project, code_id, coder, doc, start, end):
    CodingService(project).apply(code_id, [Span(doc, start, end)], coder)


def test_agreement_table_statistics_by_hand():
    a = Agreement(1, "K", both=2, only_a=2, only_b=2, neither=4)
    assert a.percent == pytest.approx(60.0)
    assert a.kappa == pytest.approx((0.6 - 0.52) / 0.48)  # pe = .4*.4 + .6*.6
    assert a.alpha == pytest.approx(1 - 19 * 4 / (12 * 8))
    small = Agreement(1, "K", both=1, only_a=1, only_b=0, neither=1)  # units (1,1) (1,0) (0,0)
    assert small.alpha == pytest.approx(1 - 5 * 1 / 9)


def test_agreement_on_characters(proj):
    project, k, _ = proj
    code(project, k, "Ann", 1, 0, 4)
    code(project, k, "Bob", 1, 2, 6)
    report = agreement(project, "Ann", "Bob")
    row = report.per_code[0]
    assert (row.both, row.only_a, row.only_b, row.neither) == (2, 2, 2, 4)
    assert row.kappa == pytest.approx(1 / 6)
    assert row.alpha == pytest.approx(0.2083333)
    assert [(d.text, d.coded_by, d.start, d.end) for d in report.disagreements] == [("ab", "Ann", 0, 2), ("ef", "Bob", 4, 6)]
    assert report.overall == Agreement(None, "(all codes)", 2, 2, 2, 4)


def test_agreement_perfect(proj):
    project, k, _ = proj
    for coder in ("Ann", "Bob"):
        code(project, k, coder, 1, 3, 7)
    row = agreement(project, "Ann", "Bob").per_code[0]
    assert (row.percent, row.kappa, row.alpha) == (100.0, 1.0, 1.0)
    assert agreement(project, "Ann", "Bob").disagreements == []


def test_agreement_one_coder_coded_nothing_gives_kappa_zero(proj):
    project, k, _ = proj
    code(project, k, "Ann", 1, 0, 4)
    row = agreement(project, "Ann", "Bob").per_code[0]
    assert (row.both, row.only_a, row.only_b, row.neither) == (0, 4, 0, 6)
    assert row.percent == pytest.approx(60.0)
    assert row.kappa == 0.0
    assert row.alpha == pytest.approx(1 - 19 * 4 / (16 * 4))


def test_agreement_no_coding_at_all(proj):
    project, _, _ = proj
    report = agreement(project, "Ann", "Bob")
    assert report.per_code == []
    assert (report.overall.percent, report.overall.kappa, report.overall.alpha) == (100.0, None, None)


def test_agreement_code_nobody_used_is_undefined(proj):
    project, k, l_ = proj
    code(project, k, "Ann", 1, 0, 4)
    code(project, k, "Bob", 1, 0, 4)
    report = agreement(project, "Ann", "Bob", code_ids=[k, l_])
    unused = report.per_code[1]
    assert (unused.percent, unused.kappa, unused.alpha) == (100.0, None, None)
    assert report.overall == Agreement(None, "(all codes)", 4, 0, 0, 16)
    assert report.overall.kappa == 1.0


def test_agreement_on_turns(proj):
    project, k, _ = proj
    turn = lambda n: (TURNS.split("\n")[n], sum(len(x) + 1 for x in TURNS.split("\n")[:n]))  # noqa: E731
    for coder, turns in (("Ann", (0, 1)), ("Bob", (1, 2))):
        for n in turns:
            line, start = turn(n)
            code(project, k, coder, 2, start + 4, start + len(line))  # the speech, not the label
    report = agreement(project, "Ann", "Bob", unit="turn")
    row = report.per_code[0]
    assert (row.both, row.only_a, row.only_b, row.neither) == (1, 1, 1, 1)
    assert row.kappa == pytest.approx(0.0)
    assert row.alpha == pytest.approx(1 - 7 * 2 / 16)
    assert [(d.text, d.coded_by) for d in report.disagreements] == [("A : un", "Ann"), ("A : trois", "Bob")]


def test_agreement_lines_are_units_without_turns(proj):
    project, k, _ = proj
    code(project, k, "Ann", 1, 0, 2)
    code(project, k, "Bob", 1, 5, 6)
    row = agreement(project, "Ann", "Bob", unit="turn").per_code[0]
    assert (row.both, row.only_a, row.only_b, row.neither) == (1, 0, 0, 0)


def test_agreement_errors(proj):
    project, _, _ = proj
    with pytest.raises(ProjectError, match="No coder"):
        agreement(project, "Ann", "Zoé")
    with pytest.raises(ProjectError, match="two different"):
        agreement(project, "Ann", "Ann")
    with pytest.raises(ValueError):
        agreement(project, "Ann", "Bob", unit="word")
