"""The "contextual" lemmatiser: spaCy's part of speech in context, held to the words of the dictionary.

spaCy ``fr_core_news_md`` tags every token in its sentence; :func:`lexical.annotate.build_lexicon`
keeps, per form, its most frequent (lemma, tag) over the corpus. spaCy's rule lemmatiser, though,
strips endings of forms it does not know ("jeunesse" tagged ADJ gives "jeuness", "télépratique" gives
"télépratiqu"). Here a spaCy lemma is accepted only when it is the form itself or a lemma of the
dictionary; otherwise the form takes its dictionary entry, or, unknown to the dictionary, stays its own
lemma. So no output lemma is a non-word.

The tag of an accepted reading is the dictionary's when the dictionary gives this form the same lemma
(so "pas" keeps ``adv_sup`` and stays supplementary as in IRaMuTeQ); else the dictionary's tag of that
lemma for the same part of speech (``nom`` or ``nom_sup``...) when it has one; else spaCy's tag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lexical.dictionary import Entry, FrenchDictionary

__all__ = ["contextual_lexicon", "contextual_entry"]


def _dictionary_tag(lemma: str, spacy_tag: str, dictionary: FrenchDictionary) -> str:
    """The dictionary's tag of ``lemma`` for spaCy's part of speech (its ``_sup`` variant included)."""
    tags = dictionary.tags_of_lemma.get(lemma, frozenset())
    base = spacy_tag.split("_", 1)[0]
    for candidate in (spacy_tag, f"{base}_sup", base):
        if candidate in tags:
            return candidate
    return spacy_tag


def contextual_entry(form: str, spacy_entry: Entry | None, dictionary: FrenchDictionary) -> Entry:
    """The (lemma, tag) of one cleaned form from spaCy's reading ``spacy_entry`` (None: spaCy never
    saw this form, e.g. a joined expression) under the dictionary's rule."""
    known = dictionary.entries.get(form)
    if spacy_entry is None:
        return dictionary.lookup(form)
    lemma, tag = spacy_entry
    if lemma != form and not dictionary.is_lemma(lemma):
        if known is not None:
            return known
        return form, ("num" if form.isdigit() else tag)
    if known is not None and known[0] == lemma:
        return known
    return lemma, _dictionary_tag(lemma, tag, dictionary)


def contextual_lexicon(spacy_lexicon: Mapping[str, Entry], dictionary: FrenchDictionary,
                       forms: Iterable[str]) -> dict[str, Entry]:
    """The lexicon of the corpus ``forms`` in contextual mode (see the module docstring)."""
    return {form: contextual_entry(form, spacy_lexicon.get(form), dictionary) for form in forms}
