"""IRaMuTeQ's French dictionary: reading it as IRaMuTeQ does, lookups, statuses, the marshal cache."""

from __future__ import annotations

import pytest

from lexical.corpus import LexicalCorpus, PrepOptions
from lexical.dictionary import (
    FrenchDictionary,
    default_dictionary,
    load_dictionary,
    read_key_cfg,
    read_lexique,
)
from lexical.expressions import ExpressionList, default_expressions
from lexical.lexicon import ACTIVE, ACTIVE_TAGS, SUPPLEMENTARY
from lexical.sources import SourceText

LEXIQUE = 'chats\tchat\tnom\n"pas"\tpas\tadv_sup\n\nmarche\tmarche\tnom\nmarche\tmarcher\tver\nbad line\n'
KEY_CFG = "[KEYS]\nnom = 1\nver = 1\nadv_sup = 2\n# a comment = 1\n"


def test_dictionary_reads_like_iramuteq_last_line_wins():
    entries = read_lexique(LEXIQUE)
    assert entries == {"chats": ("chat", "nom"), "pas": ("pas", "adv_sup"), "marche": ("marcher", "ver")}


def test_dictionary_key_cfg_statuses():
    assert read_key_cfg(KEY_CFG) == {"nom": 1, "ver": 1, "adv_sup": 2}


def test_dictionary_lookup_unknown_forms_are_their_own_lemma():
    d = FrenchDictionary(read_lexique(LEXIQUE), read_key_cfg(KEY_CFG))
    assert d.lookup("chats") == ("chat", "nom")
    assert d.lookup("télépratique") == ("télépratique", "nr")
    assert d.lookup("1789") == ("1789", "num")
    assert d.is_lemma("marcher") and d.is_lemma("chat") and not d.is_lemma("chats")
    assert d.tags_of_lemma["pas"] == {"adv_sup"}
    assert d.active_tags() == {"nom", "ver"}
    assert d.lexicon_for(["chats", "inconnu", "pas"]) == {"chats": ("chat", "nom"), "pas": ("pas", "adv_sup")}


def test_dictionary_user_entries_and_statuses_on_top():
    d = FrenchDictionary(read_lexique(LEXIQUE), read_key_cfg(KEY_CFG))
    mine = d.with_entries({"télépratique": ("télépratique", "nom"), "chats": ("félin", "nom")})
    assert mine.lookup("télépratique") == ("télépratique", "nom") and mine.lookup("chats") == ("félin", "nom")
    assert mine.is_lemma("félin") and not d.is_lemma("félin")
    assert d.lookup("chats") == ("chat", "nom")  # the original is unchanged
    assert d.with_statuses({"adv_sup": 1}).active_tags() == {"nom", "ver", "adv_sup"}


def test_dictionary_marshal_cache_is_written_then_read(tmp_path):
    lexique, key = tmp_path / "lexique.txt", tmp_path / "key.cfg"
    lexique.write_text(LEXIQUE, encoding="utf-8")
    key.write_text(KEY_CFG, encoding="utf-8")
    cache = tmp_path / "cache"
    first = load_dictionary(lexique, key, cache_dir=cache)
    (cached,) = cache.iterdir()
    assert load_dictionary(lexique, key, cache_dir=cache).entries == first.entries
    cached.write_bytes(b"not marshal")  # a damaged cache is ignored and rewritten
    assert load_dictionary(lexique, key, cache_dir=cache).entries == first.entries
    lexique.write_text(LEXIQUE + "chiens\tchien\tnom\n", encoding="utf-8")  # a new file, a new key
    assert load_dictionary(lexique, key, cache_dir=cache).lookup("chiens") == ("chien", "nom")
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]


def test_dictionary_shipped_with_the_app():
    d = default_dictionary()
    assert len(d) == 124_717
    assert d.lookup("jeunesse") == ("jeunesse", "nom")
    assert d.lookup("n") == ("ne", "adv_sup") and d.lookup("pas") == ("pas", "adv_sup")
    assert d.lookup("hein") == ("hein", "ono")
    assert d.lookup("albigeois") == ("albigeois", "adj")  # listed twice: the last line (adj) wins
    assert d.lookup("vraies") == ("vrai", "adj")  # a spreadsheet's "VRAI" put back in lower case
    assert d.active_tags() == ACTIVE_TAGS  # key.cfg: nom, ver, adj, adv, nr
    assert d.statuses["adv_sup"] == d.statuses["aux"] == d.statuses["num"] == 2


def test_expressions_shipped_are_iramuteqs():
    expressions = default_expressions()
    assert len(expressions) == 4_572  # 4,591 lines, some expressions listed twice
    assert expressions.table["aujourd'hui"] == "aujourd_hui"
    assert expressions.table["allers-retours"] == "aller_retour"
    assert expressions.apply("il est parti aujourd'hui") == "il est parti aujourd_hui"


def test_expressions_read_iramuteq_columns_and_extend(tmp_path):
    path = tmp_path / "expression.txt"
    path.write_text("a priori\ta_priori\tADV\t\t\t0.5\n# note\nc'est-à-dire\tc_est_à_dire\tCON\n", encoding="utf-8")
    expressions = ExpressionList.from_file(path)
    assert expressions.table == {"a priori": "a_priori", "c'est-à-dire": "c_est_à_dire"}
    mine = expressions.extended([("télé pratique", "télépratique"), "en ligne"])
    assert mine.apply("la télé pratique en ligne, a priori") == "la télépratique en_ligne, a_priori"
    assert "en ligne" not in expressions


def test_corpus_dictionary_mode_needs_no_spacy():
    class NoSpacy:
        def __getattr__(self, name):
            raise AssertionError("spaCy used in dictionary mode")

    text = "La jeunesse ne parle pas. Les jeunesses parlent de télépratique en 2024, hein."
    corpus = LexicalCorpus.build([SourceText("t", text)], annotator=NoSpacy(), options=PrepOptions(min_freq=1))
    assert corpus.unit_of["jeunesses"] == "jeunesse" and corpus.units["jeunesse"].freq == 2
    assert corpus.unit_of["parlent"] == "parler" and corpus.units["parler"].status == ACTIVE
    assert corpus.units["télépratique"].tag == "nr" and corpus.units["télépratique"].status == ACTIVE
    assert corpus.units["2024"].tag == "num"
    for supplementary in ("ne", "pas", "hein"):
        assert corpus.units[supplementary].status == SUPPLEMENTARY, supplementary


def test_corpus_rejects_an_unknown_lemmatiser():
    with pytest.raises(ValueError, match="lemmatiser"):
        LexicalCorpus.build([SourceText("t", "un mot")], options=PrepOptions(lemmatiser="treetagger"))


def test_corpus_takes_a_user_dictionary_on_top_of_iramuteqs():
    mine = default_dictionary().with_entries({"télépratique": ("télépratique", "nom"), "hein": ("hein", "nom")})
    corpus = LexicalCorpus.build([SourceText("t", "La télépratique, hein. La télépratique, hein ?")],
                                 options=PrepOptions(min_freq=1), dictionary=mine)
    assert corpus.units["télépratique"].tag == "nom" and corpus.units["hein"].status == ACTIVE


def test_cleaning_takes_user_expressions_on_top_of_iramuteqs():
    from lexical.cleaning import CleanOptions, clean_text

    options = CleanOptions(extra_expressions=(("télé pratique", "télépratique"), ("en ligne", "")))
    forms = clean_text("La télé pratique en ligne, aujourd'hui.", options).forms
    assert forms == ["la", "télépratique", "en_ligne", ",", "aujourd_hui", "."]
    assert clean_text("La télé pratique en ligne.").forms == ["la", "télé", "pratique", "en", "ligne", "."]


def test_dictionary_version_changes_with_its_content(tmp_path):
    lexique, key = tmp_path / "lexique.txt", tmp_path / "key.cfg"
    lexique.write_text(LEXIQUE, encoding="utf-8")
    key.write_text(KEY_CFG, encoding="utf-8")
    d = load_dictionary(lexique, key, cache_dir=tmp_path / "cache")
    assert d.version == load_dictionary(lexique, key, cache_dir=tmp_path / "cache").version
    versions = {d.version, d.with_entries({"chats": ("félin", "nom")}).version,
                d.with_entries({"chats": ("chat", "adj")}).version, d.with_statuses({"nom": 2}).version}
    assert len(versions) == 4
    key.write_text(KEY_CFG.replace("nom = 1", "nom = 2"), encoding="utf-8")
    assert load_dictionary(lexique, key, cache_dir=tmp_path / "cache").version != d.version
