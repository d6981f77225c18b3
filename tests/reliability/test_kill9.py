"""kill -9 at random moments of coding bursts, auto-codings, imports and exports (driver: kill9_driver.py).

After each kill: ``PRAGMA integrity_check`` is ok, the project opens, every acknowledged edit is there, no
auto-coding is half applied (a code of ``Auto/`` without its codings), an import is whole or absent, every
export file present is complete (the CSV's rows are exactly the codings of one committed state, XLSX/DOCX/
qdpx open, the Iramuteq corpus has all its units), and after the next start no temporary file is left.

The quick test kills each workload once (4 kills, start-up cleaning checked in-process); ``-m slow`` runs
9 kills per workload, 36 in all, and a real CLI start after each workload's last kill. Timings are in
the module's ``test_kill9_*`` docstrings. The harness was checked against the old code: with the composite's parts in separate transactions it finds a code
without codings at the first auto-coding kill, and with the CSV written in place a CSV of 6,519 rows
out of 20,061.

A driver that dies of a signal before its kill (it happened once in CI: SIGSEGV inside SQLAlchemy 2.1.9's
compiled cache-key lookup, hence the pin on 2.0) is checked exactly like a killed one, its faulthandler
stack is reported as a warning, and more than one such crash in a campaign fails the test; a driver that
exits with a Python error always fails it.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from coding.sample import build_sample_project
from corpus.atomic import clean_known_folders, is_our_temp
from corpus.store.project import Project

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("kill9_driver.py")
WORKLOADS = ("coding", "autocode", "import", "export")
EXPORT_CODINGS = 20_000
CRASHES: list[str] = []  # drivers that died of a signal before the kill (faulthandler's stack in each)


@dataclass
class History:
    """What the children acknowledged, over every run on one project."""

    present: set[int] = field(default_factory=set)  # coding ids acknowledged and not acknowledged removed
    autocodes: dict[str, int] = field(default_factory=dict)  # path -> hits
    imports: dict[str, int] = field(default_factory=dict)  # document name -> turns
    export_rows: set[int] = field(default_factory=set)
    last: dict | None = None  # the last acknowledgement of the latest run


def _run_and_kill(workload: str, project: Path, out: Path, seed: int, env: dict, delay: float) -> list[dict]:
    """Start the driver, kill -9 it ``delay`` seconds after its first acknowledged edit; return its
    acknowledgements."""
    proc = subprocess.Popen([sys.executable, str(DRIVER), workload, str(project), str(out), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    lines: list[bytes] = []
    ready = threading.Event()

    def drain() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if b'"ready"' not in line:  # the delay counts from the first acknowledged edit, so that a kill
                ready.set()  # on a loaded machine still lands after some work (else it tests nothing)
        ready.set()  # the driver ended before any edit (a crash?): the caller checks how it ended

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    if not ready.wait(120):
        proc.kill()
        raise AssertionError(f"driver never acknowledged an edit: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    else:  # it ended by itself: a Python error fails the test; a crash (signal) is an abrupt end like a kill
        stderr = proc.stderr.read().decode(errors="replace")[-3000:]  # type: ignore[union-attr]
        assert proc.returncode < 0, f"driver failed (exit {proc.returncode}): {stderr}"
        CRASHES.append(f"{workload}: signal {-proc.returncode}\n{stderr}")
    proc.wait(30)
    reader.join(30)
    proc.stderr.close()  # type: ignore[union-attr]
    acks = []
    for line in lines:
        if line.endswith(b"\n"):  # a line cut by the kill acknowledges nothing
            acks.append(json.loads(line))
    return acks


def _record(history: History, acks: list[dict]) -> None:
    for event in acks:
        op = event["op"]
        if op == "coding":
            history.present.update(event["ids"])
        elif op == "uncoding":
            history.present.difference_update(event["ids"])
        elif op == "autocode":
            history.autocodes[event["path"]] = event["hits"]
        elif op == "import":
            for name in event["names"]:
                history.imports[name] = event["turns"]
        elif op == "export" and "rows" in event:
            history.export_rows.add(event["rows"])
    history.last = acks[-1] if acks else None


def _query(db: Path, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _check_store(db: Path, history: History) -> None:
    Project.open(db).close()  # opens for writing (lock, version, quick_check) after the crash
    assert _query(db, "PRAGMA integrity_check") == [("ok",)]
    assert _query(db, "PRAGMA foreign_key_check") == []
    ids = {row[0] for row in _query(db, "SELECT id FROM codings")}
    exempt = set(history.last["ids"]) if history.last and history.last["op"] == "begin-uncoding" else set()
    missing = history.present - ids - exempt
    assert not missing, f"acknowledged codings lost: {sorted(missing)[:10]}"
    # composites: every code under Auto/ carries its codings (never a code created without them)
    auto = _query(db, "SELECT c.id, p.name || '/' || c.name, (SELECT count(*) FROM codings WHERE code_id = c.id) "
                      "FROM codes c JOIN codes p ON c.parent_id = p.id WHERE p.name = 'Auto' AND p.parent_id IS NULL")
    for _id, path, count in auto:
        assert count > 0, f"half-applied auto-coding: {path} has no coding"
        if path in history.autocodes:
            assert count == history.autocodes[path], (path, count, history.autocodes[path])
    found = {path for _id, path, _count in auto}
    assert set(history.autocodes) <= found, f"acknowledged auto-codings lost: {set(history.autocodes) - found}"
    parents = _query(db, "SELECT id FROM codes WHERE name = 'Auto' AND parent_id IS NULL")
    assert not parents or auto, "the Auto code was created without its child and codings"
    # imports: whole documents, acknowledged ones all there
    turns = dict(_query(db, "SELECT d.name, (SELECT count(*) FROM turns t WHERE t.document_id = d.id) "
                            "FROM documents d"))
    for name, expected in history.imports.items():
        assert turns.get(name) == expected, (name, turns.get(name), expected)
    extra = [name for name in turns if name.startswith("entretien-") and name not in history.imports]
    assert len(extra) <= 1 and all(turns[name] > 0 for name in extra), extra
    # an import committed but killed before its acknowledgement is a whole document: from now on it is simply
    # there (each kill may leave one; the next check must not count it again)
    history.imports.update({name: turns[name] for name in extra})


def _csv_matches_a_state(db: Path, path: Path, history: History) -> None:
    """The CSV is complete: its rows are the first N codings of the project for an N that was committed."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert path.read_bytes().endswith(b"\r\n"), "CSV cut short"
    n = len(rows) - 1
    committed = _query(db, "SELECT d.name, c.start, c.\"end\" FROM codings c JOIN documents d ON d.id = c.document_id "
                           "ORDER BY c.id")
    assert n in history.export_rows or n == len(committed), (n, sorted(history.export_rows)[-3:], len(committed))
    assert sorted((r[1], int(r[3]), int(r[4])) for r in rows[1:]) == sorted(committed[:n])


def _check_exports(db: Path, out: Path, history: History) -> None:
    csv_file = out / "codings.csv"
    if csv_file.exists():
        _csv_matches_a_state(db, csv_file, history)
    if (out / "codings.xlsx").exists():
        from openpyxl import load_workbook

        rows = load_workbook(out / "codings.xlsx", read_only=True).active.max_row - 1
        assert rows in history.export_rows or rows == len(_query(db, "SELECT id FROM codings")), rows
    if (out / "extraits.docx").exists():
        from docx import Document

        assert Document(str(out / "extraits.docx")).paragraphs
    if (out / "projet.qdpx").exists():
        with zipfile.ZipFile(out / "projet.qdpx") as zf:
            assert zf.testzip() is None and "project.qde" in zf.namelist()
    if (out / "corpus.txt").exists():
        text = (out / "corpus.txt").read_text(encoding="utf-8")
        documents = _query(db, "SELECT count(*) FROM documents")[0][0]
        assert text.endswith("\n") and sum(line.startswith("****") for line in text.splitlines()) == documents


def _temps_left(project: Path, out: Path) -> list[str]:
    left = [p.name for p in out.iterdir() if is_our_temp(p) or p.name.endswith(".tmp")]
    return left + [p.name for p in project.parent.iterdir() if is_our_temp(p)]


def _start_cleans(project: Path, out: Path, env: dict) -> None:
    """What every start does (corpus.atomic.clean_known_folders, with the children's cache folder) removes
    the temporary files the killed run left."""
    saved = os.environ.get("VERBATIM_CACHE_DIR")
    os.environ["VERBATIM_CACHE_DIR"] = env["VERBATIM_CACHE_DIR"]
    try:
        clean_known_folders()
    finally:
        if saved is None:
            del os.environ["VERBATIM_CACHE_DIR"]
        else:
            os.environ["VERBATIM_CACHE_DIR"] = saved
    assert not _temps_left(project, out), f"temporary files left after the next start: {_temps_left(project, out)}"


def _cli_start_cleans(project: Path, out: Path, env: dict) -> None:
    """The real thing once per workload: a CLI start cleans what a last kill left."""
    result = subprocess.run([sys.executable, "-m", "app.cli.main", "info", str(project)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert not _temps_left(project, out), f"temporary files left after the next start: {_temps_left(project, out)}"


def _campaign(tmp_path: Path, kills_per_workload: int, seed: int, workloads: tuple[str, ...] = WORKLOADS,
              cli_start: bool = True) -> int:
    base = build_sample_project(tmp_path / "base.vbt")
    env = {**os.environ, "VERBATIM_CACHE_DIR": str(tmp_path / "cache"), "VERBATIM_LANG": "en",
           "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    rng = random.Random(seed)
    kills = temps_seen = 0
    CRASHES.clear()
    for workload in workloads:
        folder = tmp_path / workload
        out = folder / "out"
        out.mkdir(parents=True)
        project = folder / "p.vbt"
        shutil.copy(base, project)
        if workload == "export":
            subprocess.run([sys.executable, str(DRIVER), "prepare-exports", str(project), str(EXPORT_CODINGS), "1"],
                           env=env, check=True, timeout=300)
        history = History()
        for kill in range(kills_per_workload):
            delay = rng.uniform(0.05, 2.5 if workload == "export" else 1.2)
            acks = _run_and_kill(workload, project, out, rng.randrange(10**6), env, delay)
            kills += 1
            _record(history, acks)
            _check_store(project, history)
            _check_exports(project, out, history)
            temps_seen += bool(_temps_left(project, out))
            if kill < kills_per_workload - 1 or not cli_start:
                _start_cleans(project, out, env)
        if cli_start:
            _cli_start_cleans(project, out, env)
        assert history.present or history.autocodes or history.imports or history.export_rows, \
            f"{workload}: no edit was ever acknowledged, the kills tested nothing"
    print(f"{kills} kills; {temps_seen} left a temporary file that the next start removed")
    for crash in CRASHES:  # checked like kills above; said, not hidden, and at most one per campaign
        warnings.warn(f"a driver crashed by itself before its kill: {crash}", stacklevel=1)
    assert len(CRASHES) <= 1, f"{len(CRASHES)} drivers crashed by themselves: {CRASHES}"
    return kills


def test_kill9_quick(tmp_path):
    """4 kills, ~22 s on 2 cores shared by 8 busy sessions (load average 6-7)."""
    assert _campaign(tmp_path, kills_per_workload=1, seed=12, cli_start=False) == 4


@pytest.mark.slow
def test_kill9_campaign(tmp_path):
    """36 kills, ~2.5 min on 2 cores shared by 8 busy sessions (load average 6-7); VERBATIM_KILL9_SEED
    picks other moments."""
    seed = int(os.environ.get("VERBATIM_KILL9_SEED", "2026"))
    assert _campaign(tmp_path, kills_per_workload=9, seed=seed) >= 30
