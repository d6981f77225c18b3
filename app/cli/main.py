"""Entry point of ``verbatim-cli``: builds the argument parser from the command modules."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from app.cli.common import CliError
from app.crash_report import one_line, save_details
from corpus.errors import ProjectError
from corpus.messages import msg

COMMAND_MODULES = (
    "app.cli.corpus_cmds",
    "app.cli.case_cmds",
    "app.cli.coding_cmds",
    "app.cli.exchange_cmds",
    "app.cli.lex_cmds",
    "app.cli.text_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    """The full parser: one sub-command per action, registered by each command module."""
    parser = argparse.ArgumentParser(
        prog="verbatim-cli",
        description="Verbatim: qualitative coding and lexicometry of French transcripts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; print errors to stderr as one line and return 2 (never a traceback; set
    ``VERBATIM_DEBUG=1`` to see one for an unexpected error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _clean_stale_temps()
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(msg("verbatim-cli: error: {error}", error=exc), file=sys.stderr)
        return 2
    except (ProjectError, OSError, MemoryError) as exc:  # a domain or system error not turned into CliError
        print(msg("verbatim-cli: error: {error}", error=one_line(exc)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(msg("verbatim-cli: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to a pager or `head` that stopped reading: not an error
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback in a crash report
        if os.environ.get("VERBATIM_DEBUG"):
            raise
        saved = save_details(exc)
        where = f" (details: {saved})" if saved else ""
        print(msg("verbatim-cli: error: {error}", error=f"{one_line(exc)}{where}"), file=sys.stderr)
        return 2


def _clean_stale_temps() -> None:
    """Remove the temporary files that killed runs left beside their exports (see corpus.atomic)."""
    from corpus.atomic import clean_known_folders

    with contextlib.suppress(OSError):
        clean_known_folders()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
