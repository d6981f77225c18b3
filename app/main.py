"""``verbatim [PROJECT.vbt]``: the coding workbench. Without a project, the bundled sample is opened
(a copy built on first run in the user's data folder)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from app.controller import Controller
from app.crash_report import one_line
from app.error_dialog import install_excepthook
from app.i18n import install_translators
from app.main_window import MainWindow


def sample_project_path() -> Path:
    """The user's copy of the sample project, built on first use."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sample.vbt"
    if not path.exists():
        from coding.sample import build_sample_project
        from corpus.atomic import atomic_write

        atomic_write(path, build_sample_project)  # built whole beside, then renamed: never a half sample
    return path


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("Verbatim")
    QCoreApplication.setApplicationName("Verbatim")
    language = QSettings().value("language", "", str) or None
    install_translators(app, language if language in ("fr", "en") and not _env_lang() else None)
    return app


def _env_lang() -> bool:
    import os

    return bool(os.environ.get("VERBATIM_LANG"))


def clean_stale_temps() -> None:
    """Remove the temporary files that a killed Verbatim left beside its exports (see corpus.atomic)."""
    from corpus.atomic import clean_known_folders

    with contextlib.suppress(OSError):
        clean_known_folders()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = make_application(argv)
    controller = Controller()
    window = MainWindow(controller)
    install_excepthook(lambda: window)  # no traceback ever reaches the user: a dialog with "Copy details"
    clean_stale_temps()
    if not controller.coder:
        window.files.choose_coder()
    target = argv[1] if len(argv) > 1 else None
    if target is None:
        try:
            target = str(sample_project_path())
        except Exception as exc:  # the sample cannot be built: start empty, say why
            QMessageBox.warning(window, "Verbatim", one_line(exc))
    window.show()
    if target:
        window.files.open_path(target)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
