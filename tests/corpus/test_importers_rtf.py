"""RTF import (corpus.importers.rtf)."""

from __future__ import annotations

import pytest

from corpus.importers import ImportFailure, read_file

RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}\f0 "
    r"Enq\~: Bonjour \'ab\~c\'92est l\'92\'9cuvre\~\'bb \'e9t\'e9 \u-10179?\u-8704?\par "
    r"Marie : Oui.\par Enq : Bien.\par Marie : Fin\tab ici.\par}"
)


def test_rtf_text_and_turns(tmp_path):
    path = tmp_path / "entretien.rtf"
    path.write_bytes(RTF.encode("ascii"))
    (doc,) = read_file(path)
    assert doc.text.split("\n")[:4] == [
        "Enq\u00a0: Bonjour «\u00a0c’est l’œuvre\u00a0» été 😀",
        "Marie : Oui.",
        "Enq : Bien.",
        "Marie : Fin\tici.",
    ]
    assert [t.speaker for t in doc.turns] == ["Enq", "Marie", "Enq", "Marie"]
    assert doc.source_format == "rtf"


def test_rtf_not_rtf(tmp_path):
    path = tmp_path / "faux.rtf"
    path.write_bytes(b"juste du texte")
    with pytest.raises(ImportFailure, match="not an RTF file"):
        read_file(path)


def test_rtf_without_text(tmp_path):
    path = tmp_path / "vide.rtf"
    path.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}}")
    with pytest.raises(ImportFailure, match="no text"):
        read_file(path)
