"""Corpus statistics (IRaMuTeQ's "Statistiques textuelles"): counts, hapax, frequency lists, Zipf."""

from __future__ import annotations

from dataclasses import dataclass

from lexical.corpus import LexicalCorpus
from lexical.lexicon import IGNORED


@dataclass(frozen=True)
class CorpusStats:
    """Global counts. ``forms``/``hapax`` count units (lemmas when lemmatising, else word forms)."""

    texts: int
    segments: int
    occurrences: int
    forms: int
    hapax: int
    word_forms: int
    word_form_hapax: int

    @property
    def hapax_percent_forms(self) -> float:
        """Hapax as a percentage of the forms."""
        return 100.0 * self.hapax / self.forms if self.forms else 0.0

    @property
    def hapax_percent_occurrences(self) -> float:
        """Hapax as a percentage of the occurrences."""
        return 100.0 * self.hapax / self.occurrences if self.occurrences else 0.0

    @property
    def mean_occurrences_per_text(self) -> float:
        """Occurrences divided by the number of texts."""
        return self.occurrences / self.texts if self.texts else 0.0

    @property
    def mean_occurrences_per_segment(self) -> float:
        """Occurrences divided by the number of segments."""
        return self.occurrences / self.segments if self.segments else 0.0


@dataclass(frozen=True)
class FrequencyRow:
    """One line of the frequency list."""

    name: str
    freq: int
    tag: str
    status: str


def corpus_stats(corpus: LexicalCorpus) -> CorpusStats:
    """Counts of a prepared corpus; texts are the sources holding at least one segment."""
    counts = corpus.form_counts()
    units = corpus.units.values()
    return CorpusStats(
        texts=len({s.source_index for s in corpus.segments}),
        segments=len(corpus.segments),
        occurrences=sum(counts.values()),
        forms=len(corpus.units),
        hapax=sum(1 for u in units if u.freq == 1),
        word_forms=len(counts),
        word_form_hapax=sum(1 for n in counts.values() if n == 1),
    )


def frequency_table(
    corpus: LexicalCorpus, status: str | None = None, include_ignored: bool = False
) -> list[FrequencyRow]:
    """Units by decreasing frequency (ties: reverse name order, as IRaMuTeQ), optionally one status."""
    rows = [
        FrequencyRow(u.name, u.freq, u.tag, u.status)
        for u in corpus.units.values()
        if (status is None or u.status == status)
        and (include_ignored or u.status != IGNORED or status == IGNORED)
    ]
    rows.sort(key=lambda r: (r.freq, r.name), reverse=True)
    return rows


def hapax_list(corpus: LexicalCorpus) -> list[FrequencyRow]:
    """Units occurring once, in first-occurrence order."""
    return [FrequencyRow(u.name, u.freq, u.tag, u.status) for u in corpus.units.values() if u.freq == 1]


def zipf(corpus: LexicalCorpus) -> list[tuple[int, int]]:
    """``(rank, frequency)`` points of the Zipf plot (rank 1 = most frequent unit)."""
    freqs = sorted((u.freq for u in corpus.units.values()), reverse=True)
    return [(rank, freq) for rank, freq in enumerate(freqs, start=1)]


def segment_sizes(corpus: LexicalCorpus) -> list[int]:
    """Number of forms in each segment (IRaMuTeQ's ``stsize.csv``)."""
    return [len(s.forms) for s in corpus.segments]
