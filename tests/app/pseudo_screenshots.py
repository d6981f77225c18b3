"""Screenshots of pseudonymisation on the sample project (French UI), in a real X window:
``VERBATIM_LANG=fr xvfb-run -a .venv/bin/python tests/app/pseudo_screenshots.py OUT_DIR``
(``pseudo_review.png``: the review dialog after detection with spaCy; ``pseudo_copy.png``: the copy
open in the main window, codings on the same words)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("VERBATIM_LANG", "fr")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402

from app.main import make_application  # noqa: E402


def wait(job) -> None:  # noqa: ANN001 - app.jobs.Job
    """Run the event loop until ``job`` reports."""
    loop = QEventLoop()
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_a: QTimer.singleShot(300, loop.quit))
    loop.exec()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    QCoreApplication.setApplicationName("VerbatimPseudoScreenshots")
    QSettings().clear()
    from app.controller import Controller
    from app.main_window import MainWindow
    from app.pseudo.dialog import PseudonymiseDialog
    from coding.sample import build_sample_project

    work = Path(tempfile.mkdtemp())
    path = build_sample_project(work / "Exemple.vbt")
    controller = Controller()
    controller.open_project(path)
    dialog = PseudonymiseDialog(controller.project)
    dialog.keep_gender.setChecked(True)
    dialog.resize(1100, 640)
    dialog.show()
    wait(dialog.start_detection())
    dialog.view.selectRow(0)
    dialog.view.setCurrentIndex(dialog.proxy.index(0, 0))
    app.processEvents()
    dialog.grab().save(str(out / "pseudo_review.png"))
    copy = work / "Exemple-pseudo.vbt"
    wait(dialog.start_copy(copy, work / "Exemple-correspondance.csv"))
    dialog.close()
    controller.close_project() if hasattr(controller, "close_project") else None
    controller.open_project(copy)
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.show()
    first = controller.documents()[0]
    window.documents.select_document(first.id)
    window.open_document(first.id)
    QTimer.singleShot(1200, lambda: (window.grab().save(str(out / "pseudo_copy.png")), app.quit()))
    app.exec()
    print("saved to", out)


if __name__ == "__main__":
    main()
