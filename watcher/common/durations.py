"""Durations as people write them in YAML, TOML and on the command line: `90s`, `10m`, `1h30m`."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)", re.IGNORECASE)
_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def parse_duration(value: object) -> timedelta:
    """`90`, `"45s"`, `"10m"`, `"1h30m"`, `"2d"` → timedelta. Plain numbers are seconds."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _seconds(value, value)
    if not isinstance(value, str):
        # pydantic turns ValueError (not TypeError) into a validation message
        raise ValueError("expected a duration such as 90s, 10m, 1h or 2d")  # noqa: TRY004
    text = value.strip().replace(" ", "")
    if text.replace(".", "", 1).isdigit():
        return _seconds(float(text), value)
    parts = _DURATION.findall(text)
    if not parts or "".join(n + u for n, u in parts).lower() != text.lower():
        raise ValueError(f"{value!r} is not a duration such as 90s, 10m, 1h30m or 2d")
    return _seconds(sum(float(n) * _UNITS[u.lower()] for n, u in parts), value)


def _seconds(seconds: float, value: object) -> timedelta:
    try:
        return timedelta(seconds=seconds)
    except OverflowError:  # `inf`, `99999999999d`: a ValueError, so pydantic names the field
        raise ValueError(f"{value!r} is longer than any calendar holds") from None
