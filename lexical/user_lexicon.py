"""The user's own lexicon: changes a researcher makes on top of the dictionary, applied at preparation.

Four kinds of change, all plain data (the project stores them, see ``corpus.user_lexicon``):

* ``lemmas``: form -> lemma (``"psys"`` -> ``"psy"``): the form now counts under that lemma;
* ``merges``: lemma -> lemma (``"psychologue"`` -> ``"psy"``): every form of the first lemma counts under
  the second (chains are followed, a cycle stops where it closes);
* ``statuses``: unit -> ``"active"`` | ``"supplementary"`` | ``"ignored"`` (overrides the tag's status);
* ``expressions``: multi-word expressions joined into one form during cleaning, added to the shipped
  list (``"santé mentale"`` -> the form ``santé_mentale``).

Without lemmatisation only statuses and expressions apply (units are forms).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lexical.lexicon import ACTIVE, IGNORED, SUPPLEMENTARY, lookup

STATUSES = (ACTIVE, SUPPLEMENTARY, IGNORED)


def normalise_expression(text: str) -> str:
    """An expression as the cleaning matches it: lower case, single spaces, no surrounding space."""
    return " ".join(text.strip().lower().split())


@dataclass(frozen=True)
class UserLexicon:
    """The user's changes to the lexicon (empty by default: the dictionary as it is)."""

    lemmas: Mapping[str, str] = field(default_factory=dict)
    merges: Mapping[str, str] = field(default_factory=dict)
    statuses: Mapping[str, str] = field(default_factory=dict)
    expressions: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lemmas or self.merges or self.statuses or self.expressions)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (saved with each analysis's preparation settings)."""
        return {"lemmas": dict(self.lemmas), "merges": dict(self.merges), "statuses": dict(self.statuses),
                "expressions": list(self.expressions)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> UserLexicon:
        """Inverse of :meth:`to_dict` (missing keys are empty); ValueError for an unknown status."""
        data = data or {}
        statuses = dict(data.get("statuses") or {})
        for unit, status in statuses.items():
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r} for {unit!r}")
        return cls(dict(data.get("lemmas") or {}), dict(data.get("merges") or {}), statuses,
                   tuple(data.get("expressions") or ()))

    def final_lemma(self, lemma: str) -> str:
        """Where ``lemma`` ends after following the merges; the lemmas of a cycle all end on its first
        in code-point order (the same one, whichever the chain starts from)."""
        path = [lemma]
        seen = {lemma}
        while lemma in self.merges:
            lemma = self.merges[lemma]
            if lemma in seen:
                return min(path[path.index(lemma):])
            path.append(lemma)
            seen.add(lemma)
        return lemma

    def relemmatize(self, lexicon: Mapping[str, tuple[str, str]], forms: Iterable[str]
                    ) -> Mapping[str, tuple[str, str]]:
        """``lexicon`` with the user's lemmas and merges applied to ``forms`` (the corpus's forms).

        A changed form keeps its own tag. The dictionary itself is not copied when nothing changes.
        """
        if not self.lemmas and not self.merges:
            return lexicon
        changed: dict[str, tuple[str, str]] = {}
        for form in forms:
            lemma, tag = lookup(form, lexicon)
            new = self.final_lemma(self.lemmas.get(form, lemma))
            if new != lemma:
                changed[form] = (new, tag)
        return _Overlay(lexicon, changed) if changed else lexicon


class _Overlay(Mapping[str, tuple[str, str]]):
    """A read-only view of ``base`` with some entries replaced (no copy of a 125,000-entry dictionary)."""

    def __init__(self, base: Mapping[str, tuple[str, str]], top: dict[str, tuple[str, str]]):
        self.base, self.top = base, top

    def __getitem__(self, key: str) -> tuple[str, str]:
        found = self.top.get(key)
        return self.base[key] if found is None else found

    def get(self, key: str, default: Any = None) -> Any:
        found = self.top.get(key)
        return self.base.get(key, default) if found is None else found

    def __iter__(self):  # noqa: ANN204 - an iterator of keys
        yield from self.top
        yield from (k for k in self.base if k not in self.top)

    def __len__(self) -> int:
        return len(self.base) + sum(1 for k in self.top if k not in self.base)
