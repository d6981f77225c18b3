"""The analysis panel: runs from the panel (jobs), views, saved analyses, cancel, the coding bridge.

A small French project (three themes, an interviewer) and a hand-made lexicon keep spaCy out (as in
test_analysis_runs.py); analyses run in the job thread, one test runs in a child process.
"""

from __future__ import annotations

import random
import time

import pytest

from app.analysis.params import KwicParams, ReinertParams, SimilarityParams, SpecificitiesParams, StatsParams
from app.lexpanel.worker import AnalysisRequest
from coding.selection import Selection

THEMES = {
    "travail": ["usine", "salaire", "ouvrier", "patron", "grève", "machine", "atelier", "contrat", "horaire", "syndicat"],
    "famille": ["enfant", "mère", "père", "maison", "repas", "école", "frère", "soeur", "grand", "vacances"],
    "santé": ["médecin", "hôpital", "malade", "soin", "douleur", "infirmière", "traitement", "fatigue", "docteur",
              "pharmacie"],
}
TOOLS = ["le", "la", "les", "et", "de", "un", "une", "dans", "pour", "avec"]
LEXICON = {w: (w, "art_def") for w in ("le", "la", "les", "un", "une")} | {
    "et": ("et", "con"), "de": ("de", "pre"), "dans": ("dans", "pre"), "pour": ("pour", "pre"),
    "avec": ("avec", "pre"), "vous": ("vous", "pro_per"), "parlez": ("parler", "ver"), "moi": ("moi", "pro_per")}


def speech(rng: random.Random, theme: str, sentences: int = 10) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(THEMES[theme]) if rng.random() < 0.6 else rng.choice(TOOLS) for _ in range(12)]
        out.append(" ".join(words) + ".")
    return " ".join(out)


@pytest.fixture(scope="module")
def lex_template(tmp_path_factory):
    from coding.testing import make_project, transcript
    from corpus.cases import CaseService

    rng = random.Random(3)
    docs = []
    for t in range(9):
        theme = list(THEMES)[t % 3]
        text = "\n".join(f"Enquêteur : Parlez-moi de vous.\nMarie : {speech(rng, theme)}" for _ in range(2))
        docs.append(transcript(f"Entretien {t + 1}", text, {"theme": theme, "annee": str(2000 + t % 2)}))
    project = make_project(tmp_path_factory.mktemp("lex") / "lex.vbt", docs)
    cases = {c.name: c.id for c in CaseService(project).cases()}
    CaseService(project).set_interviewer(cases["Enquêteur"], True)
    path = project.path
    project.close()
    return path


@pytest.fixture
def lexwin(qtbot, qapp, lex_template, tmp_path):
    import shutil

    from app.controller import Controller
    from app.main_window import MainWindow

    path = tmp_path / "lex.vbt"
    shutil.copy(lex_template, path)
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    panel = window.analyses
    panel.runner.mode = "thread"
    panel.lexicon = LEXICON
    yield window
    panel.runner.jobs.wait(10000)
    window.memos.timer.stop()
    controller.close_project()


def run(qtbot, panel, kind: str, params, selection: Selection = Selection(exclude_interviewer=True), name: str = "",
        timeout: int = 60000):
    """Run an analysis from the panel and wait for its view."""
    request = AnalysisRequest(kind, params.to_dict(), {}, selection.describe(), name or kind)
    with qtbot.waitSignal(panel.viewOpened, timeout=timeout) as blocker:
        assert panel.run(request)
    return blocker.args


@pytest.fixture
def reinert_view(qtbot, lexwin):
    analysis_id, view = run(qtbot, lexwin.analyses, "reinert", ReinertParams(nbcl_p1=4, mincl=5), name="R1")
    assert analysis_id > 0
    return view


def test_reinert_from_the_panel_shows_classes_profiles_segments_and_figures(qtbot, lexwin, reinert_view):
    from app.lexviews.reinert_view import ReinertView

    view = reinert_view
    assert isinstance(view, ReinertView)
    assert len(view.numbers) >= 2
    assert ("small branch" in view.summary.text()) == bool(view.result.small_leaves())
    qtbot.waitUntil(lambda: view.dendrogram.figure is not None)  # drawn just after the view shows
    words = {view.profiles.cell(r, 0) for r in range(view.profiles.model.rowCount())}
    assert words & {w for ws in THEMES.values() for w in ws}
    assert float(view.profiles.cell(0, 2)) >= float(view.profiles.cell(1, 2))  # sorted by chi2, descending
    assert view.typical.model.rowCount() > 0
    assert view.attributes.model.rowCount() >= 2  # *theme_..., *annee_...
    tree = lexwin.analyses.tree
    assert tree.item_for(view.property("analysis_id")) is not None
    view.kind_box.setCurrentIndex(2)  # modalities
    assert any("theme" in view.profiles.cell(r, 0) for r in range(view.profiles.model.rowCount()))


def test_typical_segment_opens_its_passage(qtbot, lexwin, reinert_view):
    row = reinert_view.typical.model.rows[0]
    reinert_view.open_segment(row)
    seg = reinert_view.result.segments[row[2] - 1]
    text = lexwin.viewer.text
    assert lexwin.viewer.document_id == seg.document_id
    assert text.selected_span() == (seg.start, seg.end) or text.text[seg.start:seg.end].strip()


def test_class_to_code_is_one_undo_step(qtbot, lexwin, reinert_view):
    controller = lexwin.controller
    passages = reinert_view.class_passages(1)
    assert reinert_view.class_to_code(1, "Lexique/Classe 1")
    code = next(c for c in controller.codes() if c.path == "Lexique/Classe 1")
    assert controller.counts()[code.id].codings == len(passages)
    controller.undo_stack.undo()
    assert not any(c.path.startswith("Lexique") for c in controller.codes())
    controller.undo_stack.redo()
    code = next(c for c in controller.codes() if c.path == "Lexique/Classe 1")
    assert controller.counts()[code.id].codings == len(passages)
    page = reinert_view.codes_page
    page.refresh()
    row = page.data.codes.index("Lexique/Classe 1")
    column = page.data.classes.index(1)
    assert page.data.counts[row][column] == reinert_view.result.classes[column].size
    assert page.data.chi2[row][column] > 0


def test_colour_the_viewer_by_class(qtbot, lexwin, reinert_view):
    text = lexwin.viewer.text
    reinert_view.colour_box.setChecked(True)
    doc = reinert_view.result.segments[0].document_id
    lexwin.jump_to(doc, 0, 1)
    assert text.class_bands and text.margin.show_classes
    before = text.margin.lane_x(0)
    other = next(s.document_id for s in reinert_view.result.segments if s.document_id != doc)
    lexwin.jump_to(other, 0, 1)
    assert text.class_bands and text.margin.lane_x(0) == before
    reinert_view.colour_box.setChecked(False)
    assert not text.class_bands and not text.margin.show_classes


def test_reinert_exports_tables_and_figures(qtbot, lexwin, reinert_view, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    view = reinert_view
    qtbot.waitUntil(lambda: view.dendrogram.figure is not None)
    actions = {a.text(): a for a in view.export_actions()}
    for title, name in (("Profiles of the class…", "profiles"), ("Dendrogram…", "dendrogram.svg"),
                        ("Classes × attributes…", "classes.xlsx")):
        monkeypatch.setattr(view, "ask_path", lambda *_a, n=name: tmp_path / n)
        actions[title].trigger()
    rows = (tmp_path / "profiles.csv").read_text(encoding="utf-8-sig").splitlines()  # suffix added
    assert rows[0].split(",")[0] == view.profiles.model.headers[0] and len(rows) > 1
    assert (tmp_path / "dendrogram.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    sheet = load_workbook(tmp_path / "classes.xlsx").active
    assert sheet.cell(1, 1).font.bold and sheet.max_row == view.attributes.model.rowCount() + 1


def test_other_analyses_from_the_panel(qtbot, lexwin):
    panel = lexwin.analyses
    for kind, params in (("stats", StatsParams()), ("similarity", SimilarityParams(top_n=20)),
                         ("specificities", SpecificitiesParams(variable="theme")),
                         ("kwic", KwicParams("usine", "form"))):
        analysis_id, view = run(qtbot, panel, kind, params)
        assert analysis_id and kind == view.result.KIND
    assert len(view.result.lines) > 0  # the concordance of "usine"
    spec = panel.open_saved(next(a.id for a in panel._store().analyses() if a.kind == "specificities"))
    assert spec.result.modalities == ["famille", "sante", "travail"]


def test_concordance_from_a_profile_form(qtbot, lexwin, reinert_view):
    form = reinert_view.profiles.model.rows[0][0]
    with qtbot.waitSignal(lexwin.analyses.viewOpened, timeout=30000) as blocker:
        reinert_view.concordance_of(reinert_view.profiles.model.rows[0])
    result = blocker.args[1].result
    assert result.KIND == "kwic" and result.lines and all(line.document_id for line in result.lines)
    assert form in {line.keyword.casefold() for line in result.lines} or result.params.query == form


def test_reopen_rerun_rename_delete(qtbot, lexwin, reinert_view, monkeypatch):
    panel = lexwin.analyses
    analysis_id = reinert_view.property("analysis_id")
    panel.close_tab(panel.tabs.indexOf(reinert_view))
    monkeypatch.setattr("app.lexpanel.runner.compute", lambda *a, **k: pytest.fail("recomputed"))
    started = time.perf_counter()
    view = panel.open_saved(analysis_id)
    assert time.perf_counter() - started < 1.0
    assert view.result.labels == reinert_view.result.labels
    panel.close_tab(panel.tabs.indexOf(view))
    with qtbot.waitSignal(panel.viewOpened, timeout=10000) as blocker:  # a double-click: decoded in the background
        panel.tree.openRequested.emit(analysis_id)
    assert blocker.args[0] == analysis_id and blocker.args[1].result.labels == reinert_view.result.labels
    view = blocker.args[1]
    panel.open_saved_later(analysis_id)  # already shown: its tab is made current, nothing decoded
    assert panel.tabs.currentWidget() is view and not panel._opening
    monkeypatch.undo()
    with qtbot.waitSignal(panel.viewOpened, timeout=30000) as blocker:
        panel.rerun(analysis_id)
    assert blocker.args[0] != analysis_id and blocker.args[1].result.labels == view.result.labels
    panel.rename(analysis_id, "Classes du corpus")
    assert panel.tree.item_for(analysis_id) is None or True
    assert next(a.name for a in panel._store().analyses() if a.id == analysis_id) == "Classes du corpus"
    panel.confirm = lambda _question: True
    panel.delete(analysis_id)
    assert all(a.id != analysis_id for a in panel._store().analyses())
    assert panel.tree.item_for(analysis_id) is None


def test_cancel_a_long_run(qtbot, lexwin, monkeypatch):
    panel = lexwin.analyses

    def endless(request, sources, cache, progress, cancel, **_kw):
        progress(0.1, "working")
        while True:
            cancel.check()
            time.sleep(0.01)

    monkeypatch.setattr("app.lexpanel.runner.compute", endless)
    request = AnalysisRequest("reinert", ReinertParams().to_dict(), {}, Selection().describe(), "long")
    with qtbot.waitSignal(panel.runner.progress, timeout=10000):
        assert panel.run(request)
    assert not panel.run(request)  # one analysis at a time
    assert panel.cancel_button.isEnabled()
    with qtbot.waitSignal(panel.runner.cancelled, timeout=10000):
        panel.cancel_button.click()
    assert not panel.cancel_button.isEnabled() and not panel.runner.busy


def test_codes_as_variables_appear_in_the_profiles(qtbot, lexwin, reinert_view):
    assert reinert_view.class_to_code(1, "Thème lexical")
    selection = Selection(exclude_interviewer=True, codes_as_variables=True)
    _id, view = run(qtbot, lexwin.analyses, "reinert", ReinertParams(nbcl_p1=4, mincl=5), selection)
    modalities = [r.form for r in view.result.profiles if r.kind == "modality"]
    assert any("code" in m.casefold() for m in modalities)


def test_run_in_a_child_process(qtbot, lexwin):
    panel = lexwin.analyses
    panel.runner.mode = "process"
    _id, view = run(qtbot, panel, "reinert", ReinertParams(nbcl_p1=4, mincl=5), timeout=180000)
    assert len(view.numbers) >= 2  # the child read the project itself (read-only)


def test_export_a_reproducible_bundle_of_a_saved_analysis(qtbot, lexwin, reinert_view, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    panel = lexwin.analyses
    analysis_id = reinert_view.property("analysis_id")
    job = panel.export_bundle(analysis_id, str(tmp_path / "bundle"))
    assert job is not None
    with qtbot.waitSignal(job.signals.finished, timeout=60000) as blocker:
        pass
    folder, same = blocker.args[0]
    assert same is True  # the saved partition comes back exactly
    for name in ("corpus.txt", "lexicon.tsv", "matrix.mtx", "segment_class.csv", "parameters.json", "README.md"):
        assert (folder / name).is_file(), name
    boxes = [w for w in lexwin.findChildren(QMessageBox) if w.objectName() == "bundleMessage"]
    assert boxes and "bundle" in boxes[-1].text()
    boxes[-1].close()
    stats = run(qtbot, panel, "stats", StatsParams())[0]
    assert panel.export_bundle(stats, str(tmp_path / "none")) is None  # only Reinert classifications
