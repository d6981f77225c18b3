"""The prepared lexical corpus: sources -> segments, forms, lemmas, tags, and the CHD input matrices.

corpus = LexicalCorpus.build(sources)                      # IRaMuTeQ's dictionary, no spaCy
corpus = LexicalCorpus.build(sources, options=PrepOptions(lemmatiser="spacy"),
                             annotator=SpacyAnnotator(), cache=cache)   # contextual mode
dtm, vocabulary = corpus.active_matrix()        # segments x active lemmas (freq >= 3), binary
corpus.segments[i]                              # TextSegment: forms, document offsets
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from scipy import sparse

from lexical.annotate import AnnotationCache, SpacyAnnotator
from lexical.cleaning import CleanOptions, clean_text
from lexical.contextual import contextual_lexicon
from lexical.dictionary import FrenchDictionary, default_dictionary
from lexical.lexicon import ACTIVE, ACTIVE_TAGS, SUPPLEMENTARY, Unit, build_units, select_actives
from lexical.lexicon_cache import corpus_lexicon
from lexical.progress import CORPUS_READY, NEVER, SEGMENTING, CancelToken, ProgressFn, no_progress, scaled
from lexical.segments import TextSegment, segment_text
from lexical.sources import SourceText
from lexical.user_lexicon import UserLexicon

#: Lemmatisers: IRaMuTeQ's dictionary (the default), or spaCy's reading in context held to its words.
DICTIONARY, SPACY = "dictionary", "spacy"
LEMMATISERS = (DICTIONARY, SPACY)


@dataclass(frozen=True)
class PrepOptions:
    """Corpus preparation settings (IRaMuTeQ's defaults).

    ``lemmatiser``: :data:`DICTIONARY` (IRaMuTeQ's ``lexique_fr``, see :mod:`lexical.dictionary`) or
    :data:`SPACY` (see :mod:`lexical.contextual`).
    """

    lemmatiser: str = DICTIONARY
    target: int = 40
    lemmatize: bool = True
    min_freq: int = 3
    max_actives: int = 20_000
    overrides: dict[str, str] = field(default_factory=dict)
    active_tags: frozenset[str] = ACTIVE_TAGS
    clean: CleanOptions = field(default_factory=CleanOptions)
    user: UserLexicon = field(default_factory=UserLexicon)

    def cleaning(self) -> CleanOptions:
        """The cleaning options, with the user's expressions added to the shipped list."""
        if not self.user.expressions:
            return self.clean
        extra = tuple((expression, "") for expression in self.user.expressions)  # "" -> joined with "_"
        return replace(self.clean, extra_expressions=(*self.clean.extra_expressions, *extra))


@dataclass
class LexicalCorpus:
    """Segments of the selected sources with every form's unit (lemma or form), tag and status."""

    sources: list[SourceText]
    segments: list[TextSegment]
    lexicon: dict[str, tuple[str, str]]
    units: dict[str, Unit]
    unit_of: dict[str, str]
    options: PrepOptions

    @classmethod
    def build(
        cls,
        sources: Sequence[SourceText],
        *,
        annotator: SpacyAnnotator | None = None,
        cache: AnnotationCache | None = None,
        progress: ProgressFn = no_progress,
        cancel: CancelToken = NEVER,
        options: PrepOptions | None = None,
        lexicon: dict[str, tuple[str, str]] | None = None,
        dictionary: FrenchDictionary | None = None,
    ) -> LexicalCorpus:
        """Clean, segment and lemmatise ``sources``.

        The forms take their lemma and tag from ``dictionary`` (default: IRaMuTeQ's, see
        :func:`lexical.dictionary.default_dictionary`; pass ``dictionary.with_entries(...)`` for a
        user's lexicon), through spaCy (``annotator``, ``cache``) in contextual mode. A ``lexicon``
        (form -> (lemma, tag)) given by the caller is used as it is (tests, reference lexicons).
        """
        options = options or PrepOptions()
        if options.lemmatiser not in LEMMATISERS:
            raise ValueError(f"unknown lemmatiser {options.lemmatiser!r} (expected one of {', '.join(LEMMATISERS)})")
        sources = list(sources)
        spacy_mode = lexicon is None and options.lemmatiser == SPACY
        segments = segment_sources(sources, options, scaled(progress, 0.0, 0.2 if spacy_mode else 0.9), cancel)
        if lexicon is None:
            dictionary = default_dictionary() if dictionary is None else dictionary
            forms = unique_forms(segments)
            if spacy_mode:
                spacy_lexicon = corpus_lexicon([s.text for s in sources], annotator, cache,
                                               progress=scaled(progress, 0.2, 0.95), cancel=cancel)
                lexicon = contextual_lexicon(spacy_lexicon, dictionary, forms)
            else:
                lexicon = dictionary.lexicon_for(forms)
        corpus = cls(sources, segments, lexicon, {}, {}, options)
        corpus.relabel(options)
        progress(1.0, CORPUS_READY)
        return corpus

    def relabel(self, options: PrepOptions) -> None:
        """Recompute units and statuses for new options (lemmatisation, overrides, the user's lexicon)
        without spaCy; the run's ``overrides`` win over the user lexicon's statuses."""
        self.options = options
        counts = self.form_counts()
        self.units, self.unit_of = build_units(
            counts,
            options.user.relemmatize(self.lexicon, counts) if options.lemmatize else self.lexicon,
            lemmatize=options.lemmatize,
            overrides={**options.user.statuses, **options.overrides},
            active_tags=options.active_tags,
        )

    def form_counts(self) -> Counter[str]:
        """Occurrences of each form, in first-occurrence order."""
        counts: Counter[str] = Counter()
        for segment in self.segments:
            counts.update(segment.forms)
        return counts

    def active_units(self) -> list[str]:
        """The CHD's columns: active units with freq >= ``min_freq``, most frequent first (capped)."""
        return select_actives(self.units.values(), ACTIVE, self.options.min_freq, self.options.max_actives)

    def supplementary_units(self) -> list[str]:
        """Supplementary units with freq >= ``min_freq``, most frequent first."""
        return select_actives(self.units.values(), SUPPLEMENTARY, self.options.min_freq, 10**9)

    def active_matrix(self) -> tuple[sparse.csr_matrix, list[str]]:
        """Binary segments x active units matrix (uint8 CSR) and its vocabulary (the CHD input)."""
        vocabulary = self.active_units()
        return self.presence_matrix(vocabulary), vocabulary

    def supplementary_matrix(self) -> tuple[sparse.csr_matrix, list[str]]:
        """Binary segments x supplementary units matrix and its vocabulary (for class profiles)."""
        vocabulary = self.supplementary_units()
        return self.presence_matrix(vocabulary), vocabulary

    def presence_matrix(self, vocabulary: Sequence[str]) -> sparse.csr_matrix:
        """Binary segments x ``vocabulary`` matrix: 1 where a form of the unit occurs in the segment."""
        column = {name: j for j, name in enumerate(vocabulary)}
        rows: list[int] = []
        cols: list[int] = []
        for i, segment in enumerate(self.segments):
            present = {column[u] for u in map(self.unit_of.__getitem__, segment.forms) if u in column}
            rows.extend([i] * len(present))
            cols.extend(present)
        data = np.ones(len(rows), dtype=np.uint8)
        shape = (len(self.segments), len(vocabulary))
        matrix = sparse.csr_matrix((data, (rows, cols)), shape=shape, dtype=np.uint8)
        matrix.sort_indices()
        return matrix

    def variable_matrix(self) -> tuple[sparse.csr_matrix, list[str]]:
        """Binary segments x ``*var_mod`` indicator matrix (from each source's variables)."""
        modalities = sorted({m for s in self.sources for m in s.star_modalities()})
        column = {m: j for j, m in enumerate(modalities)}
        per_source = [[column[m] for m in s.star_modalities()] for s in self.sources]
        rows: list[int] = []
        cols: list[int] = []
        for i, segment in enumerate(self.segments):
            js = per_source[segment.source_index]
            rows.extend([i] * len(js))
            cols.extend(js)
        data = np.ones(len(rows), dtype=np.uint8)
        return sparse.csr_matrix(
            (data, (rows, cols)), shape=(len(self.segments), len(modalities))
        ), modalities

    def segment_units(self, segment: TextSegment) -> list[str]:
        """The units (lemmas, or forms) of a segment's forms, in text order."""
        return [self.unit_of[f] for f in segment.forms]


def unique_forms(segments: Sequence[TextSegment]) -> list[str]:
    """The distinct forms of ``segments``, in first-occurrence order."""
    return list(dict.fromkeys(form for segment in segments for form in segment.forms))


def segment_sources(
    sources: Sequence[SourceText],
    options: PrepOptions | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER,
) -> list[TextSegment]:
    """Clean and segment every source; segment ids run over the whole list. Progress moves per text
    (by characters done, reported every half per cent), so a few long interviews move the bar too."""
    options = options or PrepOptions()
    cleaning = options.cleaning()
    total = sum(len(source.text) for source in sources) or 1
    done, reported = 0, -1.0
    segments: list[TextSegment] = []
    for index, source in enumerate(sources):
        cancel.check()
        fraction = done / total
        if fraction - reported >= 0.005:
            progress(fraction, SEGMENTING)
            reported = fraction
        cleaned = clean_text(source.text, cleaning)
        segments.extend(segment_text(cleaned, index, len(segments), source.offset, options.target))
        done += len(source.text)
    progress(1.0, SEGMENTING)
    return segments
