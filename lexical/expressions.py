"""Multi-word expressions joined by ``_`` during cleaning (``aujourd'hui`` -> ``aujourd_hui``).

The list lives in ``resources/lexical/expressions_fr.txt``: one expression per line, as written in a
cleaned text (lower case, with its apostrophes, hyphens and single spaces); ``#`` starts a comment. The
joined form replaces every ``'``, ``-`` and space by ``_``, so it has the same length as the key.

Matching follows IRaMuTeQ: keys are tried in reverse code-point order and each replaces all its
plain-substring occurrences (no word boundaries). A trie-shaped regular expression first finds which
keys occur at all, so a text costs one regex scan instead of one scan per key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "lexical" / "expressions_fr.txt"
_JOIN = str.maketrans({"'": "_", "-": "_", " ": "_"})


def joined_form(expression: str) -> str:
    """The single form an expression becomes: ``"c'est-à-dire"`` -> ``"c_est_à_dire"``."""
    return expression.translate(_JOIN)


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
        if "" in node:
            return "(?:" + body + ")?"
        return body if len(branches) == 1 else body

    return build(trie)


class ExpressionList:
    """A set of expressions and their joined forms, applied the IRaMuTeQ way."""

    def __init__(self, expressions: Iterable[str]) -> None:
        keys = {" ".join(e.strip().lower().split()) for e in expressions}
        self.table: dict[str, str] = {k: joined_form(k) for k in keys if k}
        self._order = sorted(self.table, reverse=True)
        pattern = _trie_pattern(self.table) if self.table else "(?!)"
        self._finder = re.compile(f"(?=({pattern}))")

    @classmethod
    def from_file(cls, path: Path) -> ExpressionList:
        """Read one expression per line; blank lines and ``#`` comments are skipped."""
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls(line.split("#", 1)[0] for line in lines if line.split("#", 1)[0].strip())

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, expression: str) -> bool:
        return expression in self.table

    def present(self, text: str) -> set[str]:
        """The keys occurring in ``text`` (including keys that are prefixes of a longer match)."""
        found: set[str] = set()
        for match in self._finder.finditer(text):
            longest = match.group(1)
            if not longest:
                continue
            found.update(longest[:i] for i in range(1, len(longest) + 1) if longest[:i] in self.table)
        return found

    def apply(self, text: str) -> str:
        """Replace every expression by its joined form (same length, so offsets are unchanged)."""
        present = self.present(text)
        if not present:
            return text
        for key in sorted(present, reverse=True):
            text = text.replace(key, self.table[key])
        return text


@lru_cache(maxsize=1)
def default_expressions() -> ExpressionList:
    """The French expression list shipped in ``resources/lexical/expressions_fr.txt``."""
    if not RESOURCE.is_file():
        return ExpressionList([])
    return ExpressionList.from_file(RESOURCE)
