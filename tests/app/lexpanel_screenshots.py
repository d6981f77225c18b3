"""Screenshots of the analysis panel for docs/screenshots, on the Manifeste (rainette's example corpus)
imported into a project, with a few keyword codes (French UI). Run:
``QT_QPA_PLATFORM=offscreen VERBATIM_LANG=fr .venv/bin/python tests/app/lexpanel_screenshots.py [OUT_DIR]``
(uses the real spaCy model; ~1 minute)."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VERBATIM_LANG", "fr")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt  # noqa: E402

from app.main import make_application  # noqa: E402

MANIFESTE = ROOT.parent / "shared/corpora/rainette_manifeste_pc/manifeste_pc.txt"
KEYWORD_CODES = {  # code path -> a regex; every sentence matching it is coded
    "Acteurs/Bourgeoisie": (r"\bbourgeois", "#E69F00"),
    "Acteurs/Prolétariat": (r"\bprolétai?r", "#0072B2"),
    "Économie/Propriété": (r"\bpropriét", "#009E73"),
    "Économie/Travail et salaire": (r"\b(salaire|travail)", "#D55E00"),
    "Socialismes": (r"\bsocialis", "#CC79A7"),
}


def build_project(path: Path) -> Path:
    """The Manifeste as a project, sentences coded by keyword."""
    from coding import commands as cmd
    from coding.codebook import CodebookService
    from coding.types import Span
    from corpus.documents import CorpusService
    from corpus.importers import read_file
    from corpus.store.project import Project

    project = Project.create(path)
    corpus = CorpusService(project)
    corpus.add_documents(read_file(MANIFESTE))
    for code_path, (pattern, colour) in KEYWORD_CODES.items():
        code = CodebookService(project).ensure_path(code_path, colour)
        spans = []
        for doc in corpus.documents():
            text = corpus.document(doc.id).text
            for m in re.finditer(r"[^.!?;\n]+[.!?;]?", text):
                if re.search(pattern, m.group(0), re.IGNORECASE):
                    spans.append(Span(doc.id, m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()))
        if spans:
            cmd.ApplyCodings(code.id, tuple(spans), "alice").apply(project)
    project.close()
    return path


def run_and_wait(panel, request):  # noqa: ANN001, ANN201
    loop, out = QEventLoop(), {}
    panel.viewOpened.connect(lambda _id, view: (out.update(view=view), loop.quit()))
    panel.runner.failed.connect(lambda message: (out.update(error=message), loop.quit()))
    panel.run(request)
    loop.exec()
    if "error" in out:
        raise RuntimeError(out["error"])
    return out["view"]


def settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def drawn(app, page) -> object:  # noqa: ANN001
    """The canvas of a figure page once its figure, rendered off the GUI thread, is shown."""
    deadline = time.monotonic() + 60
    while page.canvas is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settle(app)
    return page.canvas


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    QCoreApplication.setOrganizationName("VerbatimScreenshots")
    QSettings().clear()
    QSettings().setValue("coder", "alice")
    from app.analysis.params import ReinertParams
    from app.controller import Controller
    from app.lexpanel.worker import AnalysisRequest
    from app.main_window import MainWindow
    from coding.selection import Selection

    with tempfile.TemporaryDirectory() as tmp:
        controller = Controller()
        controller.open_project(build_project(Path(tmp) / "manifeste.vbt"))
        window = MainWindow(controller)
        window.resize(1500, 950)
        window.show()
        panel = window.analyses
        panel.runner.mode = "thread"
        request = AnalysisRequest("reinert", ReinertParams(nbcl_p1=10).to_dict(), {}, Selection().describe(),
                                  "Reinert — Manifeste")
        view = run_and_wait(panel, request)
        window.dock_analyses.raise_()
        window.resizeDocks([window.dock_analyses], [560], Qt.Orientation.Vertical)
        shots(app, window, view, out)
        controller.close_project()


def shots(app, window, view, out: Path) -> None:  # noqa: ANN001
    """The five screenshots."""
    view.resize(1400, 900)
    view.tabs.setCurrentWidget(view.dendrogram)
    settle(app)
    drawn(app, view.dendrogram).grab().save(str(out / "reinert_dendrogram.png"))
    view.tabs.setCurrentWidget(view.profiles)
    view.class_box.setCurrentIndex(0)
    settle(app)
    view.grab().save(str(out / "reinert_profiles.png"))
    view.tabs.setCurrentWidget(view.map)
    settle(app)
    drawn(app, view.map).grab().save(str(out / "reinert_ca.png"))
    view.tabs.setCurrentWidget(view.codes_page)
    settle(app)
    view.grab().save(str(out / "classes_codes.png"))
    view.colour_box.setChecked(True)
    view.tabs.setCurrentWidget(view.dendrogram)
    segments = [s for s, label in zip(view.result.segments, view.result.labels) if label]
    seg = segments[len(segments) // 3]  # the middle of part I: several classes in view
    window.jump_to(seg.document_id, seg.start, seg.start)
    settle(app)
    window.grab().save(str(out / "viewer_classes.png"))
    print("written to", out)


if __name__ == "__main__":
    main()
