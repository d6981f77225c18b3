"""One coding refreshes the views in place (counts and excerpts from the change itself, no full
reload) and they stay equal to what a full reload shows (issue 13: coding must be instant)."""

from __future__ import annotations

from coding import commands as cmd
from coding.types import Span


def _code(window, path: str) -> int:
    window.controller.execute(cmd.EnsureCodePath(path))
    return next(c.id for c in window.controller.codes() if c.path == path)


def _span(window, needle: str) -> Span:
    doc = next(d for d in window.controller.documents() if needle in window.controller.document(d.id).text)
    start = window.controller.document(doc.id).text.index(needle)
    return Span(doc.id, start, start + len(needle))


def _assert_views_match_the_store(window, code_id: int) -> None:
    controller = window.controller
    assert window.codebook.model.counts == controller.counts()
    assert {d.id: d.coding_count for d in window.documents.model.docs.values()} == \
        {d.id: d.coding_count for d in controller.documents()}
    shown = [e.coding.id for e in window.excerpts.model.rows]
    assert shown == [e.coding.id for e in controller.excerpts(code_id, True)]


def test_coding_and_undo_update_counts_and_excerpts_without_a_reset(window, qtbot):
    parent = _code(window, "Conditions")
    fatigue = _code(window, "Conditions/Fatigue")
    window.controller.code_spans(fatigue, [_span(window, "la fatigue arrive vite"), _span(window, "Sans l’équipe")])
    window.codebook.select_code(parent)  # the parent's list includes its sub-code's excerpts
    window.excerpts.model.reload()
    resets = []
    window.excerpts.model.modelReset.connect(lambda: resets.append(1))
    window.codebook.model.modelReset.connect(lambda: resets.append(2))
    window.documents.model.modelReset.connect(lambda: resets.append(3))
    window.controller.code_spans(fatigue, [_span(window, "La fatigue aussi")])  # between the two in text order
    qtbot.wait(10)  # let a coalesced reload run if one was (wrongly) scheduled
    assert resets == []
    assert window.excerpts.model.rowCount() == 3
    assert window.codebook.model.counts[parent].codings_with_children == 3
    _assert_views_match_the_store(window, parent)
    window.act_undo.trigger()
    qtbot.wait(10)
    assert resets == [] and window.excerpts.model.rowCount() == 2
    _assert_views_match_the_store(window, parent)
    window.act_redo.trigger()
    qtbot.wait(10)
    _assert_views_match_the_store(window, parent)


def test_coding_another_code_leaves_the_excerpts_alone(window, qtbot):
    shown = _code(window, "Équipe")
    other = _code(window, "Salaire")
    window.controller.code_spans(shown, [_span(window, "Sans l’équipe")])
    window.codebook.select_code(shown)
    window.excerpts.model.reload()
    resets = []
    window.excerpts.model.modelReset.connect(lambda: resets.append(1))
    window.controller.code_spans(other, [_span(window, "le salaire compte")])
    qtbot.wait(10)
    assert resets == [] and window.excerpts.model.rowCount() == 1
    _assert_views_match_the_store(window, shown)


def test_speaker_turn_lookup_for_a_few_codings_matches_the_full_index(project):
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from corpus.documents import CorpusService
    from corpus.store.project import Project

    with Project.open(project) as opened:
        service, corpus = CodingService(opened), CorpusService(opened)
        code = CodebookService(opened).create("Test").id
        spans = []
        for doc in corpus.documents():
            text = corpus.document(doc.id).text
            spans += [Span(doc.id, i, i + 3) for i in range(0, len(text) - 3, 13)]
            spans += [Span(doc.id, i, i + 2) for i, ch in enumerate(text[:-2]) if ch == "\n"]  # between turns
        service.apply(code, spans, "alice")
        full = service.excerpts(code)  # many codings: every turn of the documents read
        assert len(full) > 40 and any(e.speaker for e in full) and any(e.speaker is None for e in full)
        for excerpt in full[::3]:
            (one,) = service.excerpts_for(None, coding_ids=[excerpt.coding.id])  # a few: the turns at their offsets
            assert (one.speaker, one.case_id, one.timestamp) == (excerpt.speaker, excerpt.case_id, excerpt.timestamp)


def test_grouped_documents_list_counts_follow_a_coding(window, qtbot):
    code = _code(window, "Équipe")
    model = window.documents.model
    model.set_group_by("site")
    span = _span(window, "Sans l’équipe")
    window.controller.code_spans(code, [span])
    index = model.index_of(span.document_id)
    assert model.data(index.siblingAtColumn(2)) == 1
    assert {d.id: d.coding_count for d in model.docs.values()} == \
        {d.id: d.coding_count for d in window.controller.documents()}
    window.act_undo.trigger()
    assert model.data(model.index_of(span.document_id).siblingAtColumn(2)) == 0
