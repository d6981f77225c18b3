"""Lexical analyses: ``lex stats|reinert|simi|spec|kwic INPUT ... --out DIR``.

INPUT is a Verbatim project (``.vbt``) or any file the importers read (an Iramuteq corpus, a
transcript...). Each command writes CSV tables and PNG figures into ``--out`` (created) and prints a
short summary. The work itself is in :mod:`app.analysis`, shared with the GUI.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliError
from corpus.atomic import atomic_write, write_text
from corpus.messages import fmt_number, fmt_percent, fmt_seconds, msg

if TYPE_CHECKING:
    from app.analysis.inputs import InputFilter
    from app.analysis.params import ReinertParams
    from lexical.corpus import LexicalCorpus

# The parser's choices, written out: importing app.analysis.params (numpy, scipy) only to list them
# would slow every start; tests/app/test_cli_startup.py checks they match.
PRESETS = ("iramuteq", "rainette")
SIM_INDICES = ("cooccurrence", "jaccard", "cosine")
SPEC_METHODS = ("hypergeometric", "chi2")
KWIC_SORTS = ("source", "left", "right", "keyword")
DICTIONARY = "dictionary"
LEMMATISERS = (DICTIONARY, "spacy")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``lex`` and its sub-commands to the parser."""
    lex = sub.add_parser("lex", help="lexical analyses (statistics, Reinert, similarity, ...)")
    cmds = lex.add_subparsers(dest="lex_command", required=True, metavar="ANALYSIS")
    common = _common_parser()

    p = cmds.add_parser("stats", parents=[common], help="counts, frequency list, Zipf plot")
    p.set_defaults(handler=cmd_stats)

    p = cmds.add_parser("reinert", parents=[common], help="Reinert descending classification")
    p.add_argument("--preset", choices=PRESETS, default="iramuteq")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--nbcl-p1", type=int, default=10, help="phase-1 classes (iramuteq; default 10)")
    size.add_argument("--k", type=int, help="number of classes (rainette preset)")
    p.add_argument("--mincl", type=int, default=0, help="minimum class size (0 = auto)")
    p.add_argument("--double", action="store_true", help="double classification on units of segments")
    p.add_argument("--matrix", metavar="FILE", help="classify this MatrixMarket segments x forms matrix")
    p.add_argument("--forms", metavar="FILE", help="with --matrix: one form per line, in column order")
    p.add_argument("--stability", type=int, default=0, metavar="B",
                   help="re-run the classification B times on 80%% subsamples: stability.csv (per class) and "
                        "segment_stability.csv")
    p.add_argument("--bundle", metavar="DIR",
                   help="also write a reproducible bundle: texts, lexicon, matrix, parameters, versions, partition, "
                        "profiles, stability and how to run it again")
    p.set_defaults(handler=cmd_reinert)

    p = cmds.add_parser("simi", parents=[common], help="similarity graph of the most frequent forms")
    p.add_argument("--top", type=int, default=200, help="number of forms (0 = all)")
    p.add_argument("--index", choices=SIM_INDICES, default="cooccurrence")
    p.add_argument("--tree", action="store_true", help="keep the maximum spanning tree (the default)")
    p.add_argument("--full", action="store_true", help="keep every edge instead of the tree")
    p.add_argument("--threshold", type=float, help="drop edges below this value")
    p.set_defaults(handler=cmd_simi)

    p = cmds.add_parser("spec", parents=[common], help="specificities by the modalities of a variable")
    p.add_argument("--variable", required=True)
    p.add_argument("--method", choices=SPEC_METHODS, default="hypergeometric")
    p.set_defaults(handler=cmd_spec)

    p = cmds.add_parser("kwic", parents=[common], help="concordance of a form or a lemma")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--form")
    what.add_argument("--lemma")
    p.add_argument("--context", type=int, default=40, help="context width in characters")
    p.add_argument("--sort", choices=KWIC_SORTS, default="source")
    p.set_defaults(handler=cmd_kwic)


def _common_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("input", nargs="?", help="a Verbatim project (.vbt) or a file to read (Iramuteq corpus, ...)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created)")
    p.add_argument("--exclude-interviewer", action="store_true")
    p.add_argument("--speaker", action="append", default=[], metavar="NAME", help="only this speaker (repeatable)")
    p.add_argument("--where", action="append", default=[], metavar="ATTR=VALUE",
                   help="only documents with this attribute value (repeatable; values of one ATTR add up)")
    p.add_argument("--code", metavar="PATH", help="only the excerpts of this code (projects only)")
    p.add_argument("--no-lemmas", action="store_true", help="count word forms instead of lemmas")
    p.add_argument("--lemmatiser", choices=LEMMATISERS, default=DICTIONARY,
                   help="dictionary: IRaMuTeQ's French dictionary, as IRaMuTeQ (default); "
                        "spacy: spaCy's part of speech in context, lemmas held to the dictionary's words")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the annotation cache")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return p


# ----------------------------------------------------------------------------------- plumbing
def _filter(args: argparse.Namespace) -> InputFilter:
    from app.analysis.inputs import InputFilter

    where: dict[str, tuple[str, ...]] = {}
    for item in args.where:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(msg("--where {value}: expected ATTR=VALUE", value=repr(item)))
        where[name.strip()] = (*where.get(name.strip(), ()), value.strip())
    return InputFilter(tuple(args.speaker), where, args.exclude_interviewer, args.code)


def _out_dir(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(msg("cannot create {path}: {error}", path=out, error=exc)) from exc
    return out


def _progress(args: argparse.Namespace) -> Callable[[float, str], None]:
    """A progress printer on stderr (a line when the message changes), or nothing with --quiet."""
    last = {"message": None, "time": time.monotonic()}

    def report(fraction: float, message: str = "") -> None:
        if args.quiet or message == last["message"]:
            return
        last["message"] = message
        print(f"[{fmt_percent(fraction):>7}] {progress_message(message)}", file=sys.stderr)

    return report


def progress_message(message: str) -> str:
    """A progress step in the user's language: the lexical templates (``split {i}/{n}``...) and the
    analyses' steps have their French in ``msg_fr_lexapp.py``; any other text is shown as it is."""
    from corpus.messages import Message
    from lexical.progress import split_message

    found = split_message(message)
    if found is not None:
        return Message(*found).render()
    return message if "{" in message else Message(message).render()


@contextmanager
def _errors() -> Iterator[None]:
    """Domain errors as :class:`CliError` (exit code 2)."""
    from corpus.errors import ProjectError
    from corpus.importers.base import ImportFailure

    try:
        yield
    except (FileNotFoundError, ImportFailure, ProjectError, ValueError) as exc:
        raise CliError(str(exc)) from exc


@contextmanager
def _corpus(args: argparse.Namespace) -> Iterator[tuple[LexicalCorpus, dict]]:
    """The prepared corpus of INPUT with the command's filters, and the selection's description."""
    from app.analysis import runs
    from app.analysis.inputs import open_input
    from app.analysis.params import PrepParams

    if not args.input:
        raise CliError(msg("INPUT is required (a .vbt project or a file to read)"))
    with _errors(), open_input(args.input, _filter(args), use_cache=not args.no_cache,
                               lemmatiser=args.lemmatiser) as found:
        prep = PrepParams(lemmatize=not args.no_lemmas, lemmatiser=args.lemmatiser,
                          lexicon=found.lexicon)  # a project's own lexicon
        corpus = runs.prepare(found.sources, found.cache, prep, progress=_progress(args))
        yield corpus, found.description


def _figure(fig, path: Path) -> None:  # noqa: ANN001 - matplotlib Figure or None
    from app.analysis import drawing

    if fig is not None:
        atomic_write(path, lambda tmp: drawing.save(fig, tmp))


# ----------------------------------------------------------------------------------- commands
def cmd_stats(args: argparse.Namespace) -> int:
    """``lex stats``: summary.json, frequencies.csv, zipf.png."""
    from app.analysis import drawing, runs, tables

    out = _out_dir(args)
    with _corpus(args) as (corpus, selection):
        result = runs.run_stats(corpus, selection=selection)
    write_text(out / "summary.json", json.dumps(result.summary, ensure_ascii=False, indent=2) + "\n")
    tables.write_frequencies(result, out / "frequencies.csv")
    _figure(drawing.zipf_figure(result), out / "zipf.png")
    print(json.dumps(result.summary, ensure_ascii=False, indent=2))
    return 0


def _reinert_params(args: argparse.Namespace) -> ReinertParams:
    from app.analysis.params import ReinertParams

    if args.k is not None and args.preset != "rainette":
        raise CliError(msg("--k goes with --preset rainette (iramuteq uses --nbcl-p1)"))
    if args.double and (args.preset != "iramuteq" or args.matrix):
        raise CliError(msg("--double needs the iramuteq preset and a text input"))
    if args.stability and (args.double or not 2 <= args.stability <= 1000):
        raise CliError(msg("--stability takes 2 to 1000 runs, with a simple classification"))
    return ReinertParams(preset=args.preset, nbcl_p1=args.nbcl_p1, mincl=args.mincl, k=args.k, double=args.double,
                         stability_runs=args.stability)


def cmd_reinert(args: argparse.Namespace) -> int:
    """``lex reinert``: segments, classes, profiles, typical segments, dendrogram and CA map."""
    from app.analysis import drawing, tables
    from app.analysis.stability import LABELS as STABILITY_LABELS
    from app.analysis.stability import class_stability, write_stability

    out = _out_dir(args)
    params = _reinert_params(args)
    if args.matrix:
        result, X, forms = _reinert_matrix(args, params)
        if args.bundle:
            _bundle(args, result, params, X=X, vocabulary=forms)
    else:
        from app.analysis import runs

        with _corpus(args) as (corpus, selection):
            result = runs.run_reinert(corpus, params, _progress(args), selection=selection)
            if args.bundle:
                _bundle(args, result, params, corpus=corpus, selection=selection)
    tables.write_segment_classes(result, out / "segment_class.csv")
    tables.write_profiles(result, out / "profiles.csv")
    tables.write_classes(result, out / "classes.csv")
    if not args.matrix:
        tables.write_segments(result, out / "segments.csv")
        tables.write_typical(result, out / "typical_segments.csv")
    _figure(drawing.dendrogram_figure(result), out / "dendrogram.png")
    _figure(drawing.reinert_map_figure(result), out / "ca.png")
    write_stability(result, out)
    info = result.info
    print(msg("{k} classes, {classified} / {segments} segments classified ({percent}), {forms} active forms, "
              "CHD {seconds}", k=info["n_classes"], classified=info["n_classified"], segments=info["n_segments"],
              percent=fmt_percent(info["percent_classified"] / 100, 2), forms=info["n_active_forms"],
              seconds=fmt_seconds(info.get("seconds_chd", 0))))
    stability = class_stability(result)
    for c in result.classes:
        print("  " + str(msg("class {k}: {n} segments ({percent}): {words}", k=c.number, n=c.size,
                             percent=fmt_percent(c.percent / 100), words=", ".join(result.top_words(c.number, 10)))))
        if c.number in stability:
            row = stability[c.number]
            print("    " + str(msg("{label}: mean Jaccard {jaccard}, recovered in {share} of {runs} runs",
                                   label=STABILITY_LABELS.get(row["label"], row["label"]), jaccard=fmt_number(row["mean_jaccard"], 2),
                                   share=fmt_percent(row["recovered_share"], 0),
                                   runs=result.info["stability"]["runs"])))
    small = result.small_leaves()
    if small:
        print("  " + str(msg("{n} phase-1 branch(es) of fewer than {mincl} segments (the minimum class size) left "
                             "out, as IRaMuTeQ does; --mincl or a higher --nbcl-p1 keeps smaller classes",
                             n=len(small), mincl=info.get("mincl"))))
    return 0


def _reinert_matrix(args: argparse.Namespace, params: ReinertParams):  # noqa: ANN202 - (ReinertResult, X, forms)
    from app.analysis.reinert import run_reinert_matrix  # not runs: no corpus, no project code
    from lexical.matrix_io import read_matrix, read_vocabulary

    try:  # not _errors(): the importers' error class would cost the import of every importer
        if not Path(args.matrix).is_file():
            raise FileNotFoundError(str(msg("{path}: no such file", path=args.matrix)))
        X = read_matrix(args.matrix, binary=False)
        forms = read_vocabulary(args.forms) if args.forms else None
        result = run_reinert_matrix(X, forms, params, _progress(args))
        return result, X, forms or [str(j + 1) for j in range(X.shape[1])]
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc


def _bundle(args: argparse.Namespace, result, params: ReinertParams, **content) -> None:  # noqa: ANN001
    """``--bundle DIR``: the reproducible bundle of this classification (see app.analysis.bundle)."""
    from app.analysis.bundle import write_reinert_bundle

    try:
        folder = write_reinert_bundle(args.bundle, result, params, source=str(args.matrix or args.input), **content)
    except (OSError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    print(msg("Bundle written to {folder}", folder=folder))


def cmd_simi(args: argparse.Namespace) -> int:
    """``lex simi``: edges.csv, nodes.csv, graph.png."""
    from app.analysis import drawing, runs, tables
    from app.analysis.params import SimilarityParams

    out = _out_dir(args)
    params = SimilarityParams(top_n=args.top, index=args.index, tree=not args.full, threshold=args.threshold)
    with _corpus(args) as (corpus, selection):
        result = runs.run_similarity(corpus, params, _progress(args), selection=selection)
    tables.write_edges(result, out / "edges.csv")
    tables.write_nodes(result, out / "nodes.csv")
    _figure(drawing.similarity_figure(result), out / "graph.png")
    print(msg("{forms} forms, {edges} edges, total weight {weight}, {communities} communities",
              forms=len(result.nodes), edges=len(result.edges), weight=_weight(result.total_weight),
              communities=result.info.get("n_communities", 0)))
    return 0


def _weight(value: float) -> str:
    """A total weight: a whole number plainly, else 3 significant decimals in the language's format."""
    return fmt_number(int(value)) if float(value).is_integer() else fmt_number(float(value), 3)


def cmd_spec(args: argparse.Namespace) -> int:
    """``lex spec``: specificities.csv, ca.png."""
    from app.analysis import drawing, runs, tables
    from app.analysis.params import SpecificitiesParams

    out = _out_dir(args)
    with _corpus(args) as (corpus, selection):
        result = runs.run_specificities(corpus, args.variable, args.method,
                                        SpecificitiesParams(variable=args.variable), selection=selection)
    tables.write_specificities(result, out / "specificities.csv")
    _figure(drawing.specificities_map_figure(result), out / "ca.png")
    for m in result.modalities:
        print(f"  {args.variable}={m}: {', '.join(f for f, _ in result.top(m, 10))}")
    return 0


def cmd_kwic(args: argparse.Namespace) -> int:
    """``lex kwic``: kwic.csv and the lines on stdout."""
    from app.analysis import runs, tables

    out = _out_dir(args)
    query, by = (args.form, "form") if args.form else (args.lemma, "lemma")
    with _corpus(args) as (corpus, selection):
        result = runs.run_kwic(corpus, query.lower(), by, chars=args.context, sort=args.sort,
                               selection=selection)
    tables.write_kwic(result, out / "kwic.csv")
    width = args.context
    for line in result.lines:
        print(f"{line.left[-width:]:>{width}}  {line.keyword}  {line.right[:width]}")
    print(msg("{n} occurrence(s)", n=len(result.lines)), file=sys.stderr)
    return 0
