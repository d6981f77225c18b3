"""A throwaway PostgreSQL cluster for the team tests, started by the tests themselves.

``initdb`` and ``pg_ctl`` (Debian's ``postgresql`` package) build a cluster in a temporary folder that
listens on 127.0.0.1 on a free port; it is stopped and deleted at the end of the session. PostgreSQL
refuses to run as root: under root the cluster runs as the ``postgres`` system user. The tests skip,
with a reason, when ``pg_ctl`` or psycopg is absent.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "verbatim_admin"
SUPER_PASSWORD = "admin-secret"


@dataclass
class Cluster:
    """A running test cluster: where it listens and how to reach it as the superuser."""

    host: str
    port: int
    folder: Path
    run_as: list[str]

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = SUPER_PASSWORD) -> str:
        """A ``postgresql://`` URL to ``database`` as ``user``."""
        return f"postgresql://{user}:{password}@{self.host}:{self.port}/{database}"

    def pg_ctl(self, *args: str) -> None:
        """Run ``pg_ctl`` on this cluster (``start``, ``stop``, ``restart``...)."""
        log = self.folder / "server.log"
        subprocess.run([*self.run_as, _binary("pg_ctl"), "-D", str(self.folder / "data"), "-l", str(log),
                        "-w", "-t", "60", *args], check=True, capture_output=True)


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for version in sorted(Path("/usr/lib/postgresql").glob("*"), reverse=True):
        candidate = version / "bin" / name
        if candidate.exists():
            return str(candidate)
    return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_cluster() -> Cluster:
    folder = Path(tempfile.mkdtemp(prefix="verbatim-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the test cluster")
        os.chown(folder, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    pwfile = folder / "pw"
    pwfile.write_text(SUPER_PASSWORD)
    if run_as:
        os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
    subprocess.run([*run_as, _binary("initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, "--pwfile",
                    str(pwfile), "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    port = _free_port()
    with (folder / "data" / "postgresql.conf").open("a") as conf:
        conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{folder}'\n"
                   "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 100\n")
    cluster = Cluster("127.0.0.1", port, folder, run_as)
    cluster.pg_ctl("start")
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A running throwaway PostgreSQL cluster; skip when PostgreSQL or psycopg is not installed."""
    if not _binary("pg_ctl") or not _binary("initdb"):
        pytest.skip("PostgreSQL is not installed (pg_ctl/initdb not found; apt-get install postgresql)")
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed")
    cluster = _start_cluster()
    try:
        yield cluster
    finally:
        try:
            cluster.pg_ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Callable[[], str]:
    """Return a function giving the superuser URL of a fresh, not yet existing database name."""

    def fresh() -> str:
        return pg_cluster.url(f"vbt_{uuid.uuid4().hex[:10]}")

    return fresh
