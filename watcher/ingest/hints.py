"""What a response says about polling it again: `Cache-Control: max-age` and an RSS `<ttl>`.

The service's schedule (`watcher.service.schedule`) turns these hints into the next poll time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_MAX_AGE = re.compile(r"\bmax-age\s*=\s*(\d+)", re.IGNORECASE)
_TTL = re.compile(rb"<(?:\w+:)?ttl>\s*(\d+)\s*</(?:\w+:)?ttl>", re.IGNORECASE)


def max_age_s(headers: Mapping[str, str]) -> float | None:
    """`Cache-Control: max-age=N`, unless the response also says `no-cache`/`no-store`."""
    value = headers.get("cache-control", "")
    if "no-cache" in value or "no-store" in value:
        return None
    match = _MAX_AGE.search(value)
    return float(match.group(1)) if match else None


def ttl_s(body: bytes) -> float | None:
    """An RSS feed's `<ttl>` (minutes), looked for in the channel head only."""
    match = _TTL.search(body[:65536])
    return float(match.group(1)) * 60 if match else None
