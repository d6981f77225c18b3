"""A throwaway PostgreSQL cluster for benchmarks: ``initdb`` + ``pg_ctl`` in a temporary folder on 127.0.0.1.

Under root the cluster runs as the ``postgres`` system user (PostgreSQL refuses root). Debian's
``postgresql`` package provides the binaries (``/usr/lib/postgresql/<version>/bin``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "verbatim_admin"
PASSWORD = "bench-secret"


def binary(name: str) -> str:
    """The path of a PostgreSQL program, or "" when PostgreSQL is not installed."""
    found = shutil.which(name)
    if found:
        return found
    for version in sorted(Path("/usr/lib/postgresql").glob("*"), reverse=True):
        if (version / "bin" / name).exists():
            return str(version / "bin" / name)
    return ""


class ThrowawayCluster:
    """Start with :meth:`start`, reach with :meth:`url`, remove with :meth:`stop`."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="verbatim-bench-pg-"))
        self.run_as: list[str] = []
        self.port = 0

    def start(self) -> ThrowawayCluster:
        """Create and start the cluster; return self."""
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD)
        if self.run_as:
            os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
        subprocess.run([*self.run_as, binary("initdb"), "-D", str(self.folder / "data"), "-U", SUPERUSER,
                        "--pwfile", str(pwfile), "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                        "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        with (self.folder / "data" / "postgresql.conf").open("a") as conf:
            conf.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.folder}'\nmax_connections = 100\n")
        self._pg_ctl("start")
        return self

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = PASSWORD) -> str:
        """A ``postgresql://`` URL on this cluster."""
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self._pg_ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run([*self.run_as, binary("pg_ctl"), "-D", str(self.folder / "data"), "-l",
                        str(self.folder / "server.log"), "-w", "-t", "60", *args], check=True, capture_output=True)
