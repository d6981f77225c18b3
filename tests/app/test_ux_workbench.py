"""Regressions found by walking through the coding workbench in a real window."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QDialog

from app.dialogs.code_picker import NEW_CODE, CodePicker
from app.models.codebook import DESCRIPTION, DOCS_ALL, NAME
from coding import commands as cmd
from tests.app.conftest import select_text


def _code(window, path: str) -> int:
    window.controller.execute(cmd.EnsureCodePath(path))
    return next(c.id for c in window.controller.codes() if c.path == path)


def test_window_fits_a_small_laptop_screen(window, monkeypatch):
    """The first start used 1400×880, larger than a 1366×768 laptop: docks and status bar cut off."""
    screen = window.screen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda _self: QRect(0, 0, 1366, 740))
    window.resize(1400, 880)
    window.fit_to_screen()
    assert window.width() <= 1366 and window.height() <= 740


def test_first_start_shows_the_excerpts_and_a_hint(window):
    assert window.dock_excerpts.isVisible() and not window.dock_excerpts.visibleRegion().isEmpty()
    assert window.statusBar().currentMessage()  # how to start
    assert window.excerpts.count.text()  # "select a code…" rather than an empty table


def test_code_picker_return_accepts_and_matches_without_accents(window, qtbot):
    _code(window, "Inégalités")
    picker = CodePicker(window.controller.codes(), window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "inegalites")
    assert picker.list.count() == 1 and picker.list.item(0).text() == "Inégalités"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen_id != NEW_CODE


def test_code_picker_return_creates_a_new_accented_code(window, qtbot):
    picker = CodePicker(window.controller.codes(), window)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setText("fatigué")  # QTest cannot type accents
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen_id == NEW_CODE and picker.new_name == "fatigué"


def test_selection_starting_on_a_speaker_label_codes_the_speech_only(window):
    """A drag from the blank line above a turn used to code "[00:00:12] Marie :" too."""
    text = window.viewer.text.text
    label = text.index("[00:00:12] Marie")
    end = text.index("Moi c’est l’envie d’aider") + len("Moi c’est l’envie d’aider")
    window.viewer.text.select_span(label - 1, end)
    start, stop = window.viewer.text.selected_span()
    assert text[start:stop] == "Moi c’est l’envie d’aider"


def test_excerpts_show_the_sub_code_not_its_truncated_parent(window, qtbot):
    parent = _code(window, "Conditions de travail")
    child = _code(window, "Conditions de travail/Fatigue")
    select_text(window, "la fatigue arrive vite")
    window.coding.code_selection(child)
    window.codebook.select_code(parent)
    model = window.excerpts.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    index = model.index(0, 1)
    assert model.data(index) == "Fatigue"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Conditions de travail/Fatigue"


def test_codebook_names_and_counts_fit_a_narrow_dock(window):
    """Five count columns and a fixed name width needed a horizontal scroll bar; long in-vivo names
    hid the counts."""
    panel = window.codebook
    _code(window, "Temps et organisation/Frontière travail–maison")
    _code(window, "et maintenant c’est un accord d’entreprise. Honnêtement, je ne reviendrais pas")
    panel.tree.expandAll()
    window.dock_codebook.resize(440, 400)
    panel.resize(440, 400)
    assert panel.tree.isColumnHidden(DOCS_ALL) and panel.tree.isColumnHidden(DESCRIPTION)
    shown = [c for c in range(1, 5) if not panel.tree.isColumnHidden(c)]
    used = panel.tree.columnWidth(NAME) + sum(panel.tree.header().sectionSizeHint(c) for c in shown)
    assert used <= panel.tree.viewport().width() + 2


def test_codebook_columns_can_be_shown_again_and_are_remembered(window):
    panel = window.codebook
    panel.toggle_column(DOCS_ALL, True)
    assert not panel.tree.isColumnHidden(DOCS_ALL)
    assert QSettings().value("codebook/hidden_columns") == str(DESCRIPTION)
    code = _code(window, "Fatigue")
    panel.edit_description(code)  # editing a description shows its column
    assert not panel.tree.isColumnHidden(DESCRIPTION)
