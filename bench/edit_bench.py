"""Editing a long, densely coded transcript: store commands and the viewer's live remap.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/edit_bench.py``. On the 100,000-word document of
``gui_bench.py`` with 2,000 codings, it times: one typo fixed (diff + remap + one transaction) and its undo;
a find-and-replace of a frequent word over the project and its undo; a diff of two far-apart changes; the
viewer's live sync after one keystroke in edit mode (what the user waits for while typing).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._machine import cpu_model, load_average  # noqa: E402
from bench.gui_bench import make_document, make_marks  # noqa: E402


def timed(label: str, fn, repeat: int = 1):  # noqa: ANN001, ANN201
    """Run ``fn`` ``repeat`` times; print the best wall time; return its last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label}: {best * 1000:.1f} ms")
    return result


def build_project(text: str):  # noqa: ANN201 - Project
    from coding import commands as cmd
    from coding.codings import CodingService
    from coding.testing import make_project, transcript
    from coding.types import Span

    project = make_project(Path(tempfile.mkdtemp()) / "edit_bench.vbt", [transcript("Bench", text)])
    for c in range(40):
        cmd.CreateCode(f"Code {c}").apply(project)
    limit = len(text) - 1
    marks = make_marks(text)
    service = CodingService(project)
    for c in range(40):
        service.apply(c + 1, [Span(1, m.start, min(m.end, limit)) for m in marks if m.code_id == c], "bench")
    return project


def store_timings(text: str) -> None:
    from coding.text_commands import EditTexts, edit_document, plan_replace
    from corpus.text_edit import text_diff

    project = build_project(text)
    middle = text.index("travail", len(text) // 2)
    typo = text[:middle] + "travial" + text[middle + len("travail"):]
    inverse = timed("typo fixed: diff + command (remap 2,000 codings, turns, counts; one transaction)",
                    lambda: edit_document(project, 1, typo).apply(project))
    timed("  undo", lambda: inverse.apply(project))
    plan = timed("find-and-replace plan ('vraiment' -> 'réellement', whole words)",
                 lambda: plan_replace(project, "vraiment", "réellement", whole_words=True))
    print(f"  {sum(len(p.edits) for p in plan):,} occurrences")
    inverse = timed("  replace all (one transaction)", lambda: EditTexts(tuple(plan)).apply(project))
    timed("  undo", lambda: inverse.apply(project))
    far = "Relu. " + text[:-10] + "fin."
    edits = timed("diff of two far-apart changes (whole document)", lambda: text_diff(text, far), repeat=3)
    print(f"  {len(edits)} edits")
    project.close()


def viewer_timing(text: str, turns: list) -> None:
    from PySide6.QtWidgets import QApplication

    from app.widgets.document_viewer import DocumentViewer

    app = QApplication.instance() or QApplication([])
    viewer = DocumentViewer()
    viewer.resize(1200, 900)
    viewer.show()
    viewer.text.set_codes({c: "#E69F00" for c in range(40)}, {c: f"Code {c}" for c in range(40)}, list(range(40)))
    viewer.show_document(1, "Bench", text, turns, make_marks(text))
    app.processEvents()  # bench only
    viewer.begin_edit()
    cursor = viewer.text.cursor_at(len(text) // 2)
    timings = []
    for _ in range(5):
        cursor.insertText("x")
        t0 = time.perf_counter()
        viewer.session.sync()
        timings.append(time.perf_counter() - t0)
    print(f"viewer live sync after a keystroke (remap 2,000 marks, {len(turns):,} turns): "
          f"{min(timings) * 1000:.1f} ms best, {max(timings) * 1000:.1f} ms worst of 5")
    t0 = time.perf_counter()
    viewer.finish_edit()
    print(f"leave edit mode (final diff): {(time.perf_counter() - t0) * 1000:.1f} ms")


def main() -> None:
    text, turns = make_document()
    print(f"machine: {platform.platform()}, {cpu_model()}, {os.cpu_count()} cpu, load {load_average()}, "
          f"Python {platform.python_version()}")
    print(f"document: {len(text.split()):,} words, {len(text):,} characters, {len(turns):,} turns, 2,000 codings")
    store_timings(text.replace("\n\n", "\n"))
    viewer_timing(text, turns)


if __name__ == "__main__":
    main()
