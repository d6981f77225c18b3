"""The exchange and teamwork menus of the main window.

File > Export gets REFI-QDA project/codebook and Iramuteq corpus; File > Import a REFI-QDA
submenu; a "Queries" menu opens the queries dock, the thematic grid and the team tools (merge a
coder's copy, inter-coder agreement). Double-clicked passages jump through ``window.jump_to``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu

from app.exchange.merge_dialog import MergeAction
from app.exchange.queries_panel import QueriesPanel
from app.exchange.refi_actions import RefiActions


def _file_menus(window) -> tuple[QMenu | None, QMenu | None]:  # noqa: ANN001
    """The File menu (the one holding "Import documents…") and its Export submenu."""
    file_menu = next((o for o in window.act_import.associatedObjects() if isinstance(o, QMenu)), None)
    if file_menu is None:
        return None, None
    recent = getattr(window.files, "recent_menu", None)
    export = next((a.menu() for a in file_menu.actions() if a.menu() is not None and a.menu() is not recent), None)
    return file_menu, export


class ExchangeActions(QObject):
    """Owns the exchange menus, the queries dock and the team windows of ``window``."""

    def __init__(self, window):  # noqa: ANN001 - app.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.refi = RefiActions(window)
        self.merging = MergeAction(window)
        self.queries = QueriesPanel(self.controller, window)
        self.queries.jumpTo.connect(self.jump_to)
        self.dock_queries = window.add_analysis_dock(self.queries, self.tr("Queries"), "queries")
        self.dock_queries.hide()
        self.grid_window = None
        self.agreement_dialog = None
        self._fill_file_menu()
        self.menu = self._make_menu()
        controller = self.controller
        controller.projectChanged.connect(self._close_windows)

    def jump_to(self, document_id: int, start: int, end: int) -> None:
        """Show a passage in the document viewer (as the coded-excerpts panel does)."""
        self.window.jump_to(document_id, start, end)
        self.window.raise_()
        self.window.activateWindow()

    def _fill_file_menu(self) -> None:
        file_menu, export = _file_menus(self.window)
        if export is not None:
            export.addSeparator()
            self.act_export_qdpx = export.addAction(self.tr("REFI-QDA project (.qdpx)…"), lambda: self.refi.export_qdpx())
            self.act_export_qdc = export.addAction(self.tr("REFI-QDA codebook (.qdc)…"), lambda: self.refi.export_qdc())
            self.act_export_iramuteq = export.addAction(self.tr("Iramuteq corpus…"), self.export_iramuteq)
        if file_menu is not None:
            imports = QMenu(self.tr("Import from"), file_menu)
            self.act_import_qdpx = imports.addAction(self.tr("REFI-QDA project (.qdpx)…"), lambda: self.refi.import_qdpx())
            self.act_import_qdc = imports.addAction(self.tr("REFI-QDA codebook (.qdc)…"), lambda: self.refi.import_qdc())
            actions = file_menu.actions()
            after = actions.index(self.window.act_import) + 1 if self.window.act_import in actions else len(actions)
            before = actions[after] if after < len(actions) else None
            file_menu.insertMenu(before, imports) if before is not None else file_menu.addMenu(imports)

    def _make_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Queries"), self.window)
        toggle = self.dock_queries.toggleViewAction()
        toggle.setText(self.tr("Queries panel"))
        menu.addAction(toggle)
        menu.addAction(self.tr("Thematic grid…"), self.open_grid)
        menu.addSeparator()
        team = menu.addMenu(self.tr("Team"))
        team.addAction(self.tr("Merge a coder's copy…"), lambda: self.merging.run())
        team.addAction(self.tr("Inter-coder agreement…"), self.open_agreement)
        self.window.menuBar().insertMenu(self.window.menu_view.menuAction(), menu)
        return menu

    # --- windows ----------------------------------------------------------------------
    def export_iramuteq(self) -> None:
        """The Iramuteq export dialog."""
        from app.exchange.iramuteq_dialog import IramuteqDialog

        if self.controller.project is not None:
            IramuteqDialog(self.controller, self.window).exec()

    def show_queries(self) -> QueriesPanel:
        """Show and raise the queries dock."""
        self.dock_queries.show()
        self.dock_queries.raise_()
        return self.queries

    def open_grid(self):  # noqa: ANN201 - the GridWindow
        """The thematic grid window (one per project)."""
        from app.exchange.grid_window import GridWindow

        if self.controller.project is None:
            return None
        if self.grid_window is None:
            self.grid_window = GridWindow(self.controller, self.window)
        self.grid_window.show()
        self.grid_window.raise_()
        return self.grid_window

    def open_agreement(self):  # noqa: ANN201 - the AgreementDialog
        """The inter-coder agreement window."""
        from app.exchange.agreement_dialog import AgreementDialog

        if self.controller.project is None:
            return None
        if self.agreement_dialog is None:
            self.agreement_dialog = AgreementDialog(self.controller, self.window)
            self.agreement_dialog.jumpTo.connect(self.jump_to)
        self.agreement_dialog.show()
        self.agreement_dialog.raise_()
        return self.agreement_dialog

    def _close_windows(self) -> None:
        """Another project: the grid and agreement windows belonged to the old one."""
        for name in ("grid_window", "agreement_dialog"):
            widget = getattr(self, name)
            if widget is not None:
                widget.close()
                widget.deleteLater()
                setattr(self, name, None)


def install_exchange(window) -> ExchangeActions:  # noqa: ANN001
    """Add the exchange menus and the queries dock to ``window``."""
    actions = ExchangeActions(window)
    window.dock_queries = actions.dock_queries
    window.dock_queries.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
    return actions
