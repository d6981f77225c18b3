"""Forms, lemmas, Iramuteq tags and the active / supplementary / ignored status.

A cleaned form takes its lemma and tag from the corpus lexicon: by default the entries of IRaMuTeQ's
French dictionary for the corpus's forms (:mod:`lexical.dictionary`), or the contextual spaCy reading
held to the dictionary's words (:mod:`lexical.contextual`); an unknown form is its own lemma, tagged
``num`` when it is all digits and ``nr`` otherwise (IRaMuTeQ's rule). A lemma's tag is the tag of its first form met in the corpus, and its status follows the tag:
nom, ver, adj, adv and nr are active, every other tag is supplementary (IRaMuTeQ's ``key.cfg``, shipped
in ``resources/lexical/``); a lemma written ``_x_`` is
supplementary. The user overrides the status per lemma (``"active"``, ``"supplementary"``,
``"ignored"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

ACTIVE, SUPPLEMENTARY, IGNORED = "active", "supplementary", "ignored"
ACTIVE_TAGS = frozenset({"nom", "ver", "adj", "adv", "nr"})


def lookup(form: str, lexicon: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
    """``(lemma, tag)`` of a cleaned form; unknown forms are ``num`` (digits) or ``nr``."""
    entry = lexicon.get(form)
    if entry is not None:
        return entry
    return (form, "num") if form.isdigit() else (form, "nr")


@dataclass
class Unit:
    """A counted unit (a lemma, or a form when lemmatisation is off) with its tag and frequency."""

    name: str
    tag: str
    freq: int = 0
    forms: dict[str, int] = field(default_factory=dict)
    status: str = ACTIVE


def default_status(name: str, tag: str, active_tags: frozenset[str] = ACTIVE_TAGS) -> str:
    """Status from the tag alone (IRaMuTeQ's ``key.cfg`` defaults)."""
    if name.startswith("_") and name.endswith("_") and len(name) > 1:
        return SUPPLEMENTARY
    return ACTIVE if tag in active_tags else SUPPLEMENTARY


def build_units(
    form_counts: Mapping[str, int],
    lexicon: Mapping[str, tuple[str, str]],
    *,
    lemmatize: bool = True,
    overrides: Mapping[str, str] | None = None,
    active_tags: frozenset[str] = ACTIVE_TAGS,
) -> tuple[dict[str, Unit], dict[str, str]]:
    """Group forms (in first-occurrence order) into units; return units and the form -> unit map."""
    units: dict[str, Unit] = {}
    unit_of: dict[str, str] = {}
    for form, count in form_counts.items():
        lemma, tag = lookup(form, lexicon)
        name = lemma if lemmatize else form
        unit = units.get(name)
        if unit is None:
            unit = units[name] = Unit(name, tag, status=default_status(name, tag, active_tags))
        unit.freq += count
        unit.forms[form] = count
        unit_of[form] = name
    for name, status in (overrides or {}).items():
        if name in units:
            if status not in (ACTIVE, SUPPLEMENTARY, IGNORED):
                raise ValueError(f"unknown status {status!r} for {name!r}")
            units[name].status = status
    return units, unit_of


def select_actives(
    units: Iterable[Unit], status: str = ACTIVE, min_freq: int = 3, cap: int = 20_000
) -> list[str]:
    """Units of ``status`` with frequency >= ``min_freq``, most frequent first (IRaMuTeQ's order).

    Ties are ordered by name in reverse code-point order, as IRaMuTeQ sorts ``[freq, lemma]`` pairs in
    reverse. Past ``cap`` units, the units tied with the last one kept are kept too.
    """
    chosen = sorted(
        ((u.freq, u.name) for u in units if u.status == status and u.freq >= min_freq), reverse=True
    )
    if len(chosen) > cap:
        last = chosen[cap - 1][0]
        chosen = [pair for pair in chosen if pair[0] >= last]
    return [name for _, name in chosen]
