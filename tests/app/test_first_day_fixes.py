"""Issue 13: the defects a research assistant met on a first day in a real window, one test each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coding import commands as cmd
from corpus.cases import CaseService
from corpus.documents import CorpusService
from tests.app.conftest import finish, select_text


def _code(window, path: str) -> int:
    window.controller.execute(cmd.EnsureCodePath(path))
    return next(c.id for c in window.controller.codes() if c.path == path)


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- defect 1: a document imported after "new project" opens -----------------------------------
def test_document_imported_into_a_new_project_opens(window, tmp_path):
    assert window.viewer.document_id is not None  # the first project's first document is open
    window.files.open_path(tmp_path / "new.vbt", create=True)
    assert window.viewer.document_id is None
    source = _write(tmp_path, "entretien.txt", "Enquêteur : Bonjour.\nMarie : Bonjour à vous.\n"
                                               "Enquêteur : Parlez-moi de vous.\nMarie : Je suis infirmière.\n")
    report = CorpusService(window.controller.project).import_files([source])
    window.controller.notify("documents")
    new_id = report.documents[0].id
    assert window.viewer.document_id == new_id
    assert "Je suis infirmière" in window.viewer.text.text


def test_reselecting_the_current_document_opens_it(window):
    doc_id = window.viewer.document_id
    window.viewer.show_document(None, "", "")
    window.documents.select_document(doc_id)
    assert window.viewer.document_id == doc_id


# --- defect 2: excerpts filtered by speaker -------------------------------------------------------
def test_excerpts_can_be_filtered_by_speaker(window):
    from coding.types import Span

    code = _code(window, "Fatigue")
    for needle in ("la fatigue arrive vite", "La fatigue aussi", "La fatigue est constante"):
        window.documents.select_document(next(d.id for d in window.controller.documents()
                                              if needle in window.controller.document(d.id).text))
        start, end = select_text(window, needle)
        window.controller.code_spans(code, [Span(window.viewer.document_id, start, end)])
    window.codebook.select_code(code)
    panel = window.excerpts
    panel.model.reload()
    assert panel.model.rowCount() == 3
    speakers = [panel.speaker.itemText(i) for i in range(panel.speaker.count())]
    assert {"Marie", "Paul", "Sophie"} <= set(speakers)  # the speakers themselves, no attribute needed
    panel.speaker.setCurrentIndex(panel.speaker.findText("Paul"))
    assert panel.model.rowCount() == 1 and panel.model.excerpt(0).speaker == "Paul"
    panel.speaker.setCurrentIndex(0)
    assert panel.model.rowCount() == 3


# --- defect 4: every bad file of a batch is named -------------------------------------------------
def test_batch_import_names_every_bad_file_and_imports_nothing(window, qtbot, tmp_path, monkeypatch):
    from app.dialogs.import_dialog import ImportOptions, start_import

    good = _write(tmp_path, "bon.txt", "Enquêteur : Bonjour.\nMarie : Bonjour.\n")
    empty = _write(tmp_path, "vide.txt", "")
    blank = _write(tmp_path, "blanc.txt", "   \n\n")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: shown.append(text)))
    before = len(window.controller.documents())
    job = start_import(window, [([str(good), str(empty), str(blank)], ImportOptions())])
    assert isinstance(finish(qtbot, job), Exception)
    assert len(shown) == 1
    assert "vide.txt" in shown[0] and "blanc.txt" in shown[0] and "bon.txt" not in shown[0]
    assert "Nothing was imported" in shown[0]
    assert len(window.controller.documents()) == before


def test_service_reports_every_unreadable_file(tmp_path, project):
    from corpus.documents import ImportFailures
    from corpus.store.project import Project

    files = [_write(tmp_path, f"vide{i}.txt", "") for i in range(3)]
    with Project.open(project) as opened:
        try:
            CorpusService(opened).import_files(files)
        except ImportFailures as exc:
            assert [f.path for f in exc.failures] == [str(f) for f in files]
        else:
            raise AssertionError("no failure raised")


# --- defect 6: double-click opens a saved analysis --------------------------------------------
def test_saved_analysis_double_click_opens_and_f2_renames(qtbot):
    from app.lexpanel.analyses_tree import AnalysesTree
    from corpus.caches import SavedAnalysis

    tree = AnalysesTree()
    qtbot.addWidget(tree)
    tree.set_analyses([SavedAnalysis(id=7, kind="stats", name="Statistiques 1", params={},
                                     created="2026-12-02T10:00:00")])
    tree.show()
    item = tree.item_for(7)
    opened = []
    tree.openRequested.connect(opened.append)
    where = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click: click...
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # ...then the double-click
    assert opened == [7]
    assert tree.state() != tree.State.EditingState
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert tree.state() == tree.State.EditingState


# --- defect 7: speaker colours stable across launches -------------------------------------------
def test_speaker_colours_do_not_depend_on_the_order_of_opening(qapp):
    from types import SimpleNamespace

    from PySide6.QtGui import QTextCursor

    from app.widgets.coded_text import CodedTextEdit

    def colours(view: CodedTextEdit, order: list[str], ids: dict[str, int]) -> dict[str, str]:
        text, turns = "", []
        for name in order:
            line = f"{name} : bonjour.\n"
            turns.append(SimpleNamespace(start=len(text), end=len(text) + len(line) - 1,
                                         content_start=len(text) + len(name) + 3, speaker=name,
                                         timestamp=None, case_id=ids[name]))
            text += line
        view.load(1, text, turns)
        painted = {}
        for turn in turns:  # the colour the label is drawn in
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.offsets.to_qt(turn.start) + 1)
            painted[turn.speaker] = cursor.charFormat().foreground().color().name()
        return painted

    ids = {"Marie": 3, "Paul": 4, "Animatrice": 2}
    view = CodedTextEdit()
    first = colours(view, ["Animatrice", "Marie", "Paul"], ids)
    second = colours(CodedTextEdit(), ["Paul", "Marie", "Animatrice"], ids)  # the next launch, another order
    assert first == second
    assert len(set(first.values())) == 3
    other_project = colours(view, ["Marie"], {"Marie": 4})  # same name, another project's case: its colour
    assert other_project["Marie"] == first["Paul"]


# --- defect 8: thematic grid rows for documents without speakers -------------------------------
def test_grid_by_participants_keeps_codings_of_documents_without_speakers(window, tmp_path):
    from app.exchange.grid_window import GridWindow
    from coding.grid import build_grid
    from coding.types import Span

    source = _write(tmp_path, "rapport.txt", "Un rapport sans locuteur. La fatigue des soignants y est décrite.")
    report = CorpusService(window.controller.project).import_files([source])
    window.controller.notify("documents")
    doc = report.documents[0]
    code = _code(window, "Fatigue")
    text = window.controller.document(doc.id).text
    start = text.index("La fatigue")
    window.controller.code_spans(code, [Span(doc.id, start, start + len("La fatigue"))])
    grid = build_grid(window.controller.project, [code], rows="case")
    rows = [r for r in grid.rows if r.is_document]
    assert [r.id for r in rows] == [-doc.id] and "rapport" in rows[0].label
    assert grid.cell(-doc.id, code)[0][0].coding.snippet == "La fatigue"
    dialog = GridWindow(window.controller, window)
    dialog.show_grid(grid)
    assert not dialog.note.isHidden() and "italics" in dialog.note.text()
    assert dialog.model.headerData(len(grid.rows) - 1, Qt.Orientation.Vertical, Qt.ItemDataRole.FontRole).italic()
    path = dialog.export("docx", str(tmp_path / "grille.docx"))
    assert "grille.docx" in dialog.exported.text()  # the window says the export is done
    import docx

    assert any("rapport (document, no speaker)" in cell.text for cell in docx.Document(path).tables[0].column_cells(0))
    dialog.close()


# --- item 9: smaller defects ---------------------------------------------------------------------
def test_new_sub_code_is_shown_and_selected(window):
    parent = _code(window, "Travail")
    panel = window.codebook
    panel.tree.collapseAll()
    new_id = panel.new_code(parent, "Horaires")
    assert panel.current_code_id() == new_id
    index = panel.proxy.mapFromSource(panel.model.index_of(parent))
    assert panel.tree.isExpanded(index)


def test_quick_key_shows_beside_the_code_name(window):
    code = _code(window, "Équipe")
    window.files.pin(code, 3)
    index = window.codebook.model.index_of(code)
    assert window.codebook.model.data(index) == "Équipe  [3]"
    assert window.codebook.model.data(index, Qt.ItemDataRole.EditRole) == "Équipe"  # renaming edits the name
    assert "3" in window.codebook.model.data(index, Qt.ItemDataRole.ToolTipRole)
    window.files.pin(code, 0)
    assert window.codebook.model.data(index) == "Équipe"


def test_table_export_says_it_finished(window, tmp_path):
    path = tmp_path / "codings.csv"
    window.files.export_table(str(path))
    assert path.exists()
    assert "codings.csv" in window.statusBar().currentMessage()


def test_docx_export_says_it_finished(window, qtbot, tmp_path):
    from app.dialogs.export_docx import ExportDocxDialog

    _code(window, "Fatigue")
    dialog = ExportDocxDialog(window.controller, window)
    dialog.exported.connect(window.files.docx_exported)
    finish(qtbot, dialog.export_to(str(tmp_path / "extraits.docx")))
    assert "extraits.docx" in window.statusBar().currentMessage()


def test_autocoding_says_it_finished_and_sentence_preview_centres_on_the_match(window, qtbot):
    from app.dialogs.autocode import HIT, AutocodeDialog

    dialog = AutocodeDialog(window.controller, window)
    dialog.coded.connect(window.files.autocoded)
    dialog.pattern.setText("salaire")
    dialog.scope.setCurrentIndex(dialog.scope.findData("sentence"))
    dialog.use_new.setChecked(True)
    dialog.new_path.setText("Argent")
    finish(qtbot, dialog.preview())
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, HIT).text() == "salaire"  # the matched word, in bold, not the sentence
    assert dialog.table.item(0, HIT).font().bold()
    assert "Pour moi le salaire compte" in dialog.table.item(0, HIT).toolTip()
    assert dialog.hits[0].text.startswith("Pour moi le salaire compte")  # the sentence is what gets coded
    assert dialog.code_hits()
    assert "Argent" in window.statusBar().currentMessage()


def test_survey_answers_read_distinctly_in_the_documents_list(window, tmp_path):
    """Five answers of one survey all read "sondage_questions…" in a narrow dock: the id is at the end."""
    rows = "\n".join(f"R00{i},{20 + i},Le télétravail me permet de mieux organiser mes journées ({i})."
                     for i in range(1, 6))
    survey = _write(tmp_path, "sondage_questions_ouvertes_2024.csv", "id,âge,réponse\n" + rows + "\n")
    CorpusService(window.controller.project).import_files([survey])
    window.controller.notify("documents")
    tree = window.documents.tree
    tree.setColumnWidth(0, 150)  # a narrow documents dock
    model = window.documents.model
    shown = []
    for row in range(model.rowCount()):
        name = model.data(model.index(row, 0))
        if name.startswith("sondage"):
            shown.append(tree.fontMetrics().elidedText(name, tree.textElideMode(), 150 - 12))
    assert len(shown) == 5 and len(set(shown)) == 5
    assert all(text.endswith(f"R00{i}") for i, text in enumerate(shown, start=1))


def test_reinert_typical_segments_wrap_and_code_name_field_is_wide(qtbot):
    from app.lexviews.reinert_pages import TablePage

    page = TablePage(["Score", "Text", "Segment"])
    qtbot.addWidget(page)
    page.wrap_column(1)
    long_text = " ".join(["le travail à distance change tout"] * 12)
    page.set_rows([[12.5, long_text, 1], [8.1, "court", 2]])
    page.resize(700, 400)
    page.show()
    qtbot.waitExposed(page)
    assert page.view.wordWrap()
    assert page.view.rowHeight(0) > 2 * page.view.rowHeight(1)  # the long segment on several lines
    assert page.view.columnWidth(1) < 700


def test_class_to_code_dialog_shows_the_whole_proposed_path(qtbot):
    from PySide6.QtWidgets import QLineEdit, QWidget

    from app.lexviews.reinert_view import wide_text_dialog

    host = QWidget()
    qtbot.addWidget(host)
    path = "Reinert classes/Class 3 (télétravail, bureau, équipe, réunions)"
    dialog = wide_text_dialog(host, "Class", "Code (Parent/Child):", path)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.findChild(QLineEdit)
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(path)
    dialog.close()


def test_case_speakers_listed_once(window):
    names = [window.excerpts.speaker.itemText(i) for i in range(1, window.excerpts.speaker.count())]
    assert len(names) == len(set(names)) == len([c for c in CaseService(window.controller.project).cases()
                                                 if c.kind != "group"])
