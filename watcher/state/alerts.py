"""The alert log and the delivery outbox: their tables and the queries on them.

Every alert is kept with its versions (an update is version 2, 3, ...), its sources, and one
delivery per notifier. Deliveries are written in the same transaction as the alert and the
articles that raised it, before any is attempted, so a crash at any point either leaves the
whole run to be redone or leaves the deliveries pending for the next start: none is lost.
Each delivery has an idempotency key that stays the same across retries and restarts, and
every attempt is recorded with its duration and error.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from watcher.alerting.alerts import Alert, SourceRef, alert_from_dict, fingerprint
from watcher.alerting.decide import State, Version
from watcher.state.claims import CLAIM_LEASE, claim_abandoned, claimer
from watcher.state.db import Conn
from watcher.state.store import Store, iso, parse_time


@dataclass(frozen=True, slots=True)
class Due:
    """A delivery whose time has come, with the alert as it stands now."""

    id: int
    notifier: str
    idempotency_key: str
    attempts: int
    alert: Alert
    first_attempt_at: datetime | None = None  # `give_up_after` counts from here


@dataclass(frozen=True, slots=True)
class DeadDelivery:
    """A delivery that failed for good: a permanent error, or `give_up_after` ran out."""

    id: int
    alert_id: int
    notifier: str
    idempotency_key: str
    title: str
    attempts: int
    last_error: str | None
    died_at: datetime | None
    permanent: bool
    superseded: bool  # a newer version of the same alert goes to the same notifier

    @property
    def reason(self) -> str:
        """`permanent` (the receiver refused it) or `gave_up` (`give_up_after` ran out)."""
        return "permanent" if self.permanent else "gave_up"


def _dead_delivery(row: tuple[Any, ...]) -> DeadDelivery:
    """A row of `AlertLog.dead`'s query as a value."""
    delivery_id, alert_id, notifier, key, payload, attempts, error, at, permanent, newer = row
    title = str(json.loads(payload).get("title", ""))
    died = parse_time(at)
    return DeadDelivery(
        delivery_id, alert_id, notifier, key, title, attempts, error, died, bool(permanent),
        bool(newer),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One stored alert version, for `watcher alerts list|show`."""

    alert: Alert
    state: str
    reason: str
    sent_at: datetime | None
    deliveries: tuple[dict[str, Any], ...]


def _alert(payload: str, alert_id: int, sources: tuple[SourceRef, ...]) -> Alert:
    data = json.loads(payload)
    data["id"] = alert_id
    alert = alert_from_dict(data)
    return alert if not sources else _with_sources(alert, sources)


def _with_sources(alert: Alert, sources: tuple[SourceRef, ...]) -> Alert:
    from dataclasses import replace  # noqa: PLC0415 - only needed here

    return replace(alert, sources=sources)


class AlertLog:
    """Alert versions, their sources and deliveries; shares the store's connection and lock."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- alerts --------------------------------------------------------------------------

    def versions(self, key: str) -> list[Version]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT a.version, a.value, a.state, a.created_at, a.sent_at,"
                " (SELECT count(DISTINCT text_hash) FROM alert_sources s WHERE s.alert_id = a.id)"
                " FROM alerts a WHERE key = ? ORDER BY version",
                (key,),
            ).fetchall()
        return [
            Version(v, value, State(state), datetime.fromisoformat(created), parse_time(sent), n)
            for v, value, state, created, sent, n in rows
        ]

    def latest_id(self, key: str) -> int | None:
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT id FROM alerts WHERE key = ? ORDER BY version DESC LIMIT 1", (key,)
            ).fetchone()
        return int(row[0]) if row else None

    def create(self, alert: Alert, value: str, state: State, reason: str, now: datetime) -> int:
        """Store a new version of the alert's key; returns its id. Its `sent_at` is set by the
        first delivery that succeeds, so `realert` counts notifications that happened."""
        with self.store.transaction() as conn:
            version = 1 + (
                conn.execute(
                    "SELECT max(version) FROM alerts WHERE key = ?", (alert.key,)
                ).fetchone()[0]
                or 0
            )
            payload = {**alert.to_dict(), "version": version, "created_at": iso(now)}
            row = conn.execute(
                "INSERT INTO alerts (key, version, rule, severity, value, state, reason,"
                " payload, created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (
                    alert.key,
                    version,
                    alert.rule,
                    alert.severity,
                    value,
                    state.value,
                    reason,
                    json.dumps(payload, ensure_ascii=False),
                    iso(now),
                    None,  # set by the first delivery that succeeds
                ),
            ).fetchone()
        return int(row[0])

    def supersede_pending(self, key: str, *, keep_value: str) -> None:
        """Drop the waiting deliveries of the key's versions with another value (it flapped
        back to `keep_value`, which readers already have)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET state = 'superseded' WHERE state = 'pending' AND"
                " alert_id IN (SELECT id FROM alerts WHERE key = ? AND value != ?)",
                (key, keep_value),
            )

    def add_source(
        self, alert_id: int, ref: SourceRef, article_id: str, text_hash: str, now: datetime
    ) -> None:
        """Add a source to an alert (a repeat of the same article is ignored)."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO alert_sources (alert_id, source_id, article_id, url, title,"
                " published, text_hash, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (
                    alert_id,
                    ref.source,
                    article_id,
                    ref.url,
                    ref.title,
                    iso(ref.published) if ref.published else None,
                    text_hash,
                    iso(now),
                ),
            )

    def has_text(self, alert_id: int, text_hash: str) -> bool:
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM alert_sources WHERE alert_id = ? AND text_hash = ?",
                (alert_id, text_hash),
            ).fetchone()
        return row is not None

    def mark_sent(self, alert_id: int) -> None:
        """A held alert goes out (its `sent_at` comes with the first delivery)."""
        with self.store.transaction() as conn:
            conn.execute("UPDATE alerts SET state = 'sent' WHERE id = ?", (alert_id,))

    def sources(self, alert_id: int) -> tuple[SourceRef, ...]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT source_id, url, title, published FROM alert_sources"
                " WHERE alert_id = ? ORDER BY added_at, source_id",
                (alert_id,),
            ).fetchall()
        return tuple(SourceRef(s, u, t, parse_time(p)) for s, u, t, p in rows)

    # -- deliveries ----------------------------------------------------------------------

    def enqueue(
        self, alert_id: int, key: str, version: int, due: Iterable[tuple[str, datetime]]
    ) -> None:
        """One pending delivery per (notifier, due time); superseded older versions' pending
        deliveries of the same key are dropped, so a reader gets the latest value once."""
        stamp = fingerprint(key)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE deliveries SET state = 'superseded' WHERE state = 'pending' AND"
                " alert_id IN (SELECT id FROM alerts WHERE key = ? AND version < ?)",
                (key, version),
            )
            conn.executemany(
                "INSERT INTO deliveries (alert_id, notifier, idempotency_key, state, due_at)"
                " VALUES (?, ?, ?, 'pending', ?)",
                ((alert_id, name, f"{stamp}.v{version}.{name}", iso(when)) for name, when in due),
            )

    def open_window(self, notifier: str, now: datetime, digest: timedelta) -> datetime | None:
        """When the notifier's open digest window closes, if one is open: a first attempt due
        within `digest` from now (a retry in backoff or a throttled update is no window)."""
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT min(due_at) FROM deliveries WHERE state = 'pending' AND notifier = ?"
                " AND attempts = 0 AND due_at > ? AND due_at <= ?",
                (notifier, iso(now), iso(now + digest)),
            ).fetchone()
        return parse_time(row[0])

    def claim_due(
        self,
        now: datetime,
        only: Collection[int] | None = None,
        *,
        lease: timedelta = CLAIM_LEASE,
        limit: int | None = None,
        notifiers: Collection[str] | None = None,
    ) -> list[Due]:
        """Claim every delivery due at `now` (or only those of `only` among them) for this
        process, until `now + lease` (the service's heartbeat renews it), atomically.

        A claimed delivery is `sending` until its attempt is recorded, so another thread or
        process never sends it too. One left `sending` by a process that has died (a crash
        mid-send) or whose claim has expired is claimed again: at-least-once, with the same
        idempotency key. On PostgreSQL the rows are locked one by one (`FOR UPDATE SKIP
        LOCKED`) instead of waiting for the writers' turn: instances claiming at once each
        take the rows the others have not, and none waits for another's poll to commit.
        `limit` claims at most that many (pending ones first) and `notifiers` only theirs, so
        that an instance takes a few at a time and leaves the rest to the others.
        """
        owner = claimer()
        with self.store.transaction(exclusive=False) as conn:
            rows = self._claimable(conn, now, limit, notifiers)
            claimed = [
                r
                for r in rows
                if (only is None or r[0] in only)
                and (r[6] == "pending" or claim_abandoned(r[7], r[8], now, r[9]))
            ]
            conn.executemany(
                "UPDATE deliveries SET state = 'sending', claimed_by = ?, claimed_at = ?,"
                " claim_expires_at = ? WHERE id = ?",
                ((owner, iso(now), iso(now + lease), r[0]) for r in claimed),
            )
            # Built inside the transaction: if an alert cannot be read, no claim is left.
            return [
                Due(i, n, k, attempts, _alert(payload, aid, self.sources(aid)), parse_time(first))
                for i, n, k, attempts, aid, payload, *_, first in claimed
            ]

    def _claimable(
        self,
        conn: Conn,
        now: datetime,
        limit: int | None,
        notifiers: Collection[str] | None,
    ) -> list[tuple[Any, ...]]:
        """The rows `claim_due` may take, locked (PostgreSQL) and skipping those another
        transaction holds."""
        if notifiers is not None and not notifiers:
            return []
        names = sorted(notifiers or ())
        sql = (
            "SELECT d.id, d.notifier, d.idempotency_key, d.attempts, a.id, a.payload,"  # noqa: S608 - placeholders and fixed clauses only
            " d.state, d.claimed_by, d.claimed_at, d.claim_expires_at, d.first_attempt_at"
            " FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
            " WHERE ((d.state = 'pending' AND d.due_at <= ?) OR d.state = 'sending')"
            + (f" AND d.notifier IN ({', '.join('?' * len(names))})" if names else "")
            + " ORDER BY d.state = 'sending', d.due_at, d.id"
            + (" LIMIT ?" if limit is not None else "")
            + (" FOR UPDATE OF d SKIP LOCKED" if self.store.shared else "")
        )
        parameters = [iso(now), *names, *([limit] if limit is not None else [])]
        return [tuple(r) for r in conn.execute(sql, parameters).fetchall()]

    def next_due(self) -> datetime | None:
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT min(due_at) FROM deliveries WHERE state = 'pending'"
            ).fetchone()
        return parse_time(row[0])

    def record_attempt(
        self,
        delivery_ids: Iterable[int],
        now: datetime,
        duration_s: float,
        *,
        error: str | None,
        permanent: bool,
        state: str,
        due_at: datetime | None,
    ) -> None:
        """One attempt for each delivery of a message, and the state it leaves them in; only
        for deliveries this process still holds (a claim taken over elsewhere is theirs)."""
        owner = claimer()
        with self.store.transaction(exclusive=False) as conn:  # rows this process holds
            for i in delivery_ids:
                cur = conn.execute(
                    "UPDATE deliveries SET attempts = attempts + 1, state = ?, last_error = ?,"
                    " due_at = coalesce(?, due_at), delivered_at = ?, claimed_by = NULL,"
                    " first_attempt_at = coalesce(first_attempt_at, ?)"
                    " WHERE id = ? AND state = 'sending' AND claimed_by = ?",
                    (
                        state,
                        error,
                        iso(due_at) if due_at else None,
                        iso(now) if state == "delivered" else None,
                        iso(now),
                        i,
                        owner,
                    ),
                )
                if not cur.rowcount:
                    continue
                conn.execute(
                    "INSERT INTO delivery_attempts (delivery_id, at, duration_s, error,"
                    " permanent) VALUES (?, ?, ?, ?, ?)",
                    (i, iso(now), duration_s, error, int(permanent)),
                )
                if state == "delivered":  # realert counts from notifications that happened
                    conn.execute(
                        "UPDATE alerts SET sent_at = coalesce(sent_at, ?) WHERE id ="
                        " (SELECT alert_id FROM deliveries WHERE id = ?)",
                        (iso(now), i),
                    )

    def release(self, delivery_ids: Iterable[int]) -> None:
        """Give back claims this process will not settle (an error between claim and send)."""
        with self.store.transaction(exclusive=False) as conn:
            conn.executemany(
                "UPDATE deliveries SET state = 'pending', claimed_by = NULL"
                " WHERE id = ? AND state = 'sending' AND claimed_by = ?",
                ((i, claimer()) for i in delivery_ids),
            )

    def counts(self) -> dict[str, int]:
        """Deliveries by state (pending, delivered, dead, superseded)."""
        with self.store.read() as conn:
            rows = conn.execute("SELECT state, count(*) FROM deliveries GROUP BY state")
            return dict(rows.fetchall())

    def failing(self) -> int:
        """Pending deliveries that failed at least once and wait for a retry (not those that
        merely wait for a digest window): what `watcher check` exits 3 for."""
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM deliveries WHERE state = 'pending' AND attempts > 0"
            ).fetchone()
            return int(row[0])

    # -- dead deliveries -----------------------------------------------------------------

    def dead(
        self, *, alert_id: int | None = None, since: datetime | None = None
    ) -> list[DeadDelivery]:
        """Dead deliveries, oldest first: of one alert, or those that died since `since`."""
        when = iso(since) if since else None
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.alert_id, d.notifier, d.idempotency_key, a.payload, d.attempts,"
                " d.last_error, la.at, coalesce(la.permanent, 0), EXISTS (SELECT 1 FROM"
                " deliveries nd JOIN alerts na ON na.id = nd.alert_id WHERE na.key = a.key AND"
                " na.version > a.version AND nd.notifier = d.notifier AND nd.state !="
                " 'superseded') FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
                " LEFT JOIN delivery_attempts la ON la.id ="
                " (SELECT max(id) FROM delivery_attempts WHERE delivery_id = d.id)"
                " WHERE d.state = 'dead' AND (? IS NULL OR d.alert_id = ?)"
                " AND (? IS NULL OR la.at >= ?) ORDER BY d.id",
                (alert_id, alert_id, when, when),
            ).fetchall()
        return [_dead_delivery(tuple(row)) for row in rows]

    def dead_by_notifier(self) -> dict[tuple[str, str], int]:
        """How many deliveries are dead, by (notifier, `permanent` or `gave_up`)."""
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT d.notifier, coalesce(la.permanent, 0), count(*) FROM deliveries d"
                " LEFT JOIN delivery_attempts la ON la.id ="
                " (SELECT max(id) FROM delivery_attempts WHERE delivery_id = d.id)"
                " WHERE d.state = 'dead' GROUP BY 1, 2"
            ).fetchall()
        return {(n, "permanent" if p else "gave_up"): c for n, p, c in rows}

    def retry(self, delivery_ids: Iterable[int], now: datetime) -> None:
        """Dead deliveries are due again at `now`, with their idempotency key, and a new
        `give_up_after` window that starts at their next attempt."""
        with self.store.transaction() as conn:
            conn.executemany(
                "UPDATE deliveries SET state = 'pending', due_at = ?, first_attempt_at = NULL,"
                " claimed_by = NULL WHERE id = ? AND state = 'dead'",
                ((iso(now), i) for i in delivery_ids),
            )

    def supersede(self, delivery_ids: Iterable[int]) -> None:
        """Dead deliveries that a newer version of their alert replaces are not retried."""
        with self.store.transaction() as conn:
            conn.executemany(
                "UPDATE deliveries SET state = 'superseded' WHERE id = ? AND state = 'dead'",
                ((i,) for i in delivery_ids),
            )

    def delivery_states(self, delivery_ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
        """Each delivery's state and last error."""
        with self.store.read() as conn:
            return {
                i: (state, error)
                for i in delivery_ids
                for state, error in conn.execute(
                    "SELECT state, last_error FROM deliveries WHERE id = ?", (i,)
                )
            }

    # -- history -------------------------------------------------------------------------

    def list(
        self,
        *,
        since: datetime | None = None,
        rule: str | None = None,
        severity: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AlertRow]:
        """Alerts newest first; `offset` skips that many (the web view's pages)."""
        query = (
            "SELECT id, payload, state, reason, sent_at FROM alerts"
            " WHERE (? IS NULL OR created_at >= ?) AND (? IS NULL OR rule = ?)"
            " AND (? IS NULL OR severity = ?)"
            " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"
        )
        when = iso(since) if since else None
        params = (when, when, rule, rule, severity, severity, limit, offset)
        with self.store.read() as conn:
            rows = conn.execute(query, params).fetchall()
        return [*self._rows(rows)]

    def _rows(self, rows: Iterable[tuple[Any, ...]]) -> tuple[AlertRow, ...]:
        """Alert rows with their deliveries and sources, read in one query each for the
        whole page (not two per alert: `deliveries` has no index on `alert_id`)."""
        rows = tuple(rows)
        if not rows:
            return ()
        ids = [int(r[0]) for r in rows]
        marks = ", ".join("?" * len(ids))
        deliveries: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
        sources: dict[int, list[SourceRef]] = {i: [] for i in ids}
        with self.store.read() as conn:
            cur = conn.execute(
                "SELECT alert_id, notifier, idempotency_key, state, attempts, last_error,"  # noqa: S608 - placeholders only
                f" delivered_at FROM deliveries WHERE alert_id IN ({marks}) ORDER BY id",
                ids,
            )
            names = [c[0] for c in cur.description][1:]
            for alert_id, *values in cur.fetchall():
                deliveries[alert_id].append(dict(zip(names, values, strict=True)))
            for alert_id, source, url, title, published in conn.execute(
                "SELECT alert_id, source_id, url, title, published FROM alert_sources"  # noqa: S608 - placeholders only
                f" WHERE alert_id IN ({marks}) ORDER BY added_at, source_id",
                ids,
            ).fetchall():
                sources[alert_id].append(SourceRef(source, url, title, parse_time(published)))
        return tuple(
            AlertRow(
                _alert(payload, alert_id, tuple(sources[alert_id])),
                state,
                reason,
                parse_time(sent_at),
                tuple(deliveries[alert_id]),
            )
            for alert_id, payload, state, reason, sent_at in rows
        )

    def count(self, *, rule: str | None = None, severity: str | None = None) -> int:
        """How many alerts `list` would page through with these filters."""
        where = [(c, v) for c, v in (("rule", rule), ("severity", severity)) if v is not None]
        clause = " AND ".join(f"{c} = ?" for c, _ in where) or "1 = 1"
        with self.store.read() as conn:  # no filter: counted on an index, not the rows
            row = conn.execute(
                f"SELECT count(*) FROM alerts WHERE {clause}",  # noqa: S608 - fixed column names
                [v for _, v in where],
            ).fetchone()
        return int(row[0])

    def rule_names(self) -> tuple[str, ...]:
        """Every rule that has raised an alert, for the web view's filter."""
        with self.store.read() as conn:
            rows = conn.execute("SELECT DISTINCT rule FROM alerts ORDER BY rule").fetchall()
        return tuple(str(r[0]) for r in rows)

    def attempts(self, alert_id: int) -> tuple[dict[str, Any], ...]:
        """Every delivery attempt of an alert, oldest first, with its notifier."""
        with self.store.read() as conn:
            cur = conn.execute(
                "SELECT d.notifier, t.at, t.duration_s, t.error, t.permanent"
                " FROM delivery_attempts t JOIN deliveries d ON d.id = t.delivery_id"
                " WHERE d.alert_id = ? ORDER BY t.at, t.id",
                (alert_id,),
            )
            names = [c[0] for c in cur.description]
            rows = cur.fetchall()
        return tuple(
            {**dict(zip(names, r, strict=True)), "at": parse_time(r[1]), "permanent": bool(r[4])}
            for r in rows
        )

    def get(self, alert_id: int) -> AlertRow | None:
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT id, payload, state, reason, sent_at FROM alerts WHERE id = ?", (alert_id,)
            ).fetchone()
        return self._row(*row) if row else None

    def _row(
        self, alert_id: int, payload: str, state: str, reason: str, sent_at: str | None
    ) -> AlertRow:
        with self.store.read() as conn:
            cur = conn.execute(
                "SELECT notifier, idempotency_key, state, attempts, last_error, delivered_at"
                " FROM deliveries WHERE alert_id = ? ORDER BY id",
                (alert_id,),
            )
            names = [c[0] for c in cur.description]
            deliveries = tuple(dict(zip(names, r, strict=True)) for r in cur.fetchall())
        return AlertRow(
            _alert(payload, alert_id, self.sources(alert_id)),
            state,
            reason,
            parse_time(sent_at),
            deliveries,
        )
