"""SimilarityView: items from the result, edge threshold, search, node drag, labels, double-click,
re-layout, exports."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from app.lexviews.simi_view import SimilarityView
from tests.app.test_lexviews_common import FakeContext, is_png, is_svg, similarity_result


def make_view(qtbot):
    context = FakeContext()
    view = SimilarityView(similarity_result(), context)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)
    return view, context


def test_items_follow_the_result(qtbot):
    view, _ = make_view(qtbot)
    r = view.result
    assert set(view.nodes) == {n.form for n in r.nodes}
    assert len(view.edges) == len(r.edges) > 0
    big = max(r.nodes, key=lambda n: n.freq)
    small = min(r.nodes, key=lambda n: n.freq)
    assert view.nodes[big.form].radius > view.nodes[small.form].radius
    heavy = max(view.edges, key=lambda e: e.weight)
    light = min(view.edges, key=lambda e: e.weight)
    assert heavy.pen().widthF() >= light.pen().widthF()
    assert view.nodes[big.form].label.isVisible()  # the most frequent form is always labelled


def test_threshold_slider_hides_edges(qtbot):
    view, _ = make_view(qtbot)
    assert len(view.visible_edges()) == len(view.edges)
    view.threshold_slider.setValue(view.threshold_slider.maximum())
    top = max(e.weight for e in view.edges)
    assert view.visible_edges() and all(e.weight == top for e in view.visible_edges())
    assert all(not e.isVisible() for e in view.edges if e.weight < top)
    view.threshold_slider.setValue(0)
    assert len(view.visible_edges()) == len(view.edges)


def test_search_selects_and_centres(qtbot):
    view, _ = make_view(qtbot)
    view.view.zoom_by(4.0)
    target = min(view.result.nodes, key=lambda n: n.freq).form
    view.search_edit.setText(target[:-1].upper())
    view.search_edit.returnPressed.emit()
    node = view.nodes[target] if view.nodes[target].isSelected() else next(n for n in view.nodes.values()
                                                                           if n.isSelected())
    assert node.form.casefold().startswith(target[:-1].casefold()) and node.label.isVisible()
    centre = view.view.mapToScene(view.view.viewport().rect().center())
    assert abs(centre.x() - node.pos().x()) < 5 and abs(centre.y() - node.pos().y()) < 5
    assert view.search("zzz-absent") is None


def test_dragging_a_node_moves_its_edges(qtbot):
    view, _ = make_view(qtbot)
    edge = view.edges[0]
    node = edge.a
    start = view.view.mapFromScene(node.pos())
    end = start + QPointF(60, 40).toPoint()
    qtbot.mousePress(view.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.view.viewport(), pos=start + QPointF(10, 5).toPoint())
    qtbot.mouseMove(view.view.viewport(), pos=end)
    qtbot.mouseRelease(view.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = view.view.mapFromScene(node.pos())
    assert (moved - end).manhattanLength() <= 3
    assert edge.line().p1() == node.pos() and edge.line().p2() == edge.b.pos()


def test_double_click_shows_the_concordance(qtbot):
    view, context = make_view(qtbot)
    node = max(view.nodes.values(), key=lambda n: n.freq)
    qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=view.view.mapFromScene(node.pos()))
    assert ("show_concordance", node.form, "lemma") in context.calls


def test_zoom_keeps_label_screen_size_and_declutters(qtbot):
    view, _ = make_view(qtbot)
    node = max(view.nodes.values(), key=lambda n: n.freq)
    before = view.view.mapFromScene(node.label_rect()).boundingRect().height()
    shown_before = sum(n.label.isVisible() for n in view.nodes.values())
    view.view.zoom_by(0.2)
    view._update_labels(view.view.current_scale())
    after = view.view.mapFromScene(node.label_rect()).boundingRect().height()
    assert abs(after - before) <= 2
    assert sum(n.label.isVisible() for n in view.nodes.values()) <= shown_before
    view.all_labels_box.setChecked(True)
    assert all(n.label.isVisible() for n in view.nodes.values())


def test_relayout_halos_and_exports(qtbot, tmp_path):
    view, _ = make_view(qtbot)
    before = {f: (n.pos().x(), n.pos().y()) for f, n in view.nodes.items()}
    view.relayout()
    assert {f: (n.pos().x(), n.pos().y()) for f, n in view.nodes.items()} != before
    assert all(e.line().p1() == e.a.pos() for e in view.edges)
    view.halo_box.setChecked(True)
    assert view.halos
    png = view.export_figure(tmp_path / "g.png")
    assert is_png(png) and is_svg(view.export_figure(tmp_path / "g.svg"))
    assert len(view.export_actions()) == 2
