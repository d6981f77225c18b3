"""The project's own lexicon on the command line: ``lexicon PROJECT [--export FILE | --import FILE |
--clear]`` (without an option: list the changes). The same tab-separated format as the statistics view's
export and import; an import checks every line first and changes nothing when one is bad."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import CliError, open_project, print_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``lexicon`` to the parser."""
    p = sub.add_parser("lexicon", help="list, export or import the project's own lexicon (tab-separated)")
    p.add_argument("project")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--export", metavar="FILE", help="write the lexicon to FILE (kind, entry, value)")
    what.add_argument("--import", dest="import_file", metavar="FILE", help="add FILE's entries to the lexicon")
    what.add_argument("--clear", action="store_true", help="remove every change")
    p.add_argument("--json", action="store_true", help="list as JSON")
    p.set_defaults(handler=cmd_lexicon)


def cmd_lexicon(args: argparse.Namespace) -> int:
    """List, export, import or clear the lexicon of a project."""
    from corpus.messages import msgn
    from corpus.user_lexicon import UserLexiconService, import_command, read_tsv

    with open_project(args.project, readonly=bool(args.export) or not (args.import_file or args.clear)) as project:
        service = UserLexiconService(project)
        if args.export:
            try:
                n = service.export_tsv(args.export)
            except OSError as exc:
                raise CliError(f"{args.export}: {exc.strerror}") from exc
            print(msgn("{n} entry written to {path}", "{n} entries written to {path}", n=n, path=args.export))
        elif args.import_file:
            entries = read_tsv(args.import_file)
            import_command(entries).apply(project)
            print(msgn("{n} entry imported", "{n} entries imported", n=len(entries)))
        elif args.clear:
            print(msgn("{n} entry removed", "{n} entries removed", n=service.clear()))
        elif args.json:
            print_json([{"kind": e.kind, "entry": e.entry, "value": e.value} for e in service.entries()])
        else:
            for e in service.entries():
                sys.stdout.write(f"{e.kind}\t{e.entry}\t{e.value}".rstrip("\t") + "\n")
    return 0
