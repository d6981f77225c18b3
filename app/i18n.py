"""User-interface language: French on a French system, English otherwise; ``VERBATIM_LANG`` overrides.

:func:`install_translators` loads Verbatim's catalogue, Qt's own ``qtbase_<lang>`` (standard dialogs, message
box buttons) and sets the language of the messages of the layers without Qt (:mod:`corpus.messages`) and the
default :class:`QLocale` (numbers in tables and labels).

Strings are written in English in the sources (``self.tr`` / ``QCoreApplication.translate``);
``resources/translations/verbatim_fr.ts`` holds the French, ``verbatim_en.ts`` the English plurals
(``self.tr("%n coding(s)", "", n)`` reads "1 coding" / "3 codings"). ``python -m app.i18n --update``
regenerates both .ts with pyside6-lupdate, fills them (``fill_fr.py``, ``fill_en.py``) and compiles the .qm
with pyside6-lrelease.
"""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from corpus.messages import set_language

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "fr")
NOT_UI = ("cli", "analysis")  # app/cli and app/analysis show no user interface
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default QLocale replaced by the French one
_env_before: list[str | None] = []  # VERBATIM_LANG before install_translators set it for child processes


def ui_language(locale: QLocale | None = None) -> str:
    """``"fr"`` or ``"en"``: VERBATIM_LANG if set, else French when the system locale is French."""
    forced = os.environ.get("VERBATIM_LANG", "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    locale = locale or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


class MnemonicFallbackTranslator(QTranslator):
    """Qt's strings whose accelerator moved since ``qtbase_<lang>.qm`` was made, translated anyway.

    Qt 6's file dialog says ``"&Look in:"`` and ``"Files of &type:"`` where the shipped French catalogue
    still holds ``"Look in:"`` and ``"Files of type:"``: the exact lookup fails and half the dialog stays
    English. Installed before the other catalogues (so asked last), this translator looks the text up
    again in ``base`` without its ``&`` and puts the mnemonic back on the same letter when the
    translation has it. A miss returns None (a null QString): an empty string would be taken as the
    translation and blank the text."""

    def __init__(self, base: QTranslator, parent: QCoreApplication | None = None):
        super().__init__(parent)
        self.base = base

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # noqa: D102
        if not source or "&" not in source:
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        if plain == source:
            return None
        lookup = self.base.translate  # a plain lookup in Qt's catalogue (no source string of ours)
        found = lookup(context, plain, disambiguation, n)
        return with_mnemonic(found, source) if found else None

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt API
        return False


def with_mnemonic(text: str, source: str) -> str:
    """``text`` with an ``&`` before the letter that follows the ``&`` in ``source`` (same letter, any case;
    else none): ``with_mnemonic("Voir dans :", "&Look in:")`` is ``"Voir dans :"``, ``"Fichiers de &type :"``
    for ``"Files of &type:"``."""
    position = source.replace("&&", "\0\0").find("&")
    if position < 0 or position + 1 >= len(source) or "&" in text.replace("&&", ""):
        return text
    letter = source[position + 1].casefold()
    for i, char in enumerate(text):
        if char.casefold() == letter and (i == 0 or not text[i - 1].isalpha()):  # a word's first letter first
            return f"{text[:i]}&{text[i:]}"
    i = text.casefold().find(letter)
    return f"{text[:i]}&{text[i:]}" if i >= 0 else text


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the catalogues installed by :func:`install_translators` (sources shown as written)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if _env_before:
        previous = _env_before.pop()
        if previous is None:
            os.environ.pop("VERBATIM_LANG", None)
        else:
            os.environ["VERBATIM_LANG"] = previous
    set_language(None)


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load Verbatim's catalogue of ``language`` (and Qt's own for French) into ``app``; return the language.

    English needs a catalogue too: it holds the plural forms of the ``%n`` strings. The messages of the
    layers without Qt (:func:`corpus.messages.set_language`) follow the same language."""
    language = language or ui_language()
    if language not in LANGUAGES:
        language = "en"
    remove_translators(app)
    if language != "en":  # Qt's own strings are written in English
        _install_qt_catalogue(app, language)
    translator = QTranslator(app)
    if translator.load(f"verbatim_{language}", str(TRANSLATIONS)):
        app.installTranslator(translator)
        _installed.append(translator)
    if language == "fr":  # French number and date formats too, whatever the system's country
        _locale_before.append(QLocale())
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    set_language(language)
    _env_before.append(os.environ.get("VERBATIM_LANG"))
    os.environ["VERBATIM_LANG"] = language  # analyses in a child process render their messages alike
    return language


def qt_translations_folder() -> str:
    """Where Qt's own catalogues (``qtbase_fr.qm``) are: the PySide6 wheel ships them."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _install_qt_catalogue(app: QCoreApplication, language: str) -> None:
    """``qtbase_<language>`` and, asked after it, the fallback for strings whose ``&`` moved."""
    qtbase = QTranslator(app)
    if not qtbase.load(f"qtbase_{language}", qt_translations_folder()):
        print(f"Verbatim: Qt's catalogue qtbase_{language}.qm not found in {qt_translations_folder()}: "
              "standard dialogs stay in English", file=sys.stderr)
        return
    fallback = MnemonicFallbackTranslator(qtbase, app)
    for translator in (fallback, qtbase):  # the last installed is asked first
        app.installTranslator(translator)
        _installed.append(translator)


def ui_sources() -> list[str]:
    """The Python files whose strings go into the catalogues."""
    app_dir = Path(__file__).parent
    return sorted(str(p) for p in app_dir.rglob("*.py") if not set(p.relative_to(app_dir).parts[:-1]) & set(NOT_UI))


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"verbatim_{language}.ts"


def compile_catalogue(ts: Path, qm: Path) -> None:
    """``ts`` compiled to ``qm`` with pyside6-lrelease."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def update_catalogues(fill: bool = True) -> None:
    """Regenerate the .ts from the sources (keeping translations), fill them, compile the .qm."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for language in LANGUAGES:
        extra = ["-pluralonly"] if language == "en" else []  # English only needs the plural forms
        target = {"fr": "fr_FR"}.get(language, language)
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", *extra, "-target-language", target,
                        *ui_sources(), "-ts", str(catalogue(language))], check=True)
        if fill:
            filler = runpy.run_path(str(TRANSLATIONS / f"fill_{language}.py"))
            filler.get("merge_module_dicts", lambda: None)()
            missing = filler["fill"](catalogue(language))
            if missing:
                print(f"verbatim_{language}.ts: {missing} untranslated", file=sys.stderr)
        compile_catalogue(catalogue(language), catalogue(language).with_suffix(".qm"))


if __name__ == "__main__" and "--update" in sys.argv:
    update_catalogues(fill="--no-fill" not in sys.argv)
