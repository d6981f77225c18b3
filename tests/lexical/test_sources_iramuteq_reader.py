"""SourceText and the small Iramuteq-format reader."""

from __future__ import annotations

from lexical.iramuteq_format import read_iramuteq
from lexical.sources import SourceText


def test_sources_star_modalities():
    source = SourceText("d1", "texte", {"annee": "2001", "age": ""})
    assert source.star_modalities() == ["*annee_2001", "*age_"]


def test_sources_reader_variables_offsets_and_sections():
    content = "\ufeffpréambule\r\n**** *annee_2001 *genre_roman_noir  \r\nPremier texte.\r\n\r\n**** *annee_2002\nA\n-*theme_x\nB b\n**** *x_1\n\n"
    sources = read_iramuteq(content)
    assert [s.key for s in sources] == ["0", "1", "1.1"]
    assert sources[0].variables == {"annee": "2001", "genre": "roman_noir"}
    assert content[sources[0].offset :].startswith("Premier texte.")
    assert sources[0].text.strip() == "Premier texte."
    assert sources[1].text.strip() == "A" and sources[2].text.strip() == "B b"
    assert sources[2].variables == {"annee": "2002"}
