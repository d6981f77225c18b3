"""Parameters of each analysis: frozen dataclasses with ``to_dict``/``from_dict`` (saved with results).

Defaults are IRaMuTeQ's. The preparation settings (:class:`PrepParams`) are shared by every analysis
that reads a prepared corpus; analyses keep a copy of the ones they ran with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.analysis.serial import from_jsonable, to_jsonable
from corpus.messages import msg
from lexical.corpus import DICTIONARY, LEMMATISERS, PrepOptions
from lexical.user_lexicon import UserLexicon

PRESETS = ("iramuteq", "rainette")
SIM_INDICES = ("cooccurrence", "jaccard", "cosine")
SPEC_METHODS = ("hypergeometric", "chi2")
KWIC_KINDS = ("form", "lemma", "regex")
KWIC_SORTS = ("source", "left", "right", "keyword")
__all__ = ["LEMMATISERS", "PRESETS", "SIM_INDICES", "SPEC_METHODS", "KWIC_KINDS", "KWIC_SORTS", "PrepParams",
           "StatsParams", "ReinertParams", "SimilarityParams", "SpecificitiesParams", "KwicParams"]


class _Dict:
    """``to_dict`` / ``from_dict`` for a parameters dataclass."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of the parameters."""
        return to_jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # noqa: ANN206 - returns cls
        """Rebuild parameters saved by :meth:`to_dict` (missing keys take their defaults)."""
        return from_jsonable(cls, data or {})


@dataclass(frozen=True)
class PrepParams(_Dict):
    """Corpus preparation: segment size, lemmatisation, active-form threshold, status overrides.

    ``lemmatiser``: "dictionary" (IRaMuTeQ's French dictionary, the default) or "spacy" (spaCy's part
    of speech in context, its lemmas held to the dictionary's words); see :mod:`lexical.corpus`.
    Results saved before this setting existed read back as "dictionary".
    """

    lemmatize: bool = True
    target: int = 40
    min_freq: int = 3
    max_actives: int = 20_000
    overrides: dict[str, str] = field(default_factory=dict)  # unit -> active|supplementary|ignored
    lemmatiser: str = DICTIONARY
    lexicon: dict[str, Any] = field(default_factory=dict)  # the project's own lexicon (UserLexicon.to_dict)

    def __post_init__(self) -> None:
        if self.lemmatiser not in LEMMATISERS:
            raise ValueError(str(msg("unknown lemmatiser {name}: expected one of {choices}",
                                     name=repr(self.lemmatiser), choices=", ".join(LEMMATISERS))))

    def to_options(self) -> PrepOptions:
        """The :class:`lexical.corpus.PrepOptions` these parameters stand for."""
        return PrepOptions(lemmatiser=self.lemmatiser, target=self.target, lemmatize=self.lemmatize,
                           min_freq=self.min_freq, max_actives=self.max_actives, overrides=dict(self.overrides),
                           user=UserLexicon.from_dict(self.lexicon))


@dataclass(frozen=True)
class StatsParams(_Dict):
    """Statistics: nothing to choose but how many frequency rows the result keeps (0 = all)."""

    max_rows: int = 0


@dataclass(frozen=True)
class ReinertParams(_Dict):
    """Reinert classification (simple or double) and what its result keeps.

    ``preset``: "iramuteq" (``nbcl_p1``, ``mincl``; 0 = auto) or "rainette" (``k`` classes, default
    ``nbcl_p1``; ``min_split_members``). ``double``: IRaMuTeQ's double classification on units of
    ``rst1`` / ``rst2`` active-form presences. ``profile_threshold``: |chi2| kept in profile rows;
    ``n_typical``: typical segments per class; ``ca_forms``: forms per class placed on the CA map;
    ``stability_runs``: re-classifications of 80 % subsamples measuring each class's stability (0 = none).
    """

    preset: str = "iramuteq"
    nbcl_p1: int = 10
    mincl: int = 0
    k: int | None = None
    min_split_members: int = 5
    double: bool = False
    rst1: int = 12
    rst2: int = 14
    profile_threshold: float = 2.0
    n_typical: int = 20
    ca_forms: int = 50
    stability_runs: int = 0  # > 0: re-run the classification that many times to measure class stability


@dataclass(frozen=True)
class SimilarityParams(_Dict):
    """Similarity graph of the ``top_n`` most frequent active forms (0 = all)."""

    top_n: int = 200
    index: str = "cooccurrence"
    tree: bool = True
    threshold: float | None = None
    communities: str | None = "louvain"
    seed: int = 42


@dataclass(frozen=True)
class SpecificitiesParams(_Dict):
    """Specificities of units by the modalities of ``variable``; ``status``: which units ("active",
    "supplementary" or "all"); units below ``min_freq`` occurrences are left out."""

    variable: str = ""
    method: str = "hypergeometric"
    status: str = "active"
    min_freq: int = 3
    max_forms: int = 0  # rows kept in the result, best |score| first (0 = all)


@dataclass(frozen=True)
class KwicParams(_Dict):
    """Concordance of a form, a lemma or a regex over forms; context in characters, or in words."""

    query: str = ""
    by: str = "form"
    chars: int = 40
    words: int | None = None
    sort: str = "source"
