"""Helpers to load IRaMuTeQ reference outputs in tests.

``iramuteq_ref_lexique`` (the default): IRaMuTeQ 0.8a7 runs with its real French dictionary.
``iramuteq_ref``: the older runs whose lexicon spaCy built; still used only where a test needs what
exists there alone (rainette's runs ``rainette_core_k6``, the theses CHD with fixed irlba seeds
``direct_chd_irlba_seed1``, and the spaCy lexicon ``lexique_fr_spacy.txt``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from lexical.matrix_io import read_matrix, read_vocabulary

CORPORA = ("rainette_manifeste_pc", "fredracor_avare", "iramuteq_theses_socio_1000")
REF = "iramuteq_ref_lexique"
SPACY_REF = "iramuteq_ref"


def run_dir(root: Path, corpus: str, nbcl_p1: int, ref: str = REF) -> Path:
    """The folder of one IRaMuTeQ Reinert run."""
    return root / corpus / ref / f"iramuteq_simple_nbclp1_{nbcl_p1}"


def load_run(root: Path, corpus: str, nbcl_p1: int, ref: str = REF):
    """(matrix, n1 history, final segment classes, active vocabulary)."""
    d = run_dir(root, corpus, nbcl_p1, ref)
    X = read_matrix(d / "TableUc1.csv")
    lines = (d / "n1-1.csv").read_text(encoding="utf-8").splitlines()[1:]
    n1 = np.array([[int(v) for v in line.split(";")[1:]] for line in lines])
    sc = np.loadtxt(d / "segment_class.csv", delimiter=",", skiprows=1, dtype=int)[:, 1]
    vocab = read_vocabulary(root / corpus / ref / "iramuteq_corpus" / "actives.txt")
    return X, n1, sc, vocab


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    """True when ``a`` and ``b`` are the same partition up to renaming of the labels."""
    pairs = set(zip(np.asarray(a).tolist(), np.asarray(b).tolist()))
    return len(pairs) == len(set(np.asarray(a).tolist())) == len(set(np.asarray(b).tolist()))


def read_chisqtable(path: Path) -> dict[str, np.ndarray]:
    rows = {}
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        for line in fh:
            parts = line.rstrip("\n").split(";")
            rows[parts[0].strip('"')] = np.array([float(v.replace(",", ".")) for v in parts[1:]])
    return rows
