"""Source polls and seen articles: validators, last outcomes, and the ids already seen."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from watcher.models import Validators
from watcher.state.db import Database, iso, parse_time

_BATCH = 500  # ids per query: well under the parameter limits of SQLite and PostgreSQL
# An id joins its source's listing, stamped now (first_seen kept for an id known before).
_LIST = (
    "INSERT INTO seen_articles (source_id, article_id, first_seen, last_seen, listed)"
    " VALUES (?, ?, ?, ?, 1) ON CONFLICT (source_id, article_id)"
    " DO UPDATE SET last_seen = excluded.last_seen, listed = 1"
)
_UNLIST = "UPDATE seen_articles SET listed = 0 WHERE source_id = ? AND article_id = ?"


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
        """Remember `article_ids` as the source's listing, every one of them stamped `now`
        (ids already known get their `last_seen` moved to `now`); the source's other ids
        leave the listing with the stamp they have. Nothing happens without ids.

        Pruning goes by `last_seen`, and by the source's last success for the ids of its
        listing (`prune_seen`), so an article a feed still lists is never forgotten and then
        reported again; one the feed dropped is forgotten after the retention period. A
        poll records its listing with `record_listing`, which writes only what changed.
        """
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return
        stamp = iso(now)
        with self.transaction() as conn:
            conn.execute(
                "UPDATE seen_articles SET listed = 0 WHERE source_id = ? AND listed = 1",
                (source_id,),
            )
            conn.executemany(_LIST, ((source_id, i, stamp, stamp) for i in ids))

    def record_listing(
        self,
        source_id: str,
        article_ids: Iterable[str],
        now: datetime,
        listed_until: datetime | None,
    ) -> None:
        """The ids of a parsed body become the source's listing, writing only the ids whose
        state changes (issue 13: a body with one new item among 7,000 listed wrote them all).

        * An id the listing lacked (new, or dropped before and listed again) is stamped
          `now` and marked `listed`.
        * An id of the previous listing this body drops leaves it, stamped `listed_until`
          (the last successful poll, which still listed it, as every 304 and unchanged body
          since the listing was read did), so that it ages out from when it was last listed.
        * An id listed before and now is not written: its stamp is when it joined the
          listing, and while listed it counts as listed at the source's last success
          (`prune_seen`).

        A body that lists nothing leaves the listing before it in place.
        """
        ids = set(article_ids)
        if not ids:
            return
        with self.transaction() as conn:
            before = {
                row[0]
                for row in conn.execute(
                    "SELECT article_id FROM seen_articles WHERE source_id = ? AND listed = 1",
                    (source_id,),
                )
            }
            if dropped := sorted(before - ids):
                if listed_until is None:  # never polled successfully: nothing to add
                    conn.executemany(_UNLIST, ((source_id, i) for i in dropped))
                else:
                    until = iso(listed_until)
                    conn.executemany(
                        "UPDATE seen_articles SET listed = 0, last_seen ="
                        " CASE WHEN last_seen < ? THEN ? ELSE last_seen END"
                        " WHERE source_id = ? AND article_id = ?",
                        ((until, until, source_id, i) for i in dropped),
                    )
            if added := sorted(ids - before):
                stamp = iso(now)
                conn.executemany(_LIST, ((source_id, i, stamp, stamp) for i in added))

    def prune_seen(self, before: datetime) -> int:
        """Forget article ids last listed before `before`; returns how many.

        An id of a source's listing (`listed`: the ids its last parsed body listed, which
        every 304 and unchanged body since lists again) counts as listed at the source's
        `last_ok_at`, so it stays while that is not before `before`, however old its stamp.
        (A 304 used to restamp them all, and a parsed body every id it listed: a write of
        every listed id at every poll, most of the state's writes in a check, issue 13.) Any
        other id was last listed at its `last_seen`.
        """
        cut = iso(before)
        with self.transaction(exclusive=False) as conn:  # one statement: no writers' turn
            cur = conn.execute(
                "DELETE FROM seen_articles WHERE last_seen < ? AND NOT (listed = 1 AND EXISTS ("
                " SELECT 1 FROM source_state s WHERE s.source_id = seen_articles.source_id"
                " AND s.last_ok_at >= ?))",
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
