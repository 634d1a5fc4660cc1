"""Leases and instances in the store, on SQLite and on PostgreSQL (`state_at`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from watcher.state.leases import Instance, Leases
from watcher.state.store import open_store

NOW = datetime(2025, 6, 6, 12, 0, tzinfo=UTC)
TTL = timedelta(seconds=30)


def test_a_lease_is_one_holders_until_it_expires(state_at: Path | str) -> None:
    """Another holder cannot take a lease before it expires; after, it can, and the holder
    can always renew its own."""
    with open_store(state_at) as store:
        leases = Leases(store)
        assert leases.acquire("source:a", "one", NOW, TTL)
        assert not leases.acquire("source:a", "two", NOW + timedelta(seconds=29), TTL)
        assert leases.acquire("source:a", "one", NOW + timedelta(seconds=29), TTL)
        assert not leases.acquire("source:a", "two", NOW + timedelta(seconds=58), TTL)
        assert leases.acquire("source:a", "two", NOW + timedelta(seconds=60), TTL)
        [lease] = leases.leases()
    assert (lease.holder, lease.expires_at) == ("two", NOW + timedelta(seconds=90))


def test_the_heartbeat_renews_every_lease_and_leaving_gives_them_back(
    state_at: Path | str,
) -> None:
    """An instance's heartbeat records it and keeps all its leases; a clean stop frees them."""
    me = Instance("one", "host", 42, "0.1.0", NOW, NOW)
    with open_store(state_at) as store:
        leases = Leases(store)
        leases.acquire("source:a", "one", NOW, TTL)
        leases.acquire("clock", "one", NOW, TTL)
        leases.heartbeat(me, NOW + timedelta(seconds=20), TTL)
        assert not leases.acquire("clock", "two", NOW + timedelta(seconds=45), TTL)
        assert [(i.id, i.heartbeat_at) for i in leases.instances()] == [
            ("one", NOW + timedelta(seconds=20))
        ]
        leases.leave("one")
        assert leases.instances() == []
        assert leases.acquire("clock", "two", NOW + timedelta(seconds=21), TTL)
