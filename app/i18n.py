"""User-interface language: French on a French system, English otherwise; ``VERBATIM_LANG`` overrides.

Strings are written in English in the sources (``self.tr`` / ``QCoreApplication.translate``);
``resources/translations/verbatim_fr.ts`` holds the French and is compiled to ``verbatim_fr.qm``
(``python -m app.i18n --update`` regenerates both with pyside6-lupdate / pyside6-lrelease).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "fr")
_installed: list[QTranslator] = []


def ui_language(locale: QLocale | None = None) -> str:
    """``"fr"`` or ``"en"``: VERBATIM_LANG if set, else French when the system locale is French."""
    forced = os.environ.get("VERBATIM_LANG", "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    locale = locale or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Load Verbatim's and Qt's own French catalogues into ``app``; return the language used."""
    language = language or ui_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"verbatim_{language}", str(TRANSLATIONS)), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return language


def update_catalogues() -> None:
    """Regenerate the .ts from the sources (keeping translations) and compile the .qm."""
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in Path(__file__).parent.rglob("*.py") if "cli" not in p.parts)
    ts = TRANSLATIONS / "verbatim_fr.ts"
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
    subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__" and "--update" in sys.argv:
    update_catalogues()
