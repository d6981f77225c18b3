"""Every picture of docs/screenshots, in French, with one command:
``.venv/bin/python tests/app/make_screenshots.py [OUT_DIR]`` (``--main-only``: only the main window,
codebook and excerpts). The main window is grabbed here; the other screens come from the helper scripts
run one after another in their own process (offscreen, or under ``xvfb-run`` for the ones that need real
windows: menus, the pseudonymisation dialog); every PNG is then scaled to at most 1400 px wide."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERBATIM_LANG", "fr")  # QT_QPA_PLATFORM in main(): edit_screenshots imports this module

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


HELPERS = [  # (script, needs a real X window)
    ("test_exchange_screenshots.py", False),
    ("lexpanel_screenshots.py", False),
    ("panel_screenshots.py", False),
    ("edit_screenshots.py", True),
    ("pseudo_screenshots.py", True),
    ("walk_screenshots.py", True),  # the first launch: coder question, first screen
]
MAX_WIDTH = 1400


def run_helpers(out: Path) -> list[str]:
    """Run every helper script into ``out``; the names of those that failed."""
    failed = []
    for script, needs_x in HELPERS:
        env = dict(os.environ, VERBATIM_LANG="fr")
        command = [sys.executable, str(ROOT / "tests" / "app" / script), str(out)]
        if needs_x:
            env.pop("QT_QPA_PLATFORM", None)
            if not env.get("DISPLAY"):
                if not shutil.which("xvfb-run"):
                    print(f"{script}: skipped (needs xvfb-run)")
                    failed.append(script)
                    continue
                command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *command]
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        print("running", script, flush=True)
        if subprocess.run(command, env=env, cwd=ROOT).returncode != 0:
            failed.append(script)
    return failed


def shrink(out: Path) -> None:
    """Scale every PNG wider than MAX_WIDTH down (smooth), and save it at full compression."""
    from PySide6.QtGui import QImage

    for path in sorted(out.glob("*.png")):
        image = QImage(str(path))
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
        image.convertToFormat(QImage.Format.Format_RGB888).save(str(path), "PNG", 0)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main_window_shots(out)
    failed = [] if "--main-only" in sys.argv else run_helpers(out)
    shrink(out)
    print("saved to", out)
    if failed:
        print("failed:", ", ".join(failed))
        sys.exit(1)


def main_window_shots(out: Path) -> None:
    """The main window on the sample (a focus group open, a code selected), its codebook and excerpts."""
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
    window.close()


if __name__ == "__main__":
    main()
