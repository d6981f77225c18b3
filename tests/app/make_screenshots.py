"""Screenshots of the workbench for docs/screenshots (French UI): run
``QT_QPA_PLATFORM=offscreen VERBATIM_LANG=fr .venv/bin/python tests/app/make_screenshots.py [OUT_DIR]``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VERBATIM_LANG", "fr")

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402

from app.main import make_application  # noqa: E402

CODES = {
    "Motivations": ("#0072B2", ["l’envie d’aider", "le salaire compte"]),
    "Motivations/Altruisme": ("#56B4E9", ["l’envie d’aider"]),
    "Conditions de travail": ("#D55E00", []),
    "Conditions de travail/Fatigue": ("#E69F00", ["la fatigue arrive vite, on tient grâce à l'équipe",
                                                  "La fatigue aussi, les horaires de nuit sont durs",
                                                  "La fatigue est constante"]),
    "Conditions de travail/Horaires": ("#CC79A7", ["les horaires de nuit sont durs"]),
    "Collectif": ("#009E73", ["on tient grâce à l'équipe", "L’équipe, c’est ce qui nous fait rester",
                              "Sans l’équipe je partirais", "l’équipe avant tout", "Une équipe formidable"]),
}


def build(path: Path) -> Path:
    from coding.sample import build_sample_project  # noqa: F401 - prefer the real sample when present

    build_sample_project(path)
    return path


def build_fallback(path: Path) -> Path:
    from coding import commands as cmd
    from coding.codebook import CodebookService
    from coding.testing import make_project, transcript
    from coding.types import Span
    from corpus.documents import CorpusService
    from tests.app import conftest

    project = make_project(path, [
        transcript("Focus group soignants", conftest.FOCUS_GROUP, {"site": "Lyon", "type": "focus group"}),
        transcript("Entretien Sophie", conftest.INTERVIEW, {"site": "Paris", "type": "entretien"})])
    texts = {d.id: CorpusService(project).document(d.id).text for d in CorpusService(project).documents()}
    for code_path, (color, passages) in CODES.items():
        code = CodebookService(project).ensure_path(code_path, color)
        spans = [Span(doc, text.index(p), text.index(p) + len(p)) for p in passages
                 for doc, text in texts.items() if p in text]
        if spans:
            cmd.ApplyCodings(code.id, tuple(spans), "alice").apply(project)
    project.close()
    return path


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    QCoreApplication.setApplicationName("VerbatimScreenshots")
    QSettings().clear()
    QSettings().setValue("coder", "alice")
    from app.controller import Controller
    from app.main_window import MainWindow

    path = Path(tempfile.mkdtemp()) / "Exemple.vbt"
    try:
        build(path)
    except ImportError:  # coding.sample not there yet
        build_fallback(path)
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    window.resize(1500, 900)
    window.show()
    docs = controller.documents()
    focus = next((d for d in docs if "focus" in d.name.lower() or "groupe" in d.name.lower()), docs[0])
    window.documents.select_document(focus.id)
    counts = controller.counts()
    codes = controller.codes()
    busiest = max((c for c in codes if c.parent_id is not None), key=lambda c: counts[c.id].codings)
    window.codebook.tree.expandAll()
    window.codebook.select_code(busiest.id)
    window.resizeDocks([window.dock_excerpts], [290], Qt.Orientation.Vertical)
    window.excerpts.show_context.setChecked(True)
    window.excerpts.table.selectRow(0)
    app.processEvents()  # screenshot script only: let layouts settle
    window.viewer.text.refresh_highlights(force=True)
    app.processEvents()
    window.grab().save(str(out / "main_window.png"))
    window.dock_codebook.grab().save(str(out / "codebook.png"))
    window.dock_excerpts.grab().save(str(out / "excerpts.png"))
    print("saved to", out)
    window.close()


if __name__ == "__main__":
    main()
