"""Live updates of a server project: triggers send ``NOTIFY`` on every change, a listener receives them.

Each change to codings, codes, memos, documents, cases or coders sends a notification on the channel
``verbatim_changes`` with the table, the operation, the row id, the login role and the
``application_name`` of the connection that made it (so a client can skip its own changes).
PostgreSQL delivers notifications only when the transaction commits, in commit order.

Conflicting edits follow the database: the last committed write wins (two renames of one code: the
later one stays); the listener reports remote renames so the GUI can say so.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.engine.url import URL

CHANNEL = "verbatim_changes"
WATCHED = ("codings", "codes", "memos", "documents", "cases", "coders")
KINDS = {"codings": "codings", "codes": "codes", "memos": "memos", "documents": "documents", "cases": "cases",
         "coders": "codings"}  # the controller's ``changed`` kinds

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION verbatim_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_id integer;
BEGIN
  IF TG_OP = 'DELETE' THEN row_id := OLD.id; ELSE row_id := NEW.id; END IF;
  PERFORM pg_notify('{CHANNEL}', json_build_object(
    'table', TG_TABLE_NAME, 'op', TG_OP, 'id', row_id, 'by', session_user,
    'app', current_setting('application_name'))::text);
  RETURN NULL;
END $$"""


@dataclass(frozen=True)
class Change:
    """One committed change made by another client."""

    table: str
    op: str  # INSERT | UPDATE | DELETE
    row_id: int
    by: str  # the login role that made it
    app: str  # the application_name of its connection

    @property
    def kind(self) -> str:
        """The controller's kind of change (codings, codes, memos, documents, cases)."""
        return KINDS.get(self.table, "project")


def install_notify(con: Connection) -> None:
    """Create (or replace) the notify function and one trigger per watched table."""
    con.execute(text(_FUNCTION))
    for table in WATCHED:
        con.execute(text(f"DROP TRIGGER IF EXISTS verbatim_notify ON {table}"))
        con.execute(text(f"CREATE TRIGGER verbatim_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                         "FOR EACH ROW EXECUTE FUNCTION verbatim_notify()"))


def parse(payload: str) -> Change | None:
    """The :class:`Change` of a notification payload, or None when it is not one of ours."""
    try:
        data = json.loads(payload)
        return Change(str(data["table"]), str(data["op"]), int(data["id"]), str(data["by"]), str(data.get("app", "")))
    except (ValueError, KeyError, TypeError):
        return None


class Listener:
    """Receive the changes of one server project on a connection of its own, reconnecting after a
    server restart (with growing pauses, up to ``max_pause`` seconds).

    ``ignore_app`` skips the changes made by connections with that ``application_name`` (the client's own).
    """

    def __init__(self, url: URL, ignore_app: str = "", max_pause: float = 5.0):
        self.url = url
        self.ignore_app = ignore_app
        self.max_pause = max_pause
        self.connected = False
        self._con = None
        self._stopped = False

    def _connect(self) -> None:
        import psycopg

        self._con = psycopg.connect(
            host=self.url.host, port=self.url.port, dbname=self.url.database, user=self.url.username,
            password=self.url.password, autocommit=True, connect_timeout=5, application_name="verbatim-listener")
        self._con.execute(f"LISTEN {CHANNEL}")
        self.connected = True

    def changes(self, timeout: float = 0.5) -> Iterator[Change | None]:
        """Yield changes as they come; ``None`` every ``timeout`` seconds without one (a chance to stop),
        and once after each reconnection (a missed change may have happened: reload everything)."""
        import psycopg

        pause = 0.2
        while not self._stopped:
            try:
                if self._con is None:
                    self._connect()
                    pause = 0.2
                    yield None
                for notice in self._con.notifies(timeout=timeout):
                    change = parse(notice.payload)
                    if change is not None and change.app != self.ignore_app:
                        yield change
                yield None
            except psycopg.OperationalError:
                self.connected = False
                self._drop()
                yield None
                time.sleep(pause)
                pause = min(self.max_pause, pause * 2)

    def stop(self) -> None:
        """Stop the generator at its next pause and close the connection."""
        self._stopped = True

    def close(self) -> None:
        """Close the connection (from the thread that iterates)."""
        self._drop()

    def _drop(self) -> None:
        if self._con is not None:
            try:
                self._con.close()
            finally:
                self._con = None
