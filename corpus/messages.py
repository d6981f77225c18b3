"""User-facing messages of the layers without Qt (corpus, coding, and the CLI), translated without Qt.

A message is written in English with named fields and rendered in the user's language when shown::

    raise ImportFailure(path, msg("the file contains no text"))
    warnings.append(msg("row {row} (id {id}): empty answer, skipped", row=5, id="R005"))
    msgn("{n} coding was dropped", "{n} codings were dropped", n=3)

The English template is the message id. French templates live in ``resources/translations/msg_fr_*.py`` (merged by ``messages_fr.py``)
(``FR = {template: french}``; a plural message maps its singular template to a ``(singular, plural)`` pair).
A template missing there shows in English (``tests/corpus/test_messages_catalogue.py`` lists them).

Numbers given as fields are formatted for the language: ``1 004,72`` and ``25,8 %`` in French,
``1,004.72`` and ``25.8%`` in English. Use :func:`fmt_number`, :func:`fmt_percent`, :func:`fmt_seconds`
for numbers in any text meant for people (tables, reports, figure labels).

The language is, in order: :func:`set_language` (the GUI sets it to its UI language), ``VERBATIM_LANG``,
then the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``): French when it starts with ``fr``.
"""

from __future__ import annotations

import importlib
import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "fr")
_forced: list[str] = []


def set_language(language: str | None) -> None:
    """Render messages in ``language`` ("en"/"fr") from now on; ``None`` goes back to the environment."""
    _forced.clear()
    if language:
        _forced.append(language[:2].lower())


def current_language() -> str:
    """``"fr"`` or ``"en"``: the language messages are rendered in."""
    if _forced and _forced[0] in LANGUAGES:
        return _forced[0]
    env = os.environ.get("VERBATIM_LANG", "").strip().lower()[:2]
    if env in LANGUAGES:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    try:
        system = locale.getlocale()[0] or ""
    except ValueError:
        system = ""
    return "fr" if system.lower().startswith("fr") else "en"


@lru_cache(maxsize=4)
def _catalogue(language: str) -> Mapping[str, Any]:
    if language == "en":
        return {}
    try:
        module = importlib.import_module(f"resources.translations.messages_{language}")
    except ImportError:
        return {}
    return getattr(module, language.upper(), {})


def _french_plural(n: float) -> bool:
    return abs(n) >= 2


def fmt_number(value: float, decimals: int | None = None, language: str | None = None) -> str:
    """``value`` with the language's separators: ``1 004,72`` (French, narrow no-break space) / ``1,004.72``.

    Integers keep no decimals unless ``decimals`` is given; floats default to 2 decimals."""
    language = language or current_language()
    if decimals is None:
        decimals = 0 if isinstance(value, int) else 2
    text = f"{value:,.{decimals}f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def fmt_percent(share: float, decimals: int = 1, language: str | None = None) -> str:
    """``share`` (0–1) as a percentage: ``25,8 %`` in French (no-break space), ``25.8%`` in English."""
    language = language or current_language()
    number = fmt_number(share * 100, decimals, language)
    return f"{number}\u00a0%" if language == "fr" else f"{number}%"


def fmt_seconds(seconds: float, language: str | None = None) -> str:
    """A duration for people: ``0,4 s``, ``117,8 s``, ``2 min 05 s`` (French) / ``117.8 s``."""
    language = language or current_language()
    if seconds < 100:
        return f"{fmt_number(seconds, 1, language)}\u00a0s"
    minutes, rest = divmod(int(round(seconds)), 60)
    return f"{minutes}\u00a0min {rest:02d}\u00a0s"


def _render_field(value: Any, language: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt_number(value, 0, language) if abs(value) >= 10_000 else str(value)
    if isinstance(value, float):
        return fmt_number(value, None, language)
    if isinstance(value, Message):
        return value.render(language)
    return str(value)


@dataclass(frozen=True)
class Message:
    """A translatable message: an English template (the id), its fields, and a plural form if any."""

    template: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    plural: str | None = None  # English plural template; ``fields["n"]`` chooses
    context: str | None = None  # to tell apart two identical English templates

    def render(self, language: str | None = None) -> str:
        """The message in ``language`` (default: :func:`current_language`), fields filled in."""
        language = language or current_language()
        key = f"{self.context}\x04{self.template}" if self.context else self.template
        translated = _catalogue(language).get(key)
        n = self.fields.get("n", 1)
        if isinstance(translated, tuple):
            template = translated[1] if _french_plural(n) else translated[0]
        elif isinstance(translated, str) and not self.plural:
            template = translated
        else:
            template = self.plural if (self.plural and n != 1) else self.template
        values = {name: _render_field(value, language) for name, value in self.fields.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a bad catalogue entry must never hide the message
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def msg(template: str, /, **fields: Any) -> Message:
    """A message to show to the user: ``msg("{name}: the file is empty", name=path.name)``."""
    return Message(template, fields)


def msgn(singular: str, plural: str, /, n: int, **fields: Any) -> Message:
    """A message whose wording depends on the count ``n`` (also a field: ``{n}``)."""
    return Message(singular, {"n": n, **fields}, plural=plural)


def render(text: str | Message, language: str | None = None) -> str:
    """``text`` as shown to the user: a :class:`Message` rendered, a plain string as it is."""
    return text.render(language) if isinstance(text, Message) else str(text)
