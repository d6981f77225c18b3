"""Every UI string translatable: the tr() checker, complete and compiled French and English catalogues,
English plurals ("1 coding" / "3 codings") and the language chosen from the system locale."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.i18n import LANGUAGES, TRANSLATIONS, install_translators, remove_translators, ui_language, ui_sources

CHECKER = runpy.run_path(str(TRANSLATIONS / "check_tr.py"))
BIN = Path(sys.executable).parent


@pytest.fixture
def translators(qapp):
    """Install a language for one test; the sources (English as written) come back afterwards."""
    yield lambda language: install_translators(qapp, language)
    remove_translators(qapp)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_ui_string_goes_through_tr():
    findings = CHECKER["check"]()
    assert not findings, "untranslated UI strings (wrap in self.tr / QCoreApplication.translate, or allow-list " \
                         "them in resources/translations/check_tr.py):\n" + "\n".join(map(str, findings))


def test_checker_reports_what_it_should(tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton\n"
        "class Panel:\n"
        "    def build(self, n, view):\n"
        "        QLabel('Hello there', self)\n"                                  # 5: bare literal
        "        self.button.setToolTip(f'{n} codes shown')\n"                   # 6: f-string
        "        QMessageBox.warning(self, 'Oops', self.tr('Fine'))\n"           # 7: title not translated
        "        self.box.setHorizontalHeaderLabels([self.tr('Code'), 'Count'])\n"  # 8: one of a list
        "        self.label.setText(self.tr('%1 excerpt(s)').replace('%1', str(n)))\n"  # 9: manual plural
        "        view.tr('Elsewhere')\n"                                          # 10: wrong context
        "        QPushButton(self.tr('OK %n time(s)', '', n), self)\n"            # fine
        "        QLabel('CSV', self); QLabel('<b>{}</b>'.format(n)); QLabel(' — ')\n"  # fine: allowed, markup
        "        self.combo.addItem(self.tr('Code'), 'code')\n"                   # fine: user data
        "def outside(n):\n"
        "    QCoreApplication.translate('Ctx', '%n row(s)', '', n)\n"             # 15: lupdate drops the n
        "    return QCoreApplication.translate('Ctx', 'Saved')\n")              # fine
    lines = sorted(f.line for f in CHECKER["check_file"](source))
    assert lines == [5, 6, 7, 8, 9, 10, 15]


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_up_to_date_with_the_sources(language, tmp_path):
    """lupdate on the current sources adds nothing to the shipped .ts and every message is translated
    (after adding strings: ``python -m app.i18n --update``, with their French in resources/translations)."""
    shipped = TRANSLATIONS / f"verbatim_{language}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    extra = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", *extra, *ui_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(shipped)), "run python -m app.i18n --update"
    problems = []
    for (context, source), message in messages(shipped).items():
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text]
        if translation.get("type") or not all(forms) or (message.get("numerus") == "yes" and len(forms) != 2):
            problems.append(f"{context}: {source!r}")
        if language == "en" and message.get("numerus") != "yes":
            problems.append(f"{context}: {source!r} (the English catalogue only holds plurals)")
    assert not problems, f"untranslated in {shipped.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_is_compiled_from_the_ts(language, tmp_path):
    ts = TRANSLATIONS / f"verbatim_{language}.ts"
    qm = tmp_path / f"verbatim_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run python -m app.i18n --update"


def test_english_plurals(translators):
    assert translators("en") == "en"
    tr = QCoreApplication.translate
    assert tr("CodebookPanel", "%n coding(s) will be deleted with it.", "", 1) == "1 coding will be deleted with it."
    assert tr("CodebookPanel", "%n coding(s) will be deleted with it.", "", 3) == "3 codings will be deleted with it."
    assert tr("ExcerptsPanel", "%n excerpt(s)", "", 1) == "1 excerpt"
    assert tr("ExcerptsPanel", "%n excerpt(s)", "", 0) == "0 excerpts"
    assert tr("GridModel", "%n excerpt(s)", "", 2) == "2 excerpts"
    assert tr("CodebookPanel", "New code") == "New code"  # the rest reads as written


def test_french_plurals_and_contexts(translators):
    assert translators("fr") == "fr"
    tr = QCoreApplication.translate
    assert tr("GridModel", "%n excerpt(s)", "", 1) == "1 extrait"
    assert tr("ImportDialog", "%n document(s) imported.", "", 2) == "2 documents importés."
    assert tr("Exchange", "Unexpected error: %1") == "Erreur inattendue : %1"
    assert tr("RefiActions", "Add to the open project") == "Ajouter au projet ouvert"


def test_could_not_write_is_french(translators, qapp, tmp_path, monkeypatch):
    """The export error of the result views is raised outside any class: it needs its own context."""
    from app.lexviews._common import file_action

    class View(QWidget):
        def ask_path(self, title, filters, suggested):
            return tmp_path / "out.csv"

    def fail(path):
        raise OSError("disk full")

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    translators("fr")
    view = View()
    file_action(view, "Export", "CSV (*.csv)", "out.csv", fail).trigger()
    assert shown and shown[0].startswith("Impossible d’écrire") and "disk full" in shown[0]


def test_default_language_follows_the_system_locale(monkeypatch):
    monkeypatch.delenv("VERBATIM_LANG", raising=False)
    assert ui_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "fr"
    assert ui_language(QLocale(QLocale.Language.French, QLocale.Country.Belgium)) == "fr"
    assert ui_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert ui_language(QLocale(QLocale.Language.Spanish)) == "en"
    monkeypatch.setenv("VERBATIM_LANG", "en")
    assert ui_language(QLocale(QLocale.Language.French)) == "en"
    monkeypatch.setenv("VERBATIM_LANG", "fr")
    assert ui_language(QLocale(QLocale.Language.English)) == "fr"


def test_checker_reports_translations_inside_f_strings(tmp_path):
    """pyside6-lupdate skips calls inside f-strings: their text would never reach the catalogue."""
    source = tmp_path / "sample.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def label(n):\n"
        "    return f\"{QCoreApplication.translate('Ctx', 'All files')} (*)\"\n"   # 3: unreadable
        "def fine(n):\n"
        "    text = QCoreApplication.translate('Ctx', 'All files')\n"
        "    return f'{text} (*)'\n")
    assert [f.line for f in CHECKER["check_file"](source)] == [3]
