"""The IRaMuTeQ 0.8a7 runs made with its real French dictionary (``shared/corpora/*/iramuteq_ref_lexique``)
and the corpora they were made from, for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.io import mmread

from lexical.corpus import LexicalCorpus
from lexical.iramuteq_format import read_iramuteq

#: name -> (folder in shared/corpora, corpus file)
CORPORA = {
    "manifeste": ("rainette_manifeste_pc", "manifeste_pc.txt"),
    "avare": ("fredracor_avare", "avare_iramuteq.txt"),
    "theses": ("iramuteq_theses_socio_1000", "theses-socio-1000.txt"),
}


def reference(shared: Path, name: str) -> Path:
    """The reference folder of a corpus."""
    return shared / CORPORA[name][0] / "iramuteq_ref_lexique"


def corpus_file(shared: Path, name: str) -> Path:
    """The raw corpus file IRaMuTeQ read."""
    folder, file = CORPORA[name]
    return shared / folder / file


def build(shared: Path, name: str) -> LexicalCorpus:
    """The corpus prepared from raw text with the default settings (dictionary mode)."""
    return LexicalCorpus.build(read_iramuteq(corpus_file(shared, name).read_text(encoding="utf-8")))


def lines(path: Path) -> list[str]:
    """The non-blank lines of a text file, stripped."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tsv_rows(path: Path) -> list[list[str]]:
    """The rows of a TSV file with a header line, split on tabs."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]


def segment_lemmas(ref: Path) -> dict[str, list[str]]:
    """Segment id -> the lemma of each of its occurrences, sorted."""
    return json.loads((ref / "iramuteq_corpus" / "segment_lemmas.json").read_text(encoding="utf-8"))


def table_uc1(ref: Path):  # noqa: ANN201 - a scipy CSR matrix
    """IRaMuTeQ's CHD input matrix ``TableUc1.csv`` (MatrixMarket)."""
    return mmread(str(ref / "iramuteq_simple_nbclp1_10" / "TableUc1.csv")).tocsr()


def segment_classes(ref: Path, nbcl_p1: int) -> np.ndarray:
    """IRaMuTeQ's final class of each segment (0: unclassified)."""
    path = ref / f"iramuteq_simple_nbclp1_{nbcl_p1}" / "segment_class.csv"
    return np.loadtxt(path, delimiter=",", skiprows=1, dtype=int)[:, 1]


def phase1_history(ref: Path, nbcl_p1: int) -> np.ndarray:
    """``n1-1.csv``: the class of each segment after each phase-1 split (one column per split)."""
    rows = (ref / f"iramuteq_simple_nbclp1_{nbcl_p1}" / "n1-1.csv").read_text(encoding="utf-8").splitlines()[1:]
    return np.array([[int(v) for v in row.split(";")[1:]] for row in rows])
