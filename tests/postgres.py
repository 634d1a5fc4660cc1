"""A real PostgreSQL 15 server for the tests, in a temporary data directory.

It listens on a unix socket in its own folder only (no TCP port to collide with anything),
trusts local connections, and runs without fsync (the data is thrown away). As root it runs as
the `postgres` user: `initdb` refuses root. Each test gets a fresh schema of its own
(`postgres_url`), so tests never see each other's state. The tests that need it skip, saying
why, only when the server's binaries are not installed.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN = Path(os.environ.get("WATCHER_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
PORT = 5432  # names the socket file only: the server listens on no TCP port


class PostgresServer:
    """A throwaway server; `url(schema)` reaches one schema of its `postgres` database."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self._schemas = itertools.count(1)

    def _run(self, *args: str) -> None:
        runner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run(  # from a folder the postgres user can read, whatever the checkout
            [*runner, *args], check=True, capture_output=True, timeout=120, cwd=self.root
        )

    def init(self) -> None:
        self._run(
            str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--no-sync", "--no-instructions",
        )  # fmt: skip

    def start(self) -> None:
        settings = (
            f"-k {self.root} -p {PORT} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(BIN / "pg_ctl"), "-D", str(self.data), "-o", settings,
            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, schema: str | None = None) -> str:
        base = f"postgresql://postgres@/postgres?host={self.root}&port={PORT}"
        return base + (f"&options=-csearch_path%3D{schema}" if schema else "")

    def new_schema(self) -> str:
        """A fresh, empty schema's URL."""
        import psycopg  # noqa: PLC0415 - only tests that use the server need it

        name = f"t{next(self._schemas)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run."""
    if not (BIN / "initdb").is_file():
        pytest.skip(f"PostgreSQL 15 is not installed ({BIN}/initdb is missing)")
    root = Path(tempfile.mkdtemp(prefix="watcher-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    server = PostgresServer(root)
    server.init()
    server.start()
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh schema of the test server, as a state URL."""
    return postgres_server.new_schema()


@pytest.fixture(params=["sqlite", "postgresql"])
def state_at(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a test's state lives, once in an SQLite file and once in PostgreSQL."""
    if request.param == "sqlite":
        return tmp_path / "state.db"
    return str(request.getfixturevalue("postgres_url"))


def state_url(state: Path | str) -> str:
    """`state_at` as the `state_url` setting."""
    return state if isinstance(state, str) else f"sqlite:///{state}"
