"""Read and write IRaMuTeQ's segment x form matrices (``TableUc1.csv``).

IRaMuTeQ writes the matrix it classifies as MatrixMarket text despite the ``.csv`` name:
``%%MatrixMarket matrix coordinate integer general``, then ``rows cols nnz``, then one ``i j 1`` line
per presence (1-based). Rows are the text segments in corpus order (row i = segment i - 1, including
segments without any active form, which simply have no entries); columns follow the active-form list
(``actives.txt`` in IRaMuTeQ's dump).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import scipy.io
import scipy.sparse as sp

__all__ = ["read_matrix", "write_matrix", "read_vocabulary"]


def read_matrix(path: str | Path, binary: bool = True) -> sp.csr_matrix:
    """A CSR matrix (float64) from a MatrixMarket file; with ``binary``, every stored value becomes 1."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.readline()
    if not head.startswith(b"%%MatrixMarket"):
        raise ValueError(f"{path} is not a MatrixMarket file (first line {head[:40]!r})")
    M = sp.csr_matrix(scipy.io.mmread(str(path)), dtype=np.float64)
    M.sum_duplicates()
    if binary:
        M.data[:] = 1.0
        M.eliminate_zeros()
    M.sort_indices()
    return M


def write_matrix(path: str | Path, X: sp.spmatrix) -> None:
    """Write ``X`` as IRaMuTeQ does (coordinate, integer, general)."""
    C = sp.coo_matrix(X)
    order = np.lexsort((C.row, C.col))
    with Path(path).open("w", encoding="ascii", newline="\n") as fh:
        fh.write("%%MatrixMarket matrix coordinate integer general\n")
        fh.write(f"{C.shape[0]} {C.shape[1]} {C.nnz}\n")
        for i, j, v in zip(C.row[order], C.col[order], C.data[order]):
            fh.write(f"{i + 1} {j + 1} {int(round(v))}\n")


def read_vocabulary(path: str | Path) -> list[str]:
    """One form per line (``actives.txt``), in column order."""
    return [line.rstrip("\r\n") for line in Path(path).read_text(encoding="utf-8").splitlines()]
