"""Frozen entry point of ``verbatim`` (the GUI): worker processes first, then the application.

Kept tiny on purpose: a ``multiprocessing`` spawn child and a hidden worker (see
:mod:`lexical.frozen_workers`) start this same executable, and neither must build a window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned analysis child runs here and exits
    from lexical.frozen_workers import run_worker_if_asked

    if run_worker_if_asked(sys.argv):
        sys.exit(0)
    from app.main import main

    sys.exit(main())
