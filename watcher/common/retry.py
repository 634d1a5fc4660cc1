"""Retrying: how long to wait (`backoff_s`), which statuses invite another try, and what a
server's `Retry-After` asks for.

`backoff_s` is the one place a backoff is computed: fetch retries (full jitter), delivery
retries in the outbox (half jitter) and a failing source's poll interval in the service (no
jitter) differ only in their base, cap and jitter. The status and header helpers are shared by
the two HTTP seams (fetching sources, posting to notifiers).
"""

from __future__ import annotations

import random as _random
import re
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Statuses that say "try again later" rather than "this will never work"."""
_DELAY_SECONDS = re.compile(r"\d+(?:\.\d+)?")
_MAX_EXPONENT = 60  # 2**60 times any base is past every cap, and still a finite float


def backoff_s(
    attempt: int,
    *,
    base_s: float,
    cap_s: float,
    jitter: float = 0.0,
    random: Callable[[], float] = _random.random,
) -> float:
    """Seconds to wait after failure number `attempt` (1 for the first): `base_s`, doubled
    for each failure after the first, at most `cap_s`.

    `jitter` is the share of that wait left to chance, so that many clients failing together
    do not retry together: 0 waits exactly, 0.5 waits between half and all of it, 1 waits
    anything up to all of it ("full jitter"). `random` draws from [0, 1); it is a parameter so
    that tests can fix it.
    """
    exponent = min(max(attempt - 1, 0), _MAX_EXPONENT)
    ceiling = min(cap_s, base_s * 2.0**exponent)
    if not jitter:
        return ceiling
    return ceiling * (1.0 - jitter + jitter * random())


def retry_after_seconds(value: str | None, *, date: str | None, now: float) -> float | None:
    """Seconds a `Retry-After` value asks us to wait, or None when absent or unreadable.

    An HTTP-date is measured against the response's own `Date` header when it has one, so
    a server whose clock is off still gets the pause it asked for; else against `now`
    (seconds since the epoch).
    """
    if value is None:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    reference = _http_date(date) if date else None
    return max(0.0, when - (now if reference is None else reference))


def _http_date(value: str) -> float | None:
    """An HTTP-date as seconds since the epoch; a date without a zone is GMT (RFC 9110)."""
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
