"""Qt's own dialogs in French: the file dialog (Qt's widget one, used where no platform dialog exists),
message box buttons, the colour and input dialogs. qtbase_fr.qm of Qt 6 misses the strings whose
accelerator moved ("&Look in:", "Files of &type:"); app.i18n's fallback translates them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QLabel, QMessageBox, QProgressDialog

from app.i18n import install_translators, qt_translations_folder, remove_translators, with_mnemonic
from tests.app.i18n_scan import english_hits, plain, visible_texts

# Texts that read the same in both languages (or are data: the filter, a colour, numbers).
NEUTRAL = {"OK", "Type", "Verbatim (*.vbt)", "#ffffff", "0", "255", "t", Path.home().name}  # home: the sidebar
EMPTY_FOLDER = [""]  # the file dialog shows an empty folder: file names and dates are no UI text


def _file_dialog() -> QFileDialog:
    dialog = QFileDialog(None, "t", EMPTY_FOLDER[0], "Verbatim (*.vbt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _message_box() -> QMessageBox:
    buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
               | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Close)
    return QMessageBox(QMessageBox.Icon.Question, "t", "t", buttons)


def _colour_dialog() -> QColorDialog:
    dialog = QColorDialog()
    dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    return dialog


DIALOGS = {"file": _file_dialog, "message box": _message_box, "colour": _colour_dialog,
           "input": QInputDialog, "progress": QProgressDialog}


def _texts_in(qtbot, language: str, make) -> list[str]:  # noqa: ANN001
    install_translators(QCoreApplication.instance(), language)
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        return [plain(t) for t in visible_texts(dialog) if not t.startswith("/")]  # paths are data
    finally:
        dialog.close()


@pytest.fixture
def restore_language(qapp, tmp_path):
    EMPTY_FOLDER[0] = str(tmp_path)
    yield
    remove_translators(qapp)


def test_qtbase_french_catalogue_ships_with_pyside6():
    assert QTranslator().load("qtbase_fr", qt_translations_folder())


@pytest.mark.parametrize("name", list(DIALOGS))
def test_standard_dialog_has_no_english_left_in_french(qtbot, restore_language, name):
    english = set(_texts_in(qtbot, "en", DIALOGS[name]))
    french = _texts_in(qtbot, "fr", DIALOGS[name])
    assert english - NEUTRAL, "the English dialog shows texts"
    assert not english_hits(french, english, NEUTRAL), f"English left in the French {name} dialog"


def test_file_dialog_labels_in_french(qtbot, restore_language):
    labels = _texts_in(qtbot, "fr", _file_dialog)
    assert "Voir dans\u00a0:" in labels and "Fichiers de type\u00a0:" in labels and "Nom de fichier\u00a0:" in labels
    install_translators(QCoreApplication.instance(), "fr")
    dialog = _file_dialog()
    qtbot.addWidget(dialog)
    assert "Fichiers de &type\u00a0:" in [label.text() for label in dialog.findChildren(QLabel)]  # Alt+T kept


def test_message_box_buttons_in_french(qtbot, restore_language):
    install_translators(QCoreApplication.instance(), "fr")
    box = _message_box()
    qtbot.addWidget(box)
    assert {plain(b.text()) for b in box.buttons()} == {"Oui", "Non", "Annuler", "Enregistrer", "Ne pas tenir compte",
                                                         "Fermer"}


def test_mnemonic_goes_back_on_the_same_letter_when_the_translation_has_it():
    assert with_mnemonic("Fichiers de type :", "Files of &type:") == "Fichiers de &type :"
    assert with_mnemonic("Voir dans :", "&Look in:") == "Voir dans :"
    assert with_mnemonic("Enregistrer", "&Save") == "Enregi&strer"
    assert with_mnemonic("&Ouvrir", "&Open") == "&Ouvrir"  # already has one
    assert with_mnemonic("Tom && Jerry", "Tom && &Jerry") == "Tom && &Jerry"


def test_text_field_context_menu_and_button_box_in_french(qtbot, restore_language):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    install_translators(QCoreApplication.instance(), "fr")
    field = QLineEdit()
    qtbot.addWidget(field)
    entries = [plain(a.text().split("\t")[0]) for a in field.createStandardContextMenu().actions() if a.text()]
    assert entries == ["Annuler", "Rétablir", "Couper", "Copier", "Coller", "Supprimer", "Tout sélectionner"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Help)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Aide", "Annuler", "OK"]


def test_a_string_no_catalogue_holds_stays_as_written(restore_language):
    """The fallback translator must answer a miss with a null string: an empty one would blank the text."""
    install_translators(QCoreApplication.instance(), "fr")
    assert QCoreApplication.translate("Nowhere", "Not translated") == "Not translated"
    assert QCoreApplication.translate("Nowhere", "&Not translated") == "&Not translated"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "Voir dans\u00a0:"
