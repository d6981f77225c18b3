"""Project and corpus commands: ``new``, ``import``, ``info``, ``show``, ``cases``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import CliError, open_project, print_json
from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.importers.base import ImportFailure, ImportOptions, printable
from corpus.messages import msg, msgn
from corpus.store.project import Project


def register(sub: argparse._SubParsersAction) -> None:
    """Add the corpus commands to the parser."""
    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("project")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("import", help="import transcripts and documents into a project")
    p.add_argument("project")
    p.add_argument("files", nargs="+")
    p.add_argument("--text-column", action="append", help="CSV/XLSX column holding the answers")
    p.add_argument("--id-column", help="CSV/XLSX column identifying the respondent")
    p.add_argument("--no-speakers", action="store_true", help="do not detect speaker turns")
    p.add_argument("--encoding", help="force the text encoding (e.g. cp1252)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("info", help="describe a project's documents and cases")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("show", help="print the stored text of one document")
    p.add_argument("project")
    p.add_argument("document", help="document name or id")
    p.set_defaults(handler=cmd_show)


def cmd_new(args: argparse.Namespace) -> int:
    """Create an empty project."""
    try:
        Project.create(args.project).close()
    except ProjectError as exc:
        raise CliError(str(exc)) from exc
    print(msg("created {path}", path=args.project))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import files in one transaction; print what was added."""
    for name in args.files:  # FIFOs, devices and sizes are checked by the importers (without blocking)
        if Path(name).is_dir():
            raise CliError(msg("{name}: this is a folder, not a file (nothing was imported)",
                               name=printable(name, 200)))
        if not Path(name).exists():
            raise CliError(msg("{name}: no such file (nothing was imported)", name=printable(name, 200)))
    options = ImportOptions(
        text_columns=tuple(args.text_column) if args.text_column else None,
        id_column=args.id_column,
        detect_speakers=not args.no_speakers,
        encoding=args.encoding,
    )
    with open_project(args.project) as project:
        try:
            report = CorpusService(project).import_files(args.files, options)
        except ImportFailure as exc:
            raise CliError(msg("{error} (nothing was imported)", error=exc)) from exc
    for warning in report.warnings:
        print(msg("warning: {warning}", warning=warning), file=sys.stderr)
    for name in report.duplicates:
        print(msg("skipped {name}: already in the project (or given twice)", name=name), file=sys.stderr)
    turns = sum(d.turn_count for d in report.documents)
    print(msg("imported {documents} document(s), {turns} turn(s), {speakers} new speaker(s)",
              documents=len(report.documents), turns=turns, speakers=len(report.new_cases)))
    return 0


def project_info(project: Project) -> dict:
    """The ``info --json`` structure of a project."""
    corpus = CorpusService(project)
    doc_attrs = AttributeService(project).values("document")
    speakers: dict[int, list[str]] = {}
    for turn in corpus.turns():
        names = speakers.setdefault(turn.document_id, [])
        if turn.speaker and turn.speaker not in names:
            names.append(turn.speaker)
    documents = [
        {
            "id": d.id,
            "name": d.name,
            "kind": d.kind,
            "format": d.source_format,
            "source": d.source_name,
            "characters": d.characters,
            "words": d.words,
            "turns": d.turn_count,
            "codings": d.coding_count,
            "speakers": speakers.get(d.id, []),
            "attributes": doc_attrs.get(d.id, {}),
        }
        for d in corpus.documents()
    ]
    cases = [
        {"name": c.name, "kind": c.kind, "interviewer": c.interviewer, "turns": c.turn_count,
         "attributes": c.attributes}
        for c in CaseService(project).cases()
    ]
    attributes = [a.name for a in AttributeService(project).attributes()]
    return {"documents": documents, "cases": cases, "attributes": attributes}


def document_kind(kind: str) -> str:
    """The name of a document kind in the user's language (the JSON keeps the kind's id)."""
    names = {"transcript": msg("transcript"), "survey": msg("survey"), "text": msg("text"),
             "iramuteq": msg("IRaMuTeQ corpus"), "code": msg("coded excerpts")}
    return str(names.get(kind, kind))


def cmd_info(args: argparse.Namespace) -> int:
    """Print the documents, cases and attributes of a project."""
    with open_project(args.project, readonly=True) as project:
        info = project_info(project)
    if args.json:
        print_json(info)
        return 0
    for d in info["documents"]:
        words = msgn("{n} word", "{n} words", n=d["words"])
        turns = msgn("{n} turn", "{n} turns", n=d["turns"])
        print(f"{d['name']}\t{document_kind(d['kind'])}\t{words}\t{turns}\t"
              f"{', '.join(d['speakers'])}")
    print(msg("{documents} document(s), {cases} case(s)", documents=len(info["documents"]), cases=len(info["cases"])))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one document's text."""
    with open_project(args.project, readonly=True) as project:
        document = CorpusService(project).find_document(args.document)
    sys.stdout.write(document.text if document.text.endswith("\n") else document.text + "\n")
    return 0
