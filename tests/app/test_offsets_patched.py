"""OffsetMap.patched (edit mode: only the changed range is rescanned) equals a map built from scratch."""

from __future__ import annotations

import random

import pytest

from app.offsets import OffsetMap
from corpus.text_edit import OffsetRemap, apply_edits, text_diff

PIECES = ("a", "é", " ", "😀", "\n", "\r\n", "mot", "🎉")


@pytest.mark.parametrize("seed", range(150))
def test_patched_map_equals_a_fresh_one(seed):
    rng = random.Random(seed)
    old = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    new = old
    for _ in range(rng.randint(1, 3)):
        a = rng.randint(0, len(new))
        b = rng.randint(a, min(len(new), a + 6))
        new = new[:a] + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3))) + new[b:]
    edits = text_diff(old, new)
    if not edits:
        return
    remap = OffsetRemap(old, edits)
    assert apply_edits(old, edits) == new
    patched = OffsetMap(old).patched(new, remap.first_start, remap.last_end, remap.last_end + remap.total_shift)
    fresh = OffsetMap(new)
    assert patched.qt_length == fresh.qt_length
    assert [patched.to_qt(cp) for cp in range(len(new) + 1)] == [fresh.to_qt(cp) for cp in range(len(new) + 1)]
    assert [patched.to_cp(q) for q in range(fresh.qt_length + 1)] == [fresh.to_cp(q) for q in range(fresh.qt_length + 1)]
