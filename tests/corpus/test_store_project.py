"""The project file: creation, reopening, locking, migrations with backups, bad files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy.exc

from corpus.attributes import AttributeService
from corpus.cases import CaseService
from corpus.documents import CorpusService
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


# The complete schema 1, as its models created it (schema 2 only added annotation_cache and analyses).
V1_SCHEMA = """
CREATE TABLE settings ("key" VARCHAR NOT NULL, value TEXT NOT NULL, PRIMARY KEY ("key"));
CREATE TABLE documents (id INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, text TEXT NOT NULL,
 sha256 VARCHAR NOT NULL, text_sha256 VARCHAR NOT NULL, source_name VARCHAR NOT NULL,
 source_format VARCHAR NOT NULL, imported_at VARCHAR NOT NULL, position INTEGER NOT NULL,
 characters INTEGER NOT NULL, words INTEGER NOT NULL, PRIMARY KEY (id));
CREATE INDEX ix_documents_sha256 ON documents (sha256);
CREATE INDEX ix_documents_text_sha256 ON documents (text_sha256);
CREATE TABLE cases (id INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
 interviewer BOOLEAN NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (id), UNIQUE (name));
CREATE TABLE attributes (id INTEGER NOT NULL, name VARCHAR NOT NULL, scope VARCHAR NOT NULL,
 value_type VARCHAR NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (id), UNIQUE (name, scope));
CREATE TABLE coders (id INTEGER NOT NULL, name VARCHAR NOT NULL, created VARCHAR NOT NULL, PRIMARY KEY (id),
 UNIQUE (name));
CREATE TABLE codes (id INTEGER NOT NULL, parent_id INTEGER, name VARCHAR NOT NULL, color VARCHAR NOT NULL,
 position INTEGER NOT NULL, description TEXT NOT NULL, created VARCHAR NOT NULL, guid VARCHAR, PRIMARY KEY (id),
 FOREIGN KEY(parent_id) REFERENCES codes (id) ON DELETE CASCADE);
CREATE INDEX ix_codes_parent_id ON codes (parent_id);
CREATE TABLE sections (id INTEGER NOT NULL, document_id INTEGER NOT NULL, "offset" INTEGER NOT NULL,
 label VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE);
CREATE INDEX ix_sections_document_id ON sections (document_id);
CREATE TABLE case_members (group_id INTEGER NOT NULL, case_id INTEGER NOT NULL, PRIMARY KEY (group_id, case_id),
 FOREIGN KEY(group_id) REFERENCES cases (id) ON DELETE CASCADE,
 FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE);
CREATE TABLE turns (id INTEGER NOT NULL, document_id INTEGER NOT NULL, start INTEGER NOT NULL,
 "end" INTEGER NOT NULL, content_start INTEGER NOT NULL, case_id INTEGER, label VARCHAR, timestamp FLOAT,
 PRIMARY KEY (id), FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
 FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE SET NULL);
CREATE INDEX ix_turns_document_start ON turns (document_id, start);
CREATE INDEX ix_turns_case_id ON turns (case_id);
CREATE TABLE attribute_values (id INTEGER NOT NULL, attribute_id INTEGER NOT NULL, document_id INTEGER,
 case_id INTEGER, value TEXT NOT NULL, PRIMARY KEY (id), UNIQUE (attribute_id, document_id),
 UNIQUE (attribute_id, case_id), FOREIGN KEY(attribute_id) REFERENCES attributes (id) ON DELETE CASCADE,
 FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
 FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE);
CREATE INDEX ix_attribute_values_case_id ON attribute_values (case_id);
CREATE INDEX ix_attribute_values_document_id ON attribute_values (document_id);
CREATE TABLE codings (id INTEGER NOT NULL, code_id INTEGER NOT NULL, document_id INTEGER NOT NULL,
 start INTEGER NOT NULL, "end" INTEGER NOT NULL, snippet TEXT NOT NULL, coder_id INTEGER,
 created VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(code_id) REFERENCES codes (id) ON DELETE CASCADE,
 FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE,
 FOREIGN KEY(coder_id) REFERENCES coders (id) ON DELETE SET NULL);
CREATE INDEX ix_codings_document_start ON codings (document_id, start);
CREATE INDEX ix_codings_code_id ON codings (code_id);
CREATE INDEX ix_codings_coder_id ON codings (coder_id);
CREATE TABLE memos (id INTEGER NOT NULL, target_kind VARCHAR NOT NULL, target_id INTEGER NOT NULL,
 text TEXT NOT NULL, coder_id INTEGER, updated VARCHAR NOT NULL, PRIMARY KEY (id),
 UNIQUE (target_kind, target_id), FOREIGN KEY(coder_id) REFERENCES coders (id) ON DELETE SET NULL);
"""
V1_DATA = """
INSERT INTO settings VALUES ('title', 'Ancien projet');
INSERT INTO documents VALUES (1, 'Entretien 1', 'transcript', 'Élise : bonjour', 'a', 'b', 'e1.txt', 'txt',
 '2026-01-01', 1, 15, 2);
INSERT INTO documents VALUES (2, 'Entretien 2', 'transcript', 'Paul : salut', 'c', 'd', 'e2.txt', 'txt',
 '2026-01-01', 2, 12, 2);
INSERT INTO cases VALUES (1, 'Élise', 'participant', 0, 1);
INSERT INTO attributes VALUES (1, 'lieu', 'document', 'text', 1), (2, 'âge', 'case', 'text', 2);
INSERT INTO attribute_values VALUES (1, 1, 1, NULL, 'Paris'), (2, 1, 2, NULL, 'Brest'), (3, 2, NULL, 1, '34');
"""


def _v1_project(path: Path) -> Path:
    """A schema-1 project file with two documents, a case and three attribute values."""
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA + V1_DATA)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("PRAGMA user_version=1")
    con.commit()
    con.close()
    return path


def test_project_v1_is_upgraded_after_backup(tmp_path):
    path = _v1_project(tmp_path / "old.vbt")
    with Project.open(path) as project:
        backup = project.backup_made
        assert project.setting("title") == "Ancien projet"
        with project.engine.connect() as c:
            tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert AttributeService(project).values("document") == {1: {"lieu": "Paris"}, 2: {"lieu": "Brest"}}
        assert AttributeService(project).values("case") == {1: {"âge": "34"}}
    assert {"annotation_cache", "analyses"} <= tables and "attribute_values_v2" not in tables
    assert backup is not None and backup.exists() and "backup-v1" in backup.name
    assert read_version(backup)[0] == 1
    assert read_version(path)[0] == CURRENT_VERSION


def _normalised(sql: str | None) -> str | None:
    """SQL text up to whitespace (the upgrade writes its DDL by hand, SQLAlchemy lays it out with tabs)."""
    return None if sql is None else " ".join(sql.replace("(", " ( ").replace(")", " ) ").split())


def _schema(path: Path) -> dict[str, object]:
    """Every object of ``sqlite_master`` (table order aside), with each table's columns, foreign keys and
    indexes as SQLite reports them."""
    con = sqlite3.connect(path)
    try:
        master = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        schema: dict[str, object] = {"objects": sorted((t, n, tb) for t, n, tb, _ in master)}
        for kind, name, _table, sql in master:
            schema[f"sql {name}"] = _normalised(sql)
            if kind == "table":
                schema[f"columns {name}"] = con.execute(f"PRAGMA table_xinfo('{name}')").fetchall()
                schema[f"fks {name}"] = sorted(con.execute(f"PRAGMA foreign_key_list('{name}')").fetchall())
                schema[f"indexes {name}"] = sorted(
                    (row[1], row[2], row[3], row[4], tuple(c[2] for c in con.execute(f"PRAGMA index_info('{row[1]}')")))
                    for row in con.execute(f"PRAGMA index_list('{name}')")
                )
        return schema
    finally:
        con.close()


# Schema 2 created these two tables with a shorter spelling than SQLAlchemy's (``x ... PRIMARY KEY``
# inline): the same columns, keys and indexes (compared below), another text.
_SPELLED_DIFFERENTLY_SINCE_V2 = {"sql annotation_cache", "sql analyses"}


def test_project_fresh_and_upgraded_v1_have_the_same_schema(tmp_path):
    Project.create(tmp_path / "fresh.vbt").close()
    Project.open(_v1_project(tmp_path / "old.vbt")).close()
    fresh, upgraded = _schema(tmp_path / "fresh.vbt"), _schema(tmp_path / "old.vbt")
    assert fresh.keys() == upgraded.keys()
    differing = {key for key in fresh if fresh[key] != upgraded[key]}
    assert differing == _SPELLED_DIFFERENTLY_SINCE_V2, {k: (fresh[k], upgraded[k]) for k in differing}
    assert fresh["indexes attribute_values"] == [
        ("ux_attribute_values_case", 1, "c", 1, ("case_id", "attribute_id")),
        ("ux_attribute_values_document", 1, "c", 1, ("document_id", "attribute_id")),
    ]
    assert fresh["indexes documents"] == []


def test_project_attribute_value_indexes_serve_lookups_and_cascades(tmp_path):
    with Project.open(_v1_project(tmp_path / "old.vbt")) as project, project.engine.connect() as con:
        plans = {
            sql: " ".join(row[-1] for row in con.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in ("SELECT value FROM attribute_values WHERE document_id = 1",
                        "SELECT value FROM attribute_values WHERE attribute_id = 2 AND case_id = 1",
                        "DELETE FROM attribute_values WHERE document_id = 1")
        }
        assert all("ux_attribute_values_" in plan for plan in plans.values()), plans
    with Project.open(tmp_path / "old.vbt") as project:
        CorpusService(project).delete_documents([1])
        assert AttributeService(project).values("document") == {2: {"lieu": "Brest"}}
        CaseService(project).delete(1)
        assert AttributeService(project).values("case") == {}
        with pytest.raises(sqlalchemy.exc.IntegrityError), project.transaction() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO attribute_values (attribute_id, document_id, value) VALUES (1, 2, 'again')")
