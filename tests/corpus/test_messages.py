"""Messages of the layers without Qt: rendered in the user's language, numbers formatted for it, and every
message written with msg()/msgn() has its French in resources/translations/messages_fr.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from corpus import messages
from corpus.importers.base import ImportFailure
from corpus.messages import fmt_number, fmt_percent, fmt_seconds, msg, msgn, set_language
from resources.translations.messages_fr import FR

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    set_language(None)


def test_message_follows_the_language_set():
    failure = ImportFailure("/tmp/vide.txt", msg("the file contains no text"))
    set_language("fr")
    assert str(failure) == "vide.txt: le fichier ne contient aucun texte"
    set_language("en")
    assert str(failure) == "vide.txt: the file contains no text"


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("VERBATIM_LANG", "fr")
    assert messages.current_language() == "fr"
    monkeypatch.setenv("VERBATIM_LANG", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert messages.current_language() == "fr"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert messages.current_language() == "en"


def test_plural_and_numbers():
    m = msgn("{n} coding was dropped", "{n} codings were dropped", n=3)
    assert m.render("en") == "3 codings were dropped"
    assert msgn("{n} coding was dropped", "{n} codings were dropped", n=1).render("en") == "1 coding was dropped"
    assert fmt_number(1004.72, language="fr") == "1\u202f004,72"
    assert fmt_number(1004.72, language="en") == "1,004.72"
    assert fmt_percent(0.258, language="fr") == "25,8\u00a0%"
    assert fmt_percent(0.258, language="en") == "25.8%"
    assert fmt_seconds(117.8, language="fr") == "1\u00a0min 58\u00a0s"
    assert fmt_seconds(0.42, language="fr") == "0,4\u00a0s"


def _message_templates() -> list[tuple[str, str]]:
    found = []
    for package in ("corpus", "coding", "app/cli", "app/analysis", "lexical"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("msg", "msgn")
                        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[0].value))
    return found


def test_every_message_has_its_french():
    templates = _message_templates()
    assert templates, "no msg() call found: the scan is broken"
    missing = [f"{where}: {template!r}" for where, template in templates if template not in FR]
    assert not missing, "French missing in resources/translations/messages_fr.py:\n" + "\n".join(missing)


def test_french_keeps_the_fields():
    import string

    def names(template: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}

    for english, french in FR.items():
        for variant in (french if isinstance(french, tuple) else (french,)):
            assert names(variant) <= names(english) | {"n"}, (english, variant)
