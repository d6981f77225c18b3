"""Results of the analyses: everything a view or an export needs, as plain serialisable dataclasses.

Each result has ``to_bytes()`` / ``from_bytes()`` (a JSON header and binary arrays, zlib-compressed, see
:mod:`app.analysis.serial`) for :class:`corpus.caches.AnalysisStore`, and :func:`load_result` reopens any
of them by its ``KIND`` (results saved in format 1, plain JSON, too).
Offsets (``start``/``end``) are code points in the *document*; ``document_id`` is the project's
document id (None when the input was a file: ``key`` then names the text).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import numpy as np

from app.analysis.params import KwicParams, ReinertParams, SimilarityParams, SpecificitiesParams, StatsParams
from app.analysis.segtable import SegmentTable, compact_int, table_from_arrays, table_to_arrays
from app.analysis.serial import Arrays, from_jsonable, pack, to_jsonable, unpack


class _Result:
    """Byte serialisation shared by the result classes (subclasses with big per-item data override
    :meth:`encode` / :meth:`decode` to move it into binary arrays)."""

    KIND: ClassVar[str] = ""

    def to_bytes(self) -> bytes:
        """The compressed byte form (format 2: JSON header + arrays)."""
        payload, arrays = self.encode()
        return pack(self.KIND, payload, arrays)

    def encode(self) -> tuple[Any, Arrays]:
        """The JSON part and the binary arrays of the result."""
        return self, {}

    @classmethod
    def decode(cls, payload: dict[str, Any], arrays: Arrays):  # noqa: ANN206 - returns cls
        """Inverse of :meth:`encode` (``arrays`` is empty for results saved in format 1)."""
        return from_jsonable(cls, payload)

    @classmethod
    def from_bytes(cls, data: bytes):  # noqa: ANN206 - returns cls
        """Inverse of :meth:`to_bytes`."""
        kind, payload, arrays = unpack(data)
        if kind != cls.KIND:
            raise ValueError(f"these are {kind!r} results, not {cls.KIND!r}")
        return cls.decode(payload, arrays)


# --------------------------------------------------------------------------------------- shared
@dataclass(frozen=True)
class SegmentRow:
    """A text segment: id (0-based, corpus order), its source ``key``, document, offsets and text."""

    id: int
    key: str
    document_id: int | None
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Point:
    """A labelled point of a factor map; ``group``: its class or modality (1-based; 0 = none);
    ``weight`` drives the label size (chi2, score); None coordinates: outside the fit."""

    label: str
    x: float | None
    y: float | None
    group: int = 0
    weight: float = 1.0


@dataclass(frozen=True)
class FactorMap:
    """First two axes of a correspondence analysis: % of inertia per axis, the row points (classes or
    modalities) and the column points (forms)."""

    percent: list[float]
    rows: list[Point]
    columns: list[Point]


# ---------------------------------------------------------------------------------------- stats
@dataclass(frozen=True)
class FrequencyItem:
    """One unit (lemma, or form without lemmatisation): frequency, Iramuteq tag, status, and its
    forms, most frequent first (empty in results saved before they were kept)."""

    name: str
    freq: int
    tag: str
    status: str
    forms: tuple[str, ...] = ()


@dataclass
class StatsResult(_Result):
    """Summary numbers (occurrences, forms, hapax, segments, texts, ...), the frequency table and the
    Zipf curve (frequencies by rank)."""

    KIND: ClassVar[str] = "stats"
    params: StatsParams
    prep: dict[str, Any]
    selection: dict[str, Any]
    summary: dict[str, float]
    frequencies: list[FrequencyItem]
    zipf: list[int]


# -------------------------------------------------------------------------------------- reinert
@dataclass(frozen=True)
class ClassInfo:
    """A final class: number (1..K), tree node, size in segments, % of classified and of all."""

    number: int
    node: int
    size: int
    percent: float
    percent_all: float


@dataclass(frozen=True)
class TreeNode:
    """A node of the terminal dendrogram: ``node`` (phase-1 label), segments under it, its class
    number when terminal (0 otherwise), children (empty for a class)."""

    node: int
    size: int
    number: int = 0
    children: list[TreeNode] = field(default_factory=list)


@dataclass(frozen=True)
class SplitRow:
    """One split of the phase-1 tree (to redraw the dendrogram): ``parent`` leaf -> ``children``."""

    index: int
    parent: int
    children: tuple[int, int]
    sizes: tuple[int, int]
    chi2: float


@dataclass(frozen=True)
class ProfileRow:
    """A profile (chi2 > 0) or anti-profile (chi2 < 0) line of a class. ``kind``: "active",
    "supplementary" or "modality"; ``percent``: share of the form's segments in the class."""

    cls: int
    form: str
    kind: str
    chi2: float
    p: float
    n_in_class: int
    n_total: int
    percent: float


@dataclass(frozen=True)
class TypicalSegment:
    """A typical segment of a class: segment id and score (sum of its active forms' chi2)."""

    segment: int
    score: float


@dataclass(frozen=True)
class ModalityTable:
    """Classes x ``*var_mod`` modalities: segment counts and signed chi2 (rows = modalities)."""

    modalities: list[str]
    counts: list[list[int]]
    chi2: list[list[float]]


@dataclass
class ReinertResult(_Result):
    """A Reinert classification, simple or double (LEXICAL.md §5-7).

    ``labels[i]`` is the class of ``segments[i]`` (0 = unclassified); ``segments`` is a compact
    :class:`~app.analysis.segtable.SegmentTable` (indexing it gives :class:`SegmentRow`; saved results of
    the project keep only the texts of the typical segments). ``tree`` is the dendrogram of
    the terminal classes (``splits`` the phase-1 splits it came from; for a double classification a
    flat tree). ``profiles`` holds rows with |chi2| > the threshold, by class then decreasing chi2.
    ``ca``: CA of the classes x active forms table (rows = classes, columns = the best forms).
    ``info``: counts and timings (n_segments, n_classified, n_forms, seconds, mincl, ...).
    """

    KIND: ClassVar[str] = "reinert"
    params: ReinertParams
    prep: dict[str, Any]
    selection: dict[str, Any]
    segments: SegmentTable
    labels: list[int]
    classes: list[ClassInfo]
    tree: TreeNode | None
    splits: list[SplitRow]
    profiles: list[ProfileRow]
    typical: dict[int, list[TypicalSegment]]
    ca: FactorMap | None
    modalities: ModalityTable | None
    info: dict[str, Any] = field(default_factory=dict)

    def small_leaves(self) -> list[int]:
        """Sizes of the phase-1 leaves under the minimum class size (IRaMuTeQ preset): each was folded
        into its mother class or left unclassified."""
        mincl = int(self.info.get("mincl", 0) or 0)
        if mincl <= 0 or not self.splits:
            return []
        parents = {s.parent for s in self.splits}
        return [size for s in self.splits for child, size in zip(s.children, s.sizes)
                if child not in parents and size < mincl]

    def profile(self, number: int, kind: str | None = "active", anti: bool = False) -> list[ProfileRow]:
        """Profile (or anti-profile) rows of class ``number``, strongest first."""
        rows = [r for r in self._profiles_of(number) if (kind is None or r.kind == kind)
                and (r.chi2 < 0 if anti else r.chi2 > 0)]
        return sorted(rows, key=lambda r: r.chi2 if anti else -r.chi2)

    def _profiles_of(self, number: int) -> list[ProfileRow]:
        """The profile rows of class ``number`` (indexed once: views ask for each class in turn)."""
        cached = self.__dict__.get("_by_class")
        if cached is None or cached[0] is not self.profiles or cached[1] != len(self.profiles):
            index: dict[int, list[ProfileRow]] = {}
            for row in self.profiles:
                index.setdefault(row.cls, []).append(row)
            cached = self.__dict__["_by_class"] = (self.profiles, len(self.profiles), index)
        return cached[2].get(number, [])

    def top_words(self, number: int, n: int = 15) -> list[str]:
        """The ``n`` active forms with the highest chi2 in class ``number``."""
        return [r.form for r in self.profile(number)[:n]]

    def label_array(self) -> np.ndarray:
        """``labels`` as a numpy array."""
        return np.asarray(self.labels, dtype=np.int64)

    def encode(self) -> tuple[Any, Arrays]:
        """Segments and labels as arrays; segments from project documents keep only the texts of the
        typical segments (the others are in the documents)."""
        segments = self.segments
        if not isinstance(segments, SegmentTable):
            segments = SegmentTable.from_rows(segments)
        if len(segments) and bool((segments.document >= 0).all()):
            segments = segments.with_texts_of(t.segment for rows in self.typical.values() for t in rows)
        head, arrays = table_to_arrays(segments)
        payload = {f.name: to_jsonable(getattr(self, f.name)) for f in fields(self)
                   if f.name not in ("segments", "labels")}
        payload["segments"] = head
        arrays["labels"] = compact_int(self.label_array())
        return payload, arrays

    @classmethod
    def decode(cls, payload: dict[str, Any], arrays: Arrays) -> ReinertResult:
        """Inverse of :meth:`encode`; results saved in format 1 hold lists of segment dicts."""
        payload = dict(payload)
        segments = payload.pop("segments", [])
        labels = payload.pop("labels", None)
        result = from_jsonable(cls, {**payload, "segments": None, "labels": None})
        if arrays:
            result.segments = table_from_arrays(segments, arrays)
            result.labels = arrays["labels"].tolist()
        else:
            result.segments = SegmentTable.from_rows(segments)
            result.labels = list(labels or [])
        return result


# ----------------------------------------------------------------------------------- similarity
@dataclass(frozen=True)
class SimNode:
    """A vertex: the form, its frequency, community (0-based) and layout position in [0, 1]."""

    form: str
    freq: float
    community: int
    x: float
    y: float


@dataclass(frozen=True)
class SimEdge:
    """An edge between two forms with its index value."""

    source: str
    target: str
    weight: float


@dataclass
class SimilarityResult(_Result):
    """The similarity graph of the most frequent active forms (LEXICAL.md §8)."""

    KIND: ClassVar[str] = "similarity"
    params: SimilarityParams
    prep: dict[str, Any]
    selection: dict[str, Any]
    index: str
    tree: bool
    nodes: list[SimNode]
    edges: list[SimEdge]
    total_weight: float
    info: dict[str, Any] = field(default_factory=dict)


# -------------------------------------------------------------------------------- specificities
@dataclass
class SpecificitiesResult(_Result):
    """Specificities of forms by modality: ``scores[i][j]`` of ``forms[i]`` in ``modalities[j]``
    (signed log10 p, or signed chi2), ``counts`` (same shape), modality ``sizes`` in occurrences,
    and the CA of the modalities x forms table (None with fewer than 3 modalities)."""

    KIND: ClassVar[str] = "specificities"
    params: SpecificitiesParams
    prep: dict[str, Any]
    selection: dict[str, Any]
    variable: str
    method: str
    modalities: list[str]
    forms: list[str]
    scores: list[list[float]]
    counts: list[list[int]]
    sizes: list[int]
    ca: FactorMap | None

    def encode(self) -> tuple[Any, Arrays]:
        """Scores and counts as two binary arrays (forms x modalities): with 500 modalities the JSON
        lists took 15 s to write and 2 s to read."""
        payload = {f.name: to_jsonable(getattr(self, f.name)) for f in fields(self)
                   if f.name not in ("scores", "counts")}
        shape = (len(self.forms), len(self.modalities))
        arrays = {"scores": _float_table(self.scores).reshape(shape),
                  "counts": compact_int(np.asarray(self.counts, dtype=np.int64).reshape(shape))}
        return payload, arrays

    @classmethod
    def decode(cls, payload: dict[str, Any], arrays: Arrays) -> SpecificitiesResult:
        """Inverse of :meth:`encode`; results saved in format 1 hold the JSON lists."""
        if not arrays:
            return from_jsonable(cls, payload)
        result = from_jsonable(cls, {**payload, "scores": None, "counts": None})
        result.scores = arrays["scores"].tolist()
        result.counts = arrays["counts"].tolist()
        return result

    def top(self, modality: str, n: int = 20) -> list[tuple[str, float]]:
        """The ``n`` forms most specific of ``modality`` (highest score first)."""
        j = self.modalities.index(modality)
        rows = sorted(((self.forms[i], s[j]) for i, s in enumerate(self.scores)), key=lambda t: -t[1])
        return rows[:n]


def _float_table(rows: list[list[float | None]]) -> np.ndarray:
    """``rows`` as a float array (``None``, JSON's stand-in for an infinite score, as NaN)."""
    try:
        return np.asarray(rows, dtype=np.float64)
    except TypeError:
        return np.asarray([[np.nan if x is None else x for x in row] for row in rows], dtype=np.float64)


# ----------------------------------------------------------------------------------------- kwic
@dataclass(frozen=True)
class KwicLine:
    """One concordance line, with document offsets of the keyword. ``variables``: the source's
    variables (speaker ``locuteur``, attributes); ``sentence`` and ``context``: document offsets of the
    keyword's sentence and of the shown context (None in results saved before they existed)."""

    key: str
    document_id: int | None
    segment: int
    start: int
    end: int
    left: str
    keyword: str
    right: str
    variables: dict[str, str] = field(default_factory=dict)
    sentence: tuple[int, int] | None = None
    context: tuple[int, int] | None = None


@dataclass
class KwicResult(_Result):
    """A concordance."""

    KIND: ClassVar[str] = "kwic"
    params: KwicParams
    prep: dict[str, Any]
    selection: dict[str, Any]
    lines: list[KwicLine]


RESULT_TYPES: dict[str, type[_Result]] = {
    cls.KIND: cls for cls in (StatsResult, ReinertResult, SimilarityResult, SpecificitiesResult, KwicResult)
}


def load_result(data: bytes) -> _Result:
    """Reopen any result saved with ``to_bytes`` (e.g. from :meth:`AnalysisStore.results`)."""
    kind, payload, arrays = unpack(data)
    if kind not in RESULT_TYPES:
        raise ValueError(f"unknown analysis kind {kind!r}")
    return RESULT_TYPES[kind].decode(payload, arrays)
