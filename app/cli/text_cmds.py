"""``verbatim-cli replace``: find and replace in the documents' texts, keeping every coding on its words.

The replacement is one transaction; codings, memos, speaker turns and section marks follow their words
(:mod:`corpus.text_edit`). ``--dry-run`` only counts. A coding whose whole text is replaced by nothing is
removed and listed (the command line has no undo: use ``--dry-run`` first, or the app's Edit > Undo)."""

from __future__ import annotations

import argparse
import unicodedata

from app.cli.common import CliError, open_project
from coding.codebook import CodebookService
from coding.text_commands import EditTexts, RestoreTexts, plan_replace
from corpus.documents import CorpusService
from corpus.messages import msg, msgn


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``replace`` command to the parser."""
    p = sub.add_parser("replace", help="find and replace in the texts; codings stay on their words")
    p.add_argument("project")
    p.add_argument("find", help="the text to find")
    p.add_argument("replacement", help="what replaces it (may be empty)")
    p.add_argument("--document", metavar="NAME", action="append", default=[],
                   help="only in this document (name, id or unique prefix; repeatable)")
    p.add_argument("--match-case", action="store_true", help="upper and lower case differ")
    p.add_argument("--whole-words", action="store_true", help="skip matches inside longer words")
    p.add_argument("--dry-run", action="store_true", help="count the occurrences, change nothing")
    p.set_defaults(handler=cmd_replace)


def cmd_replace(args: argparse.Namespace) -> int:
    """Plan the replacement, then apply it in one transaction (unless ``--dry-run``)."""
    needle = unicodedata.normalize("NFC", args.find)
    replacement = unicodedata.normalize("NFC", args.replacement)
    if not needle:
        raise CliError(str(msg("Type the text to find.")))
    with open_project(args.project) as project:
        corpus = CorpusService(project)
        documents = [corpus.find_document(unicodedata.normalize("NFC", name)).id for name in args.document] or None
        plan = plan_replace(project, needle, replacement, case_sensitive=args.match_case,
                            whole_words=args.whole_words, document_ids=documents)
        names = {d.id: d.name for d in corpus.documents()}
        occurrences = sum(len(change.edits) for change in plan)
        for change in plan:
            print(f"{names[change.document_id]}\t{len(change.edits)}")
        where = msgn("{n} document", "{n} documents", n=len(plan))
        if args.dry_run or not plan:
            print(msgn("{n} occurrence in {documents} (nothing changed).",
                       "{n} occurrences in {documents} (nothing changed).", n=occurrences, documents=where))
            return 0
        inverse = EditTexts(tuple(plan), label="Replace").apply(project)
        print(msgn("{n} occurrence replaced in {documents}.", "{n} occurrences replaced in {documents}.",
                   n=occurrences, documents=where))
        _report_removed(project, inverse)
    return 0


def _report_removed(project, inverse: RestoreTexts) -> None:  # noqa: ANN001 - Project
    """List the codings whose whole text the replacement deleted."""
    if not inverse.vanished:
        return
    paths = {c.id: c.path or c.name for c in CodebookService(project).codes()}
    print(msgn("{n} coding lost all its text and was removed:", "{n} codings lost all their text and were removed:",
               n=len(inverse.vanished)))
    for coding in inverse.vanished:
        print(f"  {paths.get(coding.code_id, '?')}: « {coding.snippet[:60]} »")
