"""State files that are not (or no longer) what watcher expects: another program's database,
an empty file, a damaged, read-only or full one, and several processes creating one at once.
Real SQLite files, real `watcher` subprocesses; a full disk is a real, small filesystem."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.servers import LoopbackServer, Reply
from tests.test_cli import EXAMPLES, watcher
from tests.test_exit_codes import STORY, magnet_check
from watcher.errors import StoreError
from watcher.models import Validators
from watcher.state.migrations import MIGRATIONS, rendered
from watcher.state.store import APPLICATION_ID, open_store

NOW = datetime(2025, 6, 6, 12, 0, tzinfo=UTC)
DEMO = ("check", "--sources", str(EXAMPLES), "--now", "2025-11-06T12:00Z")


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {r[0] for r in rows}


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


# -- whose file is it --------------------------------------------------------------------


def test_new_state_file_is_marked_as_watchers(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db"):
        pass
    assert pragma(tmp_path / "s.db", "application_id") == APPLICATION_ID


def test_unrelated_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    """Another program's database given as --state is not taken for an empty state (which
    would send every old alert again): exit 2, the file named, nothing written to it."""
    other = tmp_path / "notes.db"
    sql(
        other,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes VALUES (1, 'x')",
    )
    before = other.read_bytes()
    result = watcher(*DEMO, "--state", "notes.db", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert "notes.db: not a watcher state file" in result.stderr
    assert "Traceback" not in result.stderr
    assert other.read_bytes() == before
    assert tables(other) == {"notes"}


def test_database_of_another_application_is_refused(tmp_path: Path) -> None:
    """A database stamped with another program's application_id is refused even when empty."""
    other = tmp_path / "other.db"
    sql(other, "PRAGMA application_id = 1234")
    with pytest.raises(StoreError, match=r"other\.db: not a watcher state file .*application_id"):
        open_store(other)
    assert tables(other) == set()


def test_watcher_file_from_before_the_mark_is_adopted(tmp_path: Path) -> None:
    """A state file written before watcher marked its files (application_id 0, watcher's
    tables) is taken as watcher's and marked: nothing seen is reported again."""
    first = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    sql(tmp_path / "s.db", "PRAGMA application_id = 0")  # as every file written before
    again = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "0 new articles" in again.stdout
    assert pragma(tmp_path / "s.db", "application_id") == APPLICATION_ID


def test_older_unmarked_schema_is_adopted_and_migrated(tmp_path: Path) -> None:
    """An unmarked file at an older schema version (3) is migrated forward and marked."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(rendered("sqlite")[:3], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute("INSERT INTO seen_articles VALUES ('a', 'x', '2025-01-01', '2025-01-01')")
    conn.close()
    with open_store(path) as store:
        assert store.unseen("a", ["x", "y"]) == {"y"}
    assert pragma(path, "user_version") == len(MIGRATIONS)
    assert pragma(path, "application_id") == APPLICATION_ID


def test_zero_byte_file_is_a_new_state_with_a_warning(tmp_path: Path) -> None:
    """An empty file (`touch watcher.db`) holds nothing to lose: it becomes a new state, and
    the user is told, since an emptied file may also mean a lost one."""
    (tmp_path / "s.db").touch()
    result = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "state_file_empty" in result.stderr
    assert "s.db" in result.stderr
    assert "7 new articles" in result.stdout
    assert pragma(tmp_path / "s.db", "application_id") == APPLICATION_ID


# -- damaged, read-only, full ------------------------------------------------------------


def test_dropped_table_is_a_clear_error(tmp_path: Path) -> None:
    first = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    sql(tmp_path / "s.db", "DROP TABLE seen_articles")
    result = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert "s.db: the state file is damaged: table seen_articles is missing" in result.stderr


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` read-only for this user. chmod does not stop root, so as root the file is
    made immutable (chattr +i), which stops every user; skip where neither is possible."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield
        path.chmod(0o644)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {made.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_only_state_file_is_a_clear_error(tmp_path: Path) -> None:
    """`check` needs to write: exit 2 and what to do, before polling. Commands that only look
    (`status`) still work."""
    first = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    with read_only(tmp_path / "s.db"):
        result = watcher(*DEMO, "--state", "s.db", cwd=tmp_path)
        status = watcher("status", "--sources", str(EXAMPLES), "--state", "s.db", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    assert "s.db: the state file is read-only" in result.stderr
    assert result.stdout == ""
    assert status.returncode == 0, status.stderr
    assert "delivered" in status.stdout


def test_full_database_rolls_back_and_says_so(tmp_path: Path) -> None:
    """SQLite itself reports SQLITE_FULL (a page limit stands in for the disk): the write
    becomes a StoreError that says the disk is full, and what was recorded before stays."""
    with open_store(tmp_path / "s.db") as store:
        store.mark_seen("a", ["kept"], NOW)
        with store.read() as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match=r"s\.db: the disk holding the state file is full"):
            store.mark_seen("a", [f"id-{i}-" + "x" * 200 for i in range(500)], NOW)
        assert store.unseen("a", ["kept", "id-0-" + "x" * 200]) == {"id-0-" + "x" * 200}
        with store.read() as conn:
            conn.execute("PRAGMA max_page_count = 1000000")
        store.record_success("a", Validators(etag="e"), NOW)
        assert store.source_state("a").validators.etag == "e"


@contextlib.contextmanager
def small_filesystem(where: Path, size: str) -> Iterator[Path]:
    """A real filesystem of `size` at `where` (tmpfs; needs root and mount rights)."""
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small filesystem needs root to mount")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:  # detach lazily if something still holds a file open, so no mount outlives it
        if subprocess.run(["umount", str(where)], check=False).returncode != 0:
            subprocess.run(["umount", "--lazy", str(where)], check=True)


def fill(folder: Path) -> Path:
    """Write zeros into `folder` until its filesystem is full."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 4096)
    return filler


@pytest.mark.slow
def test_full_disk_loses_nothing_and_delivers_once_when_space_returns(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """On a filesystem that fills up: the run that cannot write exits 2 saying the disk is
    full; what was recorded before is intact; once space returns, the next run records and
    delivers the new alert once and the old one not again."""
    http_server.script("/hook", Reply(200))
    env = magnet_check(tmp_path, http_server.url("/hook"))
    with small_filesystem(tmp_path / "disk", "2m") as disk:
        state = ("--state", str(disk / "s.db"))
        assert watcher("check", *state, cwd=tmp_path, env=env).returncode == 0
        (tmp_path / "inbox" / "second.txt").write_text(STORY.replace("pause", "resume"))
        filler = fill(disk)
        full = watcher("check", *state, cwd=tmp_path, env=env)
        assert full.returncode == 2, full.stdout + full.stderr
        assert "Traceback" not in full.stderr
        assert f"{disk / 's.db'}: the disk holding the state file is full" in full.stderr
        assert len(http_server.requests_to("/hook")) == 1
        filler.unlink()
        after = watcher("check", *state, cwd=tmp_path, env=env)
        assert after.returncode == 0, after.stderr
        listed = watcher("alerts", "list", *state, cwd=tmp_path, env=env)
        conn = sqlite3.connect(disk / "s.db")
        integrity = conn.execute("PRAGMA integrity_check").fetchone()
        conn.close()
    keys = [r.headers["idempotency-key"] for r in http_server.requests_to("/hook")]
    assert len(keys) == len(set(keys)) == 2
    assert listed.stdout.count("1 delivered") == 2
    assert integrity == ("ok",)


# -- concurrent starts -------------------------------------------------------------------


def release_together(fifos: list[Path], content: bytes) -> None:
    """Wait until a reader has opened each FIFO, then give them all `content` at once."""
    fds = []
    deadline = time.monotonic() + 60
    for fifo in fifos:
        while True:
            try:
                fds.append(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                break
            except OSError as exc:  # ENXIO: nobody reads it yet
                if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
    for fd in fds:
        os.write(fd, content)
        os.close(fd)


@pytest.mark.slow
def test_processes_creating_one_new_state_file_at_once_all_succeed(tmp_path: Path) -> None:
    """Several `watcher check` started together on a state file that does not exist yet: one
    creates the schema, the others wait for it; none fails with "table already exists".

    To make the race likely rather than lucky, each process reads its gazetteer file (the
    last file read before the store is opened) from a FIFO, and the test releases them all
    at the same moment once every one is waiting. Before the fix this failed in most rounds
    ("table source_state already exists", "duplicate column name", exit 2)."""
    (tmp_path / "rules").mkdir()
    base = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    base["WATCHER_RULES_DIR"] = str(tmp_path / "rules")
    feed = EXAMPLES.parent / "feeds" / "trade-wire.xml"
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - {{id: f, kind: feed, url: '{feed}'}}\n")
    for round_ in range(3):
        path = tmp_path / f"s{round_}.db"
        fifos = [tmp_path / f"gazetteer-{round_}-{i}.yaml" for i in range(4)]
        procs = []
        for fifo in fifos:
            os.mkfifo(fifo)
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "watcher", "check", "--state", str(path)],
                    cwd=tmp_path,
                    env={**base, "WATCHER_GAZETTEER_FILE": str(fifo)},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        release_together(fifos, b"{}\n")
        results = [(p.communicate(timeout=60)[1], p.returncode) for p in procs]
        assert {code for _, code in results} == {0}, results
