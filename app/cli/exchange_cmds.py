"""Exchange and teamwork commands: REFI-QDA, IRaMuTeQ export, agreement, merge, co-occurrence."""

from __future__ import annotations

import argparse
import sys
from contextlib import suppress
from functools import partial
from pathlib import Path

from app.cli.common import CliError, open_project, output_path, print_json
from coding.agreement import agreement
from coding.codebook import CodebookService
from coding.export.iramuteq_export import export_iramuteq
from coding.merge import merge_project
from coding.queries import cooccurrence
from coding.refi import (
    DataLossReport,
    RefiError,
    export_qdc,
    export_qdpx,
    import_qdc,
    import_qdpx,
    inspect_qdpx,
)
from coding.refi.readings import UNITS, parse_key
from corpus.errors import ProjectError
from corpus.messages import Message, fmt_number, msg
from corpus.store.project import Project


def register(sub: argparse._SubParsersAction) -> None:
    """Add the exchange commands to the parser."""
    _register_refi(sub)
    _register_teamwork(sub)


def _register_refi(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-qdpx", help="export the project as a REFI-QDA project (.qdpx)")
    p.add_argument("project")
    p.add_argument("output")
    p.add_argument("--speakers-as-codes", action="store_true",
                   help="also write speaker turns as codings of a code per speaker (QualCoder reads them as case text)")
    p.set_defaults(handler=cmd_export_qdpx)

    p = sub.add_parser("import-qdpx", help="import a REFI-QDA project (.qdpx); creates the project if needed")
    p.add_argument("input")
    p.add_argument("project")
    p.add_argument("--offsets", action="append", default=[], metavar="[SOURCE=]READING",
                   help="how the positions of a source (name or GUID; all sources without SOURCE=) were counted, "
                        "e.g. utf16-nobom-crlf2, codepoints-nobom-crlf1, utf8-bom-crlf2 (repeat for several sources)")
    p.set_defaults(handler=cmd_import_qdpx)

    p = sub.add_parser("export-qdc", help="export the codebook as a REFI-QDA codebook (.qdc)")
    p.add_argument("project")
    p.add_argument("output")
    p.set_defaults(handler=cmd_export_qdc)

    p = sub.add_parser("import-qdc", help="import a REFI-QDA codebook (.qdc)")
    p.add_argument("input")
    p.add_argument("project")
    p.set_defaults(handler=cmd_import_qdc)


def _register_teamwork(sub: argparse._SubParsersAction) -> None:

    p = sub.add_parser("export-iramuteq", help="export an IRaMuTeQ corpus (UTF-8 text)")
    p.add_argument("project")
    p.add_argument("output")
    p.add_argument("--unit", choices=("document", "turn", "code"), default="document")
    p.add_argument("--code", action="append", default=[], metavar="PATH", help="code path (repeat; --unit code)")
    p.add_argument("--exclude-interviewer", action="store_true", help="leave out the interviewer's turns")
    p.set_defaults(handler=cmd_export_iramuteq)

    p = sub.add_parser("agreement", help="inter-coder agreement of two coders")
    p.add_argument("project")
    p.add_argument("--coder", action="append", required=True, help="a coder's name (give two)")
    p.add_argument("--unit", choices=("character", "turn"), default="character")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_agreement)

    p = sub.add_parser("merge", help="merge another coder's copy of the project into this one")
    p.add_argument("project")
    p.add_argument("other")
    p.set_defaults(handler=cmd_merge)

    p = sub.add_parser("cooccurrence", help="code co-occurrence matrix")
    p.add_argument("project")
    p.add_argument("--mode", choices=("overlap", "turn", "distance"), default="overlap")
    p.add_argument("--distance", type=int, default=0, help="characters (with --mode distance)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_cooccurrence)


def _input(path: str) -> Path:
    found = Path(path)
    if not found.is_file():
        raise CliError(msg("{path}: no such file", path=path))
    return found


def _print_report(report: DataLossReport, done: Message | str) -> None:
    print(f"{done}: {report.render()}")


def _export(args: argparse.Namespace, exporter, suffix: str) -> int:  # noqa: ANN001
    """Run a REFI-QDA exporter on a read-only project; the data-loss report goes to stdout."""
    out = output_path(args.output, (suffix,))
    with open_project(args.project, readonly=True) as project:
        try:
            report = exporter(project, out)
        except RefiError as exc:
            raise CliError(str(exc)) from exc
    _print_report(report, str(msg("exported {file}", file=out.name)))
    return 0


def cmd_export_qdpx(args: argparse.Namespace) -> int:
    """Export a .qdpx; the data-loss report goes to stdout."""
    return _export(args, partial(export_qdpx, speakers_as_codes=args.speakers_as_codes), ".qdpx")


def forced_readings(source: Path, options: list[str]) -> dict[str, str]:
    """``--offsets`` options as ``{source GUID or "*": reading key}`` (source names looked up in the file)."""
    out: dict[str, str] = {}
    sources: dict[str, str] | None = None
    for option in options:
        where, _, key = option.rpartition("=")
        try:
            parse_key(key)
        except ValueError:
            raise CliError(str(msg("{offsets}: not a reading of positions; use one of {keys}.", offsets=option,
                                   keys="<" + "|".join(UNITS) + ">-<bom|nobom>-<crlf2|crlf1>"))) from None
        if not where:
            out["*"] = key.lower()
            continue
        if sources is None:
            try:
                sources = {r.source: r.guid for r in inspect_qdpx(source).readings}
            except RefiError as exc:
                raise CliError(str(exc)) from exc
        out[sources.get(where, where.strip("{}").lower())] = key.lower()
    return out


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    """Import a .qdpx into a project, created when it does not exist (and removed again on failure)."""
    source = _input(args.input)
    readings = forced_readings(source, args.offsets)
    target = Path(args.project)
    created = not target.exists()
    if created:
        try:
            Project.create(target).close()
        except ProjectError as exc:
            raise CliError(str(exc)) from exc
    try:
        with open_project(str(target)) as project:
            report = import_qdpx(project, source, readings=readings)
    except (RefiError, CliError) as exc:
        if created:
            for extra in ("", "-wal", "-shm"):
                with suppress(FileNotFoundError):
                    Path(f"{target}{extra}").unlink()
        raise CliError(str(msg("{error} (nothing was imported)", error=exc))) from exc
    _print_report(report, str(msg("imported {file}", file=source.name)))
    return 0


def cmd_export_qdc(args: argparse.Namespace) -> int:
    """Export the codebook as .qdc."""
    return _export(args, export_qdc, ".qdc")


def cmd_import_qdc(args: argparse.Namespace) -> int:
    """Import a .qdc codebook."""
    source = _input(args.input)
    with open_project(args.project) as project:
        try:
            report = import_qdc(project, source)
        except RefiError as exc:
            raise CliError(str(msg("{error} (nothing was imported)", error=exc))) from exc
    _print_report(report, str(msg("imported {file}", file=source.name)))
    return 0


def cmd_export_iramuteq(args: argparse.Namespace) -> int:
    """Export an IRaMuTeQ corpus."""
    out = output_path(args.output, (".txt",))
    if args.code and args.unit != "code":
        raise CliError(msg("--code is only for --unit code"))
    with open_project(args.project, readonly=True) as project:
        books = CodebookService(project)
        ids = []
        for path in args.code:
            code = books.find_path(path)
            if code is None:
                raise CliError(msg("no code {path} (see `verbatim-cli codes`)", path=repr(path)))
            ids.append(code.id)
        result = export_iramuteq(project, out, unit=args.unit, code_ids=ids or None,
                                 exclude_interviewer=args.exclude_interviewer)
    for warning in result.warnings:
        print(msg("warning: {warning}", warning=warning), file=sys.stderr)
    print(msg("exported {n} unit(s) to {name}; variables: {variables}", n=result.units, name=out.name,
              variables=", ".join(result.variables) or msg("none")))
    return 0


def _fmt(value: float | None) -> str:
    return str(msg("n/a")) if value is None else fmt_number(value, 3)


def cmd_agreement(args: argparse.Namespace) -> int:
    """Print percent agreement, kappa and alpha per code and overall."""
    if len(args.coder) != 2:
        raise CliError(msg("give exactly two coders: --coder A --coder B"))
    with open_project(args.project, readonly=True) as project:
        report = agreement(project, args.coder[0], args.coder[1], unit=args.unit)
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"{msg('code')!s:40} {msg('units')!s:>8} {msg('agree %')!s:>8} {'kappa':>7} {'alpha':>7}")
    for row in [*report.per_code, report.overall]:
        print(f"{row.code_path[:40]:40} {row.units:8d} {fmt_number(row.percent, 2):>8} {_fmt(row.kappa):>7} "
              f"{_fmt(row.alpha):>7}")
    unit = msg("character units") if args.unit == "character" else msg("turn units")
    print(msg("{n} disagreement(s) ({unit})", n=len(report.disagreements), unit=unit))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge another copy of the project."""
    other = _input(args.other)
    with open_project(args.project) as project:
        report = merge_project(project, other)
    print(report.render())
    return 0


def cmd_cooccurrence(args: argparse.Namespace) -> int:
    """Print the code co-occurrence matrix."""
    with open_project(args.project, readonly=True) as project:
        matrix = cooccurrence(project, mode=args.mode, distance=args.distance)
    if args.json:
        print_json({"title": matrix.title, "rows": matrix.row_labels, "columns": matrix.col_labels,
                    "values": [[int(v) for v in row] for row in matrix.values]})
        return 0
    width = max([len(label) for label in matrix.row_labels] + [4])
    print(" " * width + " " + " ".join(f"{i + 1:>5}" for i in range(len(matrix.col_labels))))
    for i, (label, row) in enumerate(zip(matrix.row_labels, matrix.values)):
        print(f"{label:{width}} " + " ".join(f"{int(v):5d}" for v in row) + f"   ({i + 1})")
    return 0
