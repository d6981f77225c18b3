""""Export a reproducible bundle…" of a saved Reinert analysis: the analysis is prepared and run again from
its saved selection and parameters (off the GUI thread, with progress and Cancel), then written with
:func:`app.analysis.bundle.write_reinert_bundle`; the bundle says whether the partition came back identical."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.analysis.inputs import sources_from_project
from app.analysis.params import PrepParams
from app.jobs import Job, progress_dialog
from app.lexpanel.worker import AnalysisRequest
from coding.selection import Selection
from lexical.progress import CancelToken, ProgressFn, scaled


def bundle_work(project, request: AnalysisRequest, folder: Path, saved: bytes | None):  # noqa: ANN001, ANN201
    """The job's work: prepare, classify, write the bundle; returns (folder, same partition as saved?)."""
    from app.analysis import runs
    from app.analysis.bundle import write_reinert_bundle
    from app.analysis.results import load_result

    def work(progress: ProgressFn, cancel: CancelToken) -> tuple[Path, bool | None]:
        found = sources_from_project(project, Selection.from_description(request.selection))
        if not found.sources:
            raise ValueError(QCoreApplication.translate("BundleAction", "The selection is empty: no text to analyse."))
        prep = PrepParams.from_dict({**request.prep, "lexicon": found.lexicon})
        corpus = runs.prepare(found.sources, found.cache, prep, scaled(progress, 0.0, 0.4), cancel,
                              lexicon=request.lexicon)
        params = request.typed_params()
        result = runs.run_reinert(corpus, params, scaled(progress, 0.4, 0.95), cancel, selection=request.selection)
        cancel.check()
        write_reinert_bundle(folder, result, params, corpus=corpus, selection=request.selection,
                             source=str(project.location))
        progress(1.0, "")
        return folder, (None if saved is None else list(result.labels) == list(load_result(saved).labels))

    return work


def export_bundle(panel, analysis_id: int, folder: str | None = None) -> Job | None:  # noqa: ANN001 - AnalysisPanel
    """Ask for a folder (unless given) and write the bundle of saved analysis ``analysis_id`` in a job."""
    request = panel.saved_request(analysis_id)
    if panel.lexicon is not None and request.lexicon is None:  # tests: the panel's hand-made lexicon
        request = replace(request, lexicon=panel.lexicon)
    project = panel.controller.project
    if request.kind != "reinert" or project is None:
        return None
    parent: QWidget = panel
    if folder is None:
        folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("BundleAction", "Folder for the reproducible bundle"))
        if not folder:
            return None
    _name, saved = panel._saved_bytes(analysis_id)
    job = panel.runner.jobs.start(bundle_work(project, request, Path(folder), saved))
    progress_dialog(job, QCoreApplication.translate("BundleAction", "Reproducible bundle"), parent)
    job.signals.finished.connect(lambda payload: _done(parent, *payload))
    job.signals.failed.connect(lambda exc: _tell(parent, str(exc), QMessageBox.Icon.Warning))
    return job


def _tell(parent: QWidget, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A message that does not block (opened window-modal)."""
    box = QMessageBox(icon, QCoreApplication.translate("BundleAction", "Reproducible bundle"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bundleMessage")
    box.open()
    return box


def _done(parent: QWidget, folder: Path, same: bool | None) -> None:
    text = QCoreApplication.translate("BundleAction", "The bundle is written in %1.").replace("%1", str(folder))
    if same is True:
        text += "\n" + QCoreApplication.translate("BundleAction", "Run again from the project, the classification gave the saved partition exactly.")
    elif same is False:
        text += "\n" + QCoreApplication.translate("BundleAction", "Run again from the project, the classification differs from the saved one: the texts, "
                           "the lexicon or the software changed since it was saved.")
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text.splitlines()[0], 8000)
    _tell(parent, text)
