"""WebVTT / SRT import (corpus.importers.subtitles): Zoom, Teams, plain subtitles."""

from __future__ import annotations

import pytest

from corpus.importers import ImportFailure, read_file

TEAMS = """WEBVTT

NOTE exporté depuis Teams

0f1a-1
00:00:01.000 --> 00:00:04.500
<v Marie Dupont>Bonjour, c’est l’œuvre « collective » 😀</v>

0f1a-2
00:00:05.000 --> 00:00:07.000
<v Marie Dupont>et j&apos;ajoute : oui.</v>

0f1a-3
00:00:08.250 --> 00:00:09.000
<v.loud Jean Martin><i>D’accord</i> &amp; merci</v>
"""

ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
Marie Dupont: Bonjour à tous.

2
00:00:03.500 --> 00:00:05.000
Jean Martin: Salut.

3
01:02:03.500 --> 01:02:05.000
Jean Martin: Il est 10:30 déjà.

4
01:02:06.000 --> 01:02:08.000
Marie Dupont: Bien.
"""

SRT = """1
00:00:01,000 --> 00:00:02,000
<b>Une phrase</b>
sur deux lignes

2
00:00:02,500 --> 00:00:03,000
Une autre phrase.
"""


def _read(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_file(path)


def test_subtitles_teams_voice_tags_merge_and_times(tmp_path):
    (doc,) = _read(tmp_path, "reunion.vtt", TEAMS)
    assert (
        doc.text
        == "Marie Dupont : Bonjour, c’est l’œuvre « collective » 😀 et j'ajoute : oui.\nJean Martin : D’accord & merci"
    )
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [("Marie Dupont", 1.0), ("Jean Martin", 8.25)]
    first = doc.turns[0]
    assert doc.text[first.start : first.content_start] == "Marie Dupont : "
    assert doc.kind == "transcript" and doc.source_format == "vtt"


def test_subtitles_zoom_colon_speakers(tmp_path):
    (doc,) = _read(tmp_path, "zoom.vtt", ZOOM.replace("\n", "\r\n"), "utf-8-sig")
    assert [(t.speaker, t.timestamp) for t in doc.turns] == [
        ("Marie Dupont", 1.0),
        ("Jean Martin", 3.5),
        ("Marie Dupont", 3726.0),
    ]
    assert doc.text.split("\n")[1] == "Jean Martin : Salut. Il est 10:30 déjà."


def test_subtitles_srt_without_speakers(tmp_path):
    (doc,) = _read(tmp_path, "film.srt", SRT, "cp1252")
    assert doc.text == "Une phrase sur deux lignes\nUne autre phrase."
    assert [(t.speaker, t.timestamp, t.start == t.content_start) for t in doc.turns] == [
        (None, 1.0, True),
        (None, 2.5, True),
    ]
    assert doc.source_format == "srt"


def test_subtitles_empty_or_invalid(tmp_path):
    with pytest.raises(ImportFailure, match="no subtitle cue"):
        _read(tmp_path, "vide.vtt", "WEBVTT\n\nNOTE rien\n")
    with pytest.raises(ImportFailure, match="no subtitle cue"):
        _read(tmp_path, "faux.srt", "juste du texte\n")
