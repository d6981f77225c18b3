"""Live updates in the GUI: other coders' changes to a server project refresh the views within a second.

A background thread listens on the project's notification channel (:mod:`corpus.store.postgres_notify`)
and hands each change to the GUI thread, which asks the controller to refresh the views of that kind
(``controller.notify``). The undo stack is never touched: only this client's own commands are on it, and
changes made by others are not undone by this client's Undo. Changes made by this client (same
``application_name``) are skipped: the controller already showed them.

Conflict rule: the last committed change wins (two coders rename one code: the later name stays); a
change by someone else to a code is announced in :attr:`LiveUpdates.notice` (the status bar shows it).
After a lost connection (server restart) the listener reconnects by itself and every view is refreshed,
since changes may have been missed meanwhile.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from corpus.store.postgres import server_url
from corpus.store.postgres_notify import Change, Listener

ALL_KINDS = ("codes", "codings", "memos", "documents", "cases")
BATCH_MS = 150  # changes arriving together (an import, a merge) refresh the views once


class _Bridge(QObject):
    """Carries changes from the listening thread to the GUI thread (queued signal)."""

    arrived = Signal(object)  # a Change, or None after a (re)connection


class LiveUpdates(QObject):
    """Follow the server project open in ``controller`` and refresh its views on others' changes."""

    notice = Signal(str)  # a sentence for the status bar (a code renamed by someone else, reconnection)
    connectionChanged = Signal(bool)  # True when listening, False while the server is unreachable

    def __init__(self, controller, parent: QObject | None = None):  # noqa: ANN001 - app.controller.Controller
        super().__init__(parent or controller)
        self.controller = controller
        self._bridge = _Bridge(self)
        self._bridge.arrived.connect(self._on_arrived)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._flush)
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self._connected = False
        controller.projectChanged.connect(self._follow)
        controller.projectClosing.connect(self.stop)
        self._follow()

    @property
    def active(self) -> bool:
        """True while a server project is followed."""
        return self._listener is not None

    def _follow(self) -> None:
        self.stop()
        project = self.controller.project
        if project is None or not getattr(project, "is_server", False):
            return
        self._listener = Listener(server_url(project.url), ignore_app=project.client_name)
        self._thread = threading.Thread(target=self._listen, args=(self._listener,), name="verbatim-live",
                                        daemon=True)
        self._thread.start()

    def _listen(self, listener: Listener) -> None:
        was_connected = False
        try:
            for change in listener.changes(timeout=0.3):
                if change is not None:
                    self._bridge.arrived.emit(change)
                elif listener.connected != was_connected:
                    was_connected = listener.connected
                    self._bridge.arrived.emit(was_connected)
        finally:
            listener.close()

    def stop(self) -> None:
        """Stop listening (the project closes or another one opens)."""
        if self._listener is not None:
            self._listener.stop()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        self._listener = self._thread = None
        self._pending.clear()
        self._timer.stop()

    def _on_arrived(self, item: object) -> None:
        if isinstance(item, bool):
            self._connection(item)
            return
        if not isinstance(item, Change):
            return
        self._pending.add(item.kind)
        if item.table == "codes" and item.op == "UPDATE":
            self.notice.emit(self.tr("%1 changed a code; the latest change is kept.").replace("%1", item.by))
        self._timer.start()

    def _connection(self, connected: bool) -> None:
        if connected == self._connected:
            return
        self._connected = connected
        self.connectionChanged.emit(connected)
        if connected:  # changes may have been missed while away: refresh everything
            self._pending.update(ALL_KINDS)
            self._timer.start()
        else:
            self.notice.emit(self.tr("The server cannot be reached; reconnecting…"))

    def _flush(self) -> None:
        if self.controller.project is None:
            self._pending.clear()
            return
        for kind in ALL_KINDS:  # codes before codings: marks need their code's colour
            if kind in self._pending:
                self.controller.notify(kind, None)
        self._pending.clear()
