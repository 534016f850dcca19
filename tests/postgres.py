"""A real, throw-away PostgreSQL server for tests (Debian's package, started on demand)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass


def _binaries() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """One server in a temporary directory, owned by the ``postgres`` user when we are root."""

    bindir: str
    directory: str
    port: int

    @classmethod
    def available(cls) -> bool:
        """Whether the server binaries are installed."""
        return _binaries() is not None

    @classmethod
    def start(cls) -> PostgresServer:
        """initdb, then pg_ctl start on a free port; waits until it accepts connections."""
        bindir = _binaries()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/install-system-deps)")
        directory = tempfile.mkdtemp(prefix="hamdel-pg-")
        os.chmod(directory, 0o755)
        server = cls(bindir, directory, _free_port())
        if os.geteuid() == 0:
            shutil.chown(directory, "postgres", "postgres")
        server._run("initdb", "-D", server.data, "-U", "postgres", "-A", "trust", "--no-sync")
        server._run(
            "pg_ctl",
            "-D",
            server.data,
            "-l",
            f"{directory}/log",
            "-w",
            "-t",
            "60",
            "start",
            "-o",
            f"-p {server.port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off",
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready = subprocess.run(
                [f"{bindir}/pg_isready", "-h", "127.0.0.1", "-p", str(server.port)],
                capture_output=True,
            )
            if ready.returncode == 0:
                return server
            time.sleep(0.2)
        raise RuntimeError("PostgreSQL did not start")

    @property
    def data(self) -> str:
        return f"{self.directory}/data"

    def _run(self, tool: str, *args: str) -> None:
        command = [f"{self.bindir}/{tool}", *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def create_database(self, name: str) -> str:
        """A new empty database; its SQLAlchemy async URL."""
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        """Stop the server and remove its files."""
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.directory, ignore_errors=True)
