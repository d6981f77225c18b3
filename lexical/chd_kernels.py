"""Compiled inner loops of the CHD reassignment (numba, with a pure-Python fallback).

Both reassignment schemes are sequential (each move changes the gain of the next row), so they are
written as plain loops over CSR arrays and compiled with ``numba.njit(cache=True)`` when numba is
installed. The kernels only index their arguments, so the *same* function runs undecorated on Python
lists when numba is missing (or ``VERBATIM_NO_NUMBA=1``): both give the same floating-point results
(IEEE doubles, same operation order, no fast-math).

The chi2 of a two-group split is ``N (A1 / S1 + A2 / S2) - N`` with ``A_g = sum_j X_gj**2 / c_j``
(see :mod:`lexical.chd_split`); moving row ``i`` (forms ``J``) out of group 1 changes ``A1`` by
``w_i - 2 s_i`` with ``w_i = sum_J 1/c_j`` and ``s_i = sum_J X_1j / c_j``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

import numpy as np

__all__ = ["HAVE_NUMBA", "first_improvement_passes", "steepest_ascent_moves", "run_kernel"]

try:  # pragma: no cover - depends on the environment
    if os.environ.get("VERBATIM_NO_NUMBA"):
        raise ImportError("numba disabled by VERBATIM_NO_NUMBA")
    from numba import njit

    HAVE_NUMBA = True
except ImportError:  # pragma: no cover
    njit = None
    HAVE_NUMBA = False


def _compiled(fn: Callable) -> Callable:
    """``njit(cache=True)`` when numba is available, else ``fn`` itself (``.py_func`` is always set)."""
    if njit is None:
        fn.py_func = fn  # type: ignore[attr-defined]
        return fn
    return njit(cache=True, nogil=True)(fn)


@_compiled
def first_improvement_passes(indptr, indices, invc, w, rlen, in_g1, x1, state, moved, prev,
                             min_size, max_passes):  # noqa: ANN001, ANN201 - numba kernel
    """IRaMuTeQ's passes (see :func:`lexical.chd_split.reassign`), in place on ``in_g1`` / ``x1``.

    ``state`` = [A1, A2, S1, S2, N, chi, n1, n2] is updated in place; ``moved`` / ``prev`` are scratch
    buffers of length n. Returns the number of passes.
    """
    n = len(in_g1)
    A1, A2, S1, S2, N, chi = state[0], state[1], state[2], state[3], state[4], state[5]
    n1, n2 = state[6], state[7]
    nprev = -1
    passes = 0
    while passes < max_passes and n1 >= min_size and n2 >= min_size:
        passes += 1
        nm = 0
        for i in range(n):
            a, b = indptr[i], indptr[i + 1]
            if a == b:
                continue
            s = 0.0
            for t in range(a, b):
                j = indices[t]
                s += x1[j] * invc[j]
            s2 = rlen[i] - s
            if in_g1[i]:
                nA1, nA2 = A1 + w[i] - 2.0 * s, A2 + w[i] + 2.0 * s2
                nS1, nS2 = S1 - rlen[i], S2 + rlen[i]
            else:
                nA1, nA2 = A1 + w[i] + 2.0 * s, A2 + w[i] - 2.0 * s2
                nS1, nS2 = S1 + rlen[i], S2 - rlen[i]
            if nS1 <= 0.0 or nS2 <= 0.0:
                continue
            new = N * (nA1 / nS1 + nA2 / nS2) - N
            if new > chi:
                chi, A1, A2, S1, S2 = new, nA1, nA2, nS1, nS2
                step = -1.0 if in_g1[i] else 1.0
                for t in range(a, b):
                    x1[indices[t]] += step
                if in_g1[i]:
                    n1, n2 = n1 - 1, n2 + 1
                else:
                    n1, n2 = n1 + 1, n2 - 1
                in_g1[i] = not in_g1[i]
                moved[nm] = i
                nm += 1
        same = nm == nprev
        if same:
            for q in range(nm):
                if moved[q] != prev[q]:
                    same = False
                    break
        if nm == 0 or same:
            break
        for q in range(nm):
            prev[q] = moved[q]
        nprev = nm
    state[0], state[1], state[2], state[3], state[5] = A1, A2, S1, S2, chi
    state[6], state[7] = n1, n2
    return passes


@_compiled
def steepest_ascent_moves(indptr, indices, c, invc, w, rlen, in_g1, x1, listed, order, state,
                          max_moves):  # noqa: ANN001, ANN201 - numba kernel
    """rainette's switching (see :func:`lexical.chd_rainette.steepest_reassign`), in place.

    ``listed`` holds the rows of group 1 then group 2 (``state[4]`` = its group-1 length); the best
    gain is searched in that order (first maximum) and the row at the same position of the CA
    ``order`` is switched. ``state`` = [A1, A2, S1, chi, n1, N]. Returns the number of moves.
    """
    n = len(in_g1)
    p = len(x1)
    A1, A2, S1, chi, N = state[0], state[1], state[2], state[3], state[5]
    n1 = int(state[4])
    moves = 0
    while moves < max_moves:
        best = -math.inf
        pos = -1
        for q in range(n):
            r = listed[q]
            s = 0.0
            for t in range(indptr[r], indptr[r + 1]):
                j = indices[t]
                s += x1[j] * invc[j]
            sign = -1.0 if in_g1[r] else 1.0
            nS1 = S1 + sign * rlen[r]
            if nS1 <= 0.0 or nS1 >= N:
                continue
            nA1 = A1 + w[r] + 2.0 * sign * s
            nA2 = A2 + w[r] - 2.0 * sign * (rlen[r] - s)
            new = N * (nA1 / nS1 + nA2 / (N - nS1)) - N
            if new > best:
                best, pos = new, q
        if pos < 0 or not best > chi:
            break
        i = order[pos]
        step = -1.0 if in_g1[i] else 1.0
        for t in range(indptr[i], indptr[i + 1]):
            x1[indices[t]] += step
        A1 = 0.0
        A2 = 0.0
        S1 = 0.0
        for j in range(p):
            x2 = c[j] - x1[j]
            A1 += x1[j] * (x1[j] * invc[j])
            A2 += x2 * (x2 * invc[j])
            S1 += x1[j]
        chi = best
        if in_g1[i]:  # out of group 1, appended to group 2
            q = 0
            while listed[q] != i:
                q += 1
            for t in range(q, n - 1):
                listed[t] = listed[t + 1]
            listed[n - 1] = i
            n1 -= 1
        else:  # out of group 2, appended to group 1
            q = n1
            while listed[q] != i:
                q += 1
            for t in range(q, n1, -1):
                listed[t] = listed[t - 1]
            listed[n1] = i
            n1 += 1
        in_g1[i] = not in_g1[i]
        moves += 1
    state[0], state[1], state[2], state[3], state[4] = A1, A2, S1, chi, n1
    return moves


def run_kernel(kernel: Callable, *args: Any) -> tuple[Any, list]:
    """Call ``kernel`` compiled on numpy arrays, or its Python body on lists (much faster than
    element access on numpy arrays) when numba is missing. Returns ``(result, args)`` with the
    mutable arguments converted back to numpy arrays."""
    if HAVE_NUMBA:
        return kernel(*args), list(args)
    conv = [a.tolist() if isinstance(a, np.ndarray) else a for a in args]
    out = kernel.py_func(*conv)
    back = [np.asarray(c, dtype=a.dtype) if isinstance(a, np.ndarray) else c for c, a in zip(conv, args)]
    return out, back
