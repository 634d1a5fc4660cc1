"""Source polls and seen articles: validators, last outcomes, and the ids already seen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from watcher.models import Validators
from watcher.state.db import Database, iso, parse_time

_BATCH = 500  # ids per query: well under the parameter limits of SQLite and PostgreSQL


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


class SourceTables(Database):
    """The `source_state` and `seen_articles` tables."""

    def source_state(self, source_id: str) -> SourceState:
        return self.source_states([source_id])[source_id]

    def source_states(self, source_ids: Iterable[str]) -> dict[str, SourceState]:
        """`source_state` of each of `source_ids`, in a query per few hundred sources rather
        than one each (a check reads every source's state twice)."""
        wanted = sorted(set(source_ids))
        found: dict[str, SourceState] = {}
        with self.read() as conn:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                marks = ", ".join("?" * len(batch))  # parameters only, no values
                query = (
                    "SELECT source_id, etag, last_modified, body_sha256, last_poll_at,"  # noqa: S608
                    " last_ok_at, last_error, consecutive_failures, last_new_at, next_poll_at"
                    f" FROM source_state WHERE source_id IN ({marks})"
                )
                for row in conn.execute(query, tuple(batch)):
                    found[row[0]] = SourceState(
                        row[0],
                        Validators(etag=row[1], last_modified=row[2], body_sha256=row[3]),
                        parse_time(row[4]),
                        parse_time(row[5]),
                        row[6],
                        row[7],
                        parse_time(row[8]),
                        parse_time(row[9]),
                    )
        return {
            i: found.get(i) or SourceState(i, Validators(), None, None, None, 0) for i in wanted
        }

    def note_new_articles(self, source_id: str, now: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE source_state SET last_new_at = ? WHERE source_id = ?", (iso(now), source_id)
            )

    def set_next_poll(self, source_id: str, at: datetime) -> None:
        with self.transaction(exclusive=False) as conn:  # one statement: no writers' turn
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
                " consecutive_failures = source_state.consecutive_failures + 1",
                (source_id, iso(now), error),
            )
            row = conn.execute(
                "SELECT consecutive_failures FROM source_state WHERE source_id = ?", (source_id,)
            ).fetchone()
        return int(row[0])

    def unseen(self, source_id: str, article_ids: Iterable[str]) -> set[str]:
        """The ids among `article_ids` this source has not produced before."""
        ids = set(article_ids)
        if not ids:
            return set()
        wanted, seen = sorted(ids), set[str]()
        with self.read() as conn:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                marks = ", ".join("?" * len(batch))  # parameters only, no values
                query = f"SELECT article_id FROM seen_articles WHERE source_id = ? AND article_id IN ({marks})"  # noqa: E501, S608
                seen.update(row[0] for row in conn.execute(query, (source_id, *batch)))
        return ids - seen

    def seen_ids(self, source_id: str) -> frozenset[str]:
        """Every id this source has produced and the store still remembers: one query, so
        a parser can skip what is not new without a question per item."""
        with self.read() as conn:
            rows = conn.execute(
                "SELECT article_id FROM seen_articles WHERE source_id = ?", (source_id,)
            ).fetchall()
        return frozenset(row[0] for row in rows)

    def mark_seen(self, source_id: str, article_ids: Iterable[str], now: datetime) -> None:
        """Remember the ids a poll listed; ids already known get their `last_seen` moved to
        `now`.

        Pruning goes by `last_seen`, so an article a feed still lists is never forgotten and
        then reported again; one the feed dropped is forgotten after the retention period.
        """
        stamp = iso(now)
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO seen_articles (source_id, article_id, first_seen, last_seen)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (source_id, article_id)"
                " DO UPDATE SET last_seen = excluded.last_seen",
                ((source_id, i, stamp, stamp) for i in article_ids),
            )

    def record_listing(
        self,
        source_id: str,
        article_ids: Iterable[str],
        now: datetime,
        listed_until: datetime | None,
    ) -> None:
        """The ids of a parsed body, stamped `now` (`mark_seen`). The previous listing (the
        ids with the source's latest stamp) was repeated by every 304 and unchanged body up
        to `listed_until`, the last successful poll: the ids of it this body drops get that
        stamp, so that they age out from when they were last listed, as if each of those
        polls had restamped them."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT max(last_seen) FROM seen_articles WHERE source_id = ?", (source_id,)
            ).fetchone()
            self.mark_seen(source_id, article_ids, now)
            if row[0] is not None and listed_until is not None:
                until = iso(listed_until)
                conn.execute(
                    "UPDATE seen_articles SET last_seen = ?"
                    " WHERE source_id = ? AND last_seen = ? AND last_seen < ?",
                    (until, source_id, row[0], until),
                )

    def prune_seen(self, before: datetime) -> int:
        """Forget article ids last listed before `before`; returns how many.

        A 304 or an unchanged body lists again what the source's last parsed body listed
        (`record_listing`): the ids with the source's latest `last_seen`, all stamped when
        that body was read. They are listed as of the source's `last_ok_at`, so they stay
        while that is not before `before`, however old their stamp. (A 304 used to restamp
        them all: a write of every listed id at every poll, most of the state's writes in a
        check where nothing changed, issue 13.) A body that lists nothing leaves the listing
        before it in place, kept while the source answers.
        """
        cut = iso(before)
        with self.transaction(exclusive=False) as conn:  # one statement: no writers' turn
            cur = conn.execute(
                "DELETE FROM seen_articles WHERE last_seen < ? AND NOT EXISTS ("
                " SELECT 1 FROM source_state s WHERE s.source_id = seen_articles.source_id"
                " AND s.last_ok_at >= ? AND seen_articles.last_seen >= ("
                "  SELECT max(m.last_seen) FROM seen_articles m"
                "  WHERE m.source_id = seen_articles.source_id))",
                (cut, cut),
            )
        return int(cur.rowcount)

    def count_seen(self, source_id: str | None = None) -> int:
        with self.read() as conn:
            if source_id is None:
                row = conn.execute("SELECT count(*) FROM seen_articles").fetchone()
            else:
                row = conn.execute(
                    "SELECT count(*) FROM seen_articles WHERE source_id = ?", (source_id,)
                ).fetchone()
        return int(row[0])
