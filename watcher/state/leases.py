"""Instances sharing one state, and the leases that give each source and clock job to one
of them at a time.

A lease is a row naming its holder and when it expires. Taking one is one upsert that
changes the row only if this holder has it or it has expired, so two instances never both
get it; none of this waits for the writers' turn (`db.Backend.begin`), since each statement
decides alone. The holder renews all its leases with its heartbeat (its claims on deliveries being
sent included); an instance that dies stops
renewing, and after `lease_s` the others take its leases over at their next try.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from watcher.state.db import Conn
from watcher.state.store import Store, iso, parse_time

log = structlog.get_logger(__name__)

KINDS = ("source", "clock")  # what a lease is on: `source:ID`, or the clock job


@dataclass(frozen=True, slots=True)
class Instance:
    """One `watcher run` process on the shared state."""

    id: str
    host: str
    pid: int
    version: str
    started_at: datetime
    heartbeat_at: datetime


@dataclass(frozen=True, slots=True)
class Lease:
    """Who works on `name` (`source:ID` or `clock`) until when."""

    name: str
    holder: str
    acquired_at: datetime
    expires_at: datetime


class Leases:
    """The `instances` and `leases` tables."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def acquire(
        self, name: str, holder: str, now: datetime, ttl: timedelta, *, of: int | None = None
    ) -> bool:
        """Take or renew the lease on `name` until `now + ttl`; False while another holder's
        lease has not expired.

        With `of` (how many leases of `name`'s kind there are to share, e.g. the sources),
        a holder takes no more than its fair share: `of` over the live instances, rounded
        up. One holding more gives this lease up instead of renewing it, so an instance
        that joins finds free leases at its next try and the work spreads out."""
        with self.store.transaction(exclusive=False) as conn:  # the upsert decides alone
            row = conn.execute(
                "SELECT holder, expires_at FROM leases WHERE name = ?", (name,)
            ).fetchone()
            if row is not None and row[0] != holder and _time(row[1]) > now:
                return False
            if of is not None and not self._within_share(conn, name, holder, now, ttl=ttl, of=of):
                return False
            got = conn.execute(
                "INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                " expires_at = excluded.expires_at, acquired_at = CASE WHEN leases.holder ="
                " excluded.holder THEN leases.acquired_at ELSE excluded.acquired_at END"
                " WHERE leases.holder = excluded.holder OR leases.expires_at <= ?"
                " RETURNING holder",
                (name, holder, iso(now), iso(now + ttl), iso(now)),
            ).fetchone()
            if got is None:  # another instance took it between the look and the upsert
                return False
        if row is not None and row[0] != holder:
            log.info("lease_taken_over", lease=name, previous=row[0], expired=row[1])
        return True

    @staticmethod
    def _within_share(
        conn: Conn, name: str, holder: str, now: datetime, *, ttl: timedelta, of: int
    ) -> bool:
        """Whether `holder` may hold `name` by its fair share; a lease it holds beyond that
        is given up here."""
        live = conn.execute(
            "SELECT count(*) FROM instances WHERE heartbeat_at > ? OR id = ?",
            (iso(now - ttl), holder),
        ).fetchone()[0]
        share = -(-of // max(1, int(live)))
        kind = name.partition(":")[0]
        held = conn.execute(
            "SELECT count(*) FROM leases WHERE holder = ? AND expires_at > ? AND name LIKE ?",
            (holder, iso(now), f"{kind}:%"),
        ).fetchone()[0]
        mine = conn.execute(
            "SELECT 1 FROM leases WHERE name = ? AND holder = ? AND expires_at > ?",
            (name, holder, iso(now)),
        ).fetchone()
        if mine is None:
            return int(held) < share
        if int(held) <= share:
            return True
        conn.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))
        log.info("lease_given_up", lease=name, held=int(held), share=share)
        return False

    def heartbeat(
        self, instance: Instance, now: datetime, ttl: timedelta, sending: Iterable[int] = ()
    ) -> None:
        """This instance is alive: record it, and renew every lease it holds, and its claims
        on the deliveries it is `sending` (`claims.in_flight`)."""
        with self.store.transaction(exclusive=False) as conn:  # its own rows only
            conn.execute(
                "INSERT INTO instances (id, host, pid, version, started_at, heartbeat_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                " SET heartbeat_at = excluded.heartbeat_at",
                (
                    instance.id,
                    instance.host,
                    instance.pid,
                    instance.version,
                    iso(instance.started_at),
                    iso(now),
                ),
            )
            conn.execute(
                "UPDATE leases SET expires_at = ? WHERE holder = ?", (iso(now + ttl), instance.id)
            )
            conn.executemany(  # the deliveries it is sending are leases too (`state.claims`)
                "UPDATE deliveries SET claim_expires_at = ?"
                " WHERE id = ? AND state = 'sending' AND claimed_by = ?",
                ((iso(now + ttl), i, instance.id) for i in sending),
            )

    def leave(self, holder: str) -> None:
        """A clean stop: give up every lease at once, and the instance's row."""
        with self.store.transaction(exclusive=False) as conn:
            conn.execute("DELETE FROM leases WHERE holder = ?", (holder,))
            conn.execute("DELETE FROM instances WHERE id = ?", (holder,))

    def forget_before(self, before: datetime) -> None:
        """Instances silent since `before` are gone (their leases have long expired)."""
        with self.store.transaction(exclusive=False) as conn:
            conn.execute("DELETE FROM instances WHERE heartbeat_at < ?", (iso(before),))

    def instances(self) -> list[Instance]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT id, host, pid, version, started_at, heartbeat_at FROM instances"
                " ORDER BY started_at, id"
            ).fetchall()
        return [Instance(i, h, p, v, _time(s), _time(b)) for i, h, p, v, s, b in rows]

    def held(self, holder: str, now: datetime) -> dict[str, int]:
        """How many unexpired leases `holder` has, by kind (`source`, `clock`): the part of
        `name` before its first colon."""
        counts = dict.fromkeys(KINDS, 0)
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT name FROM leases WHERE holder = ? AND expires_at > ?", (holder, iso(now))
            ).fetchall()
        for (name,) in rows:
            kind = name.partition(":")[0]
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def leases(self) -> list[Lease]:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT name, holder, acquired_at, expires_at FROM leases ORDER BY holder, name"
            ).fetchall()
        return [Lease(n, h, _time(a), _time(e)) for n, h, a, e in rows]


def _time(value: str) -> datetime:
    moment = parse_time(value)
    assert moment is not None  # NOT NULL columns
    return moment
