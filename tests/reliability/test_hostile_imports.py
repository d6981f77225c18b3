"""Hostile and damaged files (tests/reliability/hostile.py) never hang, crash, or change a project.

Fast part (CI): every case read in process by the importer (refused with one line naming the file, or
repaired with warnings and nothing XML cannot carry), and one case per format through ``verbatim-cli``.
Slow part (``-m slow``): every case through ``verbatim-cli``, alone and inside a batch of good files, in a
child process checked for: exit code, one line on stderr, no traceback, < 30 s, < 1 GB peak memory, and
the project's rows unchanged (refused) or the documents there (repaired).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coding.refi.report import RefiError
from corpus.importers import ImportFailure, read_file
from corpus.importers.base import display_name
from corpus.messages import set_language
from corpus.store.project import Project
from tests.reliability import hostile

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("run_cli.py")
SERVER = Path(__file__).with_name("cli_server.py")
TIME_LIMIT = 30
STARTUP_ALLOWANCE = 60  # a new interpreter imports the CLI first: seconds on a loaded machine
MEMORY_LIMIT = 1024**3
CASES = hostile.cases()
IMPORT_CASES = [case for case in CASES if case.command == "import"]
REFI_CASES = [case for case in CASES if case.command != "import"]
# Cases run through a new verbatim-cli process in the fast run (every case goes through the warm CLI in the slow run).
CLI_SAMPLE = ["fifo.txt", "bomb.docx", "sources-1200.qdpx", "name-not-utf8"]
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _ids(cases: list[hostile.Case]) -> list[str]:
    return [case.name for case in cases]


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _strings(documents) -> list[str]:
    """Every string an import would store."""
    found: list[str] = []
    for document in documents:
        found += [document.name, document.text, document.source_name, *document.warnings]
        found += [*document.attributes, *document.attributes.values()]
        found += [turn.speaker or "" for turn in document.turns] + [mark.label for mark in document.sections]
    return found


def test_the_generator_covers_every_format_with_enough_cases():
    suffixes = {Path(case.name).suffix.lower() for case in CASES}
    assert {".txt", ".docx", ".odt", ".rtf", ".pdf", ".vtt", ".srt", ".csv", ".xlsx", ".textgrid", ".qdpx",
            ".qdc"} <= suffixes
    assert sum(case.expect == hostile.REFUSED for case in CASES) >= 100
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", IMPORT_CASES, ids=_ids(IMPORT_CASES))
def test_importer_refuses_or_repairs(case, tmp_path):
    path = case.make(tmp_path)
    if case.expect == hostile.REFUSED:
        with pytest.raises(ImportFailure) as failure:
            read_file(path)
        message = str(failure.value)
        assert "\n" not in message and len(message) < 400, message
        assert message.startswith(display_name(path) + ": "), message
        assert "Traceback" not in message and "\\x" not in message, message
        return
    documents = read_file(path)
    assert documents and (documents[0].warnings or not case.warns)
    strings = _strings(documents)
    assert not any(_XML_INVALID.search(text) for text in strings)
    text = "\n".join(document.text for document in documents)
    for expected in case.present:
        assert expected in text, (expected, text[:300])
    for unexpected in case.absent:
        assert unexpected not in "\n".join(strings)


@pytest.mark.parametrize("case", REFI_CASES, ids=_ids(REFI_CASES))
def test_refi_import_refuses(case, tmp_path):
    from coding.refi.api import import_qdc, import_qdpx

    path = case.make(tmp_path)
    project = Project.create(tmp_path / "p.vbt")
    before = _rows(tmp_path / "p.vbt")
    try:
        with pytest.raises(RefiError) as failure:
            (import_qdpx if case.command == "import-qdpx" else import_qdc)(project, path)
    finally:
        project.close()
    message = str(failure.value)
    assert "\n" not in message and len(message) < 400, message
    assert _rows(tmp_path / "p.vbt") == before


# --- through the command line, in a child process -------------------------------------------------------------


def _rows(project: Path) -> str:
    """A digest of every row of every table of a project."""
    digest = hashlib.sha256()
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr((table, row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


def _stored_texts(project: Path) -> list[str]:
    with sqlite3.connect(f"file:{project}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM documents")]


def _environment() -> dict[str, str]:
    return {**os.environ, "VERBATIM_LANG": "en", "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}


def _real_cli(tmp_path: Path, *args: str) -> tuple[int, str, str, int]:
    """(exit code, stdout, stderr, peak memory in bytes) of ``verbatim-cli ARGS`` in a new interpreter."""
    rss_file = tmp_path / "rss.txt"
    rss_file.unlink(missing_ok=True)
    try:
        done = subprocess.run([sys.executable, str(RUNNER), str(rss_file), *args], capture_output=True,
                              timeout=TIME_LIMIT + STARTUP_ALLOWANCE, cwd=ROOT, env=_environment(),
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"verbatim-cli {' '.join(args)} took more than {TIME_LIMIT} s")
    peak = int(rss_file.read_text()) if rss_file.exists() else 0
    return (done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"), peak)


class WarmCli:
    """``verbatim-cli`` commands run by tests/reliability/cli_server.py (one fork per command)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, str(SERVER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        cwd=ROOT, env=_environment(), text=True)
        assert json.loads(self.process.stdout.readline()) == {"ready": True}

    def __call__(self, tmp_path: Path, *args: str) -> tuple[int, str, str, int]:
        out, err = tmp_path / "cli.out", tmp_path / "cli.err"
        request = {"argv": list(args), "stdout": str(out), "stderr": str(err), "timeout": TIME_LIMIT}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        if answer["timed_out"]:
            pytest.fail(f"verbatim-cli {' '.join(args)} took more than {TIME_LIMIT} s")
        read = lambda path: path.read_bytes().decode("utf-8", "replace")  # noqa: E731
        return answer["code"], read(out), read(err), answer["peak"]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def warm_cli():
    cli = WarmCli()
    yield cli
    cli.close()


@pytest.fixture(scope="module")
def good_files(tmp_path_factory) -> list[Path]:
    """Two good files for the batches."""
    folder = tmp_path_factory.mktemp("good")
    (folder / "bon-1.txt").write_text(hostile.FRENCH, encoding="utf-8")
    (folder / "bon-2.docx").write_bytes(hostile._good_docx())
    return [folder / "bon-1.txt", folder / "bon-2.docx"]


def _new_project(tmp_path: Path) -> Path:
    project = tmp_path / "projet.vbt"
    Project.create(project).close()
    return project


def _check_refused(case: hostile.Case, path: Path, result: tuple[int, str, str, int]) -> None:
    code, _out, err, peak = result
    assert "Traceback" not in err, err
    assert code == 2, (code, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert display_name(path) in lines[0] or path.name in lines[0], lines[0]
    assert peak < MEMORY_LIMIT, f"peak memory {peak / 1024**2:.0f} MiB"


def _run_alone(case: hostile.Case, tmp_path: Path, cli=_real_cli) -> None:
    path = case.make(tmp_path)
    project = _new_project(tmp_path)
    before = _rows(project)
    args = [case.command, str(project), str(path)] if case.command == "import" else [case.command, str(path), str(project)]
    result = cli(tmp_path, *args)
    if case.expect == hostile.REFUSED:
        _check_refused(case, path, result)
        assert _rows(project) == before
        return
    code, _out, err, peak = result
    assert code == 0 and "Traceback" not in err, err
    assert all(line.startswith("warning: ") for line in err.splitlines() if line.strip()), err
    assert peak < MEMORY_LIMIT
    texts = "\n".join(_stored_texts(project))
    assert texts and not _XML_INVALID.search(texts)
    for expected in case.present:
        assert expected in texts


def _run_in_batch(case: hostile.Case, tmp_path: Path, good: list[Path], cli) -> None:
    path = case.make(tmp_path)
    project = _new_project(tmp_path)
    before = _rows(project)
    result = cli(tmp_path, "import", str(project), str(good[0]), str(path), str(good[1]))
    if case.expect == hostile.REFUSED:
        _check_refused(case, path, result)
        assert _rows(project) == before  # all or nothing: the good files are not imported either
        return
    code, _out, err, _peak = result
    assert code == 0 and "Traceback" not in err, err
    assert len(_stored_texts(project)) >= 3


@pytest.mark.parametrize("name", CLI_SAMPLE)
def test_real_cli_sample(name, tmp_path):
    """A few cases through a new ``verbatim-cli`` process each (the rest go through the warm CLI)."""
    (case,) = [case for case in CASES if case.name == name]
    _run_alone(case, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_cli_alone(case, tmp_path, warm_cli):
    _run_alone(case, tmp_path, warm_cli)


@pytest.mark.slow
@pytest.mark.parametrize("case", IMPORT_CASES, ids=_ids(IMPORT_CASES))
def test_cli_in_a_batch_of_good_files(case, tmp_path, good_files, warm_cli):
    _run_in_batch(case, tmp_path, good_files, warm_cli)


@pytest.mark.slow
@pytest.mark.parametrize("case", [case for case in hostile.cases(big=True) if "big" in case.tags],
                         ids=lambda case: case.name)
def test_cli_multi_gib_bombs(case, tmp_path, warm_cli):
    _run_alone(case, tmp_path, warm_cli)
