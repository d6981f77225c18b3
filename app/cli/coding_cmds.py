"""Coding commands: ``codes``, ``autocode``, ``export-docx``, ``export-codings``."""

from __future__ import annotations

import argparse
import sys
import unicodedata

from app.cli.common import CliError, open_project, output_path, print_json
from coding.autocode import autocode_path_command, autocode_preview
from coding.codebook import CodebookService
from coding.export.docx_export import DocxExportOptions, export_docx
from coding.export.table_export import export_table
from coding.search import TextQuery
from corpus.cases import CaseService
from corpus.documents import CorpusService
from corpus.errors import NotFoundError
from corpus.messages import msg


def register(sub: argparse._SubParsersAction) -> None:
    """Add the coding commands to the parser."""
    p = sub.add_parser("codes", help="list the codebook with coding counts")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_codes)

    p = sub.add_parser("autocode", help="code every passage matching a pattern")
    p.add_argument("project")
    p.add_argument("--code", required=True, help='code path, e.g. "Parent/Child" (created if needed)')
    p.add_argument("--pattern", required=True, help="regular expression (or text with --literal)")
    p.add_argument("--scope", choices=("match", "sentence", "turn"), default="match")
    p.add_argument("--literal", action="store_true", help="the pattern is plain text, not a regex")
    p.add_argument("--whole-word", action="store_true")
    p.add_argument("--case-sensitive", action="store_true", help="École does not match école")
    p.add_argument("--ignore-case", action="store_true", help="the default; kept for older scripts")
    p.add_argument("--ignore-accents", action="store_true", help="ecole matches école, coeur matches cœur")
    p.add_argument("--strict-apostrophes", action="store_true",
                   help="l'école does not match l’école (typographic apostrophe)")
    p.add_argument("--document", action="append", default=[], help="only this document (repeatable)")
    p.add_argument("--coder", default="cli")
    p.add_argument("--speaker", action="append", default=[], help="only this speaker (repeatable)")
    p.add_argument("--exclude-interviewer", action="store_true")
    p.add_argument("--dry-run", action="store_true", help="print the passages, code nothing")
    p.set_defaults(handler=cmd_autocode)

    p = sub.add_parser("export-docx", help="export coded excerpts to Word")
    p.add_argument("project")
    p.add_argument("output")
    p.add_argument("--code", action="append", default=[], help="code path (repeatable; default: all)")
    p.add_argument("--by", choices=("code", "document"), default="code")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    p.add_argument("--no-subcodes", action="store_true")
    p.add_argument("--title", default="")
    p.add_argument("--no-memos", action="store_true", help="leave out code and coding memos")
    p.add_argument("--no-attributes", action="store_true", help="speaker names without their attributes")
    p.set_defaults(handler=cmd_export_docx)

    p = sub.add_parser("export-codings", help="export every coding to CSV or XLSX")
    p.add_argument("project")
    p.add_argument("output")
    p.add_argument("--code", action="append", default=[], help="code path (repeatable; default: all)")
    p.add_argument("--delimiter", default=",", help="CSV delimiter (default ',')")
    p.add_argument("--lang", choices=("fr", "en"), default="en")
    p.set_defaults(handler=cmd_export_codings)


def _code_ids(codebook: CodebookService, paths: list[str]) -> list[int]:
    ids = []
    for path in paths:
        code = codebook.find_path(path)
        if code is None:
            raise CliError(msg("no code {path} (see `verbatim-cli codes`)", path=repr(path)))
        ids.append(code.id)
    return ids


def cmd_codes(args: argparse.Namespace) -> int:
    """Print the codebook as an indented tree with counts."""
    with open_project(args.project, readonly=True) as project:
        codebook = CodebookService(project)
        codes, counts = codebook.codes(), codebook.counts()
    rows = [{"id": c.id, "path": c.path, "name": c.name, "color": c.color, "description": c.description,
             "codings": counts[c.id].codings, "documents": counts[c.id].documents,
             "codings_with_children": counts[c.id].codings_with_children,
             "documents_with_children": counts[c.id].documents_with_children} for c in codes]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(msg("no codes"))
    for row in rows:
        indent = "  " * row["path"].count("/")
        counts = msg("{codings} coding(s) in {documents} document(s)  [with sub-codes: {all_codings} in {all_documents}]",
                     codings=row["codings"], documents=row["documents"], all_codings=row["codings_with_children"],
                     all_documents=row["documents_with_children"])
        print(f"{indent}{row['name']}  {counts}")
    return 0


def cmd_autocode(args: argparse.Namespace) -> int:
    """Find the passages (creating the code path if needed), then code them."""
    with open_project(args.project, readonly=args.dry_run) as project:
        case_ids = None
        if args.speaker:
            try:
                case_ids = tuple(CaseService(project).find(unicodedata.normalize("NFC", name)).id
                                 for name in args.speaker)
            except NotFoundError as exc:
                raise CliError(str(exc)) from exc
        document_ids = None
        if args.document:
            try:
                document_ids = tuple(CorpusService(project).find_document(unicodedata.normalize("NFC", name)).id
                                     for name in args.document)
            except NotFoundError as exc:
                raise CliError(str(exc)) from exc
        query = TextQuery(args.pattern, regex=not args.literal, whole_word=args.whole_word,
                          ignore_case=not args.case_sensitive, ignore_accents=args.ignore_accents,
                          ignore_apostrophes=not args.strict_apostrophes, scope=args.scope,
                          document_ids=document_ids, case_ids=case_ids,
                          exclude_interviewer=args.exclude_interviewer)
        hits = autocode_preview(project, query)
        if args.dry_run:
            for hit in hits:
                print(f"{hit.document_name} [{hit.span.start}-{hit.span.end}] {hit.speaker or '-'}: {hit.text}")
            print(msg("{n} passage(s) would be coded with {code}", n=len(hits), code=args.code))
            return 0
        if not hits and CodebookService(project).find_path(args.code) is None:
            print(msg("no passage matches; {code} was not created", code=args.code))
            return 0
        before = _count(project, args.code)
        autocode_path_command(args.code, hits, args.coder).apply(project)
        added = _count(project, args.code) - before
    print(msg("coded {n} passage(s) with {code} ({already} already coded)", n=added, code=args.code,
              already=len(hits) - added))
    return 0


def _count(project, path: str) -> int:  # noqa: ANN001
    codebook = CodebookService(project)
    code = codebook.find_path(path)
    return 0 if code is None else codebook.counts()[code.id].codings


def _warn(messages: list) -> None:
    """What an export had to replace (characters XML cannot hold), one line each on stderr."""
    for message in messages:
        print(msg("verbatim-cli: warning: {warning}", warning=message), file=sys.stderr)


def cmd_export_docx(args: argparse.Namespace) -> int:
    """Write the coded excerpts to a .docx file."""
    out = output_path(args.output, (".docx",))
    with open_project(args.project, readonly=True) as project:
        ids = _code_ids(CodebookService(project), args.code)
        options = DocxExportOptions(code_ids=tuple(ids), include_subcodes=not args.no_subcodes,
                                    group_by=args.by, language=args.lang, title=args.title,
                                    include_memos=not args.no_memos,
                                    include_speaker_attributes=not args.no_attributes)
        replaced: list = []
        export_docx(project, out, options, warnings=replaced)
    _warn(replaced)
    print(msg("wrote {path}", path=out))
    return 0


def cmd_export_codings(args: argparse.Namespace) -> int:
    """Write every coding (or those of some codes) to CSV or XLSX."""
    out = output_path(args.output, (".csv", ".xlsx"))
    if len(args.delimiter) != 1:
        raise CliError(msg("the delimiter must be one character, e.g. ',' or ';'"))
    with open_project(args.project, readonly=True) as project:
        ids = _code_ids(CodebookService(project), args.code) or None
        replaced: list = []
        count = export_table(project, out, delimiter=args.delimiter, language=args.lang, code_ids=ids,
                             warnings=replaced)
    _warn(replaced)
    print(msg("wrote {n} coding(s) to {path}", n=count, path=out))
    return 0
