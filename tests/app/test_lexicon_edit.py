"""Editing the project's own lexicon from the statistics view: statuses, lemmas, merges, expressions,
export/import, undo/redo, and the next analysis showing the change (analyses run in the job thread
with a hand-made lexicon: no spaCy)."""

from __future__ import annotations

import shutil

import pytest

from app.analysis.params import StatsParams
from app.lexpanel.worker import AnalysisRequest
from coding.selection import Selection
from corpus.user_lexicon import UserLexiconService

TEXT = ("Marie : Les psychologues et le psy parlent de santé mentale. La santé mentale des jeunes compte, hein. "
        "Les jeunes voient un psy. Le psy écoute les jeunes. La jeunesse parle de santé.\n")
LEXICON = {"psychologues": ("psychologue", "nom"), "jeunes": ("jeune", "adj"), "la": ("le", "art_def"),
           "les": ("le", "art_def"), "le": ("le", "art_def"), "hein": ("hein", "ono"), "de": ("de", "pre"),
           "un": ("un", "art_ind"), "des": ("de", "pre"), "et": ("et", "con")}


@pytest.fixture(scope="module")
def small_template(tmp_path_factory):
    from coding.testing import make_project, transcript

    project = make_project(tmp_path_factory.mktemp("lexedit") / "lex.vbt",
                           [transcript(f"Entretien {i}", TEXT, {"site": s}) for i, s in enumerate(("a", "b"))])
    path = project.path
    project.close()
    return path


@pytest.fixture
def win(qtbot, qapp, small_template, tmp_path):
    from app.controller import Controller
    from app.main_window import MainWindow

    path = tmp_path / "lex.vbt"
    shutil.copy(small_template, path)
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.analyses.runner.mode = "thread"
    window.analyses.lexicon = LEXICON
    yield window
    window.analyses.runner.jobs.wait(10000)
    window.memos.timer.stop()
    controller.close_project()


def run_stats(qtbot, panel):
    request = AnalysisRequest("stats", StatsParams().to_dict(), {"min_freq": 1}, Selection().describe(), "stats")
    with qtbot.waitSignal(panel.viewOpened, timeout=30000) as blocker:
        assert panel.run(request)
    tabs = blocker.args[1]
    return tabs.widget(0)  # the StatsView (the word cloud is the second tab)


def select(view, *names):
    from PySide6.QtCore import QItemSelectionModel

    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in range(view.proxy.rowCount()):
        if view.proxy.index(r, 0).data() in names:
            selection.select(view.proxy.index(r, 0), flags)
    assert sorted(r.name for r in view.selected_rows()) == sorted(names)


def row_of(view, name):
    return next(r for r in view.result.frequencies if r.name == name)


def pending_text(view, name):
    for r in range(view.model.rowCount()):
        if view.model.row(r).name == name:
            return view.model.text(view.model.row(r), 4)
    raise KeyError(name)


def test_status_change_is_saved_undoable_and_shown_on_the_next_analysis(qtbot, win):
    panel = win.analyses
    view = run_stats(qtbot, panel)
    assert row_of(view, "hein").status == "supplementary" and not view.banner.isVisibleTo(view)
    select(view, "hein", "psy")
    assert view.lexicon.set_status("ignored")
    project = win.controller.project
    assert UserLexiconService(project).lexicon()["statuses"] == {"hein": "ignored", "psy": "ignored"}
    assert pending_text(view, "hein") == "ignored" and view.banner.isVisibleTo(view)
    win.controller.undo_stack.undo()
    assert UserLexiconService(project).lexicon()["statuses"] == {}
    assert pending_text(view, "hein") == "" and not view.banner.isVisibleTo(view)
    win.controller.undo_stack.redo()
    assert UserLexiconService(project).lexicon()["statuses"] == {"hein": "ignored", "psy": "ignored"}
    with qtbot.waitSignal(panel.viewOpened, timeout=30000) as blocker:
        view.banner.button.click()  # "Run it again"
    new = blocker.args[1].widget(0)
    assert row_of(new, "hein").status == "ignored" and row_of(new, "psy").status == "ignored"
    assert new.result.prep["lexicon"]["statuses"] == {"hein": "ignored", "psy": "ignored"}
    assert not new.banner.isVisibleTo(new) and pending_text(new, "hein") == ""


def test_change_a_form_lemma_and_merge_lemmas(qtbot, win):
    panel = win.analyses
    view = run_stats(qtbot, panel)
    assert set(row_of(view, "jeune").forms) == {"jeunes"}
    select(view, "jeune")
    view.lexicon.ask_lemma = lambda row: [("lemma", "jeunes", "jeunesse")]
    assert view.lexicon.change_lemma()
    assert "jeunes → jeunesse" in pending_text(view, "jeune")
    select(view, "psychologue", "psy")
    view.lexicon.ask_text = lambda title, label, choices: "psy" if "psy" in choices else None
    assert view.lexicon.merge()
    assert "psy" in pending_text(view, "psychologue")
    new = run_stats(qtbot, panel)
    jeunesse = row_of(new, "jeunesse")
    assert jeunesse.freq == row_of(view, "jeune").freq + row_of(view, "jeunesse").freq == 8
    assert set(jeunesse.forms) == {"jeunes", "jeunesse"}
    assert row_of(new, "psy").freq == row_of(view, "psy").freq + row_of(view, "psychologue").freq == 8
    assert "psychologue" not in {r.name for r in new.result.frequencies}
    win.controller.undo_stack.undo()  # the merge
    win.controller.undo_stack.undo()  # the lemma
    assert UserLexiconService(win.controller.project).entries() == []


def test_lemma_dialog_merges_with_all_forms_or_moves_one_form(qtbot, win):
    from app.analysis.results import FrequencyItem
    from app.lexviews.lexicon_edit import LemmaDialog

    dialog = LemmaDialog(FrequencyItem("jeune", 5, "adj", "active", ("jeunes", "jeune")))
    qtbot.addWidget(dialog)
    dialog.lemma_edit.setText("Jeunesse")
    assert dialog.changes() == [("merge", "jeune", "jeunesse")]
    dialog.form_box.setCurrentIndex(1)
    assert dialog.changes() == [("lemma", "jeunes", "jeunesse")]
    dialog.lemma_edit.setText("")
    assert dialog.changes() == []


def test_expression_export_and_import_from_the_view(qtbot, win, tmp_path):
    panel = win.analyses
    view = run_stats(qtbot, panel)
    view.lexicon.ask_text = lambda *_a: "santé mentale"
    assert view.lexicon.add_expression()
    select(view, "hein")
    assert view.lexicon.set_status("ignored")
    target = tmp_path / "lexique.tsv"
    view.lexicon.ask_path = lambda save: str(target)
    assert view.lexicon.export()
    assert "expression\tsanté mentale" in target.read_text(encoding="utf-8")
    new = run_stats(qtbot, panel)
    assert row_of(new, "santé_mentale").freq == 4 and row_of(new, "santé").freq == 2
    UserLexiconService(win.controller.project).clear()
    assert view.lexicon.import_()
    assert UserLexiconService(win.controller.project).lexicon()["expressions"] == ["santé mentale"]
    win.controller.undo_stack.undo()  # the import is one undo step
    assert UserLexiconService(win.controller.project).entries() == []
    bad = tmp_path / "bad.tsv"
    bad.write_text("status\thein\tmaybe\n", encoding="utf-8")
    errors = []
    view.lexicon.ask_path = lambda save: str(bad)
    view.lexicon.show_error = errors.append
    assert not view.lexicon.import_()
    assert errors and "line 1" in errors[0] and UserLexiconService(win.controller.project).entries() == []


def test_context_menu_lists_the_lexicon_actions(qtbot, win):
    from PySide6.QtWidgets import QMenu

    view = run_stats(qtbot, win.analyses)
    select(view, "psy", "psychologue")
    menu = QMenu()
    view.lexicon.fill(menu)
    enabled = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Merge the selected lemmas…"] and not enabled["Change the lemma…"]
    assert enabled["Ignore"] and enabled["Import a lexicon…"]
    assert view.status_combo.findData("ignored") >= 0
