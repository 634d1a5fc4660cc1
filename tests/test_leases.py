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


def test_an_instance_takes_its_share_and_gives_up_the_rest_when_another_joins(
    state_at: Path | str,
) -> None:
    """Alone, an instance takes every source; once a second one is live it gives up the
    leases beyond half (rounded up) as it comes to them, and the second takes those."""
    one = Instance("one", "host", 1, "0.1.0", NOW, NOW)
    two = Instance("two", "host", 2, "0.1.0", NOW, NOW)
    names = [f"source:s{i}" for i in range(5)]
    with open_store(state_at) as store:
        leases = Leases(store)
        leases.heartbeat(one, NOW, TTL)
        assert all(leases.acquire(n, "one", NOW, TTL, of=5) for n in names)
        later = NOW + timedelta(seconds=5)
        leases.heartbeat(two, later, TTL)
        kept = [n for n in names if leases.acquire(n, "one", later, TTL, of=5)]
        taken = [n for n in names if leases.acquire(n, "two", later, TTL, of=5)]
        assert not leases.acquire("source:s0", "one", later, TTL, of=5)
    assert len(kept) == 3
    assert sorted(kept + taken) == names
