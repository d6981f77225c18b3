"""Multi-word expressions joined by ``_`` during cleaning (``aujourd'hui`` -> ``aujourd_hui``).

The default list is IRaMuTeQ's own ``expression_fr.txt`` (4,591 lines, 4,572 distinct expressions),
shipped unchanged in ``resources/lexical/``: one expression per line, as written in a cleaned text
(lower case, with its apostrophes, hyphens and single spaces), a tab and the form it becomes (IRaMuTeQ's
list also normalises: ``socio-économiques`` -> ``socio_économique``), then columns that are not used
(tag, frequencies). Without a second column the joined form replaces every ``'``, ``-`` and space by
``_``. It is read as IRaMuTeQ reads it (``"`` removed, the last line of a repeated expression wins); a
line starting with ``#`` is a comment (no IRaMuTeQ expression starts with ``#``).

Matching follows IRaMuTeQ: keys are tried in reverse code-point order and each replaces all its
plain-substring occurrences (no word boundaries). A trie-shaped regular expression first finds which
keys occur at all, so a text costs one regex scan instead of one scan per key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "lexical" / "expression_fr.txt"
_JOIN = str.maketrans({"'": "_", "-": "_", " ": "_"})


def joined_form(expression: str) -> str:
    """The single form an expression becomes: ``"c'est-à-dire"`` -> ``"c_est_à_dire"``."""
    return expression.translate(_JOIN)


_SEPARATORS = re.compile("[ '\\-]")


def _split_key(key: str) -> tuple[str, str] | None:
    """``("parce", " que")`` for ``"parce que"``: the head before the first separator, and the rest."""
    match = _SEPARATORS.search(key)
    if match is None or match.start() == 0:
        return None
    return key[: match.start()], key[match.start() :]


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of ``words`` at a position (one branch per trie edge)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


class ExpressionList:
    """A set of expressions and their joined forms, applied the IRaMuTeQ way."""

    def __init__(self, expressions: Iterable[str | tuple[str, str]]) -> None:
        self.table: dict[str, str] = {}
        for entry in expressions:
            key, value = (entry, "") if isinstance(entry, str) else entry
            key = " ".join(key.strip().lower().split())
            if key:
                self.table[key] = value.strip() or joined_form(key)
        self._by_rest: dict[str, list[tuple[str, str]]] = {}
        self._plain: list[str] = []
        for key in self.table:
            parts = _split_key(key)
            if parts is None:
                self._plain.append(key)
            else:
                self._by_rest.setdefault(parts[1], []).append((parts[0], key))
        pattern = _trie_pattern(self._by_rest) if self._by_rest else "(?!)"
        # every rest starts with a separator: one C-level scan finds, at each separator where some
        # rest starts, the longest one (zero-width, so overlapping positions are all seen)
        self._rest_scan = re.compile(f"(?=({pattern}))")
        self._keys_of_rest: dict[str, list[tuple[str, str]]] = {}

    @classmethod
    def from_file(cls, path: Path) -> ExpressionList:
        """Read ``expression<TAB>joined form[<TAB>...]`` lines; blank lines and ``#`` lines are skipped."""
        entries: list[tuple[str, str]] = []
        for line in path.read_text(encoding="utf-8").replace('"', "").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                key, value = (line.split("\t") + [""])[:2]
                entries.append((key, value))
        return cls(entries)

    def extended(self, entries: Iterable[str | tuple[str, str]]) -> ExpressionList:
        """A new list with ``entries`` added (or replacing the joined form of known keys): a user's own
        expressions on top of IRaMuTeQ's."""
        return ExpressionList([*self.table.items(), *entries])

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, expression: str) -> bool:
        return expression in self.table

    def present(self, text: str) -> set[str]:
        """The keys occurring in ``text`` as plain substrings.

        Each key is cut at its first separator into a head and a rest (``"parce"``, ``" que"``). One
        regex scan finds, at each separator of ``text``, the longest rest starting there; a key whose
        rest is that one or a prefix of it is present when its head ends the text before the
        separator, possibly mid-word (``près de`` occurs in ``après de``). Keys without a separator
        are looked up directly.
        """
        found = {key for key in self._plain if key in text}
        for match in self._rest_scan.finditer(text):
            rest = match.group(1)
            if not rest:
                continue
            p = match.start()
            for head, key in self._keys_ending(rest):
                if p >= len(head) and text.startswith(head, p - len(head)):
                    found.add(key)
        return found

    def _keys_ending(self, rest: str) -> list[tuple[str, str]]:
        """(head, key) of every key whose rest is a prefix of ``rest`` (memoised per rest)."""
        keys = self._keys_of_rest.get(rest)
        if keys is None:
            keys = [pair for size in range(1, len(rest) + 1) for pair in self._by_rest.get(rest[:size], ())]
            self._keys_of_rest[rest] = keys
        return keys

    def apply(self, text: str) -> str:
        """Replace every expression by its joined form (keys in reverse code-point order)."""
        for key in sorted(self.present(text), reverse=True):
            text = text.replace(key, self.table[key])
        return text

    def apply_mapped(self, text: str, where: np.ndarray) -> tuple[str, np.ndarray]:
        """:meth:`apply`, also rewriting ``where`` (one source index per character of ``text``).

        A replacement of another length maps its characters onto the key's span (first to first,
        last to last), so a joined token still starts and ends where its words did.
        """
        for key in sorted(self.present(text), reverse=True):
            value = self.table[key]
            if len(value) == len(key):
                text = text.replace(key, value)
                continue
            text, where = _replace_mapped(text, where, key, value)
        return text, where


def _replace_mapped(text: str, where: np.ndarray, key: str, value: str) -> tuple[str, np.ndarray]:
    """``str.replace`` of ``key`` by ``value`` with the character index map kept in step."""
    parts: list[str] = []
    maps: list[np.ndarray] = []
    last = 0
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        parts.append(text[last:start])
        maps.append(where[last:start])
        span = where[start:end]
        span = span[span >= 0]
        inner = span[np.minimum(np.arange(len(value)), len(span) - 1)]
        inner[-1] = span[-1]
        parts.append(value)
        maps.append(inner)
        last = end
        start = text.find(key, end)
    parts.append(text[last:])
    maps.append(where[last:])
    return "".join(parts), np.concatenate(maps)


@lru_cache(maxsize=1)
def default_expressions() -> ExpressionList:
    """IRaMuTeQ's French expression list, shipped in ``resources/lexical/expression_fr.txt``."""
    if not RESOURCE.is_file():
        return ExpressionList([])
    return ExpressionList.from_file(RESOURCE)
