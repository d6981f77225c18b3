"""Replace the accepted surface forms of a table in any text (pure): the edits, and plain strings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.pseudonymise.types import NAME_KINDS, Entity
from corpus.pseudonymise.wordlists import term_pattern
from corpus.text_edit import TextEdit, apply_edits


def _key(surface: str) -> str:
    return re.sub(r"\s+", " ", surface).replace("’", "'")


class Replacer:
    """Finds every occurrence of the accepted surface forms (whole words, longest first; a name split
    across a line still matches) and gives its replacement. A name also matches in capitals
    ("DUPONT" -> "PERSONNE 3"). Matching is case-sensitive otherwise: "Rose" and "rose" are two
    rows of the table, so the flower stays unless the user accepts it."""

    def __init__(self, rows: Sequence[Entity]):
        self.mapping: dict[str, str] = {}
        for row in rows:
            if row.accepted:
                self.mapping[_key(row.surface)] = row.replacement
        for row in rows:
            upper = _key(row.surface).upper()
            if row.accepted and row.kind in NAME_KINDS and upper not in self.mapping:
                self.mapping[upper] = row.replacement.upper()
        self.pattern = term_pattern(self.mapping, ignore_case=False)

    def edits(self, text: str) -> list[TextEdit]:
        """The edits replacing every occurrence in ``text``."""
        if self.pattern is None:
            return []
        out = []
        for match in self.pattern.finditer(text):
            replacement = self.mapping.get(_key(match.group()))
            if replacement is not None and replacement != match.group():
                out.append(TextEdit(match.start(), match.end(), replacement))
        return out

    def replace(self, text: str) -> str:
        """``text`` with every occurrence replaced."""
        return apply_edits(text, self.edits(text)) if text else text

    def leftovers(self, text: str) -> list[str]:
        """The surface forms still present in ``text`` (a check after applying)."""
        if self.pattern is None:
            return []
        return [m.group() for m in self.pattern.finditer(text) if self.mapping.get(_key(m.group())) != m.group()]
