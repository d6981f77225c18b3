"""The coding workbench: documents, document viewer, codebook, coded excerpts and memos in docks."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QWidget

from app.coding_actions import CodingActions
from app.controller import CodingDelta
from app.error_dialog import error_box
from app.project_actions import ProjectActions
from app.spans import Mark
from app.widgets.codebook_panel import CodebookPanel
from app.widgets.document_viewer import DocumentViewer
from app.widgets.documents_panel import DocumentsPanel
from app.widgets.excerpts_panel import ExcerptsPanel
from app.widgets.memo_panel import MemoPanel

STATE_VERSION = 1


class MainWindow(QMainWindow):
    """One window per process; the controller owns the project and the undo stack."""

    def __init__(self, controller, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("VerbatimMainWindow")
        self.viewer = DocumentViewer(self)
        self.setCentralWidget(self.viewer)
        self.documents = DocumentsPanel(controller, self)
        self.codebook = CodebookPanel(controller, self)
        self.excerpts = ExcerptsPanel(controller, self)
        self.memos = MemoPanel(controller, self)
        self.dock_documents = self._dock("documents", self.tr("Documents"), self.documents, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock_codebook = self._dock("codebook", self.tr("Codebook"), self.codebook, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_memos = self._dock("memos", self.tr("Memos"), self.memos, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_excerpts = self._dock("excerpts", self.tr("Coded excerpts"), self.excerpts, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.dock_codebook, self.dock_memos, Qt.Orientation.Vertical)
        self.resizeDocks([self.dock_documents, self.dock_codebook], [250, 450], Qt.Orientation.Horizontal)
        self.resizeDocks([self.dock_excerpts], [220], Qt.Orientation.Vertical)
        self.resizeDocks([self.dock_codebook, self.dock_memos], [420, 180], Qt.Orientation.Vertical)
        self.coding = CodingActions(self)
        self.files = ProjectActions(self)
        self._make_actions()
        self._make_menus()
        self._connect()
        from app.team.actions import TeamActions

        self.team = TeamActions(self)  # File > Open server project…, live updates of a server project
        self.analysis_docks: list[QDockWidget] = []
        from app.lexpanel.panel import install_panel  # lexicometry: imported here, it pulls numpy/scipy

        self.analyses = install_panel(self)
        from app.exchange import install_exchange  # REFI-QDA/Iramuteq exchange, queries, grid, team

        self.exchange = install_exchange(self)
        from app.welcome import install_welcome  # the start page while no project is open

        self.welcome = install_welcome(self)
        self.restore_layout()
        self.on_project_changed()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def add_analysis_dock(self, widget: QWidget, title: str, name: str = "analyses") -> QDockWidget:
        """A dock for lexicometric analyses (another issue), tabbed with the coded excerpts."""
        dock = self._dock(name, title, widget, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.dock_excerpts, dock)
        self.analysis_docks.append(dock)
        self.menu_view.addAction(dock.toggleViewAction())
        return dock

    # --- actions and menus --------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "", owner: QWidget | None = None) -> QAction:  # noqa: ANN001
        """An action whose shortcut works in ``owner`` (the whole window by default)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        (owner or self).addAction(action)
        return action

    def _make_actions(self) -> None:
        c = self.coding
        self.act_code_selection = self._action(self.tr("Code selection"), c.code_selection, "Ctrl+E",
                                               self.tr("Code the selected text with the selected code"))
        self.act_code_with = self._action(self.tr("Code with…"), c.code_with, "Ctrl+K")
        self.act_in_vivo = self._action(self.tr("In-vivo code"), c.in_vivo, "Ctrl+I",
                                        self.tr("New code named after the selection, and code it"))
        self.act_uncode = self._action(self.tr("Uncode"), c.uncode, "Ctrl+U",
                                       self.tr("Remove the selected code's codings at the cursor or selection"))
        self.act_recode = self._action(self.tr("Recode…"), c.recode)
        self.act_copy = self._action(self.tr("Copy"), self.viewer.text.copy)
        self.act_find = self._action(self.tr("Find in document"), self.viewer.open_find, QKeySequence.StandardKey.Find)
        self.act_undo = self.controller.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.controller.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.quick_keys = []
        for key in range(1, 10):  # only while the document has the focus: digits type normally elsewhere
            action = self._action(self.tr("Quick code %1").replace("%1", str(key)),
                                  lambda k=key: c.quick_code(k), str(key), owner=self.viewer.text)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.quick_keys.append(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.files.fill_menu(bar.addMenu(self.tr("&File")))
        edit = bar.addMenu(self.tr("&Edit"))
        for action in (self.act_undo, self.act_redo, None, self.act_copy, self.act_find):
            edit.addSeparator() if action is None else edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("Edit text"), self.coding.texts.begin_edit))
        edit.addAction(self._action(self.tr("Find and replace…"), self.coding.texts.find_replace, "Ctrl+H"))
        coding = bar.addMenu(self.tr("&Coding"))
        for action in (self.act_code_selection, self.act_code_with, self.act_in_vivo, self.act_uncode,
                       self.act_recode):
            coding.addAction(action)
        coding.addSeparator()
        coding.addAction(self.tr("Auto-code…"), self.files.autocode)
        coding.addSeparator()
        coding.addAction(self.tr("Coder…"), self.files.choose_coder)
        project = bar.addMenu(self.tr("&Project"))
        project.addAction(self.tr("Speakers and cases…"), self.files.cases)
        project.addAction(self.tr("Pseudonymise a copy…"), self.files.pseudonymise)
        self.menu_view = bar.addMenu(self.tr("&View"))
        for dock in (self.dock_documents, self.dock_codebook, self.dock_excerpts, self.dock_memos):
            self.menu_view.addAction(dock.toggleViewAction())
        self.files.fill_language_menu(self.menu_view.addMenu(self.tr("Language")))

    def _connect(self) -> None:
        c = self.controller
        c.changed.connect(self.on_changed)
        c.projectChanged.connect(self.on_project_changed)
        c.errorRaised.connect(lambda message: error_box(self, self.tr("Verbatim"), message, c.last_error_details,
                                                        QMessageBox.Icon.Warning).open())
        c.coderChanged.connect(lambda _name: self.update_title())
        self.documents.documentActivated.connect(self.open_document)
        self.codebook.currentCodeChanged.connect(self.on_code_selected)
        self.codebook.codeClicked.connect(self.coding.on_code_clicked)
        self.codebook.code_button.clicked.connect(lambda: self.coding.code_selection())
        self.codebook.pinRequested.connect(self.files.pin)
        self.excerpts.jumpTo.connect(self.jump_to)
        self.viewer.text.contextMenuAt.connect(self.coding.context_menu)
        self.viewer.text.margin.codingClicked.connect(self.on_coding_clicked)
        self.viewer.text.cursorPositionChanged.connect(self._follow_coding_memo)

    # --- project and document -----------------------------------------------------------
    def on_project_changed(self) -> None:
        self.viewer.show_document(None, "", "")
        self.files.load_pins()
        self._update_codes()
        self.update_title()
        docs = self.controller.documents()
        if docs:
            self.documents.select_document(docs[0].id)
        self.show_hint()

    def show_hint(self) -> None:
        """How to start, in the status bar until the next message."""
        if self.controller.project is None:
            hint = self.tr("Open a project (File > Open project…) or create one (File > New project…).")
        elif not self.controller.documents():
            hint = self.tr("Import interview transcripts: File > Import documents…")
        else:
            hint = self.tr("Select a passage, then a code, then “Code selection” (Ctrl+E) — or Ctrl+K to "
                           "code by name, Ctrl+I for an in-vivo code.")
        self.statusBar().showMessage(hint)

    def update_title(self) -> None:
        name = self.controller.project_name
        coder = self.controller.coder
        title = f"{name} — Verbatim" if name else "Verbatim"
        self.setWindowTitle(f"{title} [{coder}]" if coder else title)

    def open_document(self, document_id: int) -> None:
        doc = self.controller.document(document_id)
        self.viewer.show_document(doc.id, doc.name, doc.text, self.controller.turns(doc.id), self._marks(doc.id))
        self.memos.set_target("document", doc.id, doc.name)

    def _marks(self, document_id: int) -> list[Mark]:
        return [Mark(start, end, code_id, coding_id)
                for coding_id, code_id, start, end in self.controller.coding_marks(document_id)]

    def _update_codes(self) -> None:
        codes = self.controller.codes()
        self.viewer.text.set_codes({c.id: c.color for c in codes}, {c.id: c.path or c.name for c in codes},
                                   [c.id for c in codes])

    def on_changed(self, kind: str, delta: object) -> None:
        if kind == "codes":
            self._update_codes()
        doc_id = self.viewer.document_id
        if kind == "codings" and isinstance(delta, CodingDelta) and doc_id is not None:
            self.viewer.text.apply_delta(
                [Mark(c.span.start, c.span.end, c.code_id, c.id) for c in delta.added if c.span.document_id == doc_id],
                set(delta.removed))
        elif kind in ("codes", "codings") and doc_id is not None:
            self.viewer.text.set_marks(self._marks(doc_id))
        if kind == "documents" and self.viewer.document_id is None:
            docs = self.controller.documents()
            if docs:
                self.documents.select_document(docs[0].id)

    def on_code_selected(self, code_id: int) -> None:
        code = self.codebook.model.codes.get(code_id)
        self.excerpts.set_code(code_id or None)
        self.memos.set_target("code", code_id or None, code.path if code else "")
        self.viewer.text.focus_code = code_id or None
        self.viewer.text.refresh_highlights(force=True)

    def jump_to(self, document_id: int, start: int, end: int, coding_id: int = 0) -> None:
        if self.viewer.document_id != document_id:
            self.documents.select_document(document_id, emit=False)
            self.open_document(document_id)
        self.viewer.text.select_span(start, end)
        self.viewer.text.setFocus()

    def on_coding_clicked(self, coding_id: int) -> None:
        """A click on a coding's stripe selects its passage and code and opens its memo."""
        for mark in self.viewer.text.spans:
            if mark.coding_id == coding_id:
                self.codebook.select_code(mark.code_id)
                self.viewer.text.select_span(mark.start, mark.end)
                self.memos.set_target("coding", coding_id, self._coding_label(mark))
                self.memos.show_kind("coding")
                return

    def _follow_coding_memo(self) -> None:
        marks = self.coding.marks_here(self.codebook.current_code_id())
        if marks:
            self.memos.set_target("coding", marks[0].coding_id, self._coding_label(marks[0]))

    def _coding_label(self, mark: Mark) -> str:
        """What the memo box says a coding memo is about: its code and the start of its passage."""
        snippet = " ".join(self.viewer.text.text[mark.start:mark.end].split())
        snippet = snippet if len(snippet) <= 60 else snippet[:59].rstrip() + "…"
        return self.tr("%1: « %2 »").replace("%1", self.viewer.text.code_name(mark.code_id)).replace("%2", snippet)

    # --- layout ------------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        self.dock_excerpts.raise_()  # the coding workbench first: analyses are one tab away
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1400, 880)
        self.fit_to_screen()
        if isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's available area (a 1366×768 laptop, a smaller monitor)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = min(self.width(), area.width()), min(self.height(), area.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not area.contains(frame):
            x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
            y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
            self.move(max(x, area.x()), max(y, area.y()))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(STATE_VERSION))

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.memos.save()
        self.save_layout()
        self.controller.close_project()
        super().closeEvent(event)
