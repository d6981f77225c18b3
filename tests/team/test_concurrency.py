"""Several coders coding one server project at the same time: nothing lost, nothing duplicated."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.sync import push
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.store.models import CodingRow
from corpus.store.project import Project

TEXT = " ".join(["travail équipe fatigue salaire"] * 200)


def test_concurrent_coders_lose_and_duplicate_nothing(pg_url, tmp_path):
    url = pg_url()
    make_project(tmp_path / "p.vbt", [transcript("e1", TEXT), transcript("e2", TEXT + " fin")]).close()
    push(tmp_path / "p.vbt", url)
    with Project.open(url) as admin:
        codes = [CodebookService(admin).create(f"Code {k}").id for k in range(3)]
    errors: list[BaseException] = []

    def coder(index: int) -> None:
        try:
            with Project.open(url) as project:
                service = CodingService(project)
                for k in range(25):
                    start = index * 100 + k * 3
                    made = service.apply(codes[k % 3], [Span(1 + k % 2, start, start + 10)], f"coder{index}")
                    assert len(made) == 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=coder, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with Project.open(url, readonly=True) as project, project.transaction() as session:
        total = session.scalar(select(func.count()).select_from(CodingRow))
        distinct = session.execute(select(CodingRow.code_id, CodingRow.document_id, CodingRow.start, CodingRow.end,
                                          CodingRow.coder_id).distinct()).all()
    assert total == len(distinct) == 6 * 25
