"""Screenshots of the newer screens on the sample project (French UI): the status-bar progress of a running
Reinert classification, its Stability tab, the statistics with the user's lexicon changed, the REFI-QDA
readings dialog and the batch-import error dialog. Run:
``QT_QPA_PLATFORM=offscreen VERBATIM_LANG=fr .venv/bin/python tests/app/panel_screenshots.py [OUT_DIR]``
(uses the real spaCy model; ~1 minute)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VERBATIM_LANG", "fr")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.main import make_application  # noqa: E402

STABILITY_RUNS = 20


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let layouts and queued signals settle (screenshot script only)."""
    for _ in range(rounds):
        app.processEvents()


def run_and_wait(panel, request, on_progress=None) -> QWidget:  # noqa: ANN001
    """Run ``request`` in ``panel``; return the view it opens (``on_progress(fraction)`` while it runs)."""
    loop, out = QEventLoop(), {}
    panel.viewOpened.connect(lambda _id, view: (out.update(view=view), loop.quit()))
    panel.runner.failed.connect(lambda message: (out.update(error=message), loop.quit()))
    if on_progress is not None:
        panel.runner.progress.connect(lambda fraction, _message: on_progress(fraction))
    panel.run(request)
    loop.exec()
    panel.viewOpened.disconnect()
    panel.runner.failed.disconnect()
    if on_progress is not None:
        panel.runner.progress.disconnect()
    if "error" in out:
        raise RuntimeError(out["error"])
    return out["view"]


def reinert_shots(app: QApplication, window, out: Path) -> None:  # noqa: ANN001
    """The window while the classification runs (status bar), then the Stability tab of its result."""
    from app.analysis.params import ReinertParams
    from app.lexpanel.worker import AnalysisRequest
    from coding.selection import Selection

    taken: list[bool] = []

    def at_progress(fraction: float) -> None:
        if not taken and fraction >= 0.3:
            taken.append(True)
            app.processEvents()
            window.grab().save(str(out / "analysis_progress.png"))

    params = ReinertParams(nbcl_p1=6, mincl=5, stability_runs=STABILITY_RUNS).to_dict()
    request = AnalysisRequest("reinert", params, {}, Selection().describe(), "Reinert — Exemple")
    view = run_and_wait(window.analyses, request, at_progress)
    page = getattr(view, "stability", None) or next(
        view.tabs.widget(i) for i in range(view.tabs.count()) if type(view.tabs.widget(i)).__name__ == "StabilityPage")
    view.resize(1300, 620)
    view.tabs.setCurrentWidget(page)
    settle(app)
    view.grab().save(str(out / "reinert_stability.png"))


def stats_lexicon_shot(app: QApplication, window, out: Path) -> None:  # noqa: ANN001
    """Statistics, then two lexicon changes (an ignored word, a merge): the banner and the “next analysis”
    column show what the next run will use."""
    from app.analysis.params import StatsParams
    from app.lexpanel.worker import AnalysisRequest
    from app.lexviews.lexicon_edit import MERGE, STATUS
    from app.lexviews.stats_view import StatsView
    from coding.selection import Selection

    request = AnalysisRequest("stats", StatsParams().to_dict(), {}, Selection().describe(), "Statistiques — Exemple")
    opened = run_and_wait(window.analyses, request)
    view = opened if isinstance(opened, StatsView) else opened.findChild(StatsView)
    names = {row.name for row in view.result.frequencies}
    changes = [(STATUS, name, "ignored") for name in ("c", "l") if name in names]  # elision fragments
    changes += [(MERGE, name, "le") for name in ("la", "les") if name in names]
    if hasattr(opened, "setCurrentWidget"):
        opened.setCurrentWidget(view)
    view.resize(1300, 640)
    settle(app)
    view.grab().save(str(out / "stats_zipf.png"))
    cloud = next((opened.widget(i) for i in range(opened.count()) if opened.widget(i) is not view), None) \
        if hasattr(opened, "count") else None
    if cloud is not None:
        opened.setCurrentWidget(cloud)
        cloud.resize(1100, 640)
        settle(app)
        drawn(app, cloud).grab().save(str(out / "wordcloud.png"))
    view.context.edit_lexicon(changes, "captures")
    if hasattr(opened, "setCurrentWidget"):
        opened.setCurrentWidget(view)
    view.resize(1300, 640)
    view.filter_edit.clear()
    settle(app)
    view.table.selectRow(0)
    view.grab().save(str(out / "stats_lexicon.png"))


def drawn(app: QApplication, page) -> QWidget:  # noqa: ANN001
    """A figure page once its figure, rendered off the GUI thread, is shown (else the page itself)."""
    deadline = time.monotonic() + 60
    while getattr(page, "canvas", page) is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settle(app)
    return getattr(page, "canvas", None) or page


def other_analyses_shots(app: QApplication, window, out: Path) -> None:  # noqa: ANN001
    """Concordance, similarity graph and specificities by place."""
    from app.analysis.params import KwicParams, SimilarityParams, SpecificitiesParams
    from app.lexpanel.worker import AnalysisRequest
    from coding.selection import Selection

    selection = Selection().describe()
    runs = [("kwic.png", AnalysisRequest("kwic", KwicParams("équipe", "lemma", chars=60).to_dict(), {}, selection,
                                         "Concordance de « équipe »")),
            ("similarity_graph.png", AnalysisRequest("similarity", SimilarityParams(top_n=60).to_dict(), {},
                                                     selection, "Similitudes — Exemple")),
            ("specificities.png", AnalysisRequest("specificities", SpecificitiesParams("type").to_dict(), {},
                                                  selection, "Spécificités par type"))]
    for name, request in runs:
        view = run_and_wait(window.analyses, request)
        view.resize(1300, 640)
        settle(app)
        shown = drawn(app, view) if name == "similarity_graph.png" else view
        shown.grab().save(str(out / name))


def readings_shot(app: QApplication, window, out: Path) -> None:  # noqa: ANN001
    """How the positions of a REFI-QDA file will be read, on a file whose reading is ambiguous (the dialog
    only shows when one is; the real samples all convince)."""
    from app.exchange.readings_dialog import ReadingsDialog
    from coding.refi.api import inspect_qdpx
    from tests.app.test_exchange_refi import ambiguous_qdpx

    source = ambiguous_qdpx(Path(tempfile.mkdtemp()) / "ambigu.qdpx")
    dialog = ReadingsDialog(inspect_qdpx(source).readings, window)
    dialog.resize(1000, 460)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "refi_readings.png"))
    dialog.close()


def import_errors_shot(app: QApplication, window, out: Path) -> None:  # noqa: ANN001
    """Three files imported at once, two unreadable: the one dialog that names them and why."""
    from app.dialogs.import_dialog import start_import
    from corpus.importers import ImportOptions

    folder = Path(tempfile.mkdtemp())
    (folder / "Entretien Marc.txt").write_text("Marc : Je travaille de nuit depuis dix ans.\n", encoding="utf-8")
    (folder / "Entretien Léa.docx").write_bytes(b"ceci n'est pas un document Word")
    (folder / "Focus group.odt").write_bytes(b"")
    paths = [str(p) for p in sorted(folder.iterdir())]
    loop = QEventLoop()

    def grab_message() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(200, grab_message)
            return
        settle(app)
        box.grab().save(str(out / "import_errors.png"))
        box.close()
        loop.quit()

    start_import(window, [(paths, ImportOptions())])
    QTimer.singleShot(500, grab_message)
    loop.exec()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    QCoreApplication.setOrganizationName("VerbatimScreenshots")  # never the user's own settings
    QSettings().clear()
    QSettings().setValue("coder", "alice")
    from app.controller import Controller
    from app.main_window import MainWindow
    from coding.sample import build_sample_project

    with tempfile.TemporaryDirectory() as tmp:
        controller = Controller()
        controller.open_project(build_sample_project(Path(tmp) / "Exemple.vbt"))
        window = MainWindow(controller)
        window.resize(1400, 860)
        window.show()
        window.analyses.runner.mode = "thread"
        window.dock_analyses.raise_()
        window.resizeDocks([window.dock_analyses], [420], Qt.Orientation.Vertical)
        settle(app)
        reinert_shots(app, window, out)
        stats_lexicon_shot(app, window, out)
        other_analyses_shots(app, window, out)
        readings_shot(app, window, out)
        import_errors_shot(app, window, out)
        controller.close_project()
    print("written to", out)


if __name__ == "__main__":
    main()
