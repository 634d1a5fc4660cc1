"""Who holds a delivery in flight, and when such a claim is abandoned.

A delivery being sent is claimed by one process (host, pid and a token of the process
instance), so that no other thread or process sends it too. A claim whose owner has died is
taken over: at-least-once delivery, with the same idempotency key. A claim is also a lease:
it expires (`claim_expires_at`) unless its owner renews it (the service's heartbeat), so a
claim left by a process on another machine, whose pid cannot be checked, is taken over after
the lease rather than never.
"""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from watcher.state.db import parse_time

# A claim older than this is abandoned even when its owner cannot be checked (another host).
CLAIM_LEASE = timedelta(minutes=15)


_TOKEN = secrets.token_hex(4)  # tells this process from an earlier one that had its pid


_in_flight: set[int] = set()  # deliveries this process is sending right now
_in_flight_lock = threading.Lock()


@contextmanager
def sending(delivery_ids: Iterable[int]) -> Iterator[None]:
    """While these claimed deliveries are being sent and settled: only those are renewed
    by the heartbeat (`in_flight`). A claim this process failed to settle or give back (the
    database went away) is not, so it expires and is claimed again, rather than being held
    for as long as the process lives."""
    ids = set(delivery_ids)
    with _in_flight_lock:
        _in_flight.update(ids)
    try:
        yield
    finally:
        with _in_flight_lock:
            _in_flight.difference_update(ids)


def in_flight() -> list[int]:
    """The deliveries this process is sending now."""
    with _in_flight_lock:
        return sorted(_in_flight)


def claimer() -> str:
    """Who is sending: this host, process and process instance."""
    return f"{socket.gethostname()}:{os.getpid()}:{_TOKEN}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, as another user
    return True


def claim_abandoned(
    claimed_by: str | None, claimed_at: str | None, now: datetime, expires_at: str | None = None
) -> bool:
    """A `sending` claim nobody will settle: its process has died (same host), or reused
    pid belongs to another process now (a restarted container is pid 1 again), or its lease
    has run out (`expires_at`; a claim from before leases: older than `CLAIM_LEASE`)."""
    host, pid, token = [*(claimed_by or "").split(":"), "", "", ""][:3]
    when, until = parse_time(claimed_at), parse_time(expires_at)
    if when is None or (until or when + CLAIM_LEASE) < now:
        return True
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return token != _TOKEN
    return not _alive(int(pid))
