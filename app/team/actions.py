"""The team menu entry of the main window: open a server project, follow it live."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from corpus.errors import ProjectError


class TeamActions(QObject):
    """Adds *File > Open server project…* to ``window`` and shows live-update notices in its status bar."""

    def __init__(self, window):  # noqa: ANN001 - app.main_window.MainWindow
        super().__init__(window)
        from app.team.live import LiveUpdates

        self.window = window
        self.controller = window.controller
        self.live = LiveUpdates(self.controller, self)
        self.live.notice.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.live.connectionChanged.connect(self._connection_changed)
        self.action = None
        file_menu = next((a.menu() for a in window.menuBar().actions() if a.menu() and
                          window.act_open in a.menu().actions()), None)
        if file_menu is not None:
            actions = file_menu.actions()
            after = actions[actions.index(window.act_open) + 1] if window.act_open in actions[:-1] else None
            self.action = file_menu.addAction(self.tr("Open server project…"), self.open_server)
            if after is not None:
                file_menu.insertAction(after, self.action)

    def open_server(self) -> bool:
        """Ask for a server project in the connection dialog and open it."""
        from app.team.connect_dialog import ConnectDialog

        dialog = ConnectDialog(parent=self.window)
        return bool(dialog.exec()) and self.open_from(dialog)

    def open_from(self, dialog) -> bool:  # noqa: ANN001 - an accepted ConnectDialog
        """Open the server project described by ``dialog``; the coder becomes the login name (the server's
        row-level security records codings under it). A failure is shown in a dialog; nothing is remembered."""
        if hasattr(self.window, "memos"):
            self.window.memos.save()
        previous, self.controller.coder = self.controller.coder, dialog.connection().user  # not saved in QSettings
        try:
            self.controller.open_project(dialog.url())
        except ProjectError as exc:
            self.controller.coder = previous
            QMessageBox.critical(self.window, self.tr("Cannot open the server project"), str(exc))
            return False
        dialog.save_choices()
        self.controller.coderChanged.emit(self.controller.coder)
        return True

    def _connection_changed(self, connected: bool) -> None:
        if connected:
            self.window.statusBar().showMessage(self.tr("Connected to the server: changes by others appear live."),
                                                5000)
