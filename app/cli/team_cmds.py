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
    """Add the ``push``, ``pull``, ``sync`` and ``members`` commands to the parser."""
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

    p = sub.add_parser("members", help="list or change who may work on a server project (lead or coder)")
    p.add_argument("url", help="postgresql://owner@host:port/database (the owner of the project's tables)")
    p.add_argument("--add", metavar="NAME", help="make NAME (a PostgreSQL login, created if needed) a member")
    p.add_argument("--role", choices=("lead", "coder"), default="coder", help="the role given by --add")
    p.add_argument("--password-env", metavar="VAR",
                   help="environment variable holding the password of a new login (else it is asked)")
    p.add_argument("--remove", metavar="NAME", help="take NAME out of the project")
    p.add_argument("--json", action="store_true", help="print the members as JSON")
    p.set_defaults(handler=cmd_members)


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


def _new_password(args: argparse.Namespace) -> str | None:
    import getpass
    import os

    if args.password_env:
        value = os.environ.get(args.password_env, "")
        if not value:
            raise CliError(render(msg("The environment variable {name} is empty or not set.", name=args.password_env)))
        return value
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(render(msg("Password for {name} (if the login is new): ", name=args.add))) or None


def cmd_members(args: argparse.Namespace) -> int:
    """Set up the project's roles and row-level security, add or remove a member, list the members."""
    from corpus.store.postgres import server_url
    from corpus.store.postgres_roles import add_member, enable_team, members, remove_member
    from corpus.store.project import Project

    _check_url(args.url)
    database = server_url(args.url).database or ""
    password = _new_password(args) if args.add else None
    try:
        with Project.open(args.url) as project, project.transaction() as session:
            con = session.connection()
            enable_team(con, database)
            if args.add:
                add_member(con, database, args.add, args.role, password)
            if args.remove:
                remove_member(con, database, args.remove)
            found = members(con, database)
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        sys.stdout.write(json.dumps([{"name": m.name, "role": m.role} for m in found], ensure_ascii=False) + "\n")
    else:
        for member in found:
            print(f"{member.name}\t{member.role}")
    return 0
