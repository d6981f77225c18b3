"""The hidden worker entry of frozen builds (lexical.frozen_workers)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lexical import frozen_workers as fw


def test_worker_command_runs_the_module_with_python_when_not_frozen(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert fw.worker_command("lexical.annotate_pool", "m", "10") == [
        sys.executable, "-m", "lexical.annotate_pool", "m", "10"]


def test_worker_command_uses_the_hidden_flag_when_frozen(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert fw.worker_command("lexical.annotate_pool", "m") == [
        sys.executable, fw.WORKER_FLAG, "lexical.annotate_pool", "m"]


def test_worker_command_refuses_other_modules():
    with pytest.raises(ValueError):
        fw.worker_command("os")


def test_run_worker_if_asked_ignores_normal_command_lines():
    assert not fw.run_worker_if_asked(["verbatim"])
    assert not fw.run_worker_if_asked(["verbatim", "project.vbt"])


def test_run_worker_if_asked_refuses_unknown_modules():
    with pytest.raises(SystemExit):
        fw.run_worker_if_asked(["verbatim", fw.WORKER_FLAG, "os"])


def test_hidden_entry_runs_the_annotation_worker_as_main(tmp_path):
    """An entry script like the frozen ones, given the hidden flag, runs the worker's ``__main__``: with
    its input closed at once, the worker answers with its memory peak and exits 0."""
    import pickle
    import struct

    script = tmp_path / "entry.py"
    script.write_text(
        "import sys\n"
        "from lexical.frozen_workers import run_worker_if_asked\n"
        "sys.exit(0 if run_worker_if_asked(sys.argv) else 3)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), fw.WORKER_FLAG, "lexical.annotate_pool",
                           "fr_core_news_md", "1000"], input=b"", capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    (size,) = struct.unpack("<Q", done.stdout[:8])
    assert "peak_mb" in pickle.loads(done.stdout[8:8 + size])
