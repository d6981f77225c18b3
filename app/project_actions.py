"""File and project menu actions: new, open, recent projects, import, export, coder, cases, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from corpus.errors import ProjectError, ProjectLockedError

MAX_RECENT = 8
PROJECT_FILTER = "Verbatim (*.vbt)"
STATUS_MS = 15000  # how long "export finished" and the like stay in the status bar


class ProjectActions(QObject):
    """Dialog-driven actions of the main window (``window``)."""

    def __init__(self, window):  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        from app.jobs import JobRunner

        self.runner = JobRunner(self)

    # --- menus ------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> None:
        w = self.window
        w.act_new = menu.addAction(self.tr("New project…"), self.new_project)
        w.act_new.setShortcut("Ctrl+N")
        w.act_open = menu.addAction(self.tr("Open project…"), self.open_dialog)
        w.act_open.setShortcut("Ctrl+O")
        self.recent_menu = menu.addMenu(self.tr("Recent projects"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        w.act_import = menu.addAction(self.tr("Import documents…"), self.import_files)
        export = menu.addMenu(self.tr("Export"))
        export.addAction(self.tr("Coded excerpts to Word (.docx)…"), self.export_docx)
        export.addAction(self.tr("All codings to a table (CSV/XLSX)…"), self.export_table)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("Quit"), w.close)
        quit_action.setShortcut("Ctrl+Q")

    def fill_language_menu(self, menu: QMenu) -> None:
        current = QSettings().value("language", "", str)
        for code, label in (("", self.tr("System")), ("fr", "Français"), ("en", "English")):
            action = menu.addAction(label, lambda c=code: self._set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)

    def _set_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(self.window, self.tr("Language"),
                                self.tr("The new language is used from the next start of Verbatim."))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects():
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- projects ---------------------------------------------------------------------
    def open_path(self, path: str | Path, create: bool = False) -> bool:
        """Open (or create) a project, explaining a locked or invalid file in a dialog."""
        self.window.memos.save()
        try:
            self.controller.open_project(path, create=create)
        except ProjectLockedError as exc:
            QMessageBox.warning(self.window, self.tr("Project in use"),
                                self.tr("This project is open in another Verbatim window or on another "
                                        "computer:\n\n%1").replace("%1", str(exc)))
            return False
        except (ProjectError, OSError) as exc:
            QMessageBox.critical(self.window, self.tr("Cannot open the project"), str(exc))
            return False
        remember_recent(str(Path(path).resolve()))
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open project"), "", PROJECT_FILTER)
        if path:
            self.open_path(path)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New project"), "", PROJECT_FILTER)
        if path:
            path = path if path.endswith(".vbt") else path + ".vbt"
            if Path(path).exists():
                QMessageBox.warning(self.window, self.tr("New project"),
                                    self.tr("%1 already exists.").replace("%1", Path(path).name))
                return
            self.open_path(path, create=True)

    # --- dialogs ----------------------------------------------------------------------
    def import_files(self) -> None:
        from app.dialogs.import_dialog import run_import

        run_import(self.window)

    def tell(self, message: str) -> None:
        """Say in the status bar that something finished (an export, an auto-coding)."""
        self.window.statusBar().showMessage(message, STATUS_MS)

    def export_docx(self) -> None:
        from app.dialogs.export_docx import ExportDocxDialog

        if self.controller.project is not None:
            dialog = ExportDocxDialog(self.controller, self.window)
            dialog.exported.connect(self.docx_exported)
            dialog.exec()

    def docx_exported(self, path: str) -> None:
        self.tell(self.tr("Coded excerpts exported to %1").replace("%1", str(Path(path))))

    def export_table(self, path: str | None = None) -> None:
        from app.dialogs.export_docx import export_table

        if self.controller.project is not None:
            export_table(self.controller, self.window, path, on_done=self.table_exported)

    def table_exported(self, rows: int, path: str) -> None:
        self.tell(self.tr("%n coding(s) exported to %1", "", rows).replace("%1", str(Path(path))))

    def autocode(self) -> None:
        from app.dialogs.autocode import AutocodeDialog

        if self.controller.project is not None:
            dialog = AutocodeDialog(self.controller, self.window, self.window.codebook.current_code_id())
            dialog.coded.connect(self.autocoded)
            dialog.exec()

    def autocoded(self, count: int, code: str) -> None:
        self.tell(self.tr("Auto-coding done: %n passage(s) coded with “%1”.", "", count).replace("%1", code))

    def cases(self) -> None:
        from app.dialogs.cases import CasesDialog

        if self.controller.project is not None:
            CasesDialog(self.controller, self.window).exec()

    def choose_coder(self) -> None:
        from app.dialogs.coder import ask_coder

        name = ask_coder(self.window, self.controller.coders(), self.controller.coder)
        if name:
            self.controller.set_coder(name)

    # --- quick-code pins (per user and project, in QSettings) -------------------------
    def _pins_key(self) -> str:
        path = str(self.controller.project.path.resolve()) if self.controller.project else ""
        return "pins/" + path.replace("/", "|").replace("\\", "|")

    def load_pins(self) -> None:
        raw = QSettings().value(self._pins_key(), "", str) or ""
        pins = {}
        for part in raw.split(","):
            key, _, code = part.partition(":")
            if key.isdigit() and code.isdigit():
                pins[int(key)] = int(code)
        self.window.codebook.pins = pins

    def pin(self, code_id: int, key: int) -> None:
        pins = {k: c for k, c in self.window.codebook.pins.items() if c != code_id}
        if key:
            pins[key] = code_id
        self.window.codebook.pins = pins
        QSettings().setValue(self._pins_key(), ",".join(f"{k}:{c}" for k, c in sorted(pins.items())))


def recent_projects() -> list[str]:
    value = QSettings().value("recent", [], list) or []
    return [p for p in value if isinstance(p, str) and Path(p).is_file()][:MAX_RECENT]


def remember_recent(path: str) -> None:
    paths = [path] + [p for p in recent_projects() if p != path]
    QSettings().setValue("recent", paths[:MAX_RECENT])
