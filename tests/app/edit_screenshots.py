"""Screenshots of the viewer's legend, memo marks, coding menu and edit mode (French UI), in a real X window:
``VERBATIM_LANG=fr xvfb-run -a .venv/bin/python tests/app/edit_screenshots.py OUT_DIR``
(``edit_mode.png``, ``viewer_legend_menu.png``: the whole screen, menus included, via ImageMagick's ``import``)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERBATIM_LANG", "fr")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402

from app.main import make_application  # noqa: E402
from tests.app.make_screenshots import build_fallback  # noqa: E402


def screen(out: Path, window=None) -> None:  # noqa: ANN001 - a QWidget
    """The X screen (menus are separate windows: ``grab`` would miss them), cropped to ``window``."""
    crop = []
    if window is not None:
        g = window.frameGeometry()
        crop = ["-crop", f"{g.width()}x{g.height()}+{max(g.x(), 0)}+{max(g.y(), 0)}", "+repage"]
    subprocess.run(["import", "-window", "root", *crop, str(out)], check=True)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    QCoreApplication.setApplicationName("VerbatimEditScreenshots")
    QSettings().clear()
    QSettings().setValue("coder", "alice")
    from app.controller import Controller
    from app.main_window import MainWindow
    from coding import commands as cmd

    path = build_fallback(Path(tempfile.mkdtemp()) / "Exemple.vbt")
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    focus = controller.documents()[0]
    window.documents.select_document(focus.id)
    window.open_document(focus.id)
    viewer, text = window.viewer, window.viewer.text
    coding = next(m for m in text.spans if "fatigue" in text.text[m.start:m.end])
    controller.execute(cmd.SetMemo("coding", coding.coding_id, "Fatigue liée aux horaires ?", "alice"))
    steps: list = []

    def menu_shot() -> None:
        here = text.text.index("grâce")
        text.select_span(here, here + 5)
        rect = text.cursorRect(text.cursor_at(here))
        QTimer.singleShot(600, lambda: (screen(out / "viewer_legend_menu.png", window), app.activePopupWidget().close()))
        window.coding.context_menu(here, text.viewport().mapToGlobal(rect.center()))

    def edit_shot() -> None:
        viewer.begin_edit()
        window.coding.texts._editing_changed()
        text.setTextCursor(text.cursor_at(text.text.index("Moi c’est")))
        text.insertPlainText("Alors, ")  # as typed: at the editor's own cursor
        viewer.session.sync()
        QTimer.singleShot(400, lambda: (screen(out / "edit_mode.png", window), app.quit()))

    steps.extend([menu_shot, edit_shot])
    QTimer.singleShot(800, steps[0])
    QTimer.singleShot(2500, steps[1])
    app.exec()
    print("saved to", out)


if __name__ == "__main__":
    main()
