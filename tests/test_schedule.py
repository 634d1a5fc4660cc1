"""When to poll next: interval, server hints and failure backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.ingest.hints import max_age_s, ttl_s
from watcher.service.schedule import failure_backoff, next_poll

NOW = datetime(2025, 10, 10, 12, 0, tzinfo=UTC)
TEN = timedelta(minutes=10)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("failures", "hints", "expected"),
    [
        (0, (), TEN),
        (0, (1800.0,), timedelta(minutes=30)),  # Retry-After / max-age / ttl longer than interval
        (0, (60.0, None), TEN),  # a shorter hint does not make us poll more often
        (0, (10 * 86400.0,), timedelta(days=1)),  # no hint silences a source for over a day
        (1, (), TEN),
        (2, (), 2 * TEN),
        (3, (), 4 * TEN),
        (30, (), HOUR),  # the ceiling
    ],
)
def test_next_poll(failures: int, hints: tuple[float | None, ...], expected: timedelta) -> None:
    """The next poll waits for the interval, the longest hint, and the failure backoff."""
    assert next_poll(NOW, TEN, failures=failures, hints_s=hints, ceiling=HOUR) == NOW + expected


def test_hints_are_read_from_headers_and_feed() -> None:
    """max-age comes from Cache-Control (unless no-cache); ttl is in minutes."""
    assert max_age_s({"cache-control": "public, max-age=600"}) == 600
    assert max_age_s({"cache-control": "no-cache, max-age=600"}) is None
    assert max_age_s({}) is None
    assert ttl_s(b"<rss><channel><ttl>30</ttl></channel></rss>") == 1800
    assert ttl_s(b"<rss><channel></channel></rss>") is None


def test_backoff_never_shortens_a_long_interval() -> None:
    """A ceiling below the interval leaves the interval as it is."""
    assert failure_backoff(timedelta(hours=2), 5, HOUR) == timedelta(hours=2)
