"""File > Export / Import of REFI-QDA projects and codebooks, the data-loss dialog, the Iramuteq export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import app.exchange.refi_actions as refi_actions
from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.types import Span
from corpus.documents import CorpusService
from tests.app.conftest import finish


def code_some(window) -> None:
    """Two codes and three codings by alice, through the services, then refresh the views."""
    project = window.controller.project
    books, codings = CodebookService(project), CodingService(project)
    doc = CorpusService(project).find_document("Focus group soignants")
    team, fatigue = books.ensure_path("Collectif/Équipe"), books.ensure_path("Fatigue")
    for code, needle in ((team, "on tient grâce à l'équipe"), (team, "l’équipe avant tout"),
                         (fatigue, "la fatigue arrive vite")):
        start = doc.text.index(needle)
        codings.apply(code.id, [Span(doc.id, start, start + len(needle))], "alice")
    for kind in ("codes", "codings"):
        window.controller.notify(kind)


def test_exchange_menus_are_installed(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Queries" in titles and titles.index("&Queries") < titles.index("&View")
    ex = window.exchange
    assert ex.act_export_qdpx.text().startswith("REFI-QDA project") and ex.act_import_qdc is not None


def test_export_then_import_qdpx_into_a_new_project(window, qtbot, tmp_path, monkeypatch):
    code_some(window)
    target = tmp_path / "out.qdpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "out"), "")))
    refi = window.exchange.refi
    assert finish(qtbot, refi.export_qdpx()) is True
    assert target.is_file()
    dialog = refi.report_dialog
    assert dialog is not None and dialog.isVisible() and "out.qdpx" in dialog.windowTitle()
    assert "3 coding" in dialog.summary.text()  # "3 codings" once the English catalogue is loaded
    dialog.close()

    new_project = tmp_path / "copy.vbt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "copy"), "")))
    monkeypatch.setattr(refi_actions, "ask_import_target", lambda parent, has_project: "new")
    assert finish(qtbot, refi.import_qdpx()) is True  # reading the positions (all convincing: no question)
    assert refi.readings_dialog is None
    assert finish(qtbot, refi.last_job) is True
    assert Path(window.controller.project.path) == new_project
    assert {c.path for c in window.controller.codes()} >= {"Collectif/Équipe", "Fatigue"}
    assert len(CodingService(window.controller.project).codings()) == 3
    report = refi.report_dialog
    assert report.isVisible() and "out.qdpx" in report.windowTitle()
    text = report.text()
    assert "documents" in text
    saved = report.save(str(tmp_path / "report.txt"))
    assert Path(saved).read_text(encoding="utf-8") == text


def test_import_qdpx_into_the_current_project_refreshes_views(window, qtbot, tmp_path, monkeypatch):
    code_some(window)
    path = tmp_path / "mine.qdpx"
    finish(qtbot, window.exchange.refi.export_qdpx(str(path)))
    window.exchange.refi.report_dialog.close()
    seen = []
    window.controller.changed.connect(lambda kind, _ids: seen.append(kind))
    assert finish(qtbot, window.exchange.refi.import_qdpx_into_current(str(path))) is True
    assert {"documents", "codes", "codings"} <= set(seen)
    dialog = window.exchange.refi.report_dialog
    assert dialog.isVisible()
    assert any("already in the project" in e.detail for e in dialog.report.entries)
    assert any(title.startswith("Warnings") for title in dialog.groups())


def test_import_of_a_broken_file_shows_a_clear_error(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "broken.qdpx"
    bad.write_bytes(b"not a zip at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    result = finish(qtbot, window.exchange.refi.import_qdpx_into_current(str(bad)))
    assert isinstance(result, Exception)
    assert shown and "broken.qdpx" in shown[0]
    assert window.exchange.refi.report_dialog is None


def test_import_into_a_new_project_removes_it_on_failure(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "broken.qdpx"
    bad.write_bytes(b"PK not really")
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: None))
    before = window.controller.project.path
    finish(qtbot, window.exchange.refi.import_qdpx_into_new(str(bad), str(tmp_path / "new.vbt")))
    assert not (tmp_path / "new.vbt").exists()
    assert window.controller.project.path == before


def test_qdc_export_and_import(window, qtbot, tmp_path, monkeypatch):
    code_some(window)
    path = tmp_path / "book.qdc"
    finish(qtbot, window.exchange.refi.export_qdc(str(path)))
    assert path.is_file() and window.exchange.refi.report_dialog.isVisible()
    assert finish(qtbot, window.exchange.refi.import_qdc(str(path))) is True
    assert "3 code" in window.exchange.refi.report_dialog.summary.text()


def test_iramuteq_dialog_exports_turns_without_interviewer(window, qtbot, tmp_path, monkeypatch):
    from app.exchange.iramuteq_dialog import IramuteqDialog

    code_some(window)
    dialog = IramuteqDialog(window.controller, window)
    qtbot.addWidget(dialog)
    assert not dialog.tree.isEnabled()
    dialog.unit.setCurrentIndex(dialog.unit.findData("turn"))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: infos.append(text)))
    out = tmp_path / "corpus.txt"
    finish(qtbot, dialog.export_to(str(out)))
    text = out.read_text(encoding="utf-8")
    assert text.startswith("****") and "Animatrice" not in text and infos and "text(s)" in infos[0]


@pytest.mark.parametrize("unit", ["code"])
def test_iramuteq_dialog_by_code_needs_a_code(window, qtbot, monkeypatch, unit):
    from app.exchange.iramuteq_dialog import IramuteqDialog

    code_some(window)
    dialog = IramuteqDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
    asked = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: asked.append(a)))
    dialog._ask_path()
    assert asked  # nothing ticked
    fatigue = next(c.id for c in window.controller.codes() if c.path == "Fatigue")
    dialog.tree.set_checked({fatigue})
    assert dialog.options()["code_ids"] == [fatigue]


AMBIGUOUS_SRC = "69a4332d-5b31-4915-b520-5275cfc21b40"


def ambiguous_qdpx(path: Path) -> Path:
    """One selection in a text of one-letter words after an emoji: every reading lands on word boundaries."""
    import zipfile

    code = "d7aa29da-519b-4946-9b90-253b6db8fd0a"
    xml = ('<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="T" origin="">'
           f'<CodeBook><Codes><Code guid="{code}" name="Lettre" isCodable="true"/></Codes></CodeBook>'
           f'<Sources><TextSource guid="{AMBIGUOUS_SRC}" name="Lettres" plainTextPath="internal://l.txt">'
           '<PlainTextSelection guid="00000000-0000-0000-0000-000000000001" startPosition="5" endPosition="6">'
           f'<Coding guid="10000000-0000-0000-0000-000000000001"><CodeRef targetGUID="{code}"/></Coding>'
           '</PlainTextSelection></TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", xml)
        zf.writestr("sources/l.txt", "😀 a b c d e f g h".encode())
    return path


def test_import_qdpx_lets_the_user_choose_an_unclear_reading(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.exchange.readings_dialog import ReadingsDialog

    path = ambiguous_qdpx(tmp_path / "ambigu.qdpx")
    shown = []

    def choose_utf16(dialog):
        shown.append([dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())])
        dialog.choose(0, "utf16-nobom-crlf2")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReadingsDialog, "exec", choose_utf16)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(refi_actions, "ask_import_target", lambda parent, has_project: "current")
    refi = window.exchange.refi
    assert finish(qtbot, refi.import_qdpx()) is True
    assert shown == [["Not convincing: please check"]]
    assert refi.readings_dialog.forced() == {AMBIGUOUS_SRC: "utf16-nobom-crlf2"}
    assert finish(qtbot, refi.last_job) is True
    project = window.controller.project
    doc = CorpusService(project).find_document("Lettres")
    assert [c.snippet for c in CodingService(project).codings() if c.span.document_id == doc.id] == ["b"]
    dialog = refi.report_dialog
    assert dialog.report.readings[0].forced
    assert any(title.startswith("Positions of the selections") for title in dialog.groups())


def test_import_qdpx_cancelled_at_the_reading_question_imports_nothing(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app.exchange.readings_dialog import ReadingsDialog

    path = ambiguous_qdpx(tmp_path / "ambigu.qdpx")
    monkeypatch.setattr(ReadingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    asked = []
    monkeypatch.setattr(refi_actions, "ask_import_target", lambda parent, has_project: asked.append(1) or "current")
    assert finish(qtbot, window.exchange.refi.import_qdpx()) is True
    assert window.exchange.refi.last_job is None and asked == []
    assert "Lettres" not in {d.name for d in CorpusService(window.controller.project).documents()}
