"""What a server says about retrying: which statuses invite another try, and `Retry-After`.

Shared by the two HTTP seams (fetching sources, posting to notifiers).
"""

from __future__ import annotations

import re
from datetime import UTC
from email.utils import parsedate_to_datetime

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Statuses that say "try again later" rather than "this will never work"."""
_DELAY_SECONDS = re.compile(r"\d+(?:\.\d+)?")


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
