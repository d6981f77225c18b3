"""``verbatim-cli cases``: list participants, rename, merge, mark the interviewer, set attributes."""

from __future__ import annotations

import argparse
import unicodedata

from app.cli.common import CliError, open_project, print_json
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.messages import Message, msg, msgn
from corpus.types import Case


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``cases`` command to the parser."""
    p = sub.add_parser("cases", help="list and edit participants (speakers) and their attributes")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="print the cases as JSON")
    p.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="rename a case")
    p.add_argument("--merge", nargs="+", metavar="NAME", help="cases to merge into --into")
    p.add_argument("--into", metavar="NAME", help="the case that receives a merge")
    p.add_argument("--interviewer", metavar="NAME", action="append", default=[],
                   help="mark a case as interviewer")
    p.add_argument("--not-interviewer", metavar="NAME", action="append", default=[],
                   help="unmark a case as interviewer")
    p.add_argument("--set", nargs=2, metavar=("NAME", "ATTR=VALUE"), action="append", default=[],
                   help="set an attribute of a case (e.g. --set Léa âge=34)")
    p.set_defaults(handler=cmd_cases)


def _find(cases: list[Case], name: str) -> Case:
    wanted = unicodedata.normalize("NFC", name)
    for case in cases:
        if case.name == wanted:
            return case
    known = ", ".join(c.name for c in cases) or msg("none")
    raise CliError(msg("no case named {name} (cases: {known})", name=repr(name), known=known))


def _check_names(args: argparse.Namespace, cases: list[Case]) -> None:
    """Refuse the whole command before any edit when a name is unknown or a --set is malformed."""
    renamed_to = {args.rename[1]} if args.rename else set()
    names = [*(args.merge or []), *([args.into] if args.into else []), *([args.rename[0]] if args.rename else []),
             *args.interviewer, *args.not_interviewer, *(name for name, _ in args.set)]
    for name in names:
        if name not in renamed_to:
            _find(cases, name)
    for _name, assignment in args.set:
        attr, sep, _value = assignment.partition("=")
        if not sep or not attr.strip():
            raise CliError(msg("--set expects ATTR=VALUE, got {value}", value=repr(assignment)))
    if args.merge and not args.into:
        raise CliError(msg("--merge needs --into NAME"))


def _edit(args: argparse.Namespace, service: CaseService, attributes: AttributeService) -> list[Message]:
    _check_names(args, service.cases())
    done: list[Message] = []
    if args.merge:
        cases = service.cases()
        target = _find(cases, args.into)
        sources = [_find(cases, name).id for name in args.merge]
        moved = service.merge(sources, target.id)
        done.append(msg("merged {sources} into {target} ({n} turn(s) moved)", sources=", ".join(args.merge),
                        target=target.name, n=moved))
    if args.rename:
        case = _find(service.cases(), args.rename[0])
        service.rename(case.id, unicodedata.normalize("NFC", args.rename[1]))
        done.append(msg("renamed {old} to {new}", old=args.rename[0], new=args.rename[1]))
    for names, flag in ((args.interviewer, True), (args.not_interviewer, False)):
        for name in names:
            service.set_interviewer(_find(service.cases(), name).id, flag)
            done.append(msg("{name}: interviewer yes", name=name) if flag else msg("{name}: interviewer no", name=name))
    for name, assignment in args.set:
        attr, _sep, value = assignment.partition("=")
        attributes.set_value("case", _find(service.cases(), name).id, attr.strip(), value.strip())
        done.append(f"{name}: {attr.strip()} = {value.strip()}")
    return done


def cmd_cases(args: argparse.Namespace) -> int:
    """Apply the requested edits (each committed at once), then list the cases."""
    with open_project(args.project, readonly=not _edits_requested(args)) as project:
        service, attributes = CaseService(project), AttributeService(project)
        for line in _edit(args, service, attributes):
            print(line)
        cases = service.cases()
    if args.json:
        print_json([{"name": c.name, "kind": c.kind, "interviewer": c.interviewer, "turns": c.turn_count,
                     "attributes": c.attributes} for c in cases])
        return 0
    for c in cases:
        attrs = ", ".join(f"{k}={v}" for k, v in c.attributes.items())
        role = f" ({msg('interviewer')})" if c.interviewer else ""
        print(f"{c.name}{role}\t{msgn('{n} turn', '{n} turns', n=c.turn_count)}\t{attrs}")
    return 0


def _edits_requested(args: argparse.Namespace) -> bool:
    return bool(args.rename or args.merge or args.interviewer or args.not_interviewer or args.set)
