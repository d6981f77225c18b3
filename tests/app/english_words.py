"""The English words of Verbatim's own strings: words of the source strings (Qt catalogue sources and the
``msg()`` templates) that no French translation uses. A French screen showing one of them shows English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import lru_cache

from app.i18n import TRANSLATIONS

# Words of the sources that read the same in a French UI: names, formats, units, and Latin or technical words.
SAME_IN_FRENCH = {
    "verbatim", "reinert", "iramuteq", "refi", "qda", "qdpx", "qdc", "csv", "xlsx", "png", "svg", "docx", "txt",
    "word", "excel", "zipf", "kappa", "alpha", "krippendorff", "cohen", "chi", "vbt", "pdf", "odt", "html", "json",
    "regex", "ctrl", "shift", "alt", "esc", "f3", "nvivo", "maxqda", "atlas", "ti", "rainette", "afc", "ca", "ok",
    "id", "url", "utf", "jaccard", "log", "min", "max", "hapax", "lemmas", "vivo", "in", "mothers",
}


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` (markup, Qt ``%1`` and ``{field}`` placeholders left out)."""
    text = re.sub(r"<[^>]+>|%\d|%n|\{[^}]*\}|&(?=\w)|\*\.\w+", " ", text)  # markup, fields, *.txt
    return [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿœŒ]+", text)]


def _catalogue_pairs() -> Iterable[tuple[str, list[str]]]:
    root = ET.parse(TRANSLATIONS / "verbatim_fr.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        yield source, forms
    from resources.translations.messages_fr import FR

    for source, french in FR.items():
        yield source, list(french) if isinstance(french, tuple) else [french]


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Words of the sources that no translation uses, but for :data:`SAME_IN_FRENCH`."""
    source_words, french_words = set(), set()
    for source, forms in _catalogue_pairs():
        source_words.update(words(source))
        for form in forms:
            french_words.update(words(form))
    return frozenset(w for w in source_words - french_words - SAME_IN_FRENCH if len(w) > 1)


def english_in(texts: Iterable[str], data_words: set[str] = frozenset()) -> dict[str, list[str]]:
    """``{text: [its English words]}`` for the ``texts`` holding English words (words of the user's data,
    ``data_words``, are not UI)."""
    english = english_words()
    found = {}
    for text in texts:
        hits = sorted({w for w in words(text) if w in english and w not in data_words})
        if hits:
            found[text] = hits
    return found
