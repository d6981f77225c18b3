"""Frozen entry point of ``verbatim-cli``: worker processes first, then the command line."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a spawned worker (e.g. stability runs) runs here and exits
    from lexical.frozen_workers import run_worker_if_asked

    if run_worker_if_asked(sys.argv):
        sys.exit(0)
    from app.cli.main import main

    sys.exit(main())
