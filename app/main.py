"""``verbatim [PROJECT.vbt | --sample] [--smoke-test]``: the coding workbench. Without a project, the welcome page
offers the bundled sample (a copy built on first use in the user's data folder), a new project, Open…
and the recent projects."""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from app.controller import Controller
from app.error_dialog import install_excepthook
from app.i18n import install_translators
from app.main_window import MainWindow

SMOKE_FLAG = "--smoke-test"


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


SAMPLE_FLAG = "--sample"


def main(argv: list[str] | None = None) -> int:
    """Start the window on ``argv[1]`` (a project), on the bundled sample (``--sample``) or on the welcome
    page. ``--smoke-test``: open the sample project, run one analysis to the end and exit 0/1 (see
    app.smoke_test)."""
    argv = list(sys.argv if argv is None else argv)
    smoke = SMOKE_FLAG in argv
    argv = [a for a in argv if a != SMOKE_FLAG]
    app = make_application(argv)
    controller = Controller()
    window = MainWindow(controller)
    install_excepthook(lambda: window)  # no traceback ever reaches the user: a dialog with "Copy details"
    clean_stale_temps()
    window.show()
    if smoke:
        from app.smoke_test import run_smoke_test

        controller.set_coder(controller.coder or "smoke-test")
        return run_smoke_test(app, window)
    if not controller.coder:
        window.files.choose_coder()
    if SAMPLE_FLAG in argv:  # the README's first command: straight into the bundled sample project
        window.files.open_path(str(sample_project_path()))
    elif len(argv) > 1:  # a project given (a double-clicked .vbt); otherwise the welcome page
        window.files.open_path(argv[1])
    return app.exec()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build's analysis child must not start a second window
    sys.exit(main())
