"""Detection without a name recogniser: patterns, project names, shipped lists, user lists."""

from __future__ import annotations

from collections import Counter

from corpus.pseudonymise import DetectOptions, detect_spans, known_names
from corpus.pseudonymise.patterns import _nir_ok, find_patterns, resolve_overlaps
from tests.corpus.pseudo_fixtures.interview import KEY, TEXT


def _found(text: str, options: DetectOptions) -> Counter[tuple[str, str]]:
    return Counter((text[s.start:s.end], s.kind) for s in detect_spans(text, options))


def test_pseudo_detect_recall_and_precision_on_the_fixture():
    options = DetectOptions(known=known_names(["Léa Martin"], ["Léa Martin", "Enquêtrice"]))
    found, key = _found(TEXT, options), Counter(KEY)
    true_positives = sum((found & key).values())
    recall, precision = true_positives / sum(key.values()), true_positives / sum(found.values())
    missed, extra = key - found, found - key
    assert recall >= 0.95, f"missed {dict(missed)}"
    assert precision >= 0.9, f"wrong {dict(extra)}"


def test_pseudo_detect_common_word_names_only_where_they_are_names():
    spans = detect_spans("Rose est venue. J'aime la rose. Pierre Durand a dit oui.\nPierre, c'est dur.",
                         DetectOptions())
    texts = [s for s in spans]
    surfaces = ["Rose est venue. J'aime la rose. Pierre Durand a dit oui.\nPierre, c'est dur."[s.start:s.end]
                for s in texts]
    assert "Pierre Durand" in surfaces
    assert "rose" not in surfaces and "Rose" not in surfaces and "Pierre" not in surfaces


def test_pseudo_patterns_contacts_and_identifiers():
    text = ("Écrivez à jean.dupont@univ-lyon2.fr ou appelez le 01.23.45.67.89 ou +44 20 7946 0958. "
            "NIR : 1 85 05 78 006 084 91. Voir https://exemple.org/page?id=3.")
    kinds = {text[s.start:s.end]: s.kind for s in resolve_overlaps(find_patterns(text))}
    assert kinds["jean.dupont@univ-lyon2.fr"] == "email"
    assert kinds["01.23.45.67.89"] == "phone"
    assert kinds["+44 20 7946 0958"] == "phone"
    assert kinds["1 85 05 78 006 084 91"] == "identifier"
    assert kinds["https://exemple.org/page?id=3"] == "url"


def test_pseudo_nir_key_is_checked():
    assert _nir_ok("185057800608491")
    assert not _nir_ok("185057800608499")
    assert _nir_ok("285052A006084")  # 13 characters: no key to check (Corsica)


def test_pseudo_user_lists_win():
    text = "Chez Renault à Lyon, avec la Cigale et Paris."
    options = DetectOptions(always={"la Cigale": "organisation"}, never=frozenset({"Paris"}))
    found = {text[s.start:s.end]: s.kind for s in detect_spans(text, options)}
    assert found.get("la Cigale") == "organisation"
    assert "Paris" not in found and found.get("Lyon") == "place"


def test_pseudo_known_names_skip_generic_labels():
    names = known_names(["Jean Dupont", "P1", "Enquêteur"], ["Enquêtrice", "Marie"])
    assert {"Jean Dupont", "Dupont", "Jean", "Marie"} <= set(names)
    assert "P1" not in names and "Enquêteur" not in names and "Enquêtrice" not in names


def test_pseudo_name_split_across_a_line_is_one_span():
    text = "Elle a vu Nathalie\nPetit hier."
    found = [text[s.start:s.end] for s in detect_spans(text, DetectOptions(known={"Nathalie Petit": "person"}))]
    assert "Nathalie\nPetit" in found
