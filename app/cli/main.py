"""Entry point of ``verbatim-cli``: builds the argument parser from the command modules.

Starting fast: each top-level command is listed here by name with its help line and the module that
registers it. Only the module of the command given on the line is imported (with what it needs, e.g.
SQLAlchemy for a project command, scipy for ``lex``); the others appear in the usage and in ``--help``
as names only. ``--help`` alone imports no command module. ``tests/app/test_cli_startup.py`` checks that
this table matches what the modules register.
"""

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
    "app.cli.lexicon_cmds",
    "app.cli.text_cmds",
    "app.cli.pseudo_cmds",
    "app.cli.team_cmds",
)

# top-level command -> (the module registering it, its help line), in the order of ``--help``
COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("app.cli.corpus_cmds", "create an empty project"),
    "import": ("app.cli.corpus_cmds", "import transcripts and documents into a project"),
    "info": ("app.cli.corpus_cmds", "describe a project's documents and cases"),
    "show": ("app.cli.corpus_cmds", "print the stored text of one document"),
    "cases": ("app.cli.case_cmds", "list and edit participants (speakers) and their attributes"),
    "codes": ("app.cli.coding_cmds", "list the codebook with coding counts"),
    "autocode": ("app.cli.coding_cmds", "code every passage matching a pattern"),
    "export-docx": ("app.cli.coding_cmds", "export coded excerpts to Word"),
    "export-codings": ("app.cli.coding_cmds", "export every coding to CSV or XLSX"),
    "export-qdpx": ("app.cli.exchange_cmds", "export the project as a REFI-QDA project (.qdpx)"),
    "import-qdpx": ("app.cli.exchange_cmds", "import a REFI-QDA project (.qdpx); creates the project if needed"),
    "export-qdc": ("app.cli.exchange_cmds", "export the codebook as a REFI-QDA codebook (.qdc)"),
    "import-qdc": ("app.cli.exchange_cmds", "import a REFI-QDA codebook (.qdc)"),
    "export-iramuteq": ("app.cli.exchange_cmds", "export an IRaMuTeQ corpus (UTF-8 text)"),
    "agreement": ("app.cli.exchange_cmds", "inter-coder agreement of two coders"),
    "merge": ("app.cli.exchange_cmds", "merge another coder's copy of the project into this one"),
    "cooccurrence": ("app.cli.exchange_cmds", "code co-occurrence matrix"),
    "lex": ("app.cli.lex_cmds", "lexical analyses (statistics, Reinert, similarity, ...)"),
    "lexicon": ("app.cli.lexicon_cmds", "list, export or import the project's own lexicon (tab-separated)"),
    "replace": ("app.cli.text_cmds", "find and replace in the texts; codings stay on their words"),
    "pseudonymise": ("app.cli.pseudo_cmds", "detect names and contact details; write a pseudonymised copy"),
    "push": ("app.cli.team_cmds", "create a server project (PostgreSQL) from a project file"),
    "pull": ("app.cli.team_cmds", "make an offline .vbt copy of a server project"),
    "sync": ("app.cli.team_cmds", "send an offline copy's work to its server project and bring the others' back"),
    "members": ("app.cli.team_cmds", "list or change who may work on a server project (lead or coder)"),
}


def _new_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = argparse.ArgumentParser(
        prog="verbatim-cli",
        description="Verbatim: qualitative coding and lexicometry of French transcripts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    return parser, sub


def build_parser(argv: Sequence[str] | None = None, *, full: bool = False) -> argparse.ArgumentParser:
    """The parser for ``argv``: the module of its command registers its sub-commands, every other
    command is a name with its help line. ``full``: every module registers (tests, documentation)."""
    parser, sub = _new_parser()
    if full:
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
        return parser
    wanted = command_of(argv)
    module = COMMANDS[wanted][0] if wanted else None
    for name, (owner, help_text) in COMMANDS.items():
        if owner == module:
            if name == wanted:
                importlib.import_module(owner).register(sub)
            continue
        sub.add_parser(name, help=help_text, add_help=False)
    if wanted is not None and wanted.startswith("export-"):  # every export takes --pseudonymise TABLE.csv
        importlib.import_module("app.cli.pseudo_cmds").add_export_option(sub)
    return parser


def command_of(argv: Sequence[str] | None) -> str | None:
    """The known top-level command named in ``argv`` (its first word not starting with ``-``), or None."""
    args = sys.argv[1:] if argv is None else list(argv)
    first = next((a for a in args if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; print errors to stderr as one line and return 2 (never a traceback; set
    ``VERBATIM_DEBUG=1`` to see one for an unexpected error)."""
    parser = build_parser(argv)
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
