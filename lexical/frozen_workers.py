"""Worker processes that also start from a frozen (PyInstaller) build.

A development install starts a worker module as ``python -m lexical.annotate_pool``. A frozen executable
has no interpreter that understands ``-m``: ``sys.executable`` is the application itself. Both frozen
entry points (``verbatim`` and ``verbatim-cli``) therefore accept a hidden first argument,
:data:`WORKER_FLAG`, followed by the name of a worker module and its arguments, and run that module as
``__main__`` (see :func:`run_worker_if_asked`). ``multiprocessing``'s spawn children need no such flag:
``multiprocessing.freeze_support()`` in the entry points handles them.
"""

from __future__ import annotations

import runpy
import sys
from collections.abc import Sequence

__all__ = ["WORKER_FLAG", "WORKER_MODULES", "is_frozen", "run_worker_if_asked", "worker_command"]

#: The hidden first argument of a frozen executable that runs a worker module instead of the application.
WORKER_FLAG = "--verbatim-worker"

#: The only modules the hidden entry runs (a frozen app is no general-purpose interpreter).
WORKER_MODULES = frozenset({"lexical.annotate_pool"})


def is_frozen() -> bool:
    """True inside a PyInstaller (or similar) bundle."""
    return bool(getattr(sys, "frozen", False))


def worker_command(module: str, *args: str) -> list[str]:
    """The command line that runs ``module`` as ``__main__`` with ``args`` in a new process."""
    if module not in WORKER_MODULES:
        raise ValueError(f"not a worker module: {module}")
    if is_frozen():
        return [sys.executable, WORKER_FLAG, module, *args]
    return [sys.executable, "-m", module, *args]


def run_worker_if_asked(argv: Sequence[str]) -> bool:
    """Run the worker module named after :data:`WORKER_FLAG` in ``argv`` (a whole command line,
    program first) and return True once it is done; False when ``argv`` asks for no worker."""
    if len(argv) < 3 or argv[1] != WORKER_FLAG:
        return False
    module = argv[2]
    if module not in WORKER_MODULES:
        raise SystemExit(f"{WORKER_FLAG}: not a worker module: {module}")
    sys.argv = [module, *argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True
