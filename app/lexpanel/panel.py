"""The analysis panel (a dock of the main window, and an "Analyses" menu): run analyses as background
jobs with a progress bar and Cancel, list the saved runs, reopen them instantly from their bytes,
re-run, rename, delete; shows each result in its view (``app.lexviews``)."""

from __future__ import annotations

import importlib
import os
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.analysis.params import KwicParams
from app.analysis.results import load_result
from app.lexpanel.analyses_tree import AnalysesTree
from app.lexpanel.context import PanelContext
from app.lexpanel.preload import preload
from app.lexpanel.progress_text import progress_text
from app.lexpanel.run_status import RunStatus
from app.lexpanel.runner import AnalysisRunner
from app.lexpanel.steps import step
from app.lexpanel.worker import KINDS, AnalysisRequest
from app.lexviews.base import AnalysisView
from app.numbers import fmt_seconds
from corpus.caches import AnalysisStore

# how long after a project opens the analysis process starts (the window first settles); the
# ``VERBATIM_WARM_WORKER=0`` environment variable keeps it from starting (the GUI tests)
WARM_DELAY_MS = 1500


def warm_worker_enabled() -> bool:
    """False when ``VERBATIM_WARM_WORKER`` is ``0``/``no``/``off``."""
    return os.environ.get("VERBATIM_WARM_WORKER", "1").strip().lower() not in ("0", "no", "off", "false")


# kind -> modules whose AnalysisView subclass shows it (several: tabs), imported when first needed
VIEW_MODULES = {"stats": ("app.lexviews.stats_view", "app.lexviews.wordcloud"),
                "reinert": ("app.lexviews.reinert_view",), "similarity": ("app.lexviews.simi_view",),
                "specificities": ("app.lexviews.spec_view",), "kwic": ("app.lexviews.kwic_view",)}


def view_class(module_name: str) -> type[AnalysisView] | None:
    """The AnalysisView subclass defined in ``module_name``; None when the module is missing."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, AnalysisView) and value is not AnalysisView \
                and value.__module__ == module.__name__:
            return value
    return None


class AnalysisPanel(QWidget):
    """Runs and shows analyses; ``viewOpened(analysis id, view)`` when a result is shown."""

    viewOpened = Signal(int, object)

    def __init__(self, window, parent: QWidget | None = None, mode: str | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.window_ = window
        self.controller = window.controller
        self.runner = AnalysisRunner(self.controller, self, mode)
        self.context = PanelContext(window, self.concordance, self, self.rerun_result)
        self.confirm = self._confirm
        self.lexicon: dict[str, tuple[str, str]] | None = None  # tests: a hand-made lexicon instead of spaCy
        self._opening: set[int] = set()  # saved analyses being decoded in the background
        self.run_status = RunStatus(self)  # moved to the window's status bar by install_panel
        self.kind_labels = {"stats": self.tr("Statistics…"), "reinert": self.tr("Reinert classification…"),
                            "similarity": self.tr("Similarity analysis…"),
                            "specificities": self.tr("Specificities…"), "kwic": self.tr("Concordance…")}
        self._make_widgets()
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda: self._idle(self.tr("Analysis cancelled.")))
        self.controller.projectChanged.connect(self.on_project_changed)
        window.viewer.text.documentLoaded.connect(self.context.refresh_viewer)
        self.on_project_changed()
        # the views' code (matplotlib...) loads in the background now, not when the first result shows
        self.preloading = preload(m for modules in VIEW_MODULES.values() for m in modules)

    def _make_widgets(self) -> None:
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New analysis"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self)
        self.fill_menu(self.new_menu)
        self.new_button.setMenu(self.new_menu)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(QMenu(self))
        self.export_button.menu().aboutToShow.connect(self._fill_export)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.run_status.cancel_button.clicked.connect(self.runner.cancel)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.new_button, self.export_button, self.progress, self.cancel_button, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.tree = AnalysesTree(self)
        self.tree.openRequested.connect(self.open_saved_later)
        self.tree.rerunRequested.connect(self.rerun)
        self.tree.renamed.connect(self.rename)
        self.tree.deleteRequested.connect(self.delete)
        self.tree.bundleRequested.connect(self.export_bundle)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._idle("")

    def fill_menu(self, menu: QMenu) -> None:
        """One action per analysis kind (the panel's button and the window's Analyses menu)."""
        for kind in KINDS:
            menu.addAction(self.kind_labels[kind], lambda k=kind: self.new_analysis(k))

    # --- running ------------------------------------------------------------------------------
    def new_analysis(self, kind: str, template: AnalysisRequest | None = None) -> None:
        """Ask the parameters of a new analysis of ``kind``, then run it."""
        from app.lexpanel.run_dialog import RunDialog

        if self.controller.project is None:
            return
        name = template.name if template else f"{self.kind_labels[kind].rstrip('…')} {datetime.now():%d/%m %H:%M}"
        dialog = RunDialog(self.controller, kind, self.window_, template, name)
        if dialog.exec():
            self.run(dialog.request())

    def run(self, request: AnalysisRequest) -> bool:
        """Start ``request`` in the background; False when another analysis is running."""
        if self.lexicon is not None and request.lexicon is None:
            request = replace(request, lexicon=self.lexicon)
        if self.runner.start(request) is None:
            self.status.setText(self.tr("An analysis is already running."))
            return False
        preload(VIEW_MODULES.get(request.kind, ()))
        self.bring_forward()
        self.run_status.begin(request.name or self.kind_labels.get(request.kind, request.kind).rstrip("…"))
        self.progress.setValue(0)
        self.progress.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.new_button.setEnabled(False)
        self.status.setText(self.tr("Running “%1”…").replace("%1", request.name))
        return True

    def concordance(self, query: str, by: str = "lemma") -> None:
        """Concordance of ``query`` in the selection of the analysis shown (ViewContext)."""
        view = self.tabs.currentWidget()
        result = getattr(view, "result", None)
        selection = getattr(result, "selection", {}) or {}
        selection = selection.get("project", selection) if isinstance(selection, dict) else {}
        prep = getattr(result, "prep", {}) or {}
        params = KwicParams(query, by, chars=60).to_dict()
        self.run(AnalysisRequest("kwic", params, prep, selection, self.tr("Concordance of “%1”").replace("%1", query)))

    def bring_forward(self) -> None:
        """Show the analyses dock in front of the docks it is tabbed with (where the result will show)."""
        dock = getattr(self.window_, "dock_analyses", None)
        if dock is not None:
            dock.show()
            dock.raise_()

    def rerun_result(self, result: object) -> bool:
        """Run the analysis of a shown ``result`` again on its selection (a new run, saved)."""
        kind = getattr(result, "KIND", "")
        params = getattr(result, "params", None)
        if kind not in KINDS or params is None:
            return False
        selection = getattr(result, "selection", {}) or {}
        selection = selection.get("project", selection) if isinstance(selection, dict) else {}
        prep = {k: v for k, v in (getattr(result, "prep", {}) or {}).items() if k != "lexicon"}
        name = f"{self.kind_labels[kind].rstrip('…')} {datetime.now():%d/%m %H:%M}"
        return self.run(AnalysisRequest(kind, params.to_dict(), prep, selection, name))

    def _on_progress(self, fraction: float, message: str) -> None:
        shown = progress_text(message) if message else ""
        self.progress.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        self.run_status.report(fraction, shown)
        if shown:
            self.status.setText(shown)

    def _on_finished(self, analysis_id: int, result: object) -> None:
        self._idle(self.tr("Done in %1.").replace("%1", fmt_seconds(self.runner.last_seconds)))
        with step("refresh the list of analyses"):
            self.refresh_tree()
        name = next((a.name for a in self._store().analyses() if a.id == analysis_id), "") if analysis_id else ""
        self.show_result(analysis_id, result, name)

    def _on_failed(self, message: str) -> None:
        self._idle(self.tr("The analysis failed: %1").replace("%1", message.splitlines()[0] if message else ""))
        self.status.setToolTip(message)

    def _idle(self, message: str) -> None:
        self.run_status.end()
        self.progress.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.new_button.setEnabled(self.controller.project is not None)
        self.status.setText(message)

    # --- saved analyses ------------------------------------------------------------------------
    def _store(self) -> AnalysisStore:
        return AnalysisStore(self.controller.project)

    def refresh_tree(self) -> None:
        if self.controller.project is None:
            self.tree.set_analyses([])
            return
        from corpus.text_update import outdated_analyses

        self.tree.set_analyses(self._store().analyses(), outdated_analyses(self.controller.project))

    def open_saved(self, analysis_id: int) -> AnalysisView | QWidget | None:
        """Show a saved analysis from its bytes (no recomputation), decoded here."""
        shown = self._select_tab(analysis_id)
        if shown is not None:
            return shown
        name, data = self._saved_bytes(analysis_id)
        with step("load the saved result"):
            result = load_result(data)
        return self.show_result(analysis_id, result, name)

    def open_saved_later(self, analysis_id: int) -> None:
        """Show a saved analysis, its bytes decoded in the background (a double-click in the list):
        decoding mostly runs without the GIL, so the window stays live; ``viewOpened`` when shown."""
        if self._select_tab(analysis_id) is not None or analysis_id in self._opening:
            return
        name, data = self._saved_bytes(analysis_id)
        self._opening.add(analysis_id)

        def decode(_progress: object, _cancel: object) -> object:
            with step("load the saved result"):
                return load_result(data)

        job = self.runner.jobs.start(decode)
        job.signals.finished.connect(lambda result: self._opened(analysis_id, result, name))
        job.signals.failed.connect(lambda exc: self._open_failed(analysis_id, exc))

    def _opened(self, analysis_id: int, result: object, name: str) -> None:
        self._opening.discard(analysis_id)
        if self._select_tab(analysis_id) is None:
            self.show_result(analysis_id, result, name)

    def _open_failed(self, analysis_id: int, exc: BaseException) -> None:
        self._opening.discard(analysis_id)
        self._on_failed(str(exc))

    def _select_tab(self, analysis_id: int) -> QWidget | None:
        """The tab already showing ``analysis_id``, made current; None when there is none."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("analysis_id") == analysis_id:
                self.tabs.setCurrentIndex(i)
                return self.tabs.widget(i)
        return None

    def _saved_bytes(self, analysis_id: int) -> tuple[str, bytes]:
        """Name and result bytes of a saved analysis."""
        name = next((a.name for a in self._store().analyses() if a.id == analysis_id), "")
        with step("read the saved bytes"):
            return name, self._store().results(analysis_id)

    def export_bundle(self, analysis_id: int, folder: str | None = None):  # noqa: ANN201 - Job | None
        """Write the reproducible bundle of a saved Reinert analysis (see app.lexpanel.bundle_action)."""
        from app.lexpanel.bundle_action import export_bundle

        return export_bundle(self, analysis_id, folder)

    def saved_request(self, analysis_id: int) -> AnalysisRequest:
        saved = next(a for a in self._store().analyses() if a.id == analysis_id)
        return AnalysisRequest.from_saved({"kind": saved.kind, **saved.params}, saved.name)

    def rerun(self, analysis_id: int, edit: bool = False) -> None:
        """Run a saved analysis again (same parameters, a new run), optionally changing them first."""
        request = self.saved_request(analysis_id)
        if edit:
            self.new_analysis(request.kind, request)
        else:
            self.run(request)

    def rename(self, analysis_id: int, name: str) -> None:
        self._store().rename(analysis_id, name)
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).property("analysis_id") == analysis_id:
                self.tabs.setTabText(i, name)

    def delete(self, analysis_id: int) -> None:
        """Delete a saved analysis (confirmed: not undoable)."""
        if not self.confirm(self.tr("Delete this analysis? This cannot be undone.")):
            return
        self._store().delete(analysis_id)
        for i in reversed(range(self.tabs.count())):
            if self.tabs.widget(i).property("analysis_id") == analysis_id:
                self.close_tab(i)
        self.refresh_tree()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Analyses"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- views ----------------------------------------------------------------------------------
    def show_result(self, analysis_id: int, result: object, name: str = "") -> QWidget:
        """A tab with the result's view(s)."""
        with step("build the view"):
            view = self.make_view(result)
        view.setProperty("analysis_id", analysis_id)
        with step("add the view's tab"):
            index = self.tabs.addTab(view, name or getattr(result, "KIND", "?"))
            self.tabs.setCurrentIndex(index)
        self.viewOpened.emit(analysis_id, view)
        return view

    def make_view(self, result: object) -> QWidget:
        """The view of ``result``: its AnalysisView (several as tabs), or a placeholder."""
        classes = [c for c in (view_class(m) for m in VIEW_MODULES.get(getattr(result, "KIND", ""), ())) if c]
        if not classes:
            label = QLabel(self.tr("No view is available for this kind of analysis yet."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.result = result  # type: ignore[attr-defined]
            return label
        if len(classes) == 1:
            return classes[0](result, self.context)
        tabs = QTabWidget(self)
        tabs.result = result  # type: ignore[attr-defined]
        names = {"StatsView": self.tr("Frequencies"), "WordCloudView": self.tr("Word cloud")}
        for cls in classes:
            tabs.addTab(cls(result, self.context), names.get(cls.__name__, cls.__name__.replace("View", "")))
        return tabs

    def current_view(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def _fill_export(self) -> None:
        menu = self.export_button.menu()
        menu.clear()
        view = self.tabs.currentWidget()
        views = [view.widget(i) for i in range(view.count())] if isinstance(view, QTabWidget) else [view]
        actions = [a for v in views if isinstance(v, AnalysisView) for a in v.export_actions()]
        for action in actions:
            menu.addAction(action)
        if not actions:
            menu.addAction(self.tr("(nothing to export)")).setEnabled(False)

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if getattr(widget, "colour_box", None) is not None and widget.colour_box.isChecked():
            widget.colour_box.setChecked(False)
        self.tabs.removeTab(index)
        widget.deleteLater()

    def on_project_changed(self) -> None:
        """Close the views of the previous project, list this one's analyses; start the analysis process
        in the background once a project is open, stop it when the project closes."""
        self.context.class_passages = {}
        while self.tabs.count():
            self.close_tab(0)
        self.refresh_tree()
        self._idle("")
        if self.controller.project is None:
            self.runner.shutdown()
        elif warm_worker_enabled():
            QTimer.singleShot(WARM_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        if self.controller.project is not None:
            self.runner.warm_up()


def install_panel(window) -> AnalysisPanel:  # noqa: ANN001
    """Add the panel as a dock and an "Analyses" menu (before View) to the main window."""
    panel = AnalysisPanel(window)
    window.dock_analyses = window.add_analysis_dock(panel, QCoreApplication.translate("AnalysisPanel", "Analyses"), "analyses")
    menu = QMenu(QCoreApplication.translate("AnalysisPanel", "&Analyses"), window)
    panel.fill_menu(menu)
    menu.addSeparator()
    menu.addAction(window.dock_analyses.toggleViewAction())
    window.menuBar().insertMenu(window.menu_view.menuAction(), menu)
    window.menu_analyses = menu
    window.statusBar().addPermanentWidget(panel.run_status)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(panel.runner.shutdown)
    return panel
