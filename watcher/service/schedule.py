"""When to poll a source next: its interval, stretched by what the server asks and by failures.

Pure: the outcome of the last poll, the number of failures in a row, the interval and `now`
go in, a time comes out. A server's `Retry-After`, a feed's `<ttl>` and a response's
`Cache-Control: max-age` each set a time before which polling again is impolite; a source
that keeps failing is polled exponentially less often, up to a ceiling.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from watcher.common.retry import backoff_s

# A server may ask for a pause; it may not silence a source for more than a day.
MAX_HINT = timedelta(days=1)


def failure_backoff(interval: timedelta, failures: int, ceiling: timedelta) -> timedelta:
    """The interval doubled for each failure after the first, capped (never below the
    interval itself). No jitter: the scheduler already spreads the sources' polls."""
    if failures <= 1:
        return interval
    cap = max(ceiling, interval)
    return timedelta(
        seconds=backoff_s(failures, base_s=interval.total_seconds(), cap_s=cap.total_seconds())
    )


def next_poll(
    now: datetime,
    interval: timedelta,
    *,
    failures: int = 0,
    hints_s: tuple[float | None, ...] = (),
    ceiling: timedelta,
) -> datetime:
    """The earliest polite time for the next poll."""
    wait = failure_backoff(interval, failures, ceiling)
    for hint in hints_s:
        if hint is not None and hint > 0:
            wait = max(wait, min(timedelta(seconds=hint), MAX_HINT))
    return now + wait
