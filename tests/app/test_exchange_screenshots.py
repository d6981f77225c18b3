"""Screenshots of the queries, thematic grid and agreement views on the sample project.

``QT_QPA_PLATFORM=offscreen VERBATIM_LANG=fr .venv/bin/python tests/app/test_exchange_screenshots.py [OUT_DIR]``
writes docs/screenshots/{cooccurrence,thematic_grid,agreement}.png; under pytest the same code
runs into a temporary folder (a smoke test of the three views on a real project).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VERBATIM_LANG", "fr")

SECOND_CODER = "Camille"


def add_second_coder(path: Path) -> None:
    """A second coder who codes most of the sample's passages alike, some shorter, some not, some more."""
    from coding.codebook import CodebookService
    from coding.codings import CodingService
    from coding.types import Span
    from corpus.documents import CorpusService
    from corpus.store.project import Project

    with Project.open(path) as project:
        service, corpus = CodingService(project), CorpusService(project)
        texts = corpus.texts()
        for i, coding in enumerate(service.codings()):
            s = coding.span
            if i % 5 == 1:
                continue  # missed
            end = s.end
            if i % 4 == 2:  # shorter: stops at a word boundary two thirds in
                end = texts[s.document_id].rfind(" ", s.start, s.start + 2 * (s.end - s.start) // 3)
                end = end if end > s.start else s.end
            service.apply(coding.code_id, [Span(s.document_id, s.start, end)], SECOND_CODER)
        codes = [c.id for c in CodebookService(project).codes() if c.parent_id is not None]
        for j, doc in enumerate(corpus.documents()):
            text = texts[doc.id]
            start = text.find(". ", len(text) // 3) + 2  # a whole sentence nobody else coded
            end = text.find(".", start) + 1
            service.apply(codes[j % len(codes)], [Span(doc.id, start, end)], SECOND_CODER)


def _window(path: Path):  # noqa: ANN202
    from app.controller import Controller
    from app.main_window import MainWindow

    controller = Controller()
    controller.set_coder("Exemple")
    controller.open_project(path)
    window = MainWindow(controller)
    window.resize(1400, 880)
    window.show()
    return window


def _wait(job) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    done: list[object] = []
    for signal in (job.signals.finished, job.signals.failed):
        signal.connect(lambda *a: done.append(a))
    deadline = QDeadlineTimer(60000)
    while not done and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert done, "the job did not finish"


def shoot(out: Path, project_path: Path) -> list[Path]:
    """Build the sample with two coders and save the three screenshots into ``out``."""
    from coding.sample import build_sample_project

    build_sample_project(project_path)
    add_second_coder(project_path)
    window = _window(project_path)
    try:
        return [_cooccurrence(window, out), _grid(window, out), _agreement(window, out)]
    finally:
        window.exchange._close_windows()
        window.close()


def _cooccurrence(window, out: Path) -> Path:  # noqa: ANN001
    panel = window.exchange.show_queries()
    window.exchange.dock_queries.setFloating(True)
    window.exchange.dock_queries.resize(1400, 720)
    tab = panel.matrix
    tab.mode.setCurrentIndex(tab.mode.findData("turn"))
    _wait(tab.compute())
    cell = tab.model.index(1, 2)
    tab.table.setCurrentIndex(cell)
    tab.show_cell(cell)
    path = out / "cooccurrence.png"
    window.exchange.dock_queries.grab().save(str(path))
    window.exchange.dock_queries.setFloating(False)
    return path


def _grid(window, out: Path) -> Path:  # noqa: ANN001
    grid = window.exchange.open_grid()
    grid.resize(1300, 800)
    _wait(grid.build())
    first = grid.model.index(0, 0)
    grid.edit_summary(*grid.model.key(first), "Télétravail choisi ; trajets évités, journées plus longues.")
    grid.table.setCurrentIndex(first)
    path = out / "thematic_grid.png"
    grid.grab().save(str(path))
    return path


def _agreement(window, out: Path) -> Path:  # noqa: ANN001
    dialog = window.exchange.open_agreement()
    dialog.resize(1100, 700)
    dialog.coder_a.setCurrentText("Exemple")
    dialog.coder_b.setCurrentText(SECOND_CODER)
    _wait(dialog.compute())
    path = out / "agreement.png"
    dialog.grab().save(str(path))
    return path


def test_exchange_screenshots(qapp, tmp_path):
    paths = shoot(tmp_path, tmp_path / "sample.vbt")
    from PySide6.QtGui import QImage

    for path in paths:
        image = QImage(str(path))
        assert image.width() > 800 and image.height() > 500, path


def main() -> None:
    from app.main import make_application

    app = make_application(sys.argv)
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("VerbatimScreenshots")  # never the user's own settings
    QSettings().clear()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(out, Path(tmp) / "sample.vbt"):
            print(path)
    app.processEvents()


if __name__ == "__main__":
    main()
