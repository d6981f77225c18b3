"""corpus.atomic: a file is replaced whole or not at all; temporary files never outlive a failure or a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.atomic import (
    atomic_open,
    atomic_write,
    clean_known_folders,
    clean_stale_temps,
    is_our_temp,
    known_folders,
    temp_path_for,
    write_text,
)
from corpus.errors import FileWriteError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VERBATIM_CACHE_DIR", str(tmp_path / "cache"))


def _ours(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if is_our_temp(p)]


def test_atomic_write_replaces_whole_and_keeps_the_suffix(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    seen = []

    def write(tmp: Path) -> None:
        seen.append(tmp)
        assert tmp.parent == tmp_path and tmp.suffix == ".csv" and is_our_temp(tmp)
        assert target.read_text() == "old\n"  # untouched while the new one is written
        tmp.write_text("new\n")

    assert atomic_write(target, write) == target
    assert target.read_text() == "new\n" and not seen[0].exists()
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert tmp_path.resolve() in known_folders()


def test_atomic_write_failure_keeps_the_previous_file_and_no_temp(tmp_path):
    target = tmp_path / "extraits.docx"
    target.write_bytes(b"good")

    def fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        atomic_write(target, fail)
    assert target.read_bytes() == b"good" and _ours(tmp_path) == []
    with pytest.raises(RuntimeError), atomic_open(target, "w") as fh:
        fh.write("half")
        raise RuntimeError
    assert target.read_bytes() == b"good" and _ours(tmp_path) == []


def test_atomic_write_errors_are_one_line_with_the_file(tmp_path):
    with pytest.raises(FileWriteError, match="folder .* does not exist"):
        write_text(tmp_path / "absent" / "x.txt", "x")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(FileWriteError, match="dir.csv: it is a folder"):
        write_text(tmp_path / "dir.csv", "x")
    too_long = tmp_path / ("é" * 200 + ".csv")
    with pytest.raises(FileWriteError, match="file name is too long") as info:
        write_text(too_long, "x")
    assert "\n" not in str(info.value)


@pytest.mark.skipif(os.geteuid() != 0, reason="a real full disk needs mount (root)")
def test_atomic_write_full_disk(tmp_path):
    folder = tmp_path / "full"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        target = folder / "codings.csv"
        write_text(target, "good\n")
        with pytest.raises(FileWriteError, match="codings.csv: the disk is full"):
            write_text(target, "x" * 1_000_000)
        assert target.read_text() == "good\n" and _ours(folder) == []
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_stale_temps_of_dead_processes_are_cleaned_at_next_start(tmp_path):
    """A writer killed mid-write leaves its temp file; the next start (clean_known_folders) removes it,
    but never the temp file of a live writer nor a file that only looks alike."""
    out = tmp_path / "exports"
    out.mkdir()
    code = (f"import os, sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from corpus.atomic import atomic_write\n"
            f"atomic_write({str(out / 'big.csv')!r}, lambda tmp: (tmp.write_text('half'), os.kill(os.getpid(), 9)))\n")
    subprocess.run([sys.executable, "-c", code], env={**os.environ}, check=False, timeout=60)
    left = _ours(out)
    assert len(left) == 1 and left[0].startswith(".big.csv.~vbtmp-") and not (out / "big.csv").exists()
    live = temp_path_for(out / "other.csv")  # this process is alive: its temp file stays
    live.write_text("writing")
    lookalike = out / ".notes.~vbtmp-x.csv"
    lookalike.write_text("mine")
    removed = clean_known_folders()
    assert [p.name for p in removed] == left
    assert _ours(out) == [live.name] and lookalike.exists()
    assert clean_stale_temps(out) == []
