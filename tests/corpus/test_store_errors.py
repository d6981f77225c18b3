"""Every way a project file can fail to open or to save, under real conditions, as one line with its cause.

Read-only and full disks are real: a small tmpfs mounted for the test (remounted read-only, or filled up);
the immutable file is a real ``chattr +i``. Those need root (``mount``), and are skipped with the reason
otherwise; CI runs them as root in its container.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from coding.sample import build_sample_project
from corpus.documents import CorpusService
from corpus.errors import ProjectError, StoreError
from corpus.messages import set_language
from corpus.store import diagnose
from corpus.store.migrations import APPLICATION_ID, CURRENT_VERSION
from corpus.store.project import Project

ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"),
                               reason="mounting a small tmpfs (read-only or full disk) needs root")


@pytest.fixture
def small_fs(tmp_path):
    """A 2 MiB tmpfs of its own (unmounted at the end)."""
    mount_point = tmp_path / f"fs-{uuid.uuid4().hex[:6]}"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the filesystem of ``folder`` to the last byte; return the filler (delete it to free the disk)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return build_sample_project(tmp_path_factory.mktemp("errors") / "sample.vbt")


def _cause(path: Path, **kwargs) -> StoreError:
    with pytest.raises(StoreError) as info:
        Project.open(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message and path.name in message or str(path) in message, message
    return info.value


# --- files that are not projects ------------------------------------------------------------------------
def test_store_errors_missing_folder_fifo(tmp_path):
    assert _cause(tmp_path / "absent.vbt").cause == "missing"
    folder = tmp_path / "dossier.vbt"
    folder.mkdir()
    error = _cause(folder)
    assert error.cause == "not-file" and "folder" in str(error)
    fifo = tmp_path / "tube.vbt"
    os.mkfifo(fifo)
    error = _cause(fifo)  # never blocks on the pipe
    assert error.cause == "not-file" and "named pipe" in str(error)
    assert _cause(fifo, readonly=True).cause == "not-file"


def test_store_errors_not_a_project_and_versions(tmp_path, sample):
    text = tmp_path / "notes.vbt"
    text.write_text("bonjour")
    assert _cause(text).cause == "not-project"
    other = tmp_path / "other.vbt"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert _cause(other).cause == "not-project"
    newer = tmp_path / "newer.vbt"
    shutil.copy(sample, newer)
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version={CURRENT_VERSION + 1}")
    con.close()
    before = newer.read_bytes()
    assert _cause(newer).cause == "newer" and _cause(newer, readonly=True).cause == "newer"
    assert newer.read_bytes() == before


def test_store_errors_old_project_read_only_says_upgrade(tmp_path):
    old = tmp_path / "ancien.vbt"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE settings (key VARCHAR PRIMARY KEY, value TEXT)")
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA user_version=1")
    con.close()
    error = _cause(old, readonly=True)
    assert error.cause == "old" and "older Verbatim" in str(error) and "upgrade" in str(error)


def test_store_errors_messages_in_french(tmp_path):
    set_language("fr")
    try:
        error = _cause(tmp_path / "absent.vbt")
        assert str(error).endswith("n’existe pas.")
    finally:
        set_language(None)


# --- damaged files ---------------------------------------------------------------------------------------
def _damage(path: Path, page: int, page_size: int = 4096) -> None:
    """Overwrite one page of the file with 0xFF bytes (no valid b-tree page starts so)."""
    with path.open("r+b") as fh:
        fh.seek(page * page_size)
        fh.write(b"\xff" * page_size)


def _last_table_page(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT max(pageno) FROM dbstat WHERE name = 'documents'").fetchone()[0] - 1
    except sqlite3.OperationalError:  # no dbstat: the middle of the file holds document text
        return path.stat().st_size // 4096 // 2
    finally:
        con.close()


def test_store_errors_damaged_pages_found_at_open(tmp_path, sample):
    copy = tmp_path / "abime.vbt"
    shutil.copy(sample, copy)
    _damage(copy, _last_table_page(copy))
    error = _cause(copy)
    assert error.cause == "damaged" and "damaged" in str(error)
    assert not Path(f"{copy}.lock").exists()


def test_store_errors_damage_met_later_is_one_line_too(tmp_path, sample, monkeypatch):
    """On a file too big for the check at open, the first read of a damaged page says "damaged"."""
    copy = tmp_path / "gros.vbt"
    shutil.copy(sample, copy)
    page = _last_table_page(copy)
    monkeypatch.setattr(diagnose, "QUICK_CHECK_MAX_BYTES", 0)
    with Project.open(copy) as project:
        _damage(copy, page)
        with pytest.raises(StoreError) as info:
            for doc in CorpusService(project).documents():
                CorpusService(project).document(doc.id)
    assert info.value.cause == "damaged" and "gros.vbt" in str(info.value)


# --- read-only, immutable, full --------------------------------------------------------------------------
@ROOT_ONLY
def test_store_errors_read_only_disk(small_fs, sample):
    path = small_fs / "p.vbt"
    shutil.copy(sample, path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    error = _cause(path)
    assert error.cause == "readonly" and "read-only disk" in str(error)
    with Project.open(path, readonly=True) as project:  # reading still works
        assert CorpusService(project).documents()


@ROOT_ONLY
def test_store_errors_immutable_file(small_fs, sample):
    path = small_fs / "p.vbt"
    shutil.copy(sample, path)
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        error = _cause(path)
        assert error.cause == "locked-file" and "immutable" in str(error)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@ROOT_ONLY
def test_store_errors_full_disk_on_save_loses_nothing(small_fs, sample):
    path = small_fs / "p.vbt"
    shutil.copy(sample, path)
    with Project.open(path) as project:
        project.set_setting("note", "avant")
        filler = _fill(small_fs)
        with pytest.raises(StoreError) as info:
            project.set_setting("big", "x" * 3_000_000)
        assert info.value.cause == "full" and "disk is full" in str(info.value)
        assert project.setting("note") == "avant"
        filler.unlink()
    with Project.open(path) as project:
        assert project.setting("note") == "avant" and project.setting("big") == ""


@ROOT_ONLY
def test_store_errors_full_disk_on_new_and_on_lock(small_fs, sample):
    path = small_fs / "p.vbt"
    shutil.copy(sample, path)
    filler = _fill(small_fs)
    with pytest.raises(StoreError) as info:
        Project.create(small_fs / "nouveau.vbt")
    assert info.value.cause == "full", info.value
    assert sorted(p.name for p in small_fs.iterdir()) == ["filler.bin", "p.vbt"]  # no half project, no temp
    with pytest.raises(StoreError) as info:
        Project.open(path)  # the lock file cannot be written
    assert info.value.cause == "full", info.value
    assert sorted(p.name for p in small_fs.iterdir()) == ["filler.bin", "p.vbt"]
    filler.unlink()
    Project.open(path).close()


@ROOT_ONLY
def test_store_errors_full_disk_on_migration_backup(small_fs):
    path = small_fs / "ancien.vbt"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE settings (key VARCHAR PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO settings VALUES ('title', ?)", ("x" * 300_000,))
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    before = path.read_bytes()
    filler = _fill(small_fs)
    filler_size = filler.stat().st_size
    with filler.open("r+b") as fh:  # room for the lock file, not for a backup copy
        fh.truncate(filler_size - 64 * 1024)
    with pytest.raises(StoreError) as info:
        Project.open(path)
    assert info.value.cause == "full" and "backup" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in small_fs.iterdir()) == ["ancien.vbt", "filler.bin"]


def test_store_errors_are_project_errors():
    """Callers that catch ProjectError (the app, the CLI) catch every store error."""
    assert issubclass(StoreError, ProjectError)


_PERMISSIONS_SCRIPT = r"""
import json, os, sys
from pathlib import Path
from corpus.errors import StoreError
from corpus.store.project import Project

folder = Path(sys.argv[1]) / "mine"  # made by this user, who may then chmod it
folder.mkdir()
result = {}
def cause(path, **kw):
    try:
        Project.open(path, **kw).close()
        return "opened"
    except StoreError as exc:
        return [exc.cause, str(exc)]

Project.create(folder / "p.vbt").close()
os.chmod(folder / "p.vbt", 0o444)
result["readonly file"] = cause(folder / "p.vbt")
result["readonly file, reading"] = cause(folder / "p.vbt", readonly=True)
os.chmod(folder / "p.vbt", 0o000)
result["unreadable file"] = cause(folder / "p.vbt", readonly=True)
os.chmod(folder / "p.vbt", 0o644)
os.chmod(folder, 0o555)
result["readonly folder"] = cause(folder / "p.vbt")
result["readonly folder, reading"] = cause(folder / "p.vbt", readonly=True)
os.chmod(folder, 0o755)
print(json.dumps(result))
"""


def test_store_errors_file_and_folder_permissions():
    """chmod'ed file and folder, as an ordinary user (root ignores permissions: then as ``nobody``)."""
    import json
    import sys
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="verbatim-perm-"))  # outside pytest's private tmp (mode 700)
    command = [sys.executable, "-c", _PERMISSIONS_SCRIPT, str(folder)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        os.chmod(folder, 0o777)
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(command, cwd=root, env={**os.environ, "PYTHONPATH": str(root),
                                                   "VERBATIM_CACHE_DIR": str(folder)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["readonly file"][0] == "readonly" and "permissions forbid writing" in result["readonly file"][1]
    assert result["readonly file, reading"] == "opened"
    assert result["unreadable file"][0] == "io" and "permission denied" in result["unreadable file"][1]
    assert result["readonly folder"][0] == "readonly" and "folder of p.vbt is read-only" in result["readonly folder"][1]
    assert result["readonly folder, reading"] == "opened"
    shutil.rmtree(folder, ignore_errors=True)
