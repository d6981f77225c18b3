"""A French user sees no English: the UI is switched to French, then every window, dock, menu, dialog reachable
from the menus (opened, read and closed without blocking), message, lexical view and figure label is scanned
for English words — words of the app's own source strings that no French translation uses
(tests/app/english_words.py). Words of the user's data (texts, names) are not UI and are left out."""

from __future__ import annotations

import re
import shutil

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)

from app.analysis.params import KwicParams, ReinertParams, SimilarityParams, SpecificitiesParams, StatsParams
from app.i18n import install_translators, remove_translators
from app.lexviews.reinert_figure_page import FigurePage
from tests.app.english_words import english_in, english_words, words
from tests.app.i18n_scan import visible_texts
from tests.app.test_lexpanel_panel import LEXICON, THEMES, TOOLS, lex_template, run  # noqa: F401 - fixture

CONTEXT_MENU_MODULES = ("app.widgets.codebook_panel", "app.coding_actions", "app.lexpanel.analyses_tree")
# Menu entries not opened: they quit, or change the saved language (their message is scanned elsewhere).
NOT_TRIGGERED = {"Quitter", "Système", "Français", "English"}


@pytest.fixture
def french_window(qtbot, qapp, lex_template, tmp_path):  # noqa: F811 - the fixture imported above
    """The main window on a small coded project, built after the UI switched to French."""
    from app.controller import Controller
    from app.main_window import MainWindow

    install_translators(qapp, "fr")
    path = tmp_path / "lex.vbt"
    shutil.copy(lex_template, path)
    controller = Controller()
    controller.open_project(path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    window.analyses.runner.mode = "thread"
    window.analyses.lexicon = LEXICON
    yield window
    window.analyses.runner.jobs.wait(10000)
    window.memos.timer.stop()
    controller.close_project()
    remove_translators(qapp)


def data_words(window) -> set[str]:  # noqa: ANN001
    """Words of the project's texts and names, and of the test corpus: data, not UI (with their beginnings and
    ends: a concordance cuts words at the edges of its contexts)."""
    found = set(words(" ".join([*TOOLS, *(w for ws in THEMES.values() for w in ws), "Marie", "Enquêteur"])))
    controller = window.controller
    for info in controller.documents():
        found.update(words(controller.document(info.id).text + " " + info.name))
    for scope in ("document", "case"):
        found.update(words(" ".join(controller.attribute_names(scope))))
        for values in controller.attribute_values(scope).values():
            found.update(words(" ".join(map(str, values.values()))))
    found.update(words(" ".join(c.name for c in controller.codes())))
    return found | {w[:i] for w in found for i in range(2, len(w))} | {w[-i:] for w in found for i in range(2, len(w))}


class Reader:
    """Stands in for every modal entry point: reads what the dialog or message says, then cancels it."""

    def __init__(self, monkeypatch, qtbot):  # noqa: ANN001
        self.texts: dict[str, str] = {}  # text -> where it was seen
        self.qtbot = qtbot
        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self.message))
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self.file_dialog))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self.input_dialog))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(self.input_dialog))
        monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self.dialog_exec(dialog))  # a method of every dialog
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.dialog_exec(box))
        reader = self

        class ReadMenu(QMenu):
            """A context menu read instead of shown (QMenu.exec itself cannot be replaced)."""

            def exec(self, *args, **kwargs) -> None:  # noqa: A003, ANN002, ANN003
                reader.menu_exec(self)

        for module in CONTEXT_MENU_MODULES:
            monkeypatch.setattr(f"{module}.QMenu", ReadMenu)
        self.where = ""

    def add(self, texts, where: str) -> None:  # noqa: ANN001
        for text in texts:
            if isinstance(text, str) and text.strip():
                self.texts.setdefault(text, where)

    def message(self, parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        self.add([title, text], f"message box of {self.where}")
        return QMessageBox.StandardButton.Cancel

    def file_dialog(self, parent, caption="", folder="", filters="", *args, **kwargs):  # noqa: ANN001, ANN202
        self.add([caption, *filters.split(";;")], f"file dialog of {self.where}")
        return ([], "") if "Names" in str(kwargs) else ("", "")

    def input_dialog(self, parent, title, label, *args, **kwargs):  # noqa: ANN001, ANN202
        self.add([title, label], f"input dialog of {self.where}")
        return ("", False)

    def dialog_exec(self, dialog) -> int:  # noqa: ANN001
        dialog.show()
        self.qtbot.wait(20)
        self.add(visible_texts(dialog), f"dialog {dialog.windowTitle()!r} of {self.where}")
        dialog.reject()
        return 0

    def menu_exec(self, menu: QMenu) -> None:
        for _label, action in menu_actions(menu):
            self.add([action.text(), action.toolTip()], f"context menu of {self.where}")
        self.add([menu.title()], f"context menu of {self.where}")

    def read_new_windows(self, main, before: set) -> None:  # noqa: ANN001
        """Non-modal windows and dialogs the action opened: read, then closed."""
        for widget in QApplication.topLevelWidgets():
            if widget is not main and widget.isVisible() and id(widget) not in before and not isinstance(widget, QMenu):
                self.add(visible_texts(widget), f"window {widget.windowTitle()!r} of {self.where}")
                widget.close()


def menu_actions(menu: QMenu, path: str = ""):  # noqa: ANN201
    """(path, action) of every entry of ``menu`` and its sub-menus (filled as when they show)."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.isSeparator():
            continue
        label = f"{path} > {action.text()}"
        if action.menu() is not None:
            yield from menu_actions(action.menu(), label)
        else:
            yield label, action


def _report(found: dict[str, list[str]], where: dict[str, str]) -> str:
    return "\n".join(f"{hits} in {text!r} ({where.get(text, '')})" for text, hits in found.items())


DECIMAL_POINT = re.compile(r"(?<![\w.:/\[-])\d+\.\d+(?![\w.])")  # 25.8 — not 1.2.3, file.v2, [266-273]


def decimal_points(texts) -> dict[str, list[str]]:  # noqa: ANN001
    """The texts showing a number with a decimal point (French writes 25,8)."""
    return {text: DECIMAL_POINT.findall(text) for text in texts if DECIMAL_POINT.search(text)}


def open_context_menus(window, reader: Reader) -> None:  # noqa: ANN001
    """Right-clicks on the codebook (a code and its header), the document and a saved analysis."""
    codebook = window.codebook
    if not window.controller.codes():
        codebook.new_code(None, "Fatigue")
    reader.where = "codebook"
    tree = codebook.tree
    tree.setCurrentIndex(tree.model().index(0, 0))
    tree.customContextMenuRequested.emit(tree.visualRect(tree.model().index(0, 0)).center())
    tree.header().customContextMenuRequested.emit(QPoint(5, 5))
    reader.where = "document"
    text = window.viewer.text
    text.contextMenuAt.emit(3, QPoint(10, 10))
    analyses = window.analyses.tree
    if analyses.topLevelItemCount() and analyses.topLevelItem(0).childCount():
        reader.where = "saved analysis"
        analyses.customContextMenuRequested.emit(analyses.visualItemRect(analyses.topLevelItem(0).child(0)).center())


def test_english_word_list_is_sound():
    english = english_words()
    assert {"the", "coding", "codebook", "with", "select"} <= english
    assert not {"code", "document", "documents", "mémo", "verbatim", "total"} & english


def test_main_window_menus_and_dialogs_speak_french(qtbot, monkeypatch, french_window):
    window = french_window
    reader = Reader(monkeypatch, qtbot)
    reader.add(visible_texts(window), "main window")
    reader.add([window.statusBar().currentMessage()], "status bar")
    triggered = 0
    for menu_action in window.menuBar().actions():
        for label, action in list(menu_actions(menu_action.menu(), menu_action.text())):
            if action.text().replace("&", "") in NOT_TRIGGERED or not action.isEnabled():
                continue
            reader.where = label
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            action.trigger()
            qtbot.wait(30)
            reader.add([window.statusBar().currentMessage()], f"status bar after {label}")
            reader.read_new_windows(window, before)
            triggered += 1
    open_context_menus(window, reader)
    assert triggered >= 15, "the menus were not walked"
    assert len(reader.texts) > 200
    found = english_in(reader.texts, data_words(window))
    assert not found, "English in the French UI:\n" + _report(found, reader.texts)
    assert not decimal_points(reader.texts), f"decimal points in the French UI: {decimal_points(reader.texts)}"
    assert "Nouveau sous-code" in reader.texts, "the codebook's context menu was not read"


ANALYSES = {
    "stats": StatsParams(), "reinert": ReinertParams(nbcl_p1=4, mincl=5),
    "similarity": SimilarityParams(top_n=20), "specificities": SpecificitiesParams(variable="theme"),
    "kwic": KwicParams(query="salaire"),
}


def figure_texts(fig) -> list[str]:  # noqa: ANN001
    """Every text drawn in a matplotlib figure (titles, labels, tick labels, legend, annotations)."""
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text") and callable(a.get_text))]


def test_lexical_views_and_figures_speak_french(qtbot, monkeypatch, french_window):
    from app.analysis import drawing

    window = french_window
    reader = Reader(monkeypatch, qtbot)
    for number, (kind, params) in enumerate(ANALYSES.items(), start=1):
        _analysis_id, view = run(qtbot, window.analyses, kind, params, name=f"analyse {number}")
        qtbot.wait(200)
        for index in range(getattr(getattr(view, "tabs", None), "count", lambda: 0)()):
            view.tabs.setCurrentIndex(index)  # pages build and figures draw when shown (in the background)
            qtbot.wait(100)
            for page in view.findChildren(FigurePage):
                if page.isVisible():  # a loaded machine takes seconds to draw a dendrogram
                    qtbot.waitUntil(lambda page=page: page.ready, timeout=60_000)
        reader.add(visible_texts(view), f"{kind} view")
        for page in view.findChildren(object):
            fig = getattr(page, "figure", None)
            if fig is not None and hasattr(fig, "findobj"):
                reader.add(figure_texts(fig), f"figure of the {kind} view")
        result = view.result
        for make in ("zipf_figure", "dendrogram_figure", "reinert_map_figure", "similarity_figure",
                     "specificities_map_figure"):
            try:
                fig = getattr(drawing, make)(result)
            except (AttributeError, TypeError):
                continue  # a figure of another analysis
            if fig is not None:
                reader.add(figure_texts(fig), f"{make} (CLI and exports)")
    reader.add(visible_texts(window.analyses), "analyses panel")
    open_context_menus(window, reader)
    assert "Relancer" in " ".join(reader.texts), "the saved analysis' context menu was not read"
    figure_places = {place for place in reader.texts.values() if place.startswith("figure of")}
    assert {"figure of the reinert view", "figure of the stats view"} <= figure_places, figure_places
    assert any(text.startswith("Classe 1") for text in reader.texts) and "rang (log)" in reader.texts
    found = english_in(reader.texts, data_words(window))
    assert not found, "English in the French lexical views:\n" + _report(found, reader.texts)
    assert not decimal_points(reader.texts), f"decimal points in the French views: {decimal_points(reader.texts)}"
