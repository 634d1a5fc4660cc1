"""Durations as people write them in YAML, TOML and on the command line: `90s`, `10m`, `1h30m`."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated

from pydantic import BeforeValidator

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


def _seconds(seconds: float, written: object) -> timedelta:
    """A duration of that many seconds; infinity, NaN or one past `timedelta`'s range (about
    2.7 million years) is a ValueError that names what was written, not an OverflowError."""
    try:
        return timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        raise ValueError(f"{written!r} is not a finite duration such as 90s, 10m or 2d") from None


def _as_seconds(value: object) -> object:
    """A duration written as text (`"30s"`, `"1h30m"`) as a number of seconds. A number,
    also one written as text as a variable gives it (`"30"`, `"1e3"`, `"1e309"`), is left
    for pydantic to check, so it keeps its bounds (`gt=0`, finite) and their messages."""
    if not isinstance(value, str):
        return value
    try:
        float(value)
    except ValueError:
        return parse_duration(value).total_seconds()
    return value


Seconds = Annotated[float, BeforeValidator(_as_seconds)]
"""A `*_s` setting: seconds as a number (`90`, `1.5`) or a duration (`"90s"`, `"10m"`,
`"1h30m"`, `"2d"`), in TOML, `.env` and `WATCHER_*` variables alike."""
