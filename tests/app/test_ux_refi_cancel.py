"""Cancel in the REFI-QDA jobs: an export writes nothing, an import is rolled back (one transaction)."""

from __future__ import annotations

import pytest

from app.exchange.refi_actions import import_into_new
from coding.codebook import CodebookService
from coding.refi.api import export_qdc, export_qdpx, import_qdc, import_qdpx
from corpus.documents import CorpusService
from corpus.store.project import Project
from lexical.progress import Cancelled, CancelToken


class CancelAfter:
    """A cancel token that trips after ``n`` checks (to cancel in the middle of the work)."""

    def __init__(self, n: int):
        self.n = n

    def check(self) -> None:
        self.n -= 1
        if self.n < 0:
            raise Cancelled()


def _cancelled() -> CancelToken:
    token = CancelToken()
    token.cancel()
    return token


@pytest.fixture
def opened(project):
    proj = Project.open(project)
    CodebookService(proj).ensure_path("Collectif/Équipe")
    yield proj
    proj.close()


@pytest.mark.parametrize("checks", [0, 1, 2, 3])
def test_cancelled_qdpx_export_writes_nothing(opened, tmp_path, checks):
    target = tmp_path / "out.qdpx"
    with pytest.raises(Cancelled):
        export_qdpx(opened, target, cancel=CancelAfter(checks))
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))


def test_cancelled_qdc_export_writes_nothing(opened, tmp_path):
    with pytest.raises(Cancelled):
        export_qdc(opened, tmp_path / "book.qdc", cancel=_cancelled())
    assert not (tmp_path / "book.qdc").exists()


@pytest.mark.parametrize("checks", [0, 1, 2, 3])
def test_cancelled_qdpx_import_is_rolled_back(opened, tmp_path, checks):
    source = tmp_path / "copy.qdpx"
    export_qdpx(opened, source)
    other = Project.create(tmp_path / "other.vbt")
    try:
        with pytest.raises(Cancelled):
            import_qdpx(other, source, cancel=CancelAfter(checks))
        assert CorpusService(other).documents() == [] and CodebookService(other).codes() == []
        import_qdpx(other, source, cancel=CancelToken())  # not cancelled: everything comes in
        assert len(CorpusService(other).documents()) == 2
    finally:
        other.close()


def test_cancelled_qdc_import_is_rolled_back(opened, tmp_path):
    export_qdc(opened, tmp_path / "book.qdc")
    other = Project.create(tmp_path / "other.vbt")
    try:
        with pytest.raises(Cancelled):
            import_qdc(other, tmp_path / "book.qdc", cancel=CancelAfter(1))
        assert CodebookService(other).codes() == []
    finally:
        other.close()


def test_cancelled_import_into_a_new_project_removes_it(opened, tmp_path):
    export_qdpx(opened, tmp_path / "copy.qdpx")
    target = tmp_path / "new.vbt"
    with pytest.raises(Cancelled):
        import_into_new(str(tmp_path / "copy.qdpx"), str(target), lambda *_a: None, _cancelled())
    assert not target.exists()


def test_cancel_button_of_the_export_job_is_honoured(window, qtbot, tmp_path):
    """The job's token reaches the export: a job cancelled before it starts reports ``cancelled``."""
    refi = window.exchange.refi
    job = refi.export_qdpx(str(tmp_path / "out.qdpx"))
    job.cancel_token.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=20000):
        pass
    assert not (tmp_path / "out.qdpx").exists()
