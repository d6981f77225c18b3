"""The shipped word lists (``resources/pseudonymise``) and matching of known names in a text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import resources

LISTS = Path(resources.__file__).parent / "pseudonymise"


def _fold(word: str) -> str:
    """Case- and accent-insensitive key of a word (``Éloïse`` -> ``eloise``)."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@cache
def read_list(name: str) -> tuple[str, ...]:
    """The entries of a shipped list (comments and blank lines left out)."""
    lines = (LISTS / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@dataclass(frozen=True)
class NameLists:
    """First names by gender, towns, countries, and the words never masked by default."""

    female: frozenset[str]
    male: frozenset[str]
    common_words: frozenset[str]
    towns: frozenset[str]
    countries: frozenset[str]
    never: frozenset[str]
    organisations: tuple[str, ...] = ()

    def gender(self, first_name: str) -> str | None:
        """``"f"``, ``"m"`` or None (unknown or both)."""
        key = _fold(first_name)
        f, m = key in self.female, key in self.male
        return "f" if f and not m else "m" if m and not f else None

    def is_first_name(self, word: str) -> bool:
        """True for a first name of the lists."""
        key = _fold(word)
        return key in self.female or key in self.male


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The shipped lists, folded for lookup."""
    def folded(name: str) -> frozenset[str]:
        return frozenset(_fold(w) for w in read_list(name))

    return NameLists(folded("first_names_f.txt"), folded("first_names_m.txt"),
                     folded("first_names_common_words.txt"), folded("towns.txt"), folded("countries.txt"),
                     folded("never_mask.txt"), read_list("organisations.txt"))


def fold(word: str) -> str:
    """Public alias of the lookup key (case and accents ignored)."""
    return _fold(word)


def term_pattern(terms: Iterable[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """One regex finding any of ``terms`` as whole words, longest first (None: no terms)."""
    unique = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not unique:
        return None
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]") for t in unique)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE if ignore_case else 0)
