"""Praat TextGrid import (corpus.importers.textgrid)."""

from __future__ import annotations

import pytest

from corpus.importers import ImportFailure, read_file
from corpus.importers.turns import detect_turns

LONG = """File type = "ooTextFile"
Object class = "TextGrid"

xmin = 0
xmax = 10
tiers? <exists>
size = 3
item []:
    item [1]:
        class = "IntervalTier"
        name = "Sonia (ENQ)"
        xmin = 0
        xmax = 10
        intervals: size = 3
        intervals [1]:
            xmin = 0
            xmax = 1.5
            text = "c’est « joli » 😀"
        intervals [2]:
            xmin = 1.5
            xmax = 4
            text = ""
        intervals [3]:
            xmin = 4
            xmax = 10
            text = "il a dit ""oui"" [rire]"
    item [2]:
        class = "IntervalTier"
        name = "Yvette"
        xmin = 0
        xmax = 10
        intervals: size = 3
        intervals [1]:
            xmin = 0
            xmax = 2
            text = "   "
        intervals [2]:
            xmin = 2
            xmax = 3
            text = "l’œuvre"
        intervals [3]:
            xmin = 3
            xmax = 4
            text = "de ma vie"
    item [3]:
        class = "TextTier"
        name = "points"
        xmin = 0
        xmax = 10
        points: size = 1
        points [1]:
            number = 5
            mark = "bip"
"""

SHORT = """File type = "ooTextFile"
Object class = "TextGrid"

0
10
<exists>
2
"IntervalTier"
"Sonia (ENQ)"
0
10
2
0
1.5
"c’est « joli » 😀"
4
10
"il a dit ""oui"" [rire]"
"IntervalTier"
"Yvette"
0
10
2
2
3
"l’œuvre"
3
4
"de ma vie"
"""

EXPECTED = 'Sonia (ENQ) : c’est « joli » 😀\nYvette : l’œuvre de ma vie\nSonia (ENQ) : il a dit "oui" [rire]'


@pytest.mark.parametrize(
    ("text", "encoding"), [(LONG, "utf-8"), (LONG, "utf-16"), (SHORT, "utf-8"), (SHORT, "utf-16-be")]
)
def test_textgrid_formats_and_encodings(tmp_path, text, encoding):
    path = tmp_path / "entretien.TextGrid"
    path.write_bytes(text.encode(encoding))
    (doc,) = read_file(path)
    assert doc.text == EXPECTED
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("Sonia (ENQ)", 0.0),
        ("Yvette", 2.0),
        ("Sonia (ENQ)", 4.0),
    ]
    assert doc.text[doc.turns[1].content_start : doc.turns[1].end] == "l’œuvre de ma vie"
    assert doc.kind == "transcript" and doc.source_format == "textgrid"
    if "TextTier" in text:
        assert any("point tier 'points'" in w for w in doc.warnings)


def test_textgrid_bad_files(tmp_path):
    path = tmp_path / "coupé.TextGrid"
    path.write_bytes(LONG[: len(LONG) // 2].encode())
    with pytest.raises(ImportFailure, match="truncated"):
        read_file(path)
    path = tmp_path / "bin.TextGrid"
    path.write_bytes(b"ooBinaryFile\x08TextGrid" + bytes(50))
    with pytest.raises(ImportFailure, match="binary TextGrid"):
        read_file(path)
    path = tmp_path / "faux.TextGrid"
    path.write_bytes(b'"autre" "chose" 1 2')
    with pytest.raises(ImportFailure, match="not a Praat TextGrid"):
        read_file(path)
    path = tmp_path / "vide.TextGrid"
    path.write_bytes(
        SHORT.replace("c’est « joli » 😀", "")
        .replace("l’œuvre", "")
        .replace("de ma vie", "")
        .replace('il a dit ""oui"" [rire]', "")
        .encode()
    )
    with pytest.raises(ImportFailure, match="no interval with text"):
        read_file(path)


def test_shared_cfpp_textgrids_match_derived_transcripts(shared_corpora):
    folder = shared_corpora / "cfpp2000_small"
    grids = sorted(folder.glob("*.TextGrid"))
    assert len(grids) == 2
    for grid in grids:
        (doc,) = read_file(grid)
        transcript = folder / (grid.stem.removesuffix("-v2") + ".txt")
        reference = detect_turns(transcript.read_text(encoding="utf-8"))
        assert len(doc.turns) == len(reference)
        assert [t.speaker for t in doc.turns] == [t.speaker for t in reference]
