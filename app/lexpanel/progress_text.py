"""The analysis progress messages in the user's language.

The lexical library reports English templates (:data:`lexical.progress.TEMPLATES`, fields in braces:
``"split {i}/{n}"``); :func:`progress_text` finds the template, translates it (context ``Progress``)
and puts the field values back. A message of no known template is shown as it is (the app's own
messages are translated where they are written).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from lexical import progress as lp


def translations() -> dict[str, str]:
    """Each lexical template -> its translation (written out for lupdate, which reads literals only)."""
    return {
        lp.SEGMENTING: QCoreApplication.translate("Progress", "Segmenting the texts"),
        "segmenting": QCoreApplication.translate("Progress", "Segmenting the texts"),
        lp.LEMMATISING: QCoreApplication.translate("Progress", "spaCy: {done} / {total} characters"),
        lp.SPACY_DONE: QCoreApplication.translate("Progress", "spaCy: done"),
        lp.SPACY_CACHED: QCoreApplication.translate("Progress", "spaCy: lexicon from the cache"),
        lp.CORPUS_READY: QCoreApplication.translate("Progress", "Corpus ready"),
        lp.SPLIT: QCoreApplication.translate("Progress", "Classification: split {i}/{n}"),
        lp.SIMILARITIES: QCoreApplication.translate("Progress", "Similarity indices"),
        lp.COMMUNITIES: QCoreApplication.translate("Progress", "Communities"),
        lp.LAYOUT: QCoreApplication.translate("Progress", "Graph layout"),
        lp.DONE: QCoreApplication.translate("Progress", "Done"),
        lp.STABILITY: QCoreApplication.translate("Progress", "Stability of the classes"),
        # the steps of app.analysis.reinert after the classification
        "profiles": QCoreApplication.translate("Progress", "Class profiles"),
        "typical segments": QCoreApplication.translate("Progress", "Typical segments"),
        "correspondence analysis": QCoreApplication.translate("Progress", "Correspondence analysis"),
    }


@lru_cache(maxsize=64)
def _cached(message: str, language_marker: str) -> str:
    found = lp.split_message(message)
    if found is None:  # a step of the app's analyses (no fields), or an unknown message as it is
        return translations().get(message, message)
    template, fields = found
    translated = translations().get(template, template)
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):  # a bad translation must never hide the message
        return template.format(**fields)


def progress_text(message: str) -> str:
    """``message`` (a lexical progress message) in the user's language."""
    return _cached(message, QCoreApplication.translate("Progress", "Done"))  # a new language, a new entry
