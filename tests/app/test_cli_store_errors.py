"""No traceback ever reaches a CLI user: every failure is one line on stderr and exit code 2."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import corpus_cmds
from app.cli.main import main
from coding.sample import build_sample_project
from corpus.store.migrations import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return build_sample_project(tmp_path_factory.mktemp("cli-errors") / "sample.vbt")


def _one_line_error(capsys, argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("verbatim-cli: error: ") and "Traceback" not in err, err
    return err


def test_cli_store_errors_fifo_damaged_old(tmp_path, capsys, sample):
    fifo = tmp_path / "tube.vbt"
    os.mkfifo(fifo)
    assert "named pipe" in _one_line_error(capsys, ["info", str(fifo)])
    damaged = tmp_path / "abime.vbt"
    shutil.copy(sample, damaged)
    with damaged.open("r+b") as fh:
        fh.seek(8 * 4096)
        fh.write(b"\xff" * 4096 * 4)
    assert "abime.vbt is damaged" in _one_line_error(capsys, ["info", str(damaged)])
    old = tmp_path / "ancien.vbt"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE settings (key VARCHAR PRIMARY KEY, value TEXT)")
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA user_version=1")
    con.close()
    assert "older Verbatim" in _one_line_error(capsys, ["info", str(old)])


def test_cli_store_errors_export_into_missing_or_unwritable_place(tmp_path, capsys, sample):
    err = _one_line_error(capsys, ["export-codings", str(sample), str(tmp_path / "absent" / "c.csv")])
    assert "does not exist" in err
    (tmp_path / "c.csv").mkdir()
    assert "c.csv" in _one_line_error(capsys, ["export-codings", str(sample), str(tmp_path / "c.csv")])


@pytest.mark.skipif(os.geteuid() != 0, reason="a read-only disk needs mount (root)")
def test_cli_store_errors_read_only_disk(tmp_path, capsys, sample):
    disk = tmp_path / "ro"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copy(sample, disk / "p.vbt")
        (disk / "old.csv").write_text("good\n")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        assert main(["info", str(disk / "p.vbt")]) == 0  # reading works on a read-only disk
        capsys.readouterr()
        err = _one_line_error(capsys, ["export-codings", str(disk / "p.vbt"), str(disk / "old.csv")])
        assert "old.csv: the disk is read-only" in err and (disk / "old.csv").read_text() == "good\n"
        err = _one_line_error(capsys, ["autocode", str(disk / "p.vbt"), "--code", "X", "--pattern", "travail"])
        assert "read-only disk" in err
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_cli_unexpected_error_is_one_line_with_a_crash_report(tmp_path, capsys, sample, monkeypatch):
    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VERBATIM_DEBUG", raising=False)

    def broken(_args):
        raise KeyError("a bug")

    monkeypatch.setattr(corpus_cmds, "cmd_info", broken)
    err = _one_line_error(capsys, ["info", str(sample)])
    assert "unexpected error (KeyError: 'a bug')" in err and "details:" in err
    reports = list((tmp_path / "cache" / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1 and "Traceback" in reports[0].read_text() and "a bug" in reports[0].read_text()
    monkeypatch.setenv("VERBATIM_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["info", str(sample)])


def test_cli_store_errors_in_a_fresh_process(tmp_path):
    """The real entry point, in French: one translated line, exit 2."""
    env = {**os.environ, "VERBATIM_LANG": "fr", "VERBATIM_CACHE_DIR": str(tmp_path / "cache")}
    fifo = tmp_path / "tube.vbt"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "info", str(fifo)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "n’est pas un fichier ordinaire" in done.stderr
