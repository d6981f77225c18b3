"""The pieces that keep the panel responsive on big results: the step log, classes x codes overlaps
computed over arrays, the self-sorting table model, the figure page drawn in the background."""

from __future__ import annotations

import random
import time

import numpy as np
from PySide6.QtCore import Qt

from app.lexpanel.steps import StepLog
from app.lexviews.classes_codes import overlapping
from app.lexviews.reinert_tables import TableModel


def test_step_log_records_only_when_enabled_and_finds_overlaps():
    log = StepLog()
    with log.step("ignored"):
        pass
    assert log.steps == []
    log.enabled = True
    with log.step("a"):
        time.sleep(0.01)
    log.add("child step", 100.0, 101.0, "child")
    a = log.steps[0]
    assert a.name == "a" and a.end > a.start and a.where == "MainThread"
    assert [s.name for s in log.overlapping(a.start + 0.001, a.start + 0.002)] == ["a"]
    assert [s.name for s in log.overlapping(100.5, 200.0)] == ["child step"]
    log.clear()
    assert log.steps == []


def test_overlapping_matches_a_plain_scan():
    rng = random.Random(5)
    for _ in range(50):
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(1, 8)))]
        starts = np.array([rng.randint(0, 220) for _ in range(40)])
        ends = starts + np.array([rng.randint(1, 25) for _ in range(40)])
        expected = [any(a < e and b > s for a, b in spans) for s, e in zip(starts, ends)]
        assert overlapping(starts, ends, spans).tolist() == expected


def test_table_model_sorts_itself_and_colours_by_given_row(qtmodeltester):
    coloured = []
    model = TableModel(["form", "chi2"], colour=lambda row, column: coloured.append(row))
    model.set_rows([["Économie", 2.0], ["acteurs", 10.5], ["socialismes", -3.0]])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.row_values(r)[0] for r in range(3)] == ["acteurs", "Économie", "socialismes"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # accent- and case-insensitive
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["acteurs", "Économie", "socialismes"]
    model.set_rows([["b", 1], ["a", 2]])  # new rows keep the order chosen
    assert model.row_values(0) == ["a", 2] and model.rows[0] == ["b", 1]
    coloured.clear()
    model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert coloured == [1]  # the colour callback gets the row's index in ``rows``


def test_figure_page_draws_in_the_background(qtbot):
    from matplotlib.figure import Figure

    from app.lexviews.reinert_pages import FigurePage

    def builder():
        fig = Figure(figsize=(3, 2))
        fig.add_axes((0, 0, 1, 1)).plot([0, 1], [1, 0])
        return fig, "none"

    page = FigurePage()
    qtbot.addWidget(page)
    page.set_builder(builder)
    assert not page.ready and page.figure is None  # hidden: nothing drawn yet
    page.show()
    qtbot.waitUntil(lambda: page.ready)
    assert page.figure is not None and page.canvas.pixmap().width() == 300
    page.set_builder(lambda: (None, "nothing to draw"))
    page.ensure()
    assert page.ready and page.figure is None and page.empty.text() == "nothing to draw"
