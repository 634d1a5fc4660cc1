"""The state store: one SQLite file that remembers what watcher has seen and done.

It holds, per source, the HTTP validators and the hash of the last body (so an unchanged feed
is neither downloaded in full nor parsed again), the ids of articles already seen, and the
outcome of the last poll. Later schema versions add facts, alerts and the delivery outbox.

SQLite runs in WAL mode so that a reader (`watcher status`) never blocks the service. The
schema carries a version (`PRAGMA user_version`) and is migrated forward on open; a file from
a newer watcher is refused rather than damaged. One connection is shared by the threads of a
process behind a lock: writes are short, and the lock makes every `transaction()` atomic.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from watcher.errors import StoreError
from watcher.known import KnownFact, Provenance, track_of
from watcher.migrations import MIGRATIONS
from watcher.models import Validators, fact_from_dict


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store knows about one source's polls."""

    source_id: str
    validators: Validators
    last_poll_at: datetime | None
    last_ok_at: datetime | None
    last_error: str | None
    consecutive_failures: int
    last_new_at: datetime | None = None
    next_poll_at: datetime | None = None

    @property
    def first_poll(self) -> bool:
        """Never polled successfully: what it lists now was there before watcher looked."""
        return self.last_ok_at is None


def iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("store times must be timezone-aware")
    return moment.isoformat()


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """SQLite-backed state; create with `open_store`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for reads, with the lock held."""
        with self._lock:
            yield self._conn

    @contextmanager
    def transaction(self, *, rollback: bool = False) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all.

        Transactions nest: an inner one joins the outer, and only the outermost commits, so
        a caller can group several store methods into one atomic step. `rollback=True` undoes
        everything at the end (a dry run sees its own writes, then leaves no trace).
        """
        with self._lock:
            if self._depth:
                if rollback:  # it would silently commit with the outer one
                    raise ValueError("a rolled-back transaction cannot join an outer one")
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # e.g. locked by another process too long
                raise StoreError(f"{self.path}: {exc}") from None
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._conn.rollback()
                raise
            else:
                if rollback:
                    self._conn.rollback()
                else:
                    self._conn.commit()
            finally:
                self._depth = 0

    # -- sources -------------------------------------------------------------------------

    def source_state(self, source_id: str) -> SourceState:
        with self._lock:
            row = self._conn.execute(
                "SELECT etag, last_modified, body_sha256, last_poll_at, last_ok_at, last_error,"
                " consecutive_failures, last_new_at, next_poll_at FROM source_state"
                " WHERE source_id = ?",
                (source_id,),
            ).fetchone()
        if row is None:
            return SourceState(source_id, Validators(), None, None, None, 0)
        return SourceState(
            source_id,
            Validators(etag=row[0], last_modified=row[1], body_sha256=row[2]),
            parse_time(row[3]),
            parse_time(row[4]),
            row[5],
            row[6],
            parse_time(row[7]),
            parse_time(row[8]),
        )

    def note_new_articles(self, source_id: str, now: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE source_state SET last_new_at = ? WHERE source_id = ?", (iso(now), source_id)
            )

    def set_next_poll(self, source_id: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE source_state SET next_poll_at = ? WHERE source_id = ?", (iso(at), source_id)
            )

    def record_success(self, source_id: str, validators: Validators, now: datetime) -> None:
        """A poll worked: keep its validators and reset the failure count."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO source_state (source_id, etag, last_modified, body_sha256,"
                " last_poll_at, last_ok_at, last_error, consecutive_failures)"
                " VALUES (?, ?, ?, ?, ?, ?, NULL, 0)"
                " ON CONFLICT (source_id) DO UPDATE SET etag = excluded.etag,"
                " last_modified = excluded.last_modified, body_sha256 = excluded.body_sha256,"
                " last_poll_at = excluded.last_poll_at, last_ok_at = excluded.last_ok_at,"
                " last_error = NULL, consecutive_failures = 0",
                (
                    source_id,
                    validators.etag,
                    validators.last_modified,
                    validators.body_sha256,
                    iso(now),
                    iso(now),
                ),
            )

    def record_failure(self, source_id: str, error: str, now: datetime) -> int:
        """A poll failed: keep the validators, count the failure; returns the count."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO source_state (source_id, last_poll_at, last_error,"
                " consecutive_failures) VALUES (?, ?, ?, 1)"
                " ON CONFLICT (source_id) DO UPDATE SET last_poll_at = excluded.last_poll_at,"
                " last_error = excluded.last_error,"
                " consecutive_failures = consecutive_failures + 1",
                (source_id, iso(now), error),
            )
            row = conn.execute(
                "SELECT consecutive_failures FROM source_state WHERE source_id = ?", (source_id,)
            ).fetchone()
        return int(row[0])

    # -- seen articles -------------------------------------------------------------------

    def unseen(self, source_id: str, article_ids: Iterable[str]) -> set[str]:
        """The ids among `article_ids` this source has not produced before."""
        ids = set(article_ids)
        if not ids:
            return set()
        with self._lock:
            seen = {
                row[0]
                for row in self._conn.execute(
                    "SELECT article_id FROM seen_articles WHERE source_id = ?"
                    " AND article_id IN (SELECT value FROM json_each(?))",
                    (source_id, json.dumps(sorted(ids))),
                )
            }
        return ids - seen

    def mark_seen(self, source_id: str, article_ids: Iterable[str], now: datetime) -> None:
        """Remember ids; ids already known get their `last_seen` moved to `now`.

        Pruning goes by `last_seen`, so an article a feed still lists is never forgotten and
        then reported again; one the feed dropped is forgotten after the retention period.
        """
        stamp = iso(now)
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO seen_articles (source_id, article_id, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen",
                ((source_id, i, stamp, stamp) for i in article_ids),
            )

    def touch_seen(self, source_id: str, listed_at: datetime, now: datetime) -> None:
        """A 304 or an unchanged body lists what the last full poll listed (every id stamped
        `listed_at` or later): those ids are still listed, so they must not age out."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE seen_articles SET last_seen = ? WHERE source_id = ? AND last_seen >= ?",
                (iso(now), source_id, iso(listed_at)),
            )

    def prune_seen(self, before: datetime) -> int:
        """Forget article ids last listed before `before`; returns how many."""
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM seen_articles WHERE last_seen < ?", (iso(before),))
        return cur.rowcount

    def count_seen(self, source_id: str | None = None) -> int:
        with self._lock:
            if source_id is None:
                row = self._conn.execute("SELECT count(*) FROM seen_articles").fetchone()
            else:
                row = self._conn.execute(
                    "SELECT count(*) FROM seen_articles WHERE source_id = ?", (source_id,)
                ).fetchone()
        return int(row[0])

    # -- learned facts -------------------------------------------------------------------

    def learn(self, facts: Iterable[KnownFact]) -> None:
        """Append facts to the known state's history, in order."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO learned_facts (track, fact, source_id, article_id, url, title,"
                " published, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        track_of(k.fact),
                        json.dumps(k.fact.to_dict(), ensure_ascii=False),
                        k.provenance.source,
                        k.provenance.article_id,
                        k.provenance.url,
                        k.provenance.title,
                        iso(k.provenance.published) if k.provenance.published else None,
                        iso(k.provenance.learned_at),
                    )
                    for k in facts
                ),
            )

    def learned_facts(self) -> list[KnownFact]:
        """Every fact learned since the baseline, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT fact, source_id, article_id, url, title, published, learned_at"
                " FROM learned_facts ORDER BY id"
            ).fetchall()
        return [
            KnownFact(
                fact_from_dict(json.loads(fact)),
                Provenance(
                    source, datetime.fromisoformat(at), url, article, title, parse_time(published)
                ),
            )
            for fact, source, article, url, title, published, at in rows
        ]


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StoreError(
            f"{path}: schema version {version} is newer than this watcher knows "
            f"({len(MIGRATIONS)}); upgrade watcher or use another --state file"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")


def open_store(path: Path) -> Store:
    """Open (creating and migrating as needed) the store at `path`."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open state store: {exc}") from None
    return Store(conn, path)
