"""Numbers, percentages and durations in the UI language: Qt helpers (app.numbers) with the UI's QLocale,
tables of the views, figure labels and tick labels (lexical.figures.FigureText), and the command line
(VERBATIM_LANG) with its messages in French."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from app.analysis.drawing import figure_text
from app.i18n import install_translators, remove_translators
from app.numbers import fmt_count_or_decimal, fmt_number, fmt_percent, fmt_seconds
from corpus.messages import current_language, set_language
from lexical import figures

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def ui(qapp):
    """Switch the whole UI to a language for one test."""
    yield lambda language: install_translators(qapp, language)
    remove_translators(qapp)


def test_qt_numbers_follow_the_ui_language(ui):
    ui("fr")
    assert fmt_number(1004.72) == f"1{NNBSP}004,72"
    assert fmt_number(12345) == f"12{NNBSP}345"
    assert fmt_percent(0.258) == f"25,8{NBSP}%"
    assert fmt_seconds(117.84) == f"1{NBSP}min 58{NBSP}s" and fmt_seconds(17.84) == f"17,8{NBSP}s"
    assert fmt_count_or_decimal(3.0) == "3" and fmt_count_or_decimal(12.5) == "12,5"
    ui("en")
    # English keeps the system's country (grouping or none: C locale in tests), with a decimal point
    assert fmt_number(1004.72).replace(",", "") == "1004.72" and fmt_percent(0.258) == "25.8%"
    assert fmt_seconds(17.84) == f"17.8{NBSP}s"


def test_ui_language_sets_the_messages_language(ui):
    ui("fr")
    assert current_language() == "fr"
    ui("en")
    assert current_language() == "en"


def test_views_tables_use_the_ui_decimal_separator(ui):
    from app.exchange.agreement_dialog import fmt
    from app.exchange.models import format_value
    from app.lexviews.reinert_tables import format_cell
    from app.lexviews.reinert_tabs import signed

    ui("fr")
    assert format_cell(153.0) == "153,00" and format_cell(0.0013) == "0,0013" and format_cell(2e-6) == "2,0e-06"
    assert format_value(25.75) == "25,8" and format_value(4.0) == "4"
    assert signed(3.24) == "+3,2" and signed(-1.5) == "−1,5"
    assert fmt(0.8125) == "0,81" and fmt(92.26, 1) == "92,3"
    ui("en")
    assert format_cell(153.0) == "153.00" and format_value(25.75) == "25.8"


def test_documents_table_counts_in_the_ui_locale(ui, controller):
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QStyledItemDelegate

    from app.models.documents import DocumentIdRole, DocumentsModel

    ui("fr")
    model = DocumentsModel(controller)
    info = model.docs[model.data(model.index(0, 0), DocumentIdRole)]
    model.docs[info.id] = replace(info, words=104_372)
    words = model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole)
    assert words == 104_372  # a number: sorted as one, written by the delegate in the UI locale
    assert QStyledItemDelegate().displayText(words, QLocale()) == f"104{NNBSP}372"


def _texts(fig) -> list[str]:
    FigureCanvasAgg(fig).draw()  # tick labels exist once drawn
    found = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
    return [t for t in found if t]


def test_figures_french_labels_and_decimal_commas():
    set_language("fr")
    try:
        french = figure_text()
    finally:
        set_language(None)
    tree = type("Tree", (), {"children": {1: (2, 3)}, "splits": [type("S", (), {"parent": 1, "index": 1})()]})()
    dendrogram = _texts(figures.dendrogram(tree, [2, 3], [258, 742], [["école"], ["travail"]], text=french))
    assert f"Classe 1\n258 seg. (25,8{NBSP}%)" in dendrogram and not any("Class " in t for t in dendrogram)
    ca = type("CA", (), {"col_coords": np.array([[-0.55, 0.25], [0.35, -0.15], [0.1, 0.4]]),
                         "percent_inertia": np.array([61.25, 38.75])})()
    factor = _texts(figures.factor_map(ca, ["a", "b", "c"], np.array([1, 2, 1]), text=french))
    assert f"Axe 1 (61,25{NBSP}%)" in factor and f"Axe 2 (38,75{NBSP}%)" in factor
    ticks = [t for t in factor if any(ch.isdigit() for ch in t) and "Axe" not in t]
    assert any("," in t for t in ticks) and not any("." in t for t in ticks), ticks
    zipf = _texts(figures.zipf_plot([10, 5, 3, 1], text=french))
    assert "rang (log)" in zipf and "fréquence (log)" in zipf


def test_figures_stay_english_by_default():
    zipf = _texts(figures.zipf_plot([10, 5, 3, 1]))
    assert "rank (log)" in zipf
    assert figures.FigureText().percent(25.8) == "25.8%"


def test_counts_in_french_plurals_are_grouped(ui):
    from PySide6.QtCore import QCoreApplication

    ui("fr")
    assert QCoreApplication.translate("ExcerptsPanel", "%n excerpt(s)", "", 12345) == f"12{NNBSP}345 extraits"
    assert QCoreApplication.translate("ExcerptsPanel", "%n excerpt(s)", "", 1) == "1 extrait"


def test_similarity_values_with_the_ui_decimal_separator(ui):
    from app.numbers import colon, fmt_general

    ui("fr")
    assert fmt_general(0.25) == "0,25" and fmt_general(12.0) == "12" and colon() == f"{NBSP}: "
    ui("en")
    assert fmt_general(0.25) == "0.25" and colon() == ": "


def language_in_child() -> str:
    """The messages' language in a fresh process (run by the test below)."""
    from corpus.messages import current_language as language

    return language()


def test_child_processes_speak_the_ui_language(monkeypatch, ui):  # ui restores VERBATIM_LANG first
    import concurrent.futures
    import multiprocessing

    monkeypatch.setenv("VERBATIM_LANG", "en")
    ui("fr")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(language_in_child).result(timeout=60) == "fr"


def test_dates_in_the_ui_locale(ui):
    from app.numbers import fmt_datetime

    ui("fr")
    assert fmt_datetime("2026-12-02T14:23:05") == "02/12/2026 14:23"
    assert fmt_datetime("not a date") == "not a date"


def test_agreement_counts_have_the_ui_thousands_separator(ui):
    from app.exchange.agreement_dialog import AgreementModel
    from coding.agreement import Agreement

    model = AgreementModel()
    model.rows = [Agreement(None, "", both=3096, only_a=1051, only_b=280, neither=139053)]
    ui("fr")
    assert [model.cell(0, c) for c in range(1, 5)] == [f"143{NNBSP}480", f"3{NNBSP}096", f"1{NNBSP}051", "280"]
    ui("en")
    assert model.cell(0, 1).replace(",", "") == "143480"  # the English locale may or may not group
