"""Time to open and paint a 100,000-word document carrying 2,000 codings, and to add one coding.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py`` (targets: < 0.5 s, < 50 ms).
Measures the real viewer widget (text, highlights of the visible range, stripes margin, paint).
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.spans import Mark  # noqa: E402
from app.widgets.document_viewer import DocumentViewer  # noqa: E402

REPEAT_OPEN, REPEAT_APPLY = 5, 21  # medians: the machine is shared, single runs vary by 3x
WORDS = ["alors", "je", "pense", "que", "le", "travail", "à", "l’hôpital", "c’est", "vraiment", "épuisant", "mais", "on", "tient", "ensemble"]


def make_document(words: int = 100_000, turn_words: int = 60) -> tuple[str, list]:
    rng = random.Random(1)
    parts, turns, pos, done, i = [], [], 0, 0, 0
    while done < words:
        speaker = "Enquêteur" if i % 2 == 0 else f"Participant {i % 7}"
        label = f"{speaker} : "
        body = " ".join(rng.choice(WORDS) for _ in range(turn_words)) + "."
        line = label + body + "\n\n"
        turns.append(SimpleNamespace(start=pos, end=pos + len(label) + len(body), content_start=pos + len(label),
                                     speaker=speaker, timestamp=float(i * 30), case_id=None))
        parts.append(line)
        pos += len(line)
        done += turn_words
        i += 1
    return "".join(parts), turns


def make_marks(text: str, count: int = 2000, codes: int = 40) -> list[Mark]:
    rng = random.Random(2)
    marks = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 400)
        marks.append(Mark(start, start + rng.randrange(20, 400), rng.randrange(codes), i))
    return marks


def main() -> None:
    app = QApplication.instance() or QApplication([])
    text, turns = make_document()
    marks = make_marks(text)
    viewer = DocumentViewer()
    viewer.resize(1200, 900)
    viewer.show()
    palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
    viewer.text.set_codes({c: palette[c % 7] for c in range(40)}, {c: f"Code {c}" for c in range(40)},
                          list(range(40)))
    app.processEvents()  # bench only: let the window appear before timing
    t0 = time.perf_counter()
    viewer.show_document(1, "Bench", text, turns, marks)
    viewer.text.repaint()
    viewer.text.margin.repaint()
    open_s = time.perf_counter() - t0
    viewer.text.verticalScrollBar().setValue(viewer.text.verticalScrollBar().maximum() // 2)
    viewer.text.refresh_highlights(force=True)
    viewer.text.repaint()
    start, _end = viewer.text.visible_range()
    t0 = time.perf_counter()
    viewer.text.add_marks([Mark(start + 10, start + 200, 3, 99_999)])
    viewer.text.repaint()
    viewer.text.margin.repaint()
    apply_ms = (time.perf_counter() - t0) * 1000
    words = len(text.split())
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cpu, Python {platform.python_version()}, PySide6 {pyside_version}, "
          f"QPA {app.platformName()}, load average {os.getloadavg()[0]:.1f} (others' jobs share the cores)")
    print(f"document: {words:,} words, {len(text):,} characters, {len(turns):,} turns, {len(marks):,} codings")
    print(f"open and paint: {open_s:.3f} s (target < 0.5 s)")
    print(f"apply one coding (highlight + stripes repaint): {apply_ms:.1f} ms (target < 50 ms)")


def end_to_end(text: str) -> None:
    """The same document in a real project, opened and coded through the main window and controller."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QSettings

    from app.controller import Controller
    from app.main_window import MainWindow
    from coding import commands as cmd
    from coding.codings import CodingService
    from coding.testing import make_project, transcript
    from coding.types import Span

    QCoreApplication.setApplicationName("VerbatimBench")
    QSettings().setValue("coder", "bench")
    path = Path(tempfile.mkdtemp()) / "bench.vbt"
    project = make_project(path, [transcript("Bench", text.replace("\n\n", "\n"))])
    doc_text = text.replace("\n\n", "\n")
    marks = make_marks(doc_text)
    for c in range(40):
        cmd.CreateCode(f"Code {c}").apply(project)
    service = CodingService(project)
    limit = len(doc_text) - 1
    for c in range(40):
        spans = [Span(1, m.start, min(m.end, limit)) for m in marks if m.code_id == c and m.start < limit]
        service.apply(c + 1, spans, "bench")
    project.close()
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()  # bench only
    opens = []
    for _ in range(REPEAT_OPEN):
        window.viewer.show_document(None, "", "")
        QApplication.processEvents()
        t0 = time.perf_counter()
        window.open_document(1)
        window.viewer.text.repaint()
        window.viewer.text.margin.repaint()
        opens.append(time.perf_counter() - t0)
    window.codebook.select_code(3)  # the excerpts list shows the code being applied: it refreshes too
    QApplication.processEvents()
    start, _end = window.viewer.text.visible_range()
    applies, cpu = [], []
    for i in range(REPEAT_APPLY):
        t0, c0 = time.perf_counter(), time.process_time()
        controller.code_spans(3, [Span(1, start + 10 + i, start + 200 + i)])
        window.viewer.text.repaint()
        window.viewer.text.margin.repaint()
        QApplication.processEvents()  # every view's repaint and the coalesced excerpts reload
        applies.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)  # this process's CPU: what others' load does not inflate
    n = len(controller.codings_in_document(1))
    print(f"end to end (SQLite project, main window, {n:,} codings): open and paint median "
          f"{statistics.median(opens):.3f} s (min {min(opens):.3f}, {REPEAT_OPEN} runs); apply one coding "
          f"(command + store + all views refreshed and painted) median {statistics.median(applies):.1f} ms "
          f"(min {min(applies):.1f}, max {max(applies):.1f}, {REPEAT_APPLY} runs); CPU time of the process "
          f"median {statistics.median(cpu):.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
    text, _turns = make_document()
    end_to_end(text)
