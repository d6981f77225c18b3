"""Queries: co-occurrence matrices, code x attribute / case matrices, boolean queries, exports."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.queries import code_attribute_matrix, code_case_matrix, cooccurrence
from coding.queries_bool import AllOf, AnyOf, Has, Without, code_query, text_search
from coding.queries_export import matrix_to_csv, matrix_to_xlsx, passages_to_csv
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService

D1 = "Ana : aaa bbb ccc\nBen : ddd eee fff"
D2 = "Ana : ggg"


def at(text: str, words: str, doc: int = 1) -> Span:
    start = text.index(words)
    return Span(doc, start, start + len(words))


@pytest.fixture
def proj(tmp_path):
    project = make_project(tmp_path / "q.vbt", [transcript("D1", D1), transcript("D2", D2)])
    books, codings = CodebookService(project), CodingService(project)
    ids = {name: books.create(name).id for name in "XYZ"}
    codings.apply(ids["X"], [at(D1, "aaa bbb"), at(D1, "ddd")], "c")
    codings.apply(ids["Y"], [at(D1, "bbb ccc"), at(D1, "fff")], "c")
    codings.apply(ids["Z"], [at(D1, "eee")], "c")
    cases, attrs = CaseService(project), AttributeService(project)
    attrs.set_value("case", cases.find("Ana").id, "sexe", "F")
    attrs.set_value("case", cases.find("Ben").id, "sexe", "M")
    yield project, ids
    project.close()


def grid(matrix) -> list[list[int]]:
    return [[int(v) for v in row] for row in matrix.values]


def test_queries_cooccurrence_overlap(proj):
    project, _ = proj
    m = cooccurrence(project, mode="overlap")
    assert m.row_labels == ["X", "Y", "Z"]
    assert grid(m) == [[2, 1, 0], [1, 2, 0], [0, 0, 1]]
    assert [p.text for p in m.cell_passages("X", "Y")] == ["bbb"]
    assert m.cell_passages("Y", "X")[0].speaker == "Ana"


def test_queries_cooccurrence_same_turn(proj):
    project, _ = proj
    m = cooccurrence(project, mode="turn")
    assert grid(m) == [[2, 2, 1], [2, 2, 1], [1, 1, 1]]
    assert [p.text for p in m.cell_passages("X", "Z")] == ["Ben : ddd eee fff"]


@pytest.mark.parametrize("distance,expected", [(0, [[2, 1, 0], [1, 2, 0], [0, 0, 1]]),
                                               (5, [[2, 2, 1], [2, 2, 1], [1, 1, 1]])])
def test_queries_cooccurrence_within_distance(proj, distance, expected):
    project, _ = proj
    assert grid(cooccurrence(project, mode="distance", distance=distance)) == expected


def test_queries_cooccurrence_aggregates_subcodes(proj):
    project, ids = proj
    child = CodebookService(project).create("X1", parent_id=ids["Z"])
    CodingService(project).apply(child.id, [at(D1, "ccc")], "c")
    m = cooccurrence(project, [ids["Y"], ids["Z"]], aggregate=True)
    assert m.value("Y", "Z") == 1  # Z now includes X1 on "ccc", inside Y's "bbb ccc"
    assert cooccurrence(project, [ids["Y"], ids["Z"]]).value("Y", "Z") == 0


def test_queries_code_attribute_matrix(proj):
    project, _ = proj
    counts = code_attribute_matrix(project, "sexe")
    assert counts.col_labels == ["F", "M"]
    assert grid(counts) == [[1, 1], [1, 1], [0, 1]]
    speakers = code_attribute_matrix(project, "sexe", measure="speakers_pct")
    assert speakers.value("Z", "M") == 100.0 and speakers.value("Z", "F") == 0.0
    docs = code_attribute_matrix(project, "sexe", measure="documents_pct")
    assert docs.value("X", "F") == 50.0  # Ana speaks in D1 and D2, X only in D1
    assert [p.text for p in counts.cell_passages("Z", "M")] == ["eee"]
    with pytest.raises(ValueError):
        code_attribute_matrix(project, "sexe", measure="median")


def test_queries_code_case_matrix(proj):
    project, _ = proj
    m = code_case_matrix(project)
    assert m.col_labels == ["Ana", "Ben"]
    assert grid(m) == [[1, 1], [1, 1], [0, 1]]
    assert code_case_matrix(project, measure="documents_pct").value("X", "Ana") == 50.0


def test_queries_boolean(proj):
    project, ids = proj
    x, y, z = Has(ids["X"]), Has(ids["Y"]), Has(ids["Z"])
    texts = lambda q: [p.text for p in code_query(project, q)]  # noqa: E731
    assert texts(AllOf((x, y))) == ["bbb"]
    assert texts(AllOf((x, y), within="turn")) == ["Ana : aaa bbb ccc", "Ben : ddd eee fff"]
    assert texts(Without(x, y)) == ["ddd"]
    assert texts(Without(x, z, within="turn")) == ["aaa bbb"]
    assert texts(AnyOf((x, z))) == ["aaa bbb", "ddd", "eee"]
    assert texts(AllOf((x, AnyOf((y, z))), within="turn")) == ["Ana : aaa bbb ccc", "Ben : ddd eee fff"]
    with pytest.raises(ValueError):
        code_query(project, AllOf((x, y), within="sentence"))


def test_queries_text_search(proj):
    project, _ = proj
    hits = text_search(project, "BBB")
    assert [(p.document_name, p.text, p.speaker) for p in hits] == [("D1", "bbb", "Ana")]


def test_queries_exports(proj, tmp_path):
    project, _ = proj
    m = cooccurrence(project)
    matrix_to_csv(m, tmp_path / "m.csv")
    rows = list(csv.reader((tmp_path / "m.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][1:] == ["X", "Y", "Z"] and rows[1] == ["X", "2", "1", "0"]
    matrix_to_xlsx(m, tmp_path / "m.xlsx")
    book = load_workbook(tmp_path / "m.xlsx")
    assert book["Matrix"]["C2"].value == 1
    assert any(r[-1] == "bbb" for r in book["Passages"].iter_rows(values_only=True))
    passages_to_csv(code_query(project, Has(1)), tmp_path / "p.csv")
    assert "aaa bbb" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
