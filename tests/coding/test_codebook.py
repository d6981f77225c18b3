"""CodebookService: tree order, paths, colours, moves, merges, deletes and counts."""

from __future__ import annotations

import pytest

from coding.codebook import PALETTE, CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.errors import NotFoundError, ProjectError

TEXT = "Enq : Vous travaillez où ?\nMarie : À la maison, près de l’école. C’est calme 😀.\nPaul : Au bureau."


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Entretien", TEXT), transcript("Autre", "Jean : Oui.")])
    yield project
    project.close()


def test_codebook_tree_order_and_paths(project):
    cb = CodebookService(project)
    work = cb.create("Travail")
    home = cb.create("Maison", parent_id=work.id)
    cb.create("Bureau", parent_id=work.id, position=0)
    leisure = cb.create("Loisirs")
    assert [c.path for c in cb.codes()] == ["Travail", "Travail/Bureau", "Travail/Maison", "Loisirs"]
    assert cb.code(home.id).position == 1
    assert cb.find_path(" Travail / Maison ").id == home.id
    assert cb.find_path("Travail/Jardin") is None
    assert cb.descendants(work.id) == [c.id for c in cb.codes()[1:3]]
    assert cb.descendants(leisure.id) == []


def test_codebook_colours_cycle_through_palette(project):
    cb = CodebookService(project)
    colours = [cb.create(f"c{i}").color for i in range(len(PALETTE) + 1)]
    assert colours[: len(PALETTE)] == list(PALETTE)
    assert colours[-1] == PALETTE[0]
    assert cb.create("x", color="#123456").color == "#123456"


def test_codebook_edits_return_previous_values(project):
    cb = CodebookService(project)
    code = cb.create("Travail", description="d1")
    assert cb.rename(code.id, "  Emploi  ") == "Travail"
    assert cb.set_color(code.id, "#aabbcc") == code.color
    assert cb.set_description(code.id, "d2") == "d1"
    assert (cb.code(code.id).name, cb.code(code.id).color, cb.code(code.id).description) == ("Emploi", "#AABBCC", "d2")
    with pytest.raises(ProjectError):
        cb.rename(code.id, "  ")
    with pytest.raises(NotFoundError):
        cb.rename(999, "x")


def test_codebook_move_rejects_cycles_and_renumbers(project):
    cb = CodebookService(project)
    a, b, c = cb.create("A"), cb.create("B"), cb.create("C")
    a1 = cb.create("A1", parent_id=a.id)
    with pytest.raises(ProjectError):
        cb.move(a.id, a1.id)
    with pytest.raises(ProjectError):
        cb.move(a.id, a.id)
    assert cb.move(c.id, a.id, 0) == (None, 2)
    assert [x.path for x in cb.codes()] == ["A", "A/C", "A/A1", "B"]
    assert [x.position for x in cb.codes()] == [0, 0, 1, 1]
    cb.move(b.id, None, 0)
    assert [x.name for x in cb.codes() if x.parent_id is None] == ["B", "A"]


def test_codebook_ensure_path_creates_missing_levels(project):
    cb = CodebookService(project)
    leaf = cb.ensure_path("Lieux/Maison/Cuisine")
    assert leaf.path == "Lieux/Maison/Cuisine"
    again, created = cb.ensure_path_created("Lieux/Maison/Cuisine")
    assert again.id == leaf.id and created == []
    _, created = cb.ensure_path_created("Lieux/Bureau")
    assert len(created) == 1 and len(cb.codes()) == 4
    with pytest.raises(ProjectError):
        cb.ensure_path(" / ")


def test_codebook_counts_with_descendants(project):
    cb, cs = CodebookService(project), CodingService(project)
    parent = cb.create("Lieux")
    child = cb.create("Maison", parent_id=parent.id)
    cs.apply(parent.id, [Span(1, 0, 3)], "ana")
    cs.apply(child.id, [Span(1, 5, 9), Span(1, 10, 12), Span(2, 0, 4)], "ana")
    counts = cb.counts()
    assert (counts[parent.id].codings, counts[parent.id].documents) == (1, 1)
    assert (counts[parent.id].codings_with_children, counts[parent.id].documents_with_children) == (4, 2)
    assert (counts[child.id].codings, counts[child.id].documents_with_children) == (3, 2)
    assert cb.coding_count_with_descendants(parent.id) == 4


def test_codebook_merge_moves_codings_children_and_collapses_duplicates(project):
    cb, cs, memos = CodebookService(project), CodingService(project), MemoService(project)
    source, target = cb.create("Domicile"), cb.create("Maison")
    sub = cb.create("Cuisine", parent_id=source.id)
    cs.apply(source.id, [Span(1, 0, 5), Span(1, 6, 10)], "ana")
    cs.apply(source.id, [Span(1, 0, 5)], "bob")
    cs.apply(target.id, [Span(1, 0, 5)], "ana")
    memos.set("code", source.id, "note source", "ana")
    result = cb.merge(source.id, target.id)
    assert len(result.moved_coding_ids) == 2 and len(result.source.codings) == 1
    with pytest.raises(NotFoundError):
        cb.code(source.id)
    assert cb.code(sub.id).parent_id == target.id
    spans = sorted((c.span.start, c.coder) for c in cs.codings([target.id]))
    assert spans == [(0, "ana"), (0, "bob"), (6, "ana")]
    assert memos.get("code", target.id).text == "note source"
    with pytest.raises(ProjectError):
        cb.merge(target.id, sub.id)


def test_codebook_delete_removes_subtree_codings_and_memos(project):
    cb, cs, memos = CodebookService(project), CodingService(project), MemoService(project)
    parent = cb.create("Lieux")
    child = cb.create("Maison", parent_id=parent.id)
    other = cb.create("Autre")
    coding = cs.apply(child.id, [Span(1, 0, 5)], "ana")[0]
    memos.set("coding", coding.id, "à revoir", "ana")
    memos.set("code", child.id, "mémo", "ana")
    snapshot = cb.delete(parent.id)
    assert [c.id for c in snapshot.codes] == [parent.id, child.id]
    assert [c.id for c in cb.codes()] == [other.id] and cb.code(other.id).position == 0
    assert cs.codings() == [] and memos.memos() == []
    cb.restore(snapshot)
    assert [c.path for c in cb.codes()] == ["Lieux", "Lieux/Maison", "Autre"]
    assert cs.codings()[0] == coding and len(memos.memos()) == 2
