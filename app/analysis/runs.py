"""Run the lexical analyses: prepare a corpus, then statistics, Reinert (simple or double),
similarity, specificities or a concordance, each returning a result of :mod:`app.analysis.results`.

Every long step takes ``progress(fraction, message)`` and a :class:`~lexical.progress.CancelToken`;
sub-steps get their share of the bar through :func:`lexical.progress.scaled`. Nothing here touches Qt
or the database: the GUI runs these in a job, the command line directly.

    corpus = prepare(sources, cache, PrepParams())
    result = run_reinert(corpus, ReinertParams(nbcl_p1=10), progress=..., cancel=...)
    store.save(result.KIND, "Reinert 10", result.params.to_dict(), result.to_bytes())
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from scipy import sparse

from app.analysis import reinert
from app.analysis.inputs import document_id_of
from app.analysis.params import (
    KwicParams,
    PrepParams,
    ReinertParams,
    SimilarityParams,
    SpecificitiesParams,
    StatsParams,
)
from app.analysis.results import (
    FactorMap,
    FrequencyItem,
    KwicLine,
    KwicResult,
    Point,
    ReinertResult,
    SimEdge,
    SimilarityResult,
    SimNode,
    SpecificitiesResult,
    StatsResult,
)
from corpus.messages import msg
from lexical.annotate import AnnotationCache, SpacyAnnotator
from lexical.corpus import LexicalCorpus
from lexical.kwic import concordance
from lexical.lexicon import ACTIVE, SUPPLEMENTARY
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress
from lexical.similarity import SimilarityGraph
from lexical.sources import SourceText
from lexical.specificities import specificities
from lexical.stats import corpus_stats, frequency_table, zipf

__all__ = ["prepare", "run_stats", "run_reinert", "run_double_reinert", "run_reinert_matrix", "run_similarity",
           "run_specificities", "run_kwic", "variables_of", "prep_params_of"]


def prepare(
    sources: Sequence[SourceText],
    cache: AnnotationCache | None = None,
    options: PrepParams | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER,
    *,
    annotator: SpacyAnnotator | None = None,
    lexicon: dict[str, tuple[str, str]] | None = None,
) -> LexicalCorpus:
    """Clean, segment and lemmatise ``sources`` with ``options.lemmatiser``: IRaMuTeQ's dictionary (the
    default, no spaCy) or spaCy through ``cache``; a ``lexicon`` given is used as it is.

    Without lemmatisation the lemmatiser still gives the tags (active/supplementary status). Raises
    ValueError when the sources hold no text segment.
    """
    if not sources:
        raise ValueError("the selection is empty: no text to analyse")
    options = options or PrepParams()
    if lexicon is None and annotator is None and options.lemmatiser == "spacy":
        if importlib.util.find_spec("spacy") is None:  # the installers leave spaCy out (size)
            raise ValueError(msg("the spaCy lemmatiser is not part of this installation: choose the "
                                 "dictionary lemmatiser, or install Verbatim from its sources to use spaCy"))
        annotator = SpacyAnnotator()
    corpus = LexicalCorpus.build(sources, annotator=annotator, cache=cache, progress=progress, cancel=cancel,
                                 options=options.to_options(), lexicon=lexicon)
    if not corpus.segments:
        raise ValueError("the selected texts hold no word to analyse")
    return corpus


def prep_params_of(corpus: LexicalCorpus) -> dict:
    """The preparation settings of ``corpus``, JSON-able (saved in each result's ``prep``)."""
    o = corpus.options
    return PrepParams(o.lemmatize, o.target, o.min_freq, o.max_actives, dict(o.overrides), o.lemmatiser,
                      o.user.to_dict() if o.user else {}).to_dict()


def run_stats(corpus: LexicalCorpus, params: StatsParams | None = None, *, selection: dict | None = None
              ) -> StatsResult:
    """Summary numbers, frequency table and Zipf curve of a prepared corpus."""
    params = params or StatsParams()
    s = corpus_stats(corpus)
    units = corpus.units.values()
    summary = {
        "texts": s.texts, "segments": s.segments, "occurrences": s.occurrences,
        "forms": s.word_forms, "hapax": s.word_form_hapax, "lemmas": s.forms, "lemma_hapax": s.hapax,
        "hapax_percent_forms": round(s.hapax_percent_forms, 3),
        "hapax_percent_occurrences": round(s.hapax_percent_occurrences, 3),
        "mean_occurrences_per_text": round(s.mean_occurrences_per_text, 3),
        "mean_occurrences_per_segment": round(s.mean_occurrences_per_segment, 3),
        "active_forms": sum(1 for u in units if u.status == ACTIVE),
        "supplementary_forms": sum(1 for u in units if u.status == SUPPLEMENTARY),
        "active_forms_freq_ge_min": len(corpus.active_units()),
        "supplementary_forms_freq_ge_min": len(corpus.supplementary_units()),
        "lemmatized": corpus.options.lemmatize,
    }
    rows = frequency_table(corpus, include_ignored=True)
    if params.max_rows:
        rows = rows[: params.max_rows]
    return StatsResult(params, prep_params_of(corpus), selection or {}, summary,
                       [FrequencyItem(r.name, r.freq, r.tag, r.status, _forms_of(corpus, r.name)) for r in rows],
                       [f for _, f in zipf(corpus)])


def _forms_of(corpus: LexicalCorpus, unit: str) -> tuple[str, ...]:
    """The forms of ``unit``, most frequent first (ties: alphabetical)."""
    forms = corpus.units[unit].forms
    return tuple(sorted(forms, key=lambda f: (-forms[f], f)))


def _finish(result, corpus: LexicalCorpus, selection: dict | None):  # noqa: ANN001, ANN202 - any result
    result.prep = prep_params_of(corpus)
    result.selection = selection or {}
    return result


def run_reinert(corpus: LexicalCorpus, params: ReinertParams | None = None, progress: ProgressFn = no_progress,
                cancel: CancelToken = NEVER, *, selection: dict | None = None) -> ReinertResult:
    """Reinert classification of the corpus's segments (double when ``params.double``), class profiles
    of active and supplementary forms and of the ``*var_mod`` modalities, typical segments, CA.
    ValueError when the corpus has fewer than 2 active forms."""
    result = reinert.run_reinert(corpus, params or ReinertParams(), progress, cancel)
    return _finish(result, corpus, selection)


def run_double_reinert(corpus: LexicalCorpus, params: ReinertParams | None = None,
                       progress: ProgressFn = no_progress, cancel: CancelToken = NEVER, *,
                       selection: dict | None = None) -> ReinertResult:
    """IRaMuTeQ's double classification (units of ``rst1`` / ``rst2`` presences, sections = sources)."""
    params = replace(params or ReinertParams(), double=True, preset="iramuteq")
    return run_reinert(corpus, params, progress, cancel, selection=selection)


def run_reinert_matrix(X: sparse.spmatrix, vocabulary: Sequence[str] | None = None,
                       params: ReinertParams | None = None, progress: ProgressFn = no_progress,
                       cancel: CancelToken = NEVER) -> ReinertResult:
    """Classify a given binary segments x forms matrix (e.g. IRaMuTeQ's ``TableUc1.csv``) as it is:
    segments are the rows (no text), forms the columns (named by ``vocabulary`` or by their index);
    profiles are those of the active forms only. ValueError when the matrix is not binary."""
    return reinert.run_reinert_matrix(X, vocabulary, params or ReinertParams(), progress, cancel)


def run_similarity(corpus: LexicalCorpus, params: SimilarityParams | None = None,
                   progress: ProgressFn = no_progress, cancel: CancelToken = NEVER, *,
                   selection: dict | None = None) -> SimilarityResult:
    """Similarity graph of the most frequent active forms (frequency = occurrences)."""
    params = params or SimilarityParams()
    X, vocabulary = corpus.active_matrix()
    if X.shape[1] < 2:
        raise ValueError("too few active forms for a similarity graph")
    freq = [corpus.units[name].freq for name in vocabulary]
    sim = SimilarityGraph(top_n=params.top_n, index=params.index, tree=params.tree, threshold=params.threshold,
                          communities=params.communities, seed=params.seed, min_freq=corpus.options.min_freq)
    sim.fit(X, vocabulary, freq, progress=progress, cancel=cancel)
    nodes = [SimNode(name, float(f), int(m), float(x), float(y))
             for name, f, m, (x, y) in zip(sim.labels_, sim.freq_, sim.membership_, sim.layout_)]
    edges = [SimEdge(a, b, w) for a, b, w in sim.edges_]
    info = {"n_segments": X.shape[0], "n_nodes": len(nodes), "n_edges": len(edges),
            "n_communities": int(sim.membership_.max()) + 1 if len(nodes) else 0}
    result = SimilarityResult(params, {}, {}, params.index, params.tree, nodes, edges, sim.total_weight_, info)
    return _finish(result, corpus, selection)


def variables_of(corpus: LexicalCorpus) -> dict[str, list[str]]:
    """Each variable of the sources with its modalities (sorted) — what ``run_specificities`` accepts."""
    out: dict[str, set[str]] = {}
    for source in corpus.sources:
        for name, value in source.variables.items():
            out.setdefault(name, set()).add(value)
    return {name: sorted(values) for name, values in sorted(out.items())}


def _unit_counts(corpus: LexicalCorpus, status: str) -> tuple[sparse.csr_matrix, list[str]]:
    """Occurrences of each unit (of ``status``, or every non-ignored one for "all") per source."""
    names = [u.name for u in corpus.units.values()
             if (u.status == status if status != "all" else u.status in (ACTIVE, SUPPLEMENTARY))]
    column = {name: j for j, name in enumerate(names)}
    rows, cols = [], []
    for seg in corpus.segments:
        for unit in corpus.segment_units(seg):
            j = column.get(unit)
            if j is not None:
                rows.append(seg.source_index)
                cols.append(j)
    shape = (len(corpus.sources), len(names))
    M = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    M.sum_duplicates()
    return M, names


def run_specificities(corpus: LexicalCorpus, variable: str, method: str = "hypergeometric",
                      params: SpecificitiesParams | None = None, *, selection: dict | None = None
                      ) -> SpecificitiesResult:
    """Specificities of the units by the modalities of ``variable`` (occurrence counts per source
    modality) and the CA of modalities x units. ValueError for an unknown variable (the message lists
    the known ones) or a variable with a single modality."""
    params = replace(params or SpecificitiesParams(), variable=variable, method=method)
    known = variables_of(corpus)
    if variable not in known:
        raise ValueError(f"unknown variable {variable!r}; known: {', '.join(known) or '(none)'}")
    if len(known[variable]) < 2:
        raise ValueError(f"variable {variable!r} has a single modality")
    M, names = _unit_counts(corpus, params.status)
    labels = [s.variables.get(variable, "") for s in corpus.sources]
    spec = specificities(M, labels, names, method=method, min_freq=params.min_freq)
    order = np.argsort(-np.abs(spec.scores).max(axis=1), kind="stable")
    if params.max_forms:
        order = order[: params.max_forms]
    forms = [spec.vocabulary[i] for i in order]
    ca = _spec_map(spec, order)
    result = SpecificitiesResult(params, {}, {}, variable, method, list(spec.modalities), forms,
                                 spec.scores[order].tolist(), spec.counts[:, order].T.astype(int).tolist(),
                                 spec.sizes.astype(int).tolist(), ca)
    return _finish(result, corpus, selection)


def _spec_map(spec, order: np.ndarray, n_forms: int = 150) -> FactorMap | None:  # noqa: ANN001
    """Modalities and the ``n_forms`` most specific forms on the first CA plane."""
    ca = spec.ca
    if ca is None or ca.row_coords.shape[1] < 2:
        return None
    best = spec.scores.argmax(axis=1)
    rows = [Point(m, *_xy(ca.row_coords[j]), j + 1, 1.0) for j, m in enumerate(spec.modalities)]
    cols = [Point(spec.vocabulary[i], *_xy(ca.col_coords[i]), int(best[i]) + 1, float(spec.scores[i].max()))
            for i in order[:n_forms]]
    return FactorMap([float(v) for v in ca.percent_inertia[:2]], rows, cols)


def _xy(coords: np.ndarray) -> tuple[float | None, float | None]:
    return tuple(float(v) if np.isfinite(v) else None for v in coords[:2])  # type: ignore[return-value]


def run_kwic(corpus: LexicalCorpus, query: str, by: str = "form", *, chars: int = 40,
             words: int | None = None, sort: str = "source", selection: dict | None = None) -> KwicResult:
    """Concordance of a form, a lemma or a regex, with document offsets."""
    params = KwicParams(query, by, chars, words, sort)
    hits = concordance(corpus, query, by=by, chars=chars, words=words, sort=sort)
    lines = []
    for h in hits:
        source = corpus.sources[h.source_index]
        local = (h.start - source.offset, h.end - source.offset)
        sentence = _shift(sentence_span(source.text, *local), source.offset)
        context = _shift(context_span(source.text, *local, chars=chars, words=words), source.offset)
        lines.append(KwicLine(source.key, document_id_of(source.key), h.segment_id, h.start, h.end, h.left,
                              h.keyword, h.right, dict(source.variables), sentence, context))
    return _finish(KwicResult(params, {}, {}, lines), corpus, selection)


_SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]*[»”\"')\]])*(?=\s|$)|\n")
_WORD = re.compile(r"\S+")


def _shift(span: tuple[int, int], offset: int) -> tuple[int, int]:
    return span[0] + offset, span[1] + offset


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` in ``text`` of the sentence holding ``text[start:end]``: from after the
    previous sentence end (``. ! ? …`` before a space, or a line break) to the next one, included;
    surrounding spaces trimmed."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    found = _SENTENCE_END.search(text, end)
    finish = len(text) if found is None else (found.start() if found.group() == "\n" else found.end())
    while begin < start and text[begin].isspace():
        begin += 1
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, max(finish, end)


def context_span(text: str, start: int, end: int, *, chars: int | None = 40, words: int | None = None
                 ) -> tuple[int, int]:
    """``(start, end)`` in ``text`` of a hit with its concordance context (``words`` words each side,
    or ``chars`` characters widened to whole words), trimmed of spaces."""
    if words is not None:
        before = [m.start() for m in _WORD.finditer(text, 0, start)][-words:] if words else []
        after = [m.end() for m in _WORD.finditer(text, end)][:words] if words else []
        return (before[0] if before else start), (after[-1] if after else end)
    width = 40 if chars is None else chars
    begin, finish = max(0, start - width), min(len(text), end + width)
    while 0 < begin < start and not text[begin - 1].isspace() and not text[begin].isspace():
        begin -= 1  # widen to whole words
    while end < finish < len(text) and not text[finish].isspace() and not text[finish - 1].isspace():
        finish += 1
    while begin < start and text[begin].isspace():
        begin += 1
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, finish
