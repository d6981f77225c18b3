"""The project file: creation, reopening, locking, migrations with backups, bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.errors import ProjectError, ProjectLockedError
from corpus.store.migrations import APPLICATION_ID, CURRENT_VERSION, read_version
from corpus.store.project import Project

REPO = Path(__file__).resolve().parents[2]


def test_project_create_sets_version_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "p.vbt"
    with Project.create(path) as project, project.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert read_version(path) == (CURRENT_VERSION, APPLICATION_ID)
    assert not Path(str(path) + ".lock").exists()


def test_project_settings_survive_reopening(tmp_path):
    path = tmp_path / "p.vbt"
    with Project.create(path) as project:
        project.set_setting("title", "Entretiens « santé »")
    with Project.open(path) as project:
        assert project.setting("title") == "Entretiens « santé »"
        assert project.setting("missing", "x") == "x"


def test_project_create_refuses_existing_file(tmp_path):
    path = tmp_path / "p.vbt"
    Project.create(path).close()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)


def test_project_second_writer_in_same_process_is_refused(tmp_path):
    path = tmp_path / "p.vbt"
    with Project.create(path), pytest.raises(ProjectLockedError, match="already open"):
        Project.open(path)
    Project.open(path).close()  # released once closed


def test_project_second_process_gets_clear_refusal(tmp_path):
    path = tmp_path / "p.vbt"
    with Project.create(path):
        code = (
            f"import sys; sys.path.insert(0, {str(REPO)!r})\n"
            "from corpus.store.project import Project\n"
            "from corpus.errors import ProjectLockedError\n"
            f"try:\n    Project.open({str(path)!r})\nexcept ProjectLockedError as e:\n    print(e); sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "already open in another Verbatim window" in result.stdout


def test_project_open_rejects_non_project_files(tmp_path):
    text = tmp_path / "notes.vbt"
    text.write_text("bonjour")
    with pytest.raises(ProjectError, match="not a Verbatim project"):
        Project.open(text)
    other = tmp_path / "other.vbt"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="not a Verbatim project"):
        Project.open(other)
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "absent.vbt")


def test_project_from_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "p.vbt"
    Project.create(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={CURRENT_VERSION + 5}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer Verbatim"):
        Project.open(path)
    assert path.read_bytes() == before


V1_DDL = """
CREATE TABLE settings (key VARCHAR NOT NULL PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
 text TEXT NOT NULL, sha256 VARCHAR NOT NULL, text_sha256 VARCHAR NOT NULL, source_name VARCHAR NOT NULL,
 source_format VARCHAR NOT NULL, imported_at VARCHAR NOT NULL, position INTEGER NOT NULL,
 characters INTEGER NOT NULL, words INTEGER NOT NULL);
INSERT INTO documents VALUES (1, 'Entretien 1', 'transcript', 'Élise : bonjour', 'a', 'b', 'e1.txt', 'txt',
 '2026-01-01', 1, 15, 2);
INSERT INTO settings VALUES ('title', 'Ancien projet');
"""


def test_project_v1_is_upgraded_after_backup(tmp_path):
    path = tmp_path / "old.vbt"
    con = sqlite3.connect(path)
    con.executescript(V1_DDL)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    with Project.open(path) as project:
        backup = project.backup_made
        assert project.setting("title") == "Ancien projet"
        with project.engine.connect() as c:
            tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"annotation_cache", "analyses"} <= tables
    assert backup is not None and backup.exists() and "backup-v1" in backup.name
    assert read_version(backup)[0] == 1
    assert read_version(path)[0] == CURRENT_VERSION
