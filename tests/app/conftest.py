"""Fixtures of the GUI tests: a small coded focus group, the controller, the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from coding.testing import make_project, transcript

FOCUS_GROUP = (
    "[00:00:05] Animatrice : Bonjour à tous. Qu’est-ce qui vous a amenés à l’hôpital ?\n"
    "[00:00:12] Marie : Moi c’est l’envie d’aider. Mais la fatigue arrive vite, on tient grâce à l'équipe 😀.\n"
    "[00:01:02] Paul : Pour moi le salaire compte. La fatigue aussi, les horaires de nuit sont durs.\n"
    "[00:02:40] Animatrice : Et le soutien de l’équipe ?\n"
    "[00:02:51] Marie : L’équipe, c’est ce qui nous fait rester. Sans l’équipe je partirais.\n"
    "[00:03:30] Paul : D’accord avec Marie, l’équipe avant tout.\n"
)
INTERVIEW = (
    "Enquêteur : Parlez-moi de votre travail.\n"
    "Sophie : Je suis infirmière de nuit depuis dix ans. La fatigue est constante.\n"
    "Enquêteur : Et l’équipe ?\n"
    "Sophie : Une équipe formidable, heureusement.\n"
)


@pytest.fixture(scope="session")
def project_template(tmp_path_factory):
    """Built once; every test gets a copy (creating a project costs a few hundred ms)."""
    folder = tmp_path_factory.mktemp("template")
    project = make_project(folder / "focus.vbt", [
        transcript("Focus group soignants", FOCUS_GROUP, {"site": "Lyon", "type": "focus group"}),
        transcript("Entretien Sophie", INTERVIEW, {"site": "Paris", "type": "entretien"}),
    ])
    from corpus.attributes import AttributeService
    from corpus.cases import CaseService

    cases = {c.name: c.id for c in CaseService(project).cases()}
    attrs = AttributeService(project)
    for name, role, age in (("Marie", "infirmière", "34"), ("Paul", "aide-soignant", "45"),
                            ("Sophie", "infirmière", "41")):
        attrs.set_value("case", cases[name], "rôle", role)
        attrs.set_value("case", cases[name], "âge", age)
    CaseService(project).set_interviewer(cases["Animatrice"], True)
    CaseService(project).set_interviewer(cases["Enquêteur"], True)
    path = project.path
    project.close()
    return path


@pytest.fixture
def project(project_template, tmp_path):
    import shutil

    path = tmp_path / "focus.vbt"
    shutil.copy(project_template, path)
    return path


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings in a temporary folder, with a coder already chosen."""
    QCoreApplication.setOrganizationName("VerbatimTests")
    QCoreApplication.setApplicationName("VerbatimTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    QSettings().setValue("coder", "alice")
    yield


@pytest.fixture
def controller(qapp, project):
    from app.controller import Controller

    c = Controller()
    c.open_project(project)
    yield c
    c.close_project()


@pytest.fixture
def window(qtbot, controller):
    from app.main_window import MainWindow

    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    yield w
    w.memos.timer.stop()


def finish(qtbot, job):  # noqa: ANN001, ANN201 - pytest-qt bot, app.jobs.Job
    """Wait until ``job`` reported (its finished handlers have run); True, or the exception it failed with."""
    done = []
    job.signals.finished.connect(lambda *_a: done.append(True))
    job.signals.failed.connect(lambda exc: done.append(exc))
    qtbot.waitUntil(lambda: bool(done) or job.outcome is not None, timeout=20000)
    if not done:  # it reported before we listened (a job started by another job's handler): let the
        qtbot.wait(200)  # queued handlers run, then answer from its recorded outcome
        kind, value = job.outcome
        return True if kind == "finished" else value
    return done[0]


def select_text(window, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``needle`` in the viewer (code points); return the span."""
    text = window.viewer.text.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    window.viewer.text.select_span(start, start + len(needle))
    return start, start + len(needle)


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """A message box a test did not expect fails it instead of blocking the run."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))
