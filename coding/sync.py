"""Team projects offline and back: push a ``.vbt`` file to a server, pull an offline copy, sync it back.

* :func:`push` creates a server project (a PostgreSQL database) holding every row of a project file.
* :func:`pull` writes an offline ``.vbt`` copy of a server project (atomically) and remembers, in the
  copy's settings, the server address (never the password) and the time of the pull.
* :func:`sync` sends back what was done offline, then brings the others' work down, with the merge rules of
  :mod:`coding.merge` in both directions: documents by text, codes by path, coders by name; a coding is
  added unless the same code, passage and coder is already there; memos that differ are kept together.
  Merging only adds: a coding deleted on one side is not deleted on the other (it is reported), and a code
  renamed on one side arrives on the other as a new code next to the old one (reported as a conflict).

The password comes from the URL, else from libpq's usual places (``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select, update

from coding.codebook import tree_order
from coding.merge import MergeReport, merge_project
from corpus.atomic import atomic_write
from corpus.errors import FileWriteError, ProjectError, StoreError
from corpus.messages import Message, msg, msgn, render
from corpus.store.models import CodeRow, CodingRow, MemoRow, SettingRow
from corpus.store.postgres import is_server_url, safe_url
from corpus.store.postgres_copy import Progress, copy_project
from corpus.store.project import Project, now_iso

SERVER_SETTING = "team.server"
PULLED_SETTING = "team.pulled_at"
SYNCED_SETTING = "team.synced_at"
BASE_CODINGS_SETTING = "team.base_codings"  # the coding ids the offline copy had when pulled or last synced


def push(file: str | Path, url: str, progress: Progress | None = None) -> dict[str, int]:
    """Create the server project ``url`` from the project file ``file``; return the rows copied per table."""
    if not is_server_url(url):
        raise ProjectError(msg("{url} is not a server address (postgresql://user@host:port/database).", url=url))
    with Project.open(file, readonly=True) as source, source.transaction() as read:
        server = Project.create(url)
        try:
            with server.transaction() as write:
                write.execute(delete(SettingRow))  # the file's settings replace those of the new database
                counts = copy_project(read, write, progress)
                _give_guids(write)
        except BaseException:
            server.close()
            raise
    server.close()
    return counts


def pull(url: str, file: str | Path, *, overwrite: bool = False, progress: Progress | None = None) -> dict[str, int]:
    """Write an offline copy of the server project ``url`` to ``file`` (never half a file); return the rows
    copied per table."""
    target = Path(file)
    if target.exists() and not overwrite:
        raise StoreError(msg("{name} already exists.", name=target.name), "exists")
    counts: dict[str, int] = {}

    def write(tmp: Path) -> None:
        with Project.open(url, readonly=True) as server, server.transaction() as read:
            offline = Project.create(tmp, overwrite=True)
            try:
                with offline.transaction() as session:
                    session.execute(delete(SettingRow))
                    counts.update(copy_project(read, session, progress))
                offline.set_setting(SERVER_SETTING, safe_url(url))
                offline.set_setting(PULLED_SETTING, now_iso())
                _remember_codings(offline)
            finally:
                offline.close()

    try:
        atomic_write(target, write)
    except FileWriteError as exc:
        if isinstance(exc.__cause__, ProjectError):
            raise exc.__cause__ from None
        raise
    return counts


@dataclass
class SyncReport:
    """What a sync did: the merge up (offline -> server), the merge down, and the conflicts met."""

    server: str
    sent: MergeReport
    received: MergeReport
    conflicts: list[Message] = field(default_factory=list)

    def render(self) -> str:
        """A short text summary for the CLI."""
        lines = [render(msg("Sent to {server}:", server=self.server)), self.sent.render(),
                 render(msg("Received from the server:")), self.received.render()]
        if self.conflicts:
            lines.append(render(msgn("{n} conflict:", "{n} conflicts:", n=len(self.conflicts))))
            lines.extend(f"  - {render(conflict)}" for conflict in self.conflicts)
        else:
            lines.append(render(msg("No conflict.")))
        return "\n".join(lines)


def sync(file: str | Path, url: str | None = None) -> SyncReport:
    """Merge the offline copy ``file`` into its server project and the server project back into it.

    ``url`` defaults to the server the copy was pulled from (its password from libpq's usual places)."""
    file = Path(file)
    with Project.open(file) as offline:
        url = url or offline.setting(SERVER_SETTING)
        if not url:
            raise ProjectError(msg("{name} was not pulled from a server: give the server address.", name=file.name))
        deleted = _deleted_offline(offline)
        server = Project.open(url)
        try:
            with offline.transaction() as session:
                _give_guids(session)  # codes made offline: their identity follows them to the server
            conflicts = _conflicts(offline, server, deleted)
            sent = merge_project(server, offline.location)
            received = merge_project(offline, server.location)
        finally:
            server.close()
        offline.set_setting(SYNCED_SETTING, now_iso())
        _remember_codings(offline)
    return SyncReport(safe_url(url), sent, received, conflicts)


def _give_guids(session) -> None:  # noqa: ANN001 - a Session
    """Give every code without one a GUID: a code renamed on one side is then recognised on the other."""
    for code_id in session.scalars(select(CodeRow.id).where(CodeRow.guid.is_(None))).all():
        session.execute(update(CodeRow).where(CodeRow.id == code_id).values(guid=str(uuid.uuid4())))


def _remember_codings(project: Project) -> None:
    with project.transaction() as session:
        ids = session.scalars(select(CodingRow.id).order_by(CodingRow.id)).all()
    project.set_setting(BASE_CODINGS_SETTING, ",".join(map(str, ids)))


def _deleted_offline(offline: Project) -> int:
    """How many codings the offline copy had at its last pull or sync and no longer has."""
    base = {int(i) for i in offline.setting(BASE_CODINGS_SETTING).split(",") if i}
    with offline.transaction() as session:
        now = set(session.scalars(select(CodingRow.id)))
    return len(base - now)


def _conflicts(offline: Project, server: Project, deleted: int) -> list[Message]:
    """The edits the additive merge cannot reconcile, stated before it runs."""
    found: list[Message] = []
    if deleted:
        found.append(msgn("{n} coding deleted offline is kept on the server (a sync never deletes).",
                          "{n} codings deleted offline are kept on the server (a sync never deletes).", n=deleted))
    ours, theirs = _code_paths(offline), _code_paths(server)
    for guid, path in ours.items():
        other = theirs.get(guid)
        if other is not None and other != path:
            found.append(msg("Code renamed on one side: '{offline}' offline, '{server}' on the server; both are kept.",
                             offline=path, server=other))
    memos_here, memos_there = _memos(offline), _memos(server)
    for key in sorted(memos_here.keys() & memos_there.keys()):
        if memos_here[key].strip() and memos_there[key].strip() and memos_here[key].strip() != memos_there[key].strip():
            found.append(msg("Memo on {kind} {id} changed on both sides: both texts are kept, one after the other.",
                             kind=key[0], id=str(key[1])))
    return found


def _code_paths(project: Project) -> dict[str, str]:
    """Code GUID -> path, for the codes that have a GUID (all those pushed, pulled or synced)."""
    with project.transaction() as session:
        return {c.guid: c.path for c in tree_order(list(session.scalars(select(CodeRow)))) if c.guid}


def _memos(project: Project) -> dict[tuple[str, int], str]:
    with project.transaction() as session:
        return {(k, i): t for k, i, t in session.execute(select(MemoRow.target_kind, MemoRow.target_id, MemoRow.text))}
