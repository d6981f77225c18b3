"""Roles enforced by PostgreSQL: a coder connecting with plain psycopg is held to their own codings."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from coding.codebook import CodebookService
from coding.codings import CodingService
from coding.sync import push
from coding.testing import make_project, transcript
from coding.types import Span
from corpus.errors import ProjectError
from corpus.store.postgres import server_url
from corpus.store.postgres_roles import add_member, enable_team, members, remove_member
from corpus.store.project import Project

TEXT = "Alice : je travaille à Lyon depuis dix ans.\nBob : et vous aimez ce métier ?\nAlice : oui, beaucoup."


@pytest.fixture
def team_project(pg_cluster, pg_url, tmp_path):
    """A server project with lead 'lea_<db>', coders 'anne_<db>' and 'bob_<db>'; bob has one coding."""
    url = pg_url()
    database = server_url(url).database
    names = {role: f"{role}_{database}" for role in ("lea", "anne", "bob", "eve")}
    file = tmp_path / "p.vbt"
    make_project(file, [transcript("e1", TEXT)]).close()
    push(file, url)
    with Project.open(url) as admin:
        with admin.engine.begin() as con:
            enable_team(con, database)
            add_member(con, database, names["lea"], "lead", "pw-lea")
            add_member(con, database, names["anne"], "coder", "pw-anne")
            add_member(con, database, names["bob"], "coder", "pw-bob")
            con.execute(text(f'CREATE ROLE "{names["eve"]}" LOGIN PASSWORD \'pw-eve\''))
        code = CodebookService(admin).create("Travail")
        CodingService(admin).apply(code.id, [Span(1, 8, 18)], names["bob"])
    return url, database, names, code.id


def _connect(cluster, database: str, user: str, password: str) -> psycopg.Connection:
    return psycopg.connect(host=cluster.host, port=cluster.port, dbname=database, user=user, password=password,
                           autocommit=True)


def test_members_are_listed_with_their_roles(team_project, pg_cluster):
    url, database, names, _code = team_project
    with Project.open(url) as admin, admin.engine.begin() as con:
        found = {(m.name, m.role) for m in members(con, database)}
        assert found == {(names["lea"], "lead"), (names["anne"], "coder"), (names["bob"], "coder")}
        add_member(con, database, names["anne"], "lead")  # a change of role leaves the other group
        remove_member(con, database, names["bob"])
        found = {(m.name, m.role) for m in members(con, database)}
    assert found == {(names["lea"], "lead"), (names["anne"], "lead")}


def test_a_coder_cannot_touch_another_coders_codings_with_psql(team_project, pg_cluster):
    _url, database, names, code = team_project
    with _connect(pg_cluster, database, names["anne"], "pw-anne") as con:
        bob_coding = con.execute("SELECT id, coder_id FROM codings").fetchone()
        assert bob_coding is not None  # reading is allowed
        assert con.execute("UPDATE codings SET start = 0 WHERE id = %s", (bob_coding[0],)).rowcount == 0
        assert con.execute("DELETE FROM codings WHERE id = %s", (bob_coding[0],)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security refuses the row
            con.execute("INSERT INTO codings (code_id, document_id, start, \"end\", snippet, coder_id, created) "
                        "VALUES (%s, 1, 0, 5, 'Alice', %s, '')", (code, bob_coding[1]))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE codes SET name = 'Pirate'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("DELETE FROM documents")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # cannot pose as bob in the coder list
            con.execute("INSERT INTO coders (name, created) VALUES ('someone_else', '')")
    with _connect(pg_cluster, database, names["bob"], "pw-bob") as con:
        assert con.execute("SELECT start FROM codings WHERE id = %s", (bob_coding[0],)).fetchone()[0] == 8


def test_a_coder_codes_through_verbatim_but_cannot_change_the_codebook(team_project, pg_cluster):
    _url, database, names, code = team_project
    anne_url = pg_cluster.url(database, names["anne"], "pw-anne")
    with Project.open(anne_url) as project:
        made = CodingService(project).apply(code, [Span(1, 23, 27)], names["anne"])
        assert [c.snippet for c in made] == ["Lyon"]
        CodingService(project).remove([made[0].id])  # her own: allowed
        with pytest.raises(ProjectError):
            CodebookService(project).create("Interdit")
        bob_id = next(c.id for c in CodingService(project).codings() if c.coder == names["bob"])
        CodingService(project).remove([bob_id])  # not hers: row-level security leaves it in place
        assert bob_id in {c.id for c in CodingService(project).codings()}


def test_a_lead_changes_the_codebook_and_anyones_codings(team_project, pg_cluster):
    _url, database, names, code = team_project
    with Project.open(pg_cluster.url(database, names["lea"], "pw-lea")) as project:
        CodebookService(project).rename(code, "Emploi")
        CodebookService(project).create("Loisirs")
        bob_id = CodingService(project).codings()[0].id
        CodingService(project).remove([bob_id])
        assert CodingService(project).codings() == []


def test_a_non_member_cannot_open_the_project(team_project, pg_cluster):
    url, database, names, _code = team_project
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        _connect(pg_cluster, database, names["eve"], "pw-eve")
    with pytest.raises(ProjectError) as err:
        Project.open(pg_cluster.url(database, names["eve"], "pw-eve"))
    assert "no access" in str(err.value)


def test_cli_members_sets_up_roles_and_adds_coders(pg_cluster, pg_url, tmp_path, capsys, monkeypatch):
    from app.cli.main import main

    url = pg_url()
    database = server_url(url).database
    make_project(tmp_path / "p.vbt", [transcript("e1", TEXT)]).close()
    assert main(["push", str(tmp_path / "p.vbt"), url]) == 0
    monkeypatch.setenv("NEW_PW", "pw-zoe")
    assert main(["members", url, "--add", f"zoe_{database}", "--role", "coder", "--password-env", "NEW_PW"]) == 0
    assert f"zoe_{database}\tcoder" in capsys.readouterr().out
    with (_connect(pg_cluster, database, f"zoe_{database}", "pw-zoe") as con,
          pytest.raises(psycopg.errors.InsufficientPrivilege)):
        con.execute("DELETE FROM documents")
    assert main(["members", url, "--add", f"new_{database}", "--password-env", "UNSET_VAR"]) == 2
    assert "UNSET_VAR" in capsys.readouterr().err
