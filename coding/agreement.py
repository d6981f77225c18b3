"""Inter-coder agreement between two coders: percent agreement, Cohen's kappa, Krippendorff's alpha.

Units are binary "coded / not coded with this code" judgements made by both coders:

* ``character``: every character of every *coded document* (a document where either coder
  applied any of the codes compared) is a unit, for each code;
* ``turn``: every speaker turn of the coded documents (every non-empty line in documents without
  turns) is a unit; it counts as coded when any coding of that code by that coder overlaps it.

Per code, the 2x2 table ``both / only A / only B / neither`` gives:

* percent agreement ``(both + neither) / units``;
* Cohen's kappa ``(po - pe) / (1 - pe)`` with ``pe`` from each coder's marginals;
* Krippendorff's alpha (nominal, two coders, no missing values)
  ``1 - (N - 1) (onlyA + onlyB) / (n0 n1)`` with ``N = 2 units`` pairable values, ``n1`` the
  values "coded" and ``n0`` the values "not coded" over both coders.

The overall figures pool the tables of every code. Degenerate cases, decided here once:
no units at all, or no variation (e.g. nobody used the code), gives 100 % agreement and
``None`` for kappa and alpha (undefined: ``pe = 1``, no variation to agree on); when one coder
coded nothing and the other coded something, kappa is 0 (exactly chance) and alpha is slightly
negative, as the formulas give.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from coding.codebook import CodebookService
from coding.coders import CoderService
from coding.codings import CodingService
from coding.search import merge_spans
from coding.speakers import SpeakerIndex
from corpus.documents import CorpusService
from corpus.errors import ProjectError
from corpus.messages import msg
from corpus.store.project import Project

UNITS = ("character", "turn")
Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class Agreement:
    """The 2x2 table of one code (or of all codes pooled) and the statistics it gives."""

    code_id: int | None
    code_path: str
    both: int
    only_a: int
    only_b: int
    neither: int

    @property
    def units(self) -> int:
        """Number of units judged."""
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def percent(self) -> float:
        """Percent agreement (100 when there are no units)."""
        return 100.0 if not self.units else 100.0 * (self.both + self.neither) / self.units

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa; ``None`` when undefined (chance agreement is 1)."""
        n = self.units
        if not n:
            return None
        pa, pb = (self.both + self.only_a) / n, (self.both + self.only_b) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        if pe >= 1.0:
            return None
        return ((self.both + self.neither) / n - pe) / (1 - pe)

    @property
    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal); ``None`` when undefined (no variation)."""
        pairable = 2 * self.units
        n1 = 2 * self.both + self.only_a + self.only_b
        n0 = pairable - n1
        if not n0 or not n1:
            return None
        return 1.0 - (pairable - 1) * (self.only_a + self.only_b) / (n0 * n1)


@dataclass(frozen=True)
class Disagreement:
    """A passage one coder coded with a code and the other did not."""

    document_id: int
    document_name: str
    code_id: int
    code_path: str
    start: int
    end: int
    text: str
    coded_by: str


@dataclass
class AgreementReport:
    """Agreement of two coders, per code and overall, with the passages where they differ."""

    coder_a: str
    coder_b: str
    unit: str
    per_code: list[Agreement] = field(default_factory=list)
    overall: Agreement = field(default_factory=lambda: Agreement(None, "(all codes)", 0, 0, 0, 0))
    disagreements: list[Disagreement] = field(default_factory=list)

    def as_dict(self) -> dict:
        """A JSON-ready summary."""
        def row(a: Agreement) -> dict:
            return {"code": a.code_path, "units": a.units, "both": a.both, "only_a": a.only_a, "only_b": a.only_b,
                    "neither": a.neither, "percent": round(a.percent, 2), "kappa": _r(a.kappa), "alpha": _r(a.alpha)}

        return {"coder_a": self.coder_a, "coder_b": self.coder_b, "unit": self.unit,
                "overall": row(self.overall), "codes": [row(a) for a in self.per_code],
                "disagreements": [d.__dict__ for d in self.disagreements]}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def _intersect(a: Spans, b: Spans) -> Spans:
    return merge_spans((max(s, t), min(e, u)) for s, e in a for t, u in b if s < u and t < e)


def _subtract(a: Spans, b: Spans) -> Spans:
    out = []
    for s, e in a:
        pos = s
        for t, u in b:
            if u <= pos or t >= e:
                continue
            if t > pos:
                out.append((pos, t))
            pos = max(pos, u)
        if pos < e:
            out.append((pos, e))
    return out


def _units(text: str, turns: list, unit: str) -> Spans:  # noqa: ANN001 - corpus.types.Turn
    """The unit spans of a document (turns, else non-empty lines; whole text for characters)."""
    if unit == "character":
        return [(0, len(text))] if text else []
    if turns:
        return [(t.start, t.end) for t in turns if t.end > t.start]
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _table(units: Spans, a: Spans, b: Spans, unit: str) -> tuple[int, int, int, int, Spans, Spans]:
    """``both, only_a, only_b, neither`` and the disagreeing spans (A only, B only)."""
    if unit == "character":
        both = _length(_intersect(a, b))
        total = _length(units)
        only_a, only_b = _subtract(a, b), _subtract(b, a)
        la, lb = _length(only_a), _length(only_b)
        return both, la, lb, total - both - la - lb, only_a, only_b
    hit_a = [u for u in units if _intersect([u], a)]
    hit_b = [u for u in units if _intersect([u], b)]
    only_a = [u for u in hit_a if u not in hit_b]
    only_b = [u for u in hit_b if u not in hit_a]
    both = len(hit_a) - len(only_a)
    return both, len(only_a), len(only_b), len(units) - both - len(only_a) - len(only_b), only_a, only_b


def agreement(project: Project, coder_a: str, coder_b: str, *, unit: str = "character",
              code_ids: Sequence[int] | None = None) -> AgreementReport:
    """Agreement of ``coder_a`` and ``coder_b`` on ``code_ids`` (default: every code either used)."""
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (expected character or turn)")
    if coder_a == coder_b:
        raise ProjectError(msg("Choose two different coders."))
    known = {c.name for c in CoderService(project).coders()}
    for name in (coder_a, coder_b):
        if name not in known:
            raise ProjectError(msg("No coder named {name} (coders: {known}).", name=repr(name),
                                       known=", ".join(sorted(known)) or msg("none")))
    codings = [c for c in CodingService(project).codings(code_ids) if c.coder in (coder_a, coder_b)]
    spans: dict[tuple[int, int, str], Spans] = defaultdict(list)
    for c in codings:
        spans[(c.code_id, c.span.document_id, c.coder)].append((c.span.start, c.span.end))
    docs = sorted({c.span.document_id for c in codings})
    codes = {c.id: c.path for c in CodebookService(project).codes()}
    used = list(code_ids) if code_ids is not None else sorted({c.code_id for c in codings},
                                                               key=lambda i: list(codes).index(i))
    corpus = CorpusService(project)
    texts, names = corpus.texts(docs), {d.id: d.name for d in corpus.documents()}
    with project.transaction() as session:
        index = SpeakerIndex(session, docs)
    report = AgreementReport(coder_a, coder_b, unit)
    totals = [0, 0, 0, 0]
    for code_id in used:
        cells = [0, 0, 0, 0]
        for doc in docs:
            a = merge_spans(spans.get((code_id, doc, coder_a), []))
            b = merge_spans(spans.get((code_id, doc, coder_b), []))
            *counts, only_a, only_b = _table(_units(texts[doc], index.turns.get(doc, []), unit), a, b, unit)
            cells = [x + y for x, y in zip(cells, counts)]
            for spans_, who in ((only_a, coder_a), (only_b, coder_b)):
                report.disagreements.extend(Disagreement(doc, names[doc], code_id, codes.get(code_id, ""), s, e,
                                                         texts[doc][s:e], who) for s, e in spans_)
        report.per_code.append(Agreement(code_id, codes.get(code_id, ""), *cells))
        totals = [x + y for x, y in zip(totals, cells)]
    report.overall = Agreement(None, "(all codes)", *totals)
    report.disagreements.sort(key=lambda d: (list(names).index(d.document_id), d.start, d.code_path))
    return report
