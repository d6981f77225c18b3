"""A research assistant's first day, driven through the real main window (issue 13).

New project -> import 3 files -> open each -> code by click, by quick key, by drag -> undo/redo ->
memo on a coding -> excerpts filtered by speaker -> Word export; at each step the test checks what
the user sees (viewer, codebook counts, stripes, status bar, excerpts, the .docx read back).
"""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.app.conftest import finish, select_text

INTERVIEW_TXT = (
    "Enquêteur : Comment se passe votre semaine ?\n"
    "Marie : Je travaille de nuit. La fatigue arrive vite, surtout en fin de semaine.\n"
    "Enquêteur : Et votre équipe ?\n"
    "Marie : L’équipe me tient debout, sinon je serais partie.\n"
)
SUBTITLES_VTT = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:04.000\n<v Animatrice>Qu’est-ce qui vous fatigue le plus ?</v>\n\n"
    "00:00:05.000 --> 00:00:09.000\n<v Paul>Les horaires de nuit, la fatigue s’accumule.</v>\n\n"
    "00:00:10.000 --> 00:00:14.000\n<v Animatrice>Et le salaire ?</v>\n\n"
    "00:00:15.000 --> 00:00:19.000\n<v Paul>Le salaire ne suit pas, franchement.</v>\n"
)


def _files(folder) -> list[str]:
    txt = folder / "entretien_marie.txt"
    txt.write_text(INTERVIEW_TXT, encoding="utf-8")
    vtt = folder / "focus_paul.vtt"
    vtt.write_text(SUBTITLES_VTT, encoding="utf-8")
    word = docx.Document()
    for line in ("Enquêteur : Parlez-moi de votre métier.", "Sophie : Je suis aide-soignante depuis dix ans.",
                 "Enquêteur : Et la fatigue ?", "Sophie : La fatigue est constante, mais j’aime ce métier."):
        word.add_paragraph(line)
    path = folder / "entretien_sophie.docx"
    word.save(path)
    return [str(txt), str(vtt), str(path)]


def _click_row(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _codings_shown(window) -> int:
    return len(list(window.viewer.text.spans))


def test_first_day_walkthrough(window, qtbot, tmp_path, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: messages.append(text)))

    # 1. a new project, from the sample-like project that was open
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "thèse"), "")))
    window.files.new_project()
    assert window.windowTitle().startswith("thèse — Verbatim")
    assert window.viewer.document_id is None and window.controller.documents() == []
    assert "Import" in window.statusBar().currentMessage()

    # 2. import three files (txt, WebVTT, Word) in one batch
    paths = _files(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (paths, "")))
    window.files.import_files()
    qtbot.waitUntil(lambda: len(window.controller.documents()) == 3, timeout=20000)
    qtbot.waitUntil(lambda: window.viewer.document_id is not None, timeout=5000)
    assert window.documents.model.rowCount() == 3
    assert messages and "Marie" in messages[-1] and "Sophie" in messages[-1]  # new speakers listed
    assert "3" in window.statusBar().currentMessage()

    # 3. open each document by clicking it in the list
    names = {}
    for row in range(3):
        index = window.documents.model.index(row, 0)
        _click_row(qtbot, window.documents.tree, index)
        doc_id = window.documents.model.document_id(index)
        assert window.viewer.document_id == doc_id
        names[window.controller.document(doc_id).name] = doc_id
        assert window.viewer.text.text == window.controller.document(doc_id).text
    assert set(names) == {"entretien_marie", "focus_paul", "entretien_sophie"}

    # 4a. code by click: a new code, "code on click", select a passage, click the code
    fatigue = window.codebook.new_code(None, "Fatigue")
    assert window.codebook.current_code_id() == fatigue
    window.documents.select_document(names["entretien_marie"])
    select_text(window, "La fatigue arrive vite")
    window.codebook.click_mode.setChecked(True)
    _click_row(qtbot, window.codebook.tree, window.codebook.proxy.mapFromSource(window.codebook.model.index_of(fatigue)))
    assert _codings_shown(window) == 1
    assert window.codebook.model.data(window.codebook.model.index_of(fatigue, 1)) == 1  # "Codings" column
    window.codebook.click_mode.setChecked(False)

    # 4b. code by quick key: pin "Équipe" to 1, the key shows beside its name, press 1 in the text
    equipe = window.codebook.new_code(None, "Équipe")
    window.files.pin(equipe, 1)
    assert window.codebook.model.data(window.codebook.model.index_of(equipe)) == "Équipe  [1]"
    select_text(window, "L’équipe me tient debout")
    window.viewer.text.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.viewer.text.hasFocus(), timeout=2000)
    qtbot.keyClick(window.viewer.text, Qt.Key.Key_1)
    assert _codings_shown(window) == 2
    assert {m.code_id for m in window.viewer.text.spans} == {fatigue, equipe}

    # 4c. code by drag: the selection dropped on a code in the codebook
    window.documents.select_document(names["focus_paul"])
    select_text(window, "la fatigue s’accumule")
    mime = window.viewer.text.createMimeDataFromSelection()
    target = window.codebook.proxy.mapFromSource(window.codebook.model.index_of(fatigue))
    assert window.codebook.proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert _codings_shown(window) == 1
    assert window.codebook.model.data(window.codebook.model.index_of(fatigue, 1)) == 2

    # 5. undo / redo from the Edit menu actions
    window.act_undo.trigger()
    assert _codings_shown(window) == 0
    assert window.codebook.model.data(window.codebook.model.index_of(fatigue, 1)) == 1
    window.act_redo.trigger()
    assert _codings_shown(window) == 1

    # 6. a memo on a coding: click its stripe, the memo box follows it, type, it is saved
    mark = next(iter(window.viewer.text.spans))
    window.viewer.text.margin.codingClicked.emit(mark.coding_id)
    assert window.memos.current_kind() == "coding"
    assert "Fatigue" in window.memos.about.text() and "fatigue s’accumule" in window.memos.about.text()
    window.memos.edit.setPlainText("Fatigue liée aux horaires de nuit.")
    window.memos.save()
    assert window.controller.memo("coding", mark.coding_id).text == "Fatigue liée aux horaires de nuit."

    # 7. excerpts of "Fatigue", filtered by speaker
    window.codebook.select_code(fatigue)
    excerpts = window.excerpts
    excerpts.model.reload()
    assert excerpts.model.rowCount() == 2
    excerpts.speaker.setCurrentIndex(excerpts.speaker.findText("Paul"))
    assert excerpts.model.rowCount() == 1
    assert excerpts.model.excerpt(0).coding.snippet == "la fatigue s’accumule"
    assert "1" in excerpts.count.text()
    excerpts.speaker.setCurrentIndex(0)

    # 8. Word export: the status bar says so, the document holds the excerpts and the memo's code
    from app.dialogs.export_docx import ExportDocxDialog

    dialog = ExportDocxDialog(window.controller, window)
    dialog.exported.connect(window.files.docx_exported)
    out = tmp_path / "extraits.docx"
    finish(qtbot, dialog.export_to(str(out)))
    assert "extraits.docx" in window.statusBar().currentMessage()
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    for excerpt in ("La fatigue arrive vite", "L’équipe me tient debout", "la fatigue s’accumule"):
        assert excerpt in text
    assert "Fatigue" in text and "Équipe" in text
