"""Who may do what in a server project, enforced by PostgreSQL itself (grants and row-level security).

Accounts are PostgreSQL login roles. Each project database has two group roles:

* ``<database>_lead`` — the codebook, the documents, the cases, the members: may change every table;
* ``<database>_coder`` — may read everything, and add, change or delete only *their own* codings and
  memos (rows whose ``coder_id`` is the coder named like their login role), plus the lexical caches.

Only members (and the owner) may connect: ``CONNECT`` is revoked from ``PUBLIC``. Since the rules live in
the database, a coder connecting with ``psql`` is held to them as much as one using Verbatim. The owner
of the tables (who ran :func:`enable_team`) and superusers bypass row-level security, as PostgreSQL
always lets them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from corpus.errors import ProjectError
from corpus.messages import msg

ROLES = ("lead", "coder")
OWN_ROWS = ("codings", "memos")  # a coder writes only rows of these tables with their own coder_id
CODER_WRITES = ("annotation_cache", "analyses")  # shared caches any member may fill
_CURRENT_CODER = (
    "CREATE OR REPLACE FUNCTION verbatim_coder_id() RETURNS integer LANGUAGE sql STABLE "
    "AS $$ SELECT id FROM coders WHERE name = session_user $$"
)


@dataclass(frozen=True)
class Member:
    """A login role that belongs to the project, with its project role (``lead`` or ``coder``)."""

    name: str
    role: str


def group_role(database: str, role: str) -> str:
    """The name of the group role ``role`` (lead|coder) of the project ``database``."""
    if role not in ROLES:
        raise ProjectError(msg("Unknown role {role}: use lead or coder.", role=role))
    return f"{database}_{role}"[:63]


def _q(con: Connection, name: str) -> str:
    return con.dialect.identifier_preparer.quote_identifier(name)


def enable_team(con: Connection, database: str) -> None:
    """Create the project's group roles, grants and row-level security policies (idempotent).

    Run by the owner of the project's tables (whoever pushed or created the project), who needs the
    CREATEROLE right."""
    lead, coder = (_q(con, group_role(database, r)) for r in ROLES)
    for role in (lead, coder):
        con.execute(text(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"))
    db = _q(con, database)
    con.execute(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    con.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {lead}, {coder}"))
    con.execute(text(f"GRANT USAGE ON SCHEMA public TO {lead}, {coder}"))
    con.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {lead}"))
    con.execute(text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {lead}"))
    con.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {coder}"))
    for table in (*OWN_ROWS, *CODER_WRITES):
        con.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {coder}"))
    con.execute(text(f"GRANT INSERT ON coders TO {coder}"))
    for table in (*OWN_ROWS, "coders", "analyses"):
        con.execute(text(f"GRANT USAGE, SELECT ON SEQUENCE {table}_id_seq TO {coder}"))
    con.execute(text(_CURRENT_CODER))
    _policies(con, lead, coder)


def _policies(con: Connection, lead: str, coder: str) -> None:
    """Row-level security: everyone reads; a lead writes all rows; a coder only their own."""
    for table in (*OWN_ROWS, "coders"):
        con.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for policy in ("read", "lead", "own", "self"):
            con.execute(text(f"DROP POLICY IF EXISTS verbatim_{policy} ON {table}"))
        con.execute(text(f"CREATE POLICY verbatim_read ON {table} FOR SELECT USING (true)"))
        con.execute(text(f"CREATE POLICY verbatim_lead ON {table} FOR ALL TO {lead} USING (true) WITH CHECK (true)"))
    for table in OWN_ROWS:
        own = "coder_id = verbatim_coder_id()"
        con.execute(text(f"CREATE POLICY verbatim_own ON {table} FOR ALL TO {coder} USING ({own}) WITH CHECK ({own})"))
    con.execute(text(f"CREATE POLICY verbatim_self ON coders FOR INSERT TO {coder} WITH CHECK (name = session_user)"))


def add_member(con: Connection, database: str, name: str, role: str, password: str | None = None) -> None:
    """Make the login role ``name`` a ``role`` of the project, creating it (with ``password``) if needed;
    a member changing role leaves the other group."""
    target = _q(con, group_role(database, role))
    other = _q(con, group_role(database, "coder" if role == "lead" else "lead"))
    user = _q(con, name)
    exists = con.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
    if not exists:
        if not password:
            raise ProjectError(msg("{name} has no account on the server yet: give a password to create it.",
                                   name=name))
        con.execute(text(f"CREATE ROLE {user} LOGIN PASSWORD {_literal(password)}"))
    con.execute(text(f"REVOKE {other} FROM {user}"))
    con.execute(text(f"GRANT {target} TO {user}"))


def remove_member(con: Connection, database: str, name: str) -> None:
    """Take the login role ``name`` out of the project (the account itself stays on the server)."""
    user = _q(con, name)
    for role in ROLES:
        con.execute(text(f"REVOKE {_q(con, group_role(database, role))} FROM {user}"))


def members(con: Connection, database: str) -> list[Member]:
    """The project's members, leads first, by name."""
    rows = con.execute(text(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN (:lead, :coder) ORDER BY g.rolname DESC, m.rolname"),
        {"lead": group_role(database, "lead"), "coder": group_role(database, "coder")})
    return [Member(member, group.rsplit("_", 1)[1]) for member, group in rows]


def _literal(value: str) -> str:
    """A SQL string literal (``CREATE ROLE ... PASSWORD`` takes no bound parameter)."""
    return "'" + value.replace("'", "''") + "'"

