"""What an analysis process keeps between runs: the last prepared corpora and the last results.

Re-running an analysis on an unchanged selection must not segment and lemmatise the texts again. A
prepared corpus is kept under a fingerprint of what the preparation read (every source's key, offset,
variables and text; the segment size; the user's expressions, which change the cleaning); a new run
with other statuses, lemma changes or lemmatisation reuses it through
:meth:`lexical.corpus.LexicalCorpus.relabel` on a shallow copy (relabel only replaces the units). The
encoded bytes of the last results are kept too, under the corpus fingerprint plus the whole request,
so an identical re-run costs a lookup. Everything is in memory, per process, and bounded.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from lexical.sources import SourceText


def sources_fingerprint(sources: Sequence[SourceText]) -> str:
    """A digest of the sources as the preparation reads them (keys, offsets, variables, texts)."""
    digest = hashlib.blake2b(digest_size=20)
    for source in sources:
        head = json.dumps([source.key, source.offset, sorted(source.variables.items())], ensure_ascii=False)
        digest.update(head.encode("utf-8"))
        digest.update(b"\x00")
        digest.update(source.text.encode("utf-8", "surrogatepass"))
        digest.update(b"\x01")
    return digest.hexdigest()


# preparation settings a kept corpus takes through ``relabel`` (any other setting makes a new corpus)
RELABELLED = frozenset({"lemmatize", "overrides", "min_freq", "max_actives", "lexicon"})


def corpus_key(sources_digest: str, prep: dict[str, Any], lexicon: Any = None) -> str:
    """The key of a prepared corpus: what changes its segments and forms (not statuses or lemmas).

    ``lexicon``: a given ``{form: (lemma, tag)}`` used instead of the annotator (tests), if any."""
    fixed = {name: value for name, value in prep.items() if name not in RELABELLED}
    fixed["expressions"] = sorted((prep.get("lexicon") or {}).get("expressions") or [])
    if lexicon is not None:
        fixed["given lexicon"] = hashlib.blake2b(
            json.dumps(sorted(lexicon.items()), ensure_ascii=False).encode("utf-8"), digest_size=16).hexdigest()
    return sources_digest + json.dumps(fixed, sort_keys=True, ensure_ascii=False, default=str)


def result_key(corpus: str, kind: str, params: dict[str, Any], prep: dict[str, Any],
               selection: dict[str, Any]) -> str:
    """The key of a result: its corpus key plus everything the request says."""
    return corpus + json.dumps([kind, params, prep, selection], sort_keys=True, ensure_ascii=False, default=str)


class Prepared:
    """Up to ``corpora`` prepared corpora and ``results`` result byte strings, least recently used out."""

    def __init__(self, corpora: int = 2, results: int = 8):
        self._corpora: OrderedDict[str, Any] = OrderedDict()
        self._results: OrderedDict[str, bytes] = OrderedDict()
        self._limits = (corpora, results)
        self._lock = threading.Lock()

    def corpus(self, key: str, options: Any) -> Any | None:
        """A copy of the corpus kept under ``key`` relabelled for ``options`` (a ``PrepOptions``)."""
        with self._lock:
            found = self._corpora.get(key)
            if found is None:
                return None
            self._corpora.move_to_end(key)
        if found.options == options:
            return found
        relabelled = copy.copy(found)
        relabelled.relabel(options)
        return relabelled

    def keep_corpus(self, key: str, corpus: Any) -> None:
        """Remember a freshly prepared corpus."""
        self._keep(self._corpora, key, corpus, self._limits[0])

    def result(self, key: str) -> bytes | None:
        """The bytes of a result computed before for ``key``."""
        with self._lock:
            found = self._results.get(key)
            if found is not None:
                self._results.move_to_end(key)
            return found

    def keep_result(self, key: str, data: bytes) -> None:
        """Remember a result's bytes."""
        self._keep(self._results, key, data, self._limits[1])

    def clear(self) -> None:
        """Forget everything (the project was closed)."""
        with self._lock:
            self._corpora.clear()
            self._results.clear()

    def _keep(self, table: OrderedDict, key: str, value: Any, limit: int) -> None:
        with self._lock:
            table[key] = value
            table.move_to_end(key)
            while len(table) > limit:
                table.popitem(last=False)
