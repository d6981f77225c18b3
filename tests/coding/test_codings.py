"""CodingService: offsets with accents and emoji, no duplicates, excerpts with speakers, speed."""

from __future__ import annotations

import pytest

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.memos import MemoService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.errors import NotFoundError, ProjectError

TEXT = ("Enq : Et le télétravail ?\n"
        "[00:03:12] Marie : Franchement 😀 j’adore, l’œuvre de ma vie.\n"
        "[00:04:00] Paul : Moi, non : ça isole.")


@pytest.fixture
def project(tmp_path):
    docs = [transcript("Entretien 1", TEXT, {"lieu": "Lyon"}), transcript("Entretien 2", "Jean : Bof.", {"lieu": "Paris"})]
    project = make_project(tmp_path / "p.vbt", docs)
    yield project
    project.close()


def test_codings_snippets_are_exact_with_accents_and_emoji(project):
    code = CodebookService(project).create("Avis")
    start = TEXT.index("Franchement")
    end = TEXT.index("vie") + 3
    coding = CodingService(project).apply(code.id, [Span(1, start, end)], "ana")[0]
    assert coding.snippet == "Franchement 😀 j’adore, l’œuvre de ma vie"
    assert len("😀") == 1 and coding.span == Span(1, start, end)


def test_codings_apply_skips_duplicates_and_validates(project):
    code = CodebookService(project).create("Avis")
    cs = CodingService(project)
    assert len(cs.apply(code.id, [Span(1, 0, 5), Span(1, 0, 5)], "ana")) == 1
    assert cs.apply(code.id, [Span(1, 0, 5)], "ana") == []
    assert len(cs.apply(code.id, [Span(1, 0, 5)], "bob")) == 1
    with pytest.raises(ProjectError):
        cs.apply(code.id, [Span(1, 0, len(TEXT) + 1)], "ana")
    with pytest.raises(NotFoundError):
        cs.apply(code.id, [Span(9, 0, 1)], "ana")
    with pytest.raises(NotFoundError):
        cs.apply(99, [Span(1, 0, 1)], "ana")
    assert len(cs.codings()) == 2


def test_codings_overlapping_codes_at_position(project):
    cb, cs = CodebookService(project), CodingService(project)
    a, b = cb.create("A"), cb.create("B")
    cs.apply(a.id, [Span(1, 10, 30)], "ana")
    cs.apply(b.id, [Span(1, 20, 40)], "ana")
    assert [c.code_id for c in cs.codings_at(1, 25)] == [a.id, b.id]
    assert [c.code_id for c in cs.codings_at(1, 30)] == [b.id]
    assert cs.codings_at(1, 40) == []
    assert [c.span.start for c in cs.codings_in_document(1)] == [10, 20]


def test_codings_remove_restore_keeps_ids_and_memos(project):
    code = CodebookService(project).create("Avis")
    cs, memos = CodingService(project), MemoService(project)
    created = cs.apply(code.id, [Span(1, 0, 5), Span(1, 6, 9)], "ana")
    memos.set("coding", created[0].id, "note")
    removed = cs.remove([c.id for c in created])
    assert removed == created and cs.codings() == [] and memos.memos() == []
    cs.restore(removed)
    assert cs.codings() == created


def test_codings_excerpts_with_speaker_filters_and_context(project):
    cb, cs = CodebookService(project), CodingService(project)
    parent = cb.create("Travail")
    child = cb.create("Télétravail", parent_id=parent.id)
    marie = CaseService(project).find("Marie").id
    AttributeService(project).set_value("case", marie, "âge", "34")
    start = TEXT.index("Franchement")
    cs.apply(child.id, [Span(1, start, start + 11)], "ana")
    cs.apply(parent.id, [Span(1, TEXT.index("ça isole"), TEXT.index("ça isole") + 8), Span(2, 7, 10)], "bob")
    excerpts = cs.excerpts(parent.id)
    assert [(e.code_path, e.speaker, e.timestamp) for e in excerpts] == [
        ("Travail/Télétravail", "Marie", 192.0), ("Travail", "Paul", 240.0), ("Travail", "Jean", None)]
    assert excerpts[0].speaker_attributes == {"âge": "34"} and excerpts[0].document_name == "Entretien 1"
    assert len(cs.excerpts(parent.id, include_descendants=False)) == 2
    assert [e.speaker for e in cs.excerpts(parent.id, case_attribute_filter={"âge": "34"})] == ["Marie"]
    assert [e.speaker for e in cs.excerpts(parent.id, document_attribute_filter={"lieu": "Paris"})] == ["Jean"]
    assert [e.speaker for e in cs.excerpts(parent.id, coder="bob", document_ids=[1])] == ["Paul"]
    before, passage, after = cs.context(excerpts[0].coding.id, chars=12)
    assert passage == "Franchement" and before.startswith("…") and after.endswith("…")
    assert TEXT[start - 12:start].endswith(before[1:])


def test_codings_recode_drops_duplicates(project):
    cb, cs = CodebookService(project), CodingService(project)
    a, b = cb.create("A"), cb.create("B")
    moved = cs.apply(a.id, [Span(1, 0, 5), Span(1, 6, 9)], "ana")
    cs.apply(b.id, [Span(1, 0, 5)], "ana")
    result = cs.recode([c.id for c in moved], b.id)
    assert result.old_code_ids == ((moved[1].id, a.id),) and result.dropped == (moved[0],)
    assert sorted(c.span.start for c in cs.codings([b.id])) == [0, 6]


def test_codings_in_document_returns_every_coding_in_text_order_on_a_dense_document(tmp_path):
    # Speed is measured by bench/gui_bench.py; here: all 2,000 codings, sorted, snippets exact.
    words = ("le télétravail change tout 😀 pour nous, vraiment. " * 1500)
    project = make_project(tmp_path / "big.vbt", [transcript("Long", words)])
    try:
        cb, cs = CodebookService(project), CodingService(project)
        codes = [cb.create(f"c{i}").id for i in range(10)]
        step = len(words) // 2000
        for k, code in enumerate(codes):
            cs.apply(code, [Span(1, i * step, i * step + 20) for i in range(k, 2000, 10)], "ana")
        codings = cs.codings_in_document(1)
        assert len(codings) == 2000
        assert [c.span.start for c in codings] == sorted(c.span.start for c in codings)
        assert all(c.snippet == words[c.span.start:c.span.end] for c in codings)
    finally:
        project.close()


def test_snippets_sliced_by_the_store_match_python_slices_past_astral_characters(tmp_path):
    """A few spans are sliced by SQLite (substr/length count code points, as Python does)."""
    text = "Marie : café 😀 puis l’équipe 𝔘 fin.\nPaul : rien à ajouter."
    project = make_project(tmp_path / "p.vbt", [transcript("T", text)])
    code = CodebookService(project).create("X").id
    from corpus.documents import CorpusService

    stored = CorpusService(project).document(1).text
    spans = [Span(1, stored.index("puis"), stored.index("fin") + 3), Span(1, stored.index("rien"), len(stored))]
    made = CodingService(project).apply(code, spans, "alice")
    assert [c.snippet for c in made] == [stored[s.start:s.end] for s in spans]
    with pytest.raises(ProjectError, match="outside the document"):
        CodingService(project).apply(code, [Span(1, 0, len(stored) + 1)], "alice")
    many = [Span(1, i, i + 2) for i in range(0, 44)]  # more than a few: the whole text is read instead
    assert [c.snippet for c in CodingService(project).apply(code, many, "bob")] == \
        [stored[s.start:s.end] for s in many]
    project.close()
