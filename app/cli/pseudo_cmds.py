"""``verbatim-cli pseudonymise``: detect names and contact details, review them in a table, write a
pseudonymised copy of the project (the original is never changed).

Three ways to run it::

    verbatim-cli pseudonymise P.vbt --detect --json            # the detections, as JSON
    verbatim-cli pseudonymise P.vbt --detect --review R.csv    # the review table, to edit
    verbatim-cli pseudonymise P.vbt --apply R.csv --out C.vbt  # the copy from the edited table
    verbatim-cli pseudonymise P.vbt --out C.vbt --table T.csv  # detect, propose, copy at once

The correspondence table (surface form -> replacement) is the reviewed file, or ``--table``: keep it
apart from the copy; it is never written inside the copy.

The export commands (``export-docx``, ``export-codings``, ``export-qdpx``, ``export-qdc``,
``export-iramuteq``) also take ``--pseudonymise TABLE.csv``: they export from a pseudonymised copy made
in a private temporary folder and removed afterwards (the project itself is not changed). This module
is registered after theirs in ``app.cli.main`` so that it can add the option to them.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from pathlib import Path

from app.cli.common import CliError, open_project, output_path
from corpus.messages import msg, msgn


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pseudonymise`` command to the parser."""
    p = sub.add_parser("pseudonymise",
                       help="detect names and contact details; write a pseudonymised copy")
    p.add_argument("project")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--detect", action="store_true", help="only detect: print or write the review table")
    mode.add_argument("--apply", "--review-in", dest="apply", metavar="TABLE.csv",
                      help="write the copy from this reviewed table")
    p.add_argument("--json", action="store_true", help="with --detect: print the detections as JSON")
    p.add_argument("--review", metavar="FILE.csv", help="with --detect: write the review table here")
    p.add_argument("--out", metavar="COPY.vbt", help="the pseudonymised copy to write (a new file)")
    p.add_argument("--table", metavar="TABLE.csv", help="where to save the correspondence table (keep it apart)")
    p.add_argument("--document", metavar="NAME", action="append", default=[], help="only this document (repeatable)")
    p.add_argument("--always", metavar="FILE", help="terms always masked, one a line (optionally TAB kind)")
    p.add_argument("--never", metavar="FILE", help="terms never masked, one a line")
    p.add_argument("--countries", action="store_true", help="also mask countries and regions")
    p.add_argument("--keep-gender", action="store_true", help="replace first names by first names of the same gender")
    p.add_argument("--no-ner", action="store_true", help="no spaCy name recognition (patterns and lists only)")
    p.add_argument("--force", action="store_true", help="replace an existing output file")
    p.set_defaults(handler=cmd_pseudonymise)
    add_export_option(sub)


EXPORTS = ("export-docx", "export-codings", "export-qdpx", "export-qdc", "export-iramuteq")


def add_export_option(sub: argparse._SubParsersAction) -> None:
    """``--pseudonymise TABLE.csv`` on every export command registered before this module."""
    for name in EXPORTS:
        parser = sub.choices.get(name)
        if parser is None:
            continue
        parser.add_argument("--pseudonymise", "--pseudonymize", dest="pseudonymise", metavar="TABLE.csv",
                            help="export a pseudonymised version, with the replacements of this table")
        parser.set_defaults(handler=functools.partial(_pseudonymised_export, parser.get_default("handler")))


def _pseudonymised_export(handler, args: argparse.Namespace) -> int:  # noqa: ANN001 - the export's handler
    """Run ``handler`` on a pseudonymised copy in a private temporary folder (removed afterwards)."""
    from corpus.pseudonymise import Replacer, pseudonymise_copy, read_table

    if not getattr(args, "pseudonymise", None):
        return handler(args)
    rows = read_table(args.pseudonymise)
    source = Path(args.project)
    if not source.is_file():
        raise CliError(str(msg("{name} does not exist.", name=args.project)))
    with tempfile.TemporaryDirectory(prefix="verbatim-pseudo-") as folder:
        name = Replacer(rows).replace(source.stem) or "project"  # the file name may show in the export
        copy = pseudonymise_copy(source, Path(folder) / f"{name}.vbt", rows)
        args.project = str(copy.path)
        return handler(args)


def cmd_pseudonymise(args: argparse.Namespace) -> int:
    """Run the chosen mode."""
    from corpus.pseudonymise import read_table

    if args.apply:
        return _write_copy(args, read_table(args.apply), table_written=Path(args.apply))
    if args.detect:
        if not args.json and not args.review:
            raise CliError(str(msg("With --detect, give --json or --review FILE.csv.")))
        _, rows = _detect(args)
        return 0
    if not args.out or not args.table:
        raise CliError(str(msg("Give --out COPY.vbt and --table TABLE.csv (or --detect, or --apply TABLE.csv).")))
    _, rows = _detect(args)
    return _write_copy(args, rows, table_written=None)


def _read_terms(path: str | None, with_kind: bool) -> dict[str, str]:
    from corpus.pseudonymise.types import KINDS, PERSON

    if not path:
        return {}
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{path}: {exc}") from exc
    out = {}
    for line in lines:
        term, _, kind = line.partition("\t")
        kind = kind.strip() or PERSON
        if term.strip() and not term.startswith("#"):
            if with_kind and kind not in KINDS:
                raise CliError(str(msg("{name}: unknown kind {kind}.", name=Path(path).name, kind=kind)))
            out[term.strip()] = kind
    return out


def _detect(args: argparse.Namespace) -> tuple[list, list]:
    """Detect over the project; print JSON and/or write the review table; return detections and rows."""
    from corpus.documents import CorpusService
    from corpus.pseudonymise import (
        DetectOptions,
        detect_project,
        group_detections,
        propose_replacements,
        write_table,
    )

    options = DetectOptions(always=_read_terms(args.always, True),
                            never=frozenset(_read_terms(args.never, False)), countries=args.countries)
    ner = None
    if not args.no_ner:
        from lexical.ner import NerTagger

        ner = NerTagger()
    if args.review:
        _check_new_file(args.review, args.force)
    with open_project(args.project, readonly=True) as project:
        corpus = CorpusService(project)
        documents = [corpus.find_document(name).id for name in args.document] or None
        names = {d.id: d.name for d in corpus.documents()}
        detections, texts = detect_project(project, options, ner, document_ids=documents)
    rows = group_detections(detections, texts)
    propose_replacements(rows, keep_gender=args.keep_gender)
    if args.json:
        json.dump([{"document": names[d.document_id], "start": d.start, "end": d.end, "text": d.text,
                    "kind": d.kind} for d in detections], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if args.review:
        write_table(args.review, rows)
        print(msgn("{n} form to review written to {name}.", "{n} forms to review written to {name}.",
                   n=len(rows), name=args.review), file=sys.stderr if args.json else sys.stdout)
    return detections, rows


def _check_new_file(path: str, force: bool) -> None:
    if Path(path).exists() and not force:
        raise CliError(str(msg("{name} already exists (use --force to replace it).", name=path)))


def _write_copy(args: argparse.Namespace, rows: list, table_written: Path | None) -> int:
    from corpus.pseudonymise import pseudonymise_copy, write_table

    if not args.out:
        raise CliError(str(msg("Give --out COPY.vbt: the original project is never changed.")))
    out = output_path(args.out, (".vbt",))
    source = Path(args.project)
    for other in (source, Path(args.table) if args.table else None, table_written):
        if other is not None and other.exists() and other.resolve() == out.resolve():
            raise CliError(str(msg("{name}: the copy must be a new file, not the project or the table.",
                                   name=out.name)))
    if args.table:
        _check_new_file(args.table, args.force)
    if not source.is_file():
        raise CliError(str(msg("{name} does not exist.", name=args.project)))
    if args.table:  # first: a copy is never left without its table
        write_table(args.table, rows)
    report = pseudonymise_copy(source, out, rows, overwrite=args.force)
    accepted = sum(1 for r in rows if r.accepted)
    print(msgn("{n} occurrence replaced in the copy {name}.", "{n} occurrences replaced in the copy {name}.",
               n=report.replacements, name=out.name))
    print(msgn("{n} form replaced; correspondence table: {table} (keep it apart).",
               "{n} forms replaced; correspondence table: {table} (keep it apart).",
               n=accepted, table=str(args.table or table_written)))
    if report.removed_analyses:
        print(msgn("{n} saved analysis removed from the copy (recompute it there).",
                   "{n} saved analyses removed from the copy (recompute them there).", n=report.removed_analyses))
    if report.leftovers:
        print(msg("Still found in the copy: {forms}", forms=", ".join(report.leftovers)), file=sys.stderr)
        return 1
    return 0
