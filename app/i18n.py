"""User-interface language: French on a French system, English otherwise; ``VERBATIM_LANG`` overrides.

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

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "fr")
NOT_UI = ("cli", "analysis")  # app/cli and app/analysis show no user interface
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default QLocale replaced by the French one


def ui_language(locale: QLocale | None = None) -> str:
    """``"fr"`` or ``"en"``: VERBATIM_LANG if set, else French when the system locale is French."""
    forced = os.environ.get("VERBATIM_LANG", "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    locale = locale or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the catalogues installed by :func:`install_translators` (sources shown as written)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load Verbatim's catalogue of ``language`` (and Qt's own for French) into ``app``; return the language.

    English needs a catalogue too: it holds the plural forms of the ``%n`` strings."""
    language = language or ui_language()
    if language not in LANGUAGES:
        language = "en"
    remove_translators(app)
    catalogues = [(f"verbatim_{language}", str(TRANSLATIONS))]
    if language != "en":  # Qt's own strings are written in English
        catalogues.append((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    if language == "fr":  # French number and date formats too, whatever the system's country
        _locale_before.append(QLocale())
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return language


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
