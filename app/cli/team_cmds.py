"""Team projects on a PostgreSQL server: ``push``, ``pull``, ``sync`` (offline copies) and ``members``.

Every command that takes a project file also takes a server project's ``postgresql://`` URL; these
commands move a project between the two. Passwords: in the URL, or from ``PGPASSWORD`` / ``~/.pgpass``.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import CliError
from corpus.errors import ProjectError
from corpus.messages import msg, render


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``push``, ``pull`` and ``sync`` commands to the parser."""
    p = sub.add_parser("push", help="create a server project (PostgreSQL) from a project file")
    p.add_argument("project", help="the .vbt file")
    p.add_argument("url", help="postgresql://user@host:port/database (the database is created if needed)")
    p.set_defaults(handler=cmd_push)

    p = sub.add_parser("pull", help="make an offline .vbt copy of a server project")
    p.add_argument("url", help="postgresql://user@host:port/database")
    p.add_argument("project", help="the .vbt file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=cmd_pull)

    p = sub.add_parser("sync", help="send an offline copy's work to its server project and bring the others' back")
    p.add_argument("project", help="the .vbt file made by pull")
    p.add_argument("--url", help="the server project (default: the one the copy was pulled from)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_sync)


def _check_url(url: str) -> None:
    from corpus.store.postgres import is_server_url

    if not is_server_url(url):
        raise CliError(render(msg("{url} is not a server address (postgresql://user@host:port/database).", url=url)))


def _counts_line(counts: dict[str, int]) -> str:
    return render(msg("{documents} document(s), {codes} code(s), {codings} coding(s), {memos} memo(s) copied.",
                      documents=counts.get("documents", 0), codes=counts.get("codes", 0),
                      codings=counts.get("codings", 0), memos=counts.get("memos", 0)))


def cmd_push(args: argparse.Namespace) -> int:
    """Copy a project file into a new server project."""
    from coding.sync import push

    _check_url(args.url)
    if not args.project.lower().endswith(".vbt"):
        raise CliError(render(msg("{name}: expected a project file ending in .vbt", name=args.project)))
    try:
        counts = push(args.project, args.url)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(_counts_line(counts))
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    """Write an offline copy of a server project."""
    from coding.sync import pull

    _check_url(args.url)
    if not args.project.lower().endswith(".vbt"):
        raise CliError(render(msg("{name}: expected a project file ending in .vbt", name=args.project)))
    try:
        counts = pull(args.url, args.project, overwrite=args.force)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(_counts_line(counts))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Merge an offline copy with its server project, both ways, and list the conflicts met."""
    from coding.sync import sync

    if args.url:
        _check_url(args.url)
    try:
        report = sync(args.project, args.url)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        data = {"server": report.server, "sent": vars(report.sent), "received": vars(report.received),
                "conflicts": [render(c) for c in report.conflicts]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        print(report.render())
    return 0
