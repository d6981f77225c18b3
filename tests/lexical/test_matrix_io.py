"""MatrixMarket I/O of IRaMuTeQ's TableUc1.csv."""

from __future__ import annotations

import json

import numpy as np
import pytest
import scipy.sparse as sp

from lexical.matrix_io import read_matrix, write_matrix


def test_matrix_io_roundtrip(tmp_path):
    X = sp.csr_matrix(np.array([[1, 0, 1], [0, 0, 0], [0, 1, 1]], float))
    path = tmp_path / "TableUc1.csv"
    write_matrix(path, X)
    text = path.read_text().splitlines()
    assert text[0] == "%%MatrixMarket matrix coordinate integer general"
    assert text[1] == "3 3 4" and text[2] == "1 1 1"
    assert (read_matrix(path) != X).nnz == 0


def test_matrix_io_rejects_other_files(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a;b\n1;2\n")
    with pytest.raises(ValueError):
        read_matrix(path)


@pytest.mark.shared
def test_matrix_io_reads_reference(shared_corpora):
    ref = shared_corpora / "fredracor_avare/iramuteq_ref_lexique"
    X = read_matrix(ref / "iramuteq_simple_nbclp1_10/TableUc1.csv")
    assert X.shape == (1145, 521) and X.nnz == 4216  # as its README says
    # segments without an active form stay as rows: as many as IRaMuTeQ's segments with no active lemma
    actives = set((ref / "iramuteq_corpus/actives.txt").read_text(encoding="utf-8").split())
    lemmas = json.loads((ref / "iramuteq_corpus/segment_lemmas.json").read_text(encoding="utf-8"))
    assert (np.diff(X.indptr) == 0).sum() == sum(1 for words in lemmas.values() if not actives & set(words)) > 0
