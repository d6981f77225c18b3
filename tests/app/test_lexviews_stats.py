"""StatsView and WordCloudView: summary, frequency table (model test, sorting, filter), Zipf plot,
word cloud without overlaps, concordance on double-click / click, exports."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.analysis.results import FrequencyItem
from app.lexviews.stats_view import StatsView
from app.lexviews.wordcloud import WordCloudView, cloud_words, display_name, spiral_layout
from tests.app.test_lexviews_common import FakeContext, is_png, is_svg, stats_result


def make_view(qtbot, cls=StatsView):
    context = FakeContext()
    view = cls(stats_result(), context)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view, context


def test_summary_and_frequency_table(qtbot, qtmodeltester):
    view, _ = make_view(qtbot)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    summary = dict(view.summary_rows())
    s = view.result.summary
    assert summary["Occurrences"].replace("\u00a0", "").replace(",", "") == str(s["occurrences"])
    assert "% of forms" in summary["Hapax (forms)"] and "Lemmas" in summary
    freqs = [r.freq for r in view.proxy.source_rows()]
    assert freqs == sorted(freqs, reverse=True) and len(freqs) == len(view.result.frequencies)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [r.name for r in view.proxy.source_rows()]
    assert names == sorted(names, key=str.casefold)
    view.status_combo.setCurrentIndex(view.status_combo.findData("active"))
    assert {r.status for r in view.proxy.source_rows()} == {"active"}
    view.filter_edit.setText("ouvr")
    assert [r.name for r in view.proxy.source_rows()] == ["ouvrier"]
    assert view.count_label.text().startswith("1 of")


def test_double_click_opens_concordance(qtbot):
    view, context = make_view(qtbot)
    view.filter_edit.setText("salaire")
    index = view.proxy.index(0, 0)
    view.table.doubleClicked.emit(index)
    assert context.calls == [("show_concordance", "salaire", "lemma")]


def test_stats_exports(qtbot, tmp_path):
    view, _ = make_view(qtbot)
    view.status_combo.setCurrentIndex(view.status_combo.findData("active"))
    csv_path = view.export_table(tmp_path / "f.csv")
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Lemma,Frequency,POS,Status" and all(line.endswith(",active") for line in lines[1:])
    sheet = load_workbook(view.export_table(tmp_path / "f.xlsx")).active
    assert sheet.max_row == len(lines)
    assert is_png(view.export_figure(tmp_path / "z.png"))
    assert is_svg(view.export_figure(tmp_path / "z.svg"))
    assert len(view.export_actions()) == 4


def test_cloud_words_filters_and_layout_has_no_overlap():
    rows = [FrequencyItem("être", 50, "aux", "active"), FrequencyItem("x", 40, "nom", "active"),
            FrequencyItem("le", 90, "art_def", "supplementary"), FrequencyItem("usine", 9, "nom", "active"),
            FrequencyItem("2020", 8, "nr", "active"), FrequencyItem("grève", 12, "nom", "active")]
    assert [r.name for r in cloud_words(rows, 10)] == ["grève", "usine"]
    assert [r.name for r in cloud_words(rows, 10, hide_common=False)][0] == "être"
    assert display_name("d_abord") == "d'abord" and display_name("parce_que") == "parce que"
    sizes = [(120.0 - i, 30.0 - i / 5) for i in range(60)]
    spots = spiral_layout(sizes)
    boxes = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(spots, sizes)]
    for i, a in enumerate(boxes):
        for b in boxes[:i]:
            assert a[2] <= b[0] or a[0] >= b[2] or a[3] <= b[1] or a[1] >= b[3]


def test_word_cloud_view(qtbot, tmp_path):
    view, context = make_view(qtbot, WordCloudView)
    names = [w.item.name for w in view.words]
    assert names and all(len(n) > 1 for n in names) and "le" not in names
    assert all(w.item.status == "active" for w in view.words)
    sizes = [w.path().boundingRect().height() for w in view.words]
    assert sizes[0] == max(sizes)  # the most frequent word is the biggest
    rects = view.word_rects()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[:i])
    view.count_slider.setValue(10)
    assert len(view.words) == min(10, len(names))
    word = view.words[0]
    point = view.view.mapFromScene(word.sceneBoundingRect().center())
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert context.calls == [("show_concordance", word.item.name, "lemma")]
    assert is_png(view.export_figure(tmp_path / "c.png"))
    assert is_svg(view.export_figure(tmp_path / "c.svg"))
