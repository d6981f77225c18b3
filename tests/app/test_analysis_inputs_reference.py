"""An Iramuteq corpus given as a file is segmented exactly as IRaMuTeQ segments it."""

from __future__ import annotations

from app.analysis.inputs import sources_from_file
from lexical.corpus import segment_sources


def test_theses_file_gives_iramuteq_segments_and_occurrences(shared_corpora):
    path = shared_corpora / "iramuteq_theses_socio_1000" / "theses-socio-1000.txt"
    sources = sources_from_file(path, use_cache=False).sources
    segments = segment_sources(sources)
    assert len(sources) == 1000
    assert len(segments) == 7280
    assert sum(len(s.forms) for s in segments) == 260843
    assert sources[0].variables == {"annee": "2009"}
