"""Run ``verbatim-cli`` as the user would, and report the peak memory of the process.

``python tests/reliability/run_cli.py RSS_FILE ARGS...`` runs ``app.cli.main`` with ``ARGS`` under an address
space limit of :data:`ADDRESS_LIMIT` (a safety net for the shared machine: the test itself checks that the
peak stays under 1 GB), then writes the peak resident size in bytes to ``RSS_FILE``, whatever happened
(exceptions still print their traceback on stderr, which the test looks for).
"""

from __future__ import annotations

import resource
import sys

ADDRESS_LIMIT = 3 * 1024**3


def main() -> None:
    """Run the CLI with the arguments after the RSS file name."""
    rss_file, argv = sys.argv[1], sys.argv[2:]
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    try:
        from app.cli.main import main as cli_main

        code = cli_main(argv)
    finally:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with open(rss_file, "w", encoding="ascii") as handle:
            handle.write(str(peak_kib * 1024))
    sys.exit(code)


if __name__ == "__main__":
    main()
