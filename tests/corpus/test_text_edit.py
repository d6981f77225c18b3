"""The pure edit/diff/remap functions of corpus.text_edit, with seeded random edits."""

from __future__ import annotations

import random

import pytest

from corpus.text_edit import (
    OffsetRemap,
    TextEdit,
    apply_edits,
    invert_edits,
    normalize_edits,
    text_diff,
)

TEXT = "Marie : la partcipante dit que la fatigue arrive vite.\nPaul : le salaire compte.\n"
WORDS = ("la", "fatigue", "équipe", "nuit", "😀", "l’hôpital", "aujourd'hui", "ça", " ", "\n", ", ", ". ")


def test_text_edit_applies_and_inverts():
    edits = [TextEdit(11, 22, "participante"), TextEdit(0, 0, "[00:01] ")]
    new = apply_edits(TEXT, edits)
    assert new.startswith("[00:01] Marie : la participante dit")
    assert apply_edits(new, invert_edits(TEXT, edits)) == TEXT


def test_normalize_edits_rejects_overlap_and_outside():
    with pytest.raises(ValueError):
        normalize_edits([TextEdit(2, 6, "x"), TextEdit(4, 8, "y")], 20)
    with pytest.raises(ValueError):
        normalize_edits([TextEdit(2, 30, "x")], 20)
    assert normalize_edits([TextEdit(2, 4, "x"), TextEdit(4, 6, "y"), TextEdit(9, 9, "")], 20) == [
        TextEdit(2, 6, "xy")]


def test_text_diff_fixes_a_typo_as_one_small_edit():
    new = TEXT.replace("partcipante", "participante")
    assert text_diff(TEXT, new) == [TextEdit(15, 15, "i")]
    assert text_diff(TEXT, TEXT) == []


def test_text_diff_keeps_far_apart_changes_separate():
    old = "\n".join(f"Ligne {i} : la fatigue arrive vite." for i in range(3000))
    new = old.replace("Ligne 5 ", "Ligne cinq ").replace("Ligne 2990 : la", "Ligne 2990 : une")
    edits = text_diff(old, new)
    assert len(old) > 30000  # long enough to be diffed line by line first
    assert apply_edits(old, edits) == new
    assert len(edits) == 2 and all(e.end - e.start <= 3 for e in edits)


def test_remap_moves_codings_after_an_edit_and_grows_over_a_fixed_word():
    new = TEXT.replace("partcipante", "participante")
    remap = OffsetRemap(TEXT, text_diff(TEXT, new))
    fatigue = TEXT.index("fatigue")
    assert remap.span(fatigue, fatigue + 7) == (fatigue + 1, fatigue + 8)
    word = TEXT.index("partcipante")
    start, end = remap.span(word, word + len("partcipante"))
    assert new[start:end] == "participante"


def test_remap_glues_an_insertion_only_to_the_coded_word():
    text = "la articipante dit"
    coding = (3, 14)  # "articipante"
    glued = OffsetRemap(text, [TextEdit(3, 3, "p")])
    start, end = glued.span(*coding)
    assert apply_edits(text, glued.edits)[start:end] == "participante"
    apart = OffsetRemap(text, [TextEdit(3, 3, "une ")])
    start, end = apart.span(*coding)
    assert apply_edits(text, apart.edits)[start:end] == "articipante"
    after = OffsetRemap(text, [TextEdit(14, 14, "s")])
    start, end = after.span(*coding)
    assert apply_edits(text, after.edits)[start:end] == "articipantes"
    spaced = OffsetRemap(text, [TextEdit(14, 14, " très")])
    assert spaced.span(*coding) == coding


def test_remap_reports_a_deleted_coding_as_none():
    fatigue = TEXT.index("la fatigue")
    remap = OffsetRemap(TEXT, [TextEdit(fatigue, fatigue + len("la fatigue "), "")])
    assert remap.span(fatigue + 3, fatigue + 10) is None
    assert remap.span(fatigue, fatigue + 20) == (fatigue, fatigue + 9)


def test_remap_points_keep_turns_contiguous():
    paul = TEXT.index("Paul")
    remap = OffsetRemap(TEXT, [TextEdit(paul, paul, "[00:02] ")])
    assert remap.point(paul) == paul  # the inserted time stamp belongs to Paul's turn
    assert remap.point(len(TEXT)) == len(TEXT) + 8
    across = OffsetRemap(TEXT, [TextEdit(paul - 6, paul + 2, "XX")])
    assert across.point(paul) == paul - 6  # a mark inside a replaced region goes to its start


def _random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(("", " ")) for _ in range(words))


def _random_edits(rng: random.Random, text: str) -> list[TextEdit]:
    points = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 2 * rng.randint(1, 6))))
    edits = []
    for start, end in zip(points[::2], points[1::2]):
        if rng.random() < 0.3:
            end = start  # an insertion
        edits.append(TextEdit(start, end, rng.choice(("", "x", " mot ", "é", "😀", "fatigue"))))
    return edits


@pytest.mark.parametrize("seed", range(300))
def test_remap_random_edits_keep_untouched_codings_on_their_words(seed):
    rng = random.Random(seed)
    old = _random_text(rng, rng.randint(5, 60))
    edits = _random_edits(rng, old)
    new = apply_edits(old, edits)
    remap = OffsetRemap(old, edits)
    assert remap.new_length == len(new)
    positions = sorted(rng.randint(0, len(old)) for _ in range(20))
    mapped = [remap.point(p) for p in positions]
    assert mapped == sorted(mapped) and all(0 <= m <= len(new) for m in mapped)
    for _ in range(20):
        start = rng.randrange(len(old))
        end = rng.randint(start + 1, len(old))
        result = remap.span(start, end)
        touched = [e for e in remap.edits if e.start <= end and e.end >= start]
        if not touched:
            assert result is not None and new[result[0]:result[1]] == old[start:end]
        if result is None:  # only when every coded character but white space was deleted
            assert all(any(e.start <= i < e.end for e in remap.edits)
                       for i in range(start, end) if not old[i].isspace())
        else:
            assert 0 <= result[0] < result[1] <= len(new)


@pytest.mark.parametrize("seed", range(200))
def test_text_diff_random_edits_round_trip(seed):
    rng = random.Random(1000 + seed)
    old = _random_text(rng, rng.randint(0, 80))
    new = apply_edits(old, _random_edits(rng, old)) if old else "nouveau"
    edits = text_diff(old, new)
    assert apply_edits(old, edits) == new
    assert apply_edits(new, invert_edits(old, edits)) == old
    remap = OffsetRemap(old, edits)
    # A word the diff did not touch keeps its text.
    for match_start in range(0, len(old), 7):
        end = min(len(old), match_start + 3)
        if not any(e.start <= end and e.end >= match_start for e in remap.edits):
            span = remap.span(match_start, end)
            assert span is not None and new[span[0]:span[1]] == old[match_start:end]


def test_remap_never_moves_a_bound_onto_white_space():
    old = "Marie : Moi c’est la fatigue"
    remap = OffsetRemap(old, [TextEdit(7, 11, "")])  # " Moi" deleted: the diff could have taken "Moi "
    assert remap.new_text == "Marie : c’est la fatigue"
    assert remap.text_point(8) == 8  # the speech still starts on a word
    start, end = remap.span(8, 17)  # "Moi c’est"
    assert remap.new_text[start:end] == "c’est"
