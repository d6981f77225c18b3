"""SpecificitiesView: heat-map table (model test, sorting by a modality), top lists, CA map, exports."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.lexviews._ca_map import place_labels
from app.lexviews.spec_view import SpecificitiesView
from tests.app.test_lexviews_common import FakeContext, is_png, is_svg, specificities_result


def make_view(qtbot):
    context = FakeContext()
    view = SpecificitiesView(specificities_result(), context)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view, context


def test_table_heat_map_and_sorting(qtbot, qtmodeltester):
    view, _ = make_view(qtbot)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    r = view.result
    assert view.model.columnCount() == 2 + len(r.modalities)
    for j in range(len(r.modalities)):
        view.table.sortByColumn(2 + j, Qt.SortOrder.DescendingOrder)
        scores = [row[2][j] for row in view.proxy.source_rows()]
        assert scores == sorted(scores, reverse=True)
    top = view.proxy.index(0, 2 + j)
    assert top.data() == f"{scores[0]:.2f}"
    positive = top.data(Qt.ItemDataRole.BackgroundRole)
    assert positive.red() > positive.blue()  # over-represented: red side
    view.table.sortByColumn(2 + j, Qt.SortOrder.AscendingOrder)
    negative = view.proxy.index(0, 2 + j).data(Qt.ItemDataRole.BackgroundRole)
    assert negative.blue() > negative.red()


def test_top_lists_and_concordance(qtbot):
    view, context = make_view(qtbot)
    modality = view.result.modalities[1]
    view.modality_combo.setCurrentText(modality)
    expected = [f for f, s in view.result.top(modality, 5) if s > 0]
    shown = [view.top_tables[0].model().index(i, 0).data() for i in range(len(expected))]
    assert shown == expected
    negatives = [float(view.top_tables[1].model().index(i, 1).data()) for i in range(3)]
    assert all(v < 0 for v in negatives) and negatives == sorted(negatives)
    view.top_tables[0].doubleClicked.emit(view.top_tables[0].model().index(0, 1))
    assert context.calls == [("show_concordance", expected[0], "lemma")]


def test_ca_map_labels_do_not_overlap(qtbot):
    view, _ = make_view(qtbot)
    assert view.figure is not None
    shown = place_labels(view.figure)
    renderer = view.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in view.figure._verbatim_labels if t.get_visible()]
    assert shown > 0 and len(boxes) >= shown
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[:i])


def test_exports(qtbot, tmp_path):
    view, _ = make_view(qtbot)
    r = view.result
    lines = view.export_table(tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["form", "total", f"score {r.modalities[0]}"] and len(lines) == 1 + len(r.forms)
    sheet = load_workbook(view.export_table(tmp_path / "s.xlsx")).active
    assert sheet["A2"].value == r.forms[0]
    assert is_png(view.export_figure(tmp_path / "m.png")) and is_svg(view.export_figure(tmp_path / "m.svg"))
    assert len(view.export_actions()) == 4


def test_many_modalities_open_without_measuring_every_cell(qtbot):
    import numpy as np
    from PySide6.QtWidgets import QHeaderView, QLabel

    from app.analysis.params import SpecificitiesParams
    from app.analysis.results import SpecificitiesResult
    from tests.app.test_lexviews_common import FakeContext

    rng = np.random.default_rng(1)
    forms, modalities = [f"forme{i}" for i in range(300)], [f"pièce_{j}" for j in range(40)]
    result = SpecificitiesResult(SpecificitiesParams(variable="piece"), {}, {}, "piece", "hypergeometric",
                                 modalities, forms, rng.normal(size=(300, 40)).tolist(),
                                 rng.integers(0, 9, size=(300, 40)).tolist(), [100] * 40, None)
    view = SpecificitiesView(result, FakeContext())
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    # widths are set once (ResizeToContents re-measured every cell at each sort: a minute for 500 modalities)
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive for c in range(42))
    assert header.sectionSize(5) >= header.fontMetrics().horizontalAdvance("pièce_3")
    title = next(label for label in view.findChildren(QLabel) if "Specificities of" in label.text())
    assert title.wordWrap() and "(40 modalities)" in title.text() and "pièce_12" not in title.text()
