"""The review dialog: detection in a job, accept/reject, merge, add a selected form, write the copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.pseudo.dialog import PseudonymiseDialog
from app.pseudo.review_model import REPLACEMENT, SURFACE
from coding.testing import make_project, transcript
from corpus.documents import CorpusService
from corpus.pseudonymise import read_table
from corpus.store.project import Project
from tests.app.conftest import finish

TEXT = ("Enquêtrice : Où travaillez-vous ?\n"
        "Léa Martin : Chez Renault à Villeurbanne, avec Karim Benali et Karim. Le Bistrot du Coin aussi.\n"
        "Léa Martin : Appelez le 06 12 34 56 78.\n")


@pytest.fixture
def project(tmp_path: Path):
    project = make_project(tmp_path / "terrain.vbt", [transcript("Entretien", TEXT)])
    yield project
    project.close()


def _row(dialog: PseudonymiseDialog, surface: str) -> int:
    return next(i for i, r in enumerate(dialog.model.rows) if r.surface == surface)


def _select(dialog: PseudonymiseDialog, rows: list[int]) -> None:
    dialog.view.clearSelection()
    selection = dialog.view.selectionModel()
    for row in rows:
        index = dialog.proxy.mapFromSource(dialog.model.index(row, 0))
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_pseudo_dialog_review_and_copy(qtbot, project, tmp_path: Path):
    dialog = PseudonymiseDialog(project)
    qtbot.addWidget(dialog)
    dialog.use_ner.setChecked(False)
    assert not dialog.copy_button.isEnabled()
    assert finish(qtbot, dialog.start_detection()) is True
    surfaces = {r.surface for r in dialog.model.rows}
    assert {"Léa Martin", "Renault", "Villeurbanne", "Karim Benali", "Karim", "06 12 34 56 78"} <= surfaces
    # keep the town, merge the two forms of Karim, rename the phone's replacement
    _select(dialog, [_row(dialog, "Villeurbanne")])
    dialog.reject_button.click()
    _select(dialog, [_row(dialog, "Karim Benali"), _row(dialog, "Karim")])
    dialog.merge_button.click()
    assert dialog.model.rows[_row(dialog, "Karim")].replacement == dialog.model.rows[_row(dialog, "Karim Benali")].replacement
    phone = dialog.model.index(_row(dialog, "06 12 34 56 78"), REPLACEMENT)
    assert dialog.model.setData(phone, "[numéro]")
    # a missed form, selected in the preview
    _select(dialog, [_row(dialog, "Renault")])
    dialog.view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(_row(dialog, "Renault"), SURFACE)))
    preview = dialog.preview.toPlainText()
    assert "Renault" in preview
    cursor = dialog.preview.textCursor()
    start = preview.index("Bistrot du Coin")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Bistrot du Coin"), cursor.MoveMode.KeepAnchor)
    dialog.preview.setTextCursor(cursor)
    assert dialog.add_edit.text() == "Bistrot du Coin"
    dialog.add_kind.setCurrentIndex(dialog.add_kind.findData("organisation"))
    dialog.add_button.click()
    added = dialog.model.rows[_row(dialog, "Bistrot du Coin")]
    assert added.count == 1 and added.replacement.startswith("[Organisation")

    copy, table = tmp_path / "copie.vbt", tmp_path / "table.csv"
    assert finish(qtbot, dialog.start_copy(copy, table)) is True
    with Project.open(copy, readonly=True) as pseudo:
        text = next(iter(CorpusService(pseudo).texts().values()))
    assert "Villeurbanne" in text and "[numéro]" in text
    for name in ("Léa", "Renault", "Karim", "Bistrot du Coin", "06 12"):
        assert name not in text
    assert {r.surface for r in read_table(table)} == {r.surface for r in dialog.model.rows}
    assert "Renault" in CorpusService(project).texts()[1]  # the open original is unchanged


def test_pseudo_dialog_refuses_the_original_as_copy(qtbot, project, monkeypatch):
    dialog = PseudonymiseDialog(project)
    qtbot.addWidget(dialog)
    warned = []
    monkeypatch.setattr("app.pseudo.dialog.QMessageBox.warning", lambda *a: warned.append(a))
    assert dialog.start_copy(Path(project.path), Path(project.path).with_suffix(".csv")) is None
    assert warned
