"""The corpus lexicon, cached as a whole: an unchanged corpus costs no annotation and no rebuilding.

Per-text annotations (:func:`lexical.annotate.annotate_texts`) already spare spaCy on texts seen
before, but the second analysis of a big corpus would still read and merge the cached rows of every
text (1.7 s for a million words). Downstream only the lexicon is needed -- the majority (lemma, tag)
of each form -- so it is also cached under one key made of the texts' own keys, in order (the order
decides ties). The same corpus again: one lookup, a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence

from lexical.annotate import (
    PIPELINE_VERSION,
    AnnotationCache,
    MemoryCache,
    SpacyAnnotator,
    annotate_texts,
    build_lexicon,
    cache_key,
)
from lexical.progress import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["corpus_lexicon", "lexicon_key"]

Lexicon = dict[str, tuple[str, str]]


def lexicon_key(text_keys: Sequence[str], model_version: str) -> str:
    """The cache key of the lexicon of the texts whose :func:`~lexical.annotate.cache_key` are
    ``text_keys`` (in this order), for one model and pipeline version."""
    digest = hashlib.sha256(f"lexicon\0{model_version}\0{PIPELINE_VERSION}\0".encode())
    for key in text_keys:
        digest.update(key.encode("ascii"))
    return "lexicon-" + digest.hexdigest()


def corpus_lexicon(
    texts: Sequence[str],
    annotator: SpacyAnnotator | None = None,
    cache: AnnotationCache | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER,
) -> Lexicon:
    """``build_lexicon(annotate_texts(texts))``, read whole from ``cache`` when this corpus was seen."""
    annotator = annotator or SpacyAnnotator()
    cache = cache if cache is not None else MemoryCache()
    version = annotator.version
    key = lexicon_key([cache_key(text, version) for text in texts], version)
    data = cache.load(key)
    if data is not None:
        try:
            lexicon = _decode(data)
        except (ValueError, TypeError, zlib.error):
            lexicon = None  # a damaged entry: rebuild it
        if lexicon is not None:
            progress(1.0, "spaCy: lexicon from the cache")
            return lexicon
    lexicon = build_lexicon(annotate_texts(texts, annotator, cache, progress=progress, cancel=cancel))
    cache.save(key, _encode(lexicon))
    return lexicon


def _encode(lexicon: Lexicon) -> bytes:
    rows = [[form, lemma, tag] for form, (lemma, tag) in lexicon.items()]
    return zlib.compress(json.dumps(rows, ensure_ascii=False).encode("utf-8"), 6)


def _decode(data: bytes) -> Lexicon:
    rows = json.loads(zlib.decompress(data).decode("utf-8"))
    return {form: (lemma, tag) for form, lemma, tag in rows}
