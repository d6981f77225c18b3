"""Iramuteq / Alceste corpus import (corpus.importers.iramuteq)."""

from __future__ import annotations

import lzma

import pytest

from corpus.importers import ImportFailure, read_file

CORPUS = (
    "\ufeff**** *loc_marie *age_ *groupe_a_b  \r\n"
    "Bonjour, c’est l’œuvre « d’une vie » 😀.\r\n"
    "-*theme_famille\r\n"
    "Ma mère était née là.\r\n"
    "\r\n"
    "****   *loc_jean  *age_40\r\n"
    "-*intro\r\n"
    "Première ligne.\r\n"
    "**** *loc_vide\r\n"
    "\r\n"
    "**** *loc_paul *age_50\r\n"
    "Dernier texte.\r\n"
)


def _read(tmp_path, text, name="corpus.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_file(path)


def test_iramuteq_texts_variables_sections(tmp_path):
    docs = _read(tmp_path, CORPUS)
    assert [d.kind for d in docs] == ["iramuteq"] * 3
    first, second, third = docs
    assert first.attributes == {"loc": "marie", "age": "", "groupe": "a_b"}
    assert first.text == "Bonjour, c’est l’œuvre « d’une vie » 😀.\nMa mère était née là."
    assert [(s.label, first.text[s.offset :][:2]) for s in first.sections] == [("theme_famille", "Ma")]
    assert second.text == "Première ligne." and [(s.offset, s.label) for s in second.sections] == [
        (0, "intro")
    ]
    assert third.attributes == {"loc": "paul", "age": "50"}
    assert any("#3 is empty" in w for w in first.warnings)
    assert first.source_format == "iramuteq" and first.source_name == "corpus.txt"


def test_iramuteq_names_use_id_variable_or_number(tmp_path):
    docs = _read(tmp_path, CORPUS)
    assert [d.name for d in docs] == ["loc_marie", "loc_jean", "loc_paul"]
    docs = _read(tmp_path, "**** *g_a\nun\n**** *g_a\ndeux\n", name="mon corpus.txt")
    assert [d.name for d in docs] == ["mon corpus #1", "mon corpus #2"]


def test_iramuteq_cp1252_and_preamble(tmp_path):
    docs = _read(tmp_path, "Préambule\n**** *a_é\nÉté œuvre…\n**** *a_è\nDeux\n", encoding="cp1252")
    assert docs[0].text == "Été œuvre…" and docs[0].attributes == {"a": "é"}
    assert any("before the first" in w for w in docs[0].warnings)


def test_iramuteq_empty_corpus(tmp_path):
    with pytest.raises(ImportFailure, match="no text"):
        _read(tmp_path, "**** *a_b\n\n**** *a_c\n")


def test_shared_avare_iramuteq(shared_corpora):
    docs = read_file(shared_corpora / "fredracor_avare" / "avare_iramuteq.txt")
    assert len(docs) == 958
    assert docs[0].attributes == {
        "auteur": "moliere",
        "piece": "avare",
        "acte": "1",
        "scene": "1_1",
        "loc": "valere",
    }
    assert len({d.name for d in docs}) == 958


def test_shared_iramuteq_corpora(shared_corpora):
    theses = read_file(shared_corpora / "iramuteq_theses_socio_1000" / "theses-socio-1000.txt")
    assert len(theses) == 1000
    manifeste = read_file(shared_corpora / "rainette_manifeste_pc" / "manifeste_pc.txt")
    assert len(manifeste) == 4


@pytest.mark.slow
def test_shared_cfpp_iramuteq_turns(shared_corpora, tmp_path):
    path = tmp_path / "turns.txt"
    path.write_bytes(
        lzma.decompress((shared_corpora / "cfpp2000_full" / "cfpp2000_iramuteq_turns.txt.xz").read_bytes())
    )
    assert len(read_file(path)) == 68206
