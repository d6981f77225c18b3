"""Segmentation: IRaMuTeQ's weighted cut (target 40, window 55)."""

from __future__ import annotations

from lexical.cleaning import clean_text
from lexical.segments import cut_points, segment_text


def test_segments_short_text_is_one_segment():
    assert cut_points(["a"] * 55) == [(0, 55)]


def test_segments_cut_after_the_full_stop_nearest_target():
    tokens = ["w"] * 100
    tokens[36] = "."  # 6 / 5 beats the comma at 40 (1 / 1)
    tokens[40] = ","
    assert cut_points(tokens)[0] == (0, 37)
    tokens[36], tokens[35] = "w", "."  # 6 / 6 ties with 1 / 1: the later comma wins
    assert cut_points(tokens)[0] == (0, 41)


def test_segments_comma_at_target_beats_distant_full_stop():
    tokens = ["w"] * 100
    tokens[5] = "."  # 6 / 36 = 0.167 < 1 / 1
    tokens[40] = ","
    assert cut_points(tokens)[0] == (0, 41)


def test_segments_tie_goes_to_later_position():
    tokens = ["w"] * 100  # no punctuation: 0.01 / 1 at position 40 is the single best
    assert cut_points(tokens)[0] == (0, 41)
    tokens[38], tokens[42] = ",", ","  # equal ratios 1 / 3: the later one wins
    assert cut_points(tokens)[0] == (0, 43)


def test_segments_drop_punctuation_and_map_offsets():
    text = "Premier mot. Deuxième phrase !"
    segments = segment_text(clean_text(text), source_index=3, first_id=10, offset=100)
    assert len(segments) == 1
    seg = segments[0]
    assert (seg.id, seg.source_index) == (10, 3)
    assert seg.forms == ["premier", "mot", "deuxième", "phrase"]
    assert seg.text == "premier mot deuxième phrase"
    assert (seg.start, seg.end) == (100, 100 + len(text))
    assert seg.spans[2] == (100 + text.index("Deuxième"), 100 + text.index(" phrase"))


def test_segments_only_punctuation_gives_no_segment():
    assert segment_text(clean_text(" ?! ... "), 0) == []
