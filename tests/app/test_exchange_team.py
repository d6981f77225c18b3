"""Team tools: inter-coder agreement window and merging a coder's copy."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.exchange.agreement_dialog import AgreementModel, fmt
from coding.agreement import Agreement, AgreementReport
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.testing import transcript
from coding.types import Span
from corpus.documents import CorpusService
from corpus.store.project import Project
from tests.app.conftest import finish


def code(project, coder: str, path: str, needle: str, document: str = "Focus group soignants") -> None:
    doc = CorpusService(project).find_document(document)
    start = doc.text.index(needle)
    CodingService(project).apply(CodebookService(project).ensure_path(path).id,
                                 [Span(doc.id, start, start + len(needle))], coder)


def two_coders(window) -> None:
    project = window.controller.project
    code(project, "alice", "Fatigue", "la fatigue arrive vite")
    code(project, "bob", "Fatigue", "la fatigue arrive vite")
    code(project, "alice", "Équipe", "l’équipe avant tout")
    code(project, "bob", "Équipe", "l’équipe avant")
    window.controller.notify("codings")


def test_agreement_table_and_disagreements(window, qtbot, qtmodeltester):
    two_coders(window)
    dialog = window.exchange.open_agreement()
    assert dialog.coder_a.findText("bob") >= 0
    dialog.coder_a.setCurrentText("alice")
    dialog.coder_b.setCurrentText("bob")
    assert finish(qtbot, dialog.compute()) is True
    model = dialog.model
    qtmodeltester.check(model)
    rows = {model.cell(r, 0): [model.cell(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())}
    assert list(rows) == ["Fatigue", "Équipe", "All codes"]
    units = str(len(CorpusService(window.controller.project).find_document("Focus group soignants").text))
    assert rows["Fatigue"][1:] == [units, "22", "0", "0", "100.0", "1.00", "1.00"]
    assert rows["Équipe"][2:5] == ["14", "5", "0"]
    report = model.rows[1]
    assert rows["Équipe"][6] == f"{report.kappa:.2f}" and rows["Équipe"][7] == f"{report.alpha:.2f}"
    assert rows["All codes"][2] == "36"
    qtmodeltester.check(dialog.disagreements)
    assert dialog.disagreements.rowCount() == 1
    assert [dialog.disagreements.index(0, c).data() for c in range(4)] == [
        "Focus group soignants", "Équipe", "tout", "alice"]
    window.viewer.text.setTextCursor(window.viewer.text.cursor_at(0))
    dialog._jump(dialog.disagreements.index(0, 0))
    assert window.viewer.text.textCursor().selectedText() == " tout"


def test_undefined_statistics_show_a_dash(qapp):
    model = AgreementModel()
    nobody = Agreement(7, "Rien", 0, 0, 0, 40)
    model.set_report(AgreementReport("a", "b", "character", [nobody], nobody))
    assert [model.cell(0, c) for c in (5, 6, 7)] == ["100.0", "—", "—"]
    assert fmt(None) == "—" and fmt(0.123) == "0.12"


def test_agreement_errors_are_shown(window, qtbot, monkeypatch):
    two_coders(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    dialog = window.exchange.open_agreement()
    dialog.coder_a.setCurrentText("bob")
    dialog.coder_b.setCurrentText("bob")
    finish(qtbot, dialog.compute())
    assert shown == ["Choose two different coders."] and dialog.compute_button.isEnabled()


def test_merge_a_coders_copy(window, qtbot, project_template, tmp_path, monkeypatch):
    theirs = tmp_path / "carla.vbt"
    shutil.copy(project_template, theirs)
    with Project.open(theirs) as other:
        code(other, "carla", "Fatigue", "La fatigue est constante", "Entretien Sophie")
        CorpusService(other).add_documents([transcript("Entretien Léa", "Léa : Je travaille de nuit.")])
        code(other, "carla", "Nuit", "Je travaille de nuit", "Entretien Léa")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(theirs), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    seen = []
    window.controller.changed.connect(lambda kind, _ids: seen.append(kind))
    assert finish(qtbot, window.exchange.merging.run()) is True
    dialog = window.exchange.merging.report_dialog
    assert dialog.isVisible() and "carla.vbt" in dialog.windowTitle()
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["New documents (1)", "New speakers or groups (1)", "New codes (2)", "New coders (1)"]
    assert "2 coding(s) added" in dialog.summary.text()
    assert {"documents", "codes", "codings"} <= set(seen)
    assert "Entretien Léa" in [d.name for d in window.controller.documents()]
    assert "carla" in window.controller.coders()


def test_merge_cancelled_does_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "x.vbt"), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert window.exchange.merging.run() is None
