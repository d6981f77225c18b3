"""Dialogs: auto-coding with preview (one undo step), Word and table exports, import job, cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coding import commands as cmd


def _wait_job(qtbot, job):
    with qtbot.waitSignal(job.signals.finished, timeout=10000) as blocker:
        pass
    return blocker.args[0]


def test_autocode_preview_then_one_undo_step(window, qtbot):
    from app.dialogs.autocode import AutocodeDialog

    dialog = AutocodeDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.pattern.setText("fatigue")
    dialog.scope.setCurrentIndex(dialog.scope.findData("sentence"))
    dialog.use_new.setChecked(True)
    dialog.new_path.setText("Conditions/Fatigue")
    job = dialog.preview()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["Marie", "Paul", "Sophie"]
    assert dialog.code_button.text().startswith("Code 3")
    dialog.table.item(2, 0).setCheckState(Qt.CheckState.Unchecked)  # leave one hit out
    depth = window.controller.undo_stack.count()
    assert dialog.code_hits()
    assert window.controller.undo_stack.count() == depth + 1
    code = next(c for c in window.controller.codes() if c.path == "Conditions/Fatigue")
    assert window.codebook.model.counts[code.id].codings == 2
    window.controller.undo_stack.undo()
    assert "Conditions/Fatigue" not in {c.path for c in window.controller.codes()}
    assert job is not None


def test_autocode_excludes_interviewer(window, qtbot):
    from app.dialogs.autocode import AutocodeDialog

    dialog = AutocodeDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.pattern.setText("équipe")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)
    speakers = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "Animatrice" not in speakers and "Enquêteur" not in speakers
    # each hit is shown in its context, as in a concordance: before | hit | after
    for row, hit in enumerate(dialog.hits):
        before, shown, after = (dialog.table.item(row, c).text() for c in (2, 3, 4))
        assert shown.lower() == "équipe"
        document = " ".join(window.controller.document(hit.document_id).text.split())
        assert f"{before.lstrip('…')}{shown}{after.rstrip('…')}".strip() in document


def test_export_docx_of_checked_codes(window, qtbot, tmp_path):
    from docx import Document as Docx

    from app.dialogs.export_docx import ExportDocxDialog

    c = window.controller
    c.execute(cmd.EnsureCodePath("Collectif"))
    c.execute(cmd.EnsureCodePath("Salaire"))
    ids = {code.path: code.id for code in c.codes()}
    from tests.app.conftest import select_text

    select_text(window, "l’équipe avant tout")
    window.coding.code_selection(ids["Collectif"])
    select_text(window, "le salaire compte")
    window.coding.code_selection(ids["Salaire"])
    dialog = ExportDocxDialog(c, window)
    qtbot.addWidget(dialog)
    dialog.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)  # Salaire
    assert dialog.checked_code_ids() == (ids["Collectif"],)
    path = str(tmp_path / "extraits.docx")
    assert _wait_job(qtbot, dialog.export_to(path)) == path
    text = "\n".join(p.text for p in Docx(path).paragraphs)
    assert "l’équipe avant tout" in text and "le salaire compte" not in text


def test_export_table_xlsx_and_csv(window, tmp_path):
    from app.dialogs.export_docx import export_table

    window.controller.execute(cmd.EnsureCodePath("Collectif"))
    from tests.app.conftest import select_text

    select_text(window, "l’équipe avant tout")
    window.coding.code_selection()
    window.codebook.select_code(window.controller.codes()[0].id)
    window.coding.code_selection()
    assert export_table(window.controller, window, str(tmp_path / "codages.xlsx")) == 1
    assert export_table(window.controller, window, str(tmp_path / "codages.csv")) == 1
    assert "l’équipe avant tout" in (tmp_path / "codages.csv").read_text(encoding="utf-8-sig")


def test_import_job_adds_documents_and_refreshes(window, qtbot, tmp_path, monkeypatch):
    from app.dialogs.import_dialog import start_import
    from corpus.importers.base import ImportOptions

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    source = tmp_path / "Entretien Luc.txt"
    source.write_text("Enquêteur : Bonjour.\nLuc : Bonjour, je suis kiné.\n", encoding="utf-8")
    job = start_import(window, [([str(source)], ImportOptions())])
    report = _wait_job(qtbot, job)
    assert [d.name for d in report.documents] == ["Entretien Luc"]
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 3, timeout=5000)


def test_import_failure_is_shown(window, qtbot, tmp_path, monkeypatch):
    from app.dialogs.import_dialog import start_import
    from corpus.importers.base import ImportOptions

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    bad = tmp_path / "vieux.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    job = start_import(window, [([str(bad)], ImportOptions())])
    with qtbot.waitSignal(job.signals.failed, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert "vieux.doc" in shown[0] and ".docx" in shown[0]


def test_survey_columns_dialog_shows_guess(qtbot, tmp_path):
    from app.dialogs.import_dialog import SurveyColumnsDialog

    path = tmp_path / "enquete.csv"
    path.write_text("id;âge;Réponse libre\nr1;34;J’aime mon travail mais la fatigue est là.\n"
                    "r2;45;Le salaire est trop bas pour ce que l’on fait.\n", encoding="utf-8")
    dialog = SurveyColumnsDialog(str(path))
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.text_columns == ("Réponse libre",) and options.id_column == "id"


def test_cases_dialog_rename_interviewer_attribute_merge(window, qtbot, monkeypatch):
    from app.dialogs.cases import INTERVIEWER, NAME, CasesDialog

    c = window.controller
    dialog = CasesDialog(c, window)
    qtbot.addWidget(dialog)
    row = next(i for i, case in enumerate(dialog.cases) if case.name == "Paul")
    dialog.table.item(row, NAME).setText("Paul D.")
    assert "Paul D." in {case.name for case in c.cases()}
    row = next(i for i, case in enumerate(dialog.cases) if case.name == "Paul D.")
    dialog.table.item(row, INTERVIEWER).setCheckState(Qt.CheckState.Checked)
    assert next(case for case in c.cases() if case.name == "Paul D.").interviewer
    col = dialog.attribute_names().index("rôle") + 3
    row = next(i for i, case in enumerate(dialog.cases) if case.name == "Paul D.")
    dialog.table.item(row, col).setText("infirmier")
    assert next(case for case in c.cases() if case.name == "Paul D.").attributes["rôle"] == "infirmier"
    c.undo_stack.undo()
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert "Paul" in {case.name for case in c.cases()}
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    names = [case.name for case in dialog.cases]
    for name in ("Animatrice", "Enquêteur"):
        dialog.table.selectionModel().select(dialog.table.model().index(names.index(name), 0),
                                             dialog.table.selectionModel().SelectionFlag.Select
                                             | dialog.table.selectionModel().SelectionFlag.Rows)
    target = next(case.id for case in dialog.cases if case.name == "Animatrice")
    assert dialog.merge_selected(target) == 2
    assert "Enquêteur" not in {case.name for case in c.cases()}
    assert "Enquêteur" not in {case.name for case in dialog.cases}  # the dialog follows
    c.undo_stack.undo()
    assert "Enquêteur" in {case.name for case in c.cases()}
    assert "Enquêteur" in {case.name for case in dialog.cases}
    c.undo_stack.redo()
    assert "Enquêteur" not in {case.name for case in c.cases()}
