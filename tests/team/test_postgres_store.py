"""The project store on PostgreSQL: same schema, same services, version table, migrations with a backup."""

from __future__ import annotations

import pytest
import sqlalchemy
from sqlalchemy import inspect, text

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.documents import CorpusService
from corpus.errors import StoreError
from corpus.store import postgres
from corpus.store.migrations import CURRENT_VERSION
from corpus.store.models import Base
from corpus.store.project import Project

TEXT = "Alice : je travaille à Lyon depuis dix ans.\nBob : et vous aimez ce métier ?\nAlice : oui, beaucoup."


def test_is_server_url_tells_urls_from_paths():
    assert postgres.is_server_url("postgresql://u@localhost/db")
    assert postgres.is_server_url("postgres://localhost/db")
    assert not postgres.is_server_url("/tmp/postgresql.vbt")
    assert not postgres.is_server_url("projet.vbt")


def test_safe_url_hides_the_password():
    shown = postgres.safe_url("postgresql://anne:s3cret@127.0.0.1:5433/etude")
    assert "s3cret" not in shown and "anne" in shown and "etude" in shown


def test_create_open_and_use_services_on_a_server(pg_url):
    url = pg_url()
    project = make_project(url, [transcript("entretien 1", TEXT, {"ville": "Lyon"})])
    try:
        assert project.is_server and project.location == url
        code = CodebookService(project).create("Travail")
        doc = CorpusService(project).documents()[0]
        CodingService(project).apply(code.id, [Span(doc.id, 8, 18)], "anne")
    finally:
        project.close()
    with Project.open(url) as again:
        codings = CodingService(again).codings_in_document(doc.id)
        assert [(c.span.start, c.span.end, c.snippet, c.coder) for c in codings] == [(8, 18, "je travail", "anne")]
        assert again.setting("created")
        assert [d.name for d in CorpusService(again).documents()] == ["entretien 1"]


def test_the_server_schema_is_the_models_schema(pg_url, pg_cluster):
    url = pg_url()
    Project.create(url).close()
    engine = sqlalchemy.create_engine(postgres.server_url(url))
    try:
        tables = set(inspect(engine).get_table_names())
        indexes = {ix["name"] for ix in inspect(engine).get_indexes("attribute_values")}
        with engine.connect() as con:
            row = con.execute(text("SELECT application, version FROM verbatim_schema")).one()
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables) | {"verbatim_schema"}
    assert {"ux_attribute_values_document", "ux_attribute_values_case"} <= indexes
    assert tuple(row) == ("VBT1", CURRENT_VERSION)


def test_a_server_project_is_never_overwritten(pg_url):
    url = pg_url()
    Project.create(url).close()
    with pytest.raises(StoreError) as err:
        Project.create(url, overwrite=True)
    assert err.value.cause == "exists"


def test_a_database_that_is_not_a_project_is_refused(pg_cluster):
    with pytest.raises(StoreError) as err:
        Project.open(pg_cluster.url("postgres"))
    assert err.value.cause == "not-project"


def test_missing_database_wrong_password_and_no_server_are_one_line_errors(pg_cluster, pg_url):
    with pytest.raises(StoreError) as missing:
        Project.open(pg_url())
    assert missing.value.cause == "missing"
    with pytest.raises(StoreError) as denied:
        Project.open(pg_cluster.url("postgres", password="wrong"))
    assert denied.value.cause == "denied" and "wrong" not in str(denied.value)
    with pytest.raises(StoreError) as offline:
        Project.open(f"postgresql://u:p@127.0.0.1:{_closed_port()}/db")
    assert offline.value.cause == "offline" and "\n" not in str(offline.value)


def test_a_newer_schema_is_refused(pg_url):
    url = pg_url()
    Project.create(url).close()
    _set_version(url, CURRENT_VERSION + 1)
    with pytest.raises(StoreError) as err:
        Project.open(url)
    assert err.value.cause == "newer"


def test_migration_backs_up_then_upgrades(pg_url, monkeypatch):
    url = pg_url()
    with make_project(url, [transcript("e1", TEXT)]) as project:
        CodebookService(project).create("Ancien")
    _set_version(url, CURRENT_VERSION - 1)

    def add_column(con):
        con.execute(text("ALTER TABLE codes ADD COLUMN note VARCHAR DEFAULT ''"))

    monkeypatch.setitem(postgres.PG_MIGRATIONS, CURRENT_VERSION, add_column)
    with pytest.raises(StoreError) as err:
        Project.open(url, readonly=True)  # read-only never upgrades
    assert err.value.cause == "old"
    with Project.open(url) as project:
        backup = project.backup_made
        assert backup and backup.startswith(f"verbatim_backup_v{CURRENT_VERSION - 1}_")
    engine = sqlalchemy.create_engine(postgres.server_url(url))
    try:
        with engine.connect() as con:
            assert con.execute(text("SELECT version FROM verbatim_schema")).scalar() == CURRENT_VERSION
            assert con.execute(text(f'SELECT name FROM "{backup}".codes')).scalars().all() == ["Ancien"]
            assert "note" in {c["name"] for c in inspect(con).get_columns("codes")}
    finally:
        engine.dispose()


def test_failed_migration_leaves_the_database_unchanged(pg_url, monkeypatch):
    url = pg_url()
    Project.create(url).close()
    _set_version(url, CURRENT_VERSION - 1)

    def broken(con):
        con.execute(text("ALTER TABLE codes ADD COLUMN note VARCHAR"))
        con.execute(text("SELECT * FROM no_such_table"))

    monkeypatch.setitem(postgres.PG_MIGRATIONS, CURRENT_VERSION, broken)
    with pytest.raises(StoreError):
        Project.open(url)
    engine = sqlalchemy.create_engine(postgres.server_url(url))
    try:
        with engine.connect() as con:
            assert con.execute(text("SELECT version FROM verbatim_schema")).scalar() == CURRENT_VERSION - 1
            assert "note" not in {c["name"] for c in inspect(con).get_columns("codes")}
            assert not con.execute(text("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'verbatim_backup%'")).all()
    finally:
        engine.dispose()


def test_readonly_server_project_refuses_writes(pg_url):
    url = pg_url()
    Project.create(url).close()
    with Project.open(url, readonly=True) as project, pytest.raises(StoreError) as err:
        CodebookService(project).create("Interdit")
    assert err.value.cause == "readonly"


def _set_version(url: str, version: int) -> None:
    engine = sqlalchemy.create_engine(postgres.server_url(url))
    try:
        with engine.begin() as con:
            con.execute(text("UPDATE verbatim_schema SET version = :v"), {"v": version})
    finally:
        engine.dispose()


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
