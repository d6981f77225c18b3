"""Undo commands: apply, undo (the inverse) and redo (the inverse of the inverse) restore every
table exactly, ids included."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.commands import (
    ApplyCodings,
    CompositeCommand,
    CreateCode,
    DeleteCode,
    EnsureCodePath,
    MergeCases,
    MergeCodes,
    MoveCode,
    Recode,
    RemoveCodings,
    RenameCase,
    RenameCode,
    SetAttributeValue,
    SetCodeColor,
    SetCodeDescription,
    SetInterviewer,
    SetMemo,
)
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import NotFoundError

TEXT = ("Enq : Et le quartier ?\n"
        "Marie : J’aime l’école du quartier 😀, les cafés, la vie.\n"
        "Paul : Moi c’est le marché. Le marché du samedi.")
# Coders and attribute definitions an edit creates are kept on undo on purpose (they are names, not data).
TABLES = ("codes", "codings", "memos", "attribute_values", "cases", "case_members", "turns")


def snapshot(project) -> dict[str, list[tuple]]:
    """Every row of the tables edits touch, in id order."""
    with project.transaction() as session:
        return {t: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2"))] for t in TABLES}


@pytest.fixture
def project(tmp_path):
    project = make_project(tmp_path / "p.vbt", [transcript("Quartier", TEXT)])
    cb, cs, memos = CodebookService(project), CodingService(project), MemoService(project)
    lieux = cb.create("Lieux", description="Où l'on vit")
    ecole = cb.create("École", parent_id=lieux.id)
    cb.create("Marché", parent_id=lieux.id)
    cb.create("Sociabilité")
    cb.create("Commerces")
    first = cs.apply(ecole.id, [Span(1, 31, 52), Span(1, 36, 59)], "ana")
    cs.apply(lieux.id, [Span(1, 31, 52)], "bob")
    memos.set("code", ecole.id, "mémo école", "ana")
    memos.set("coding", first[0].id, "mémo coding", "ana")
    memos.set("project", 0, "journal", "ana")
    yield project
    project.close()


def ids(project, path):
    return CodebookService(project).find_path(path).id


def check_roundtrip(project, command):
    """apply -> undo gives the state before; redo gives the state after; undo again too."""
    before = snapshot(project)
    undo = command.apply(project)
    after = snapshot(project)
    assert after != before, "the command changed nothing"
    redo = undo.apply(project)
    assert snapshot(project) == before
    undo_again = redo.apply(project)
    assert snapshot(project) == after
    undo_again.apply(project)
    assert snapshot(project) == before
    return after


def test_commands_apply_and_remove_codings(project):
    code = ids(project, "Sociabilité")
    check_roundtrip(project, ApplyCodings(code, (Span(1, 60, 80), Span(1, 100, 110)), "ana"))
    check_roundtrip(project, ApplyCodings("Lieux/Marché", (Span(1, 100, 110),), "carla"))
    coding_ids = tuple(c.id for c in CodingService(project).codings())
    check_roundtrip(project, RemoveCodings(coding_ids[:2]))


def test_commands_recode_with_duplicates(project):
    codings = CodingService(project).codings([ids(project, "Lieux/École")])
    after = check_roundtrip(project, Recode(tuple(c.id for c in codings), ids(project, "Lieux")))
    assert len(after["codings"]) == 3


def test_commands_code_edits(project):
    code = ids(project, "Lieux/École")
    check_roundtrip(project, CreateCode("Nouveau", parent_id=ids(project, "Lieux"), position=0))
    check_roundtrip(project, CreateCode("Top"))
    check_roundtrip(project, RenameCode(code, "Écoles"))
    check_roundtrip(project, SetCodeColor(code, "#000000"))
    check_roundtrip(project, SetCodeDescription(code, "nouvelle description"))
    check_roundtrip(project, MoveCode(code, None, 0))
    check_roundtrip(project, MoveCode(ids(project, "Commerces"), ids(project, "Lieux"), 1))
    check_roundtrip(project, EnsureCodePath("Lieux/Parc/Bancs"))


def test_commands_merge_restores_source_exactly(project):
    check_roundtrip(project, MergeCodes(ids(project, "Lieux/École"), ids(project, "Lieux")))
    check_roundtrip(project, MergeCodes(ids(project, "Lieux"), ids(project, "Sociabilité")))


def test_commands_delete_restores_subtree_codings_and_memos(project):
    after = check_roundtrip(project, DeleteCode(ids(project, "Lieux")))
    assert after["codings"] == [] and len(after["memos"]) == 1


def test_commands_memos_attributes_cases(project):
    marie = CaseService(project).find("Marie").id
    check_roundtrip(project, SetMemo("code", ids(project, "Lieux"), "nouveau mémo", "bob"))
    check_roundtrip(project, SetMemo("code", ids(project, "Lieux/École"), "mémo modifié", "bob"))
    check_roundtrip(project, SetMemo("project", 0, "", "bob"))
    check_roundtrip(project, SetAttributeValue("case", marie, "âge", "34"))
    check_roundtrip(project, SetAttributeValue("document", 1, "lieu", "Lyon"))
    check_roundtrip(project, RenameCase(marie, "Marie D."))
    check_roundtrip(project, SetInterviewer(marie, True))


def test_commands_composite_is_one_step_and_rolls_back_on_failure(project):
    composite = CompositeCommand("Class into code", (
        EnsureCodePath("Classes/Classe 1"),
        ApplyCodings("Classes/Classe 1", (Span(1, 6, 20), Span(1, 80, 100)), "ana"),
        SetMemo("code", ids(project, "Lieux"), "classe 1 ≈ lieux"),
    ))
    after = check_roundtrip(project, composite)
    assert len(after["codes"]) == 7
    before = snapshot(project)
    failing = CompositeCommand("fails", (CreateCode("Temp"), ApplyCodings("No/Such/Code", (Span(1, 0, 2),), "ana")))
    with pytest.raises(NotFoundError):
        failing.apply(project)
    assert snapshot(project) == before


def test_commands_merge_cases_restores_speakers_exactly(project):
    cases = CaseService(project)
    marie, paul, enq = (cases.find(n).id for n in ("Marie", "Paul", "Enq"))
    attributes = AttributeService(project)
    attributes.set_value("case", marie, "âge", "34")
    attributes.set_value("case", paul, "âge", "51")  # the target keeps its own value: Paul's is deleted
    attributes.set_value("case", paul, "rôle", "commerçant")  # the target lacks it: it moves over
    group = cases.create("Focus group", kind="group")
    cases.set_members(group, [paul, enq])
    MemoService(project).set("case", paul, "mémo Paul", "ana")
    after = check_roundtrip(project, MergeCases((paul, enq), marie))  # ends undone
    assert [row[1] for row in after["cases"]] == ["Marie", "Focus group"]
    MergeCases((paul, enq), marie).apply(project)
    turns = CorpusService(project).turns(1)
    assert {t.case_id for t in turns if t.case_id is not None} == {marie}
    assert cases.members(group) == [marie]
    merged = cases.find("Marie")
    assert merged.turn_count == 3 and merged.attributes == {"âge": "34", "rôle": "commerçant"}


def test_commands_merge_cases_refuses_unknown_cases(project):
    marie = CaseService(project).find("Marie").id
    before = snapshot(project)
    with pytest.raises(NotFoundError):
        MergeCases((999,), marie).apply(project)
    with pytest.raises(NotFoundError):
        MergeCases((marie,), 999).apply(project)
    assert snapshot(project) == before
