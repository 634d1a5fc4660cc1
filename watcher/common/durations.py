"""Durations as people write them in YAML, TOML and on the command line: `90s`, `10m`, `1h30m`;
and the same written back for people (`format_duration`), with times relative to now."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
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


_PARTS = (("d", 86400), ("h", 3600), ("m", 60))


def format_duration(value: timedelta) -> str:
    """A duration as people write it, and as `parse_duration` reads it back: `15s`, `10m`,
    `1h30m`, `2d`, `1d2h`; not `0:00:15`. Fractions of a second stay (`0.5s`), and a
    negative duration gets a leading `-`."""
    total = round(value.total_seconds(), 3)
    sign, rest = ("-" if total < 0 else ""), abs(total)
    out = []
    for unit, size in _PARTS:
        count, rest = divmod(rest, size)
        if count:
            out.append(f"{int(count)}{unit}")
    if rest or not out:
        out.append(f"{round(rest, 3):g}s")
    return sign + "".join(out)


_COARSE = (("d", 86400), ("h", 3600), ("min", 60), ("s", 1))


def format_relative(moment: datetime, now: datetime) -> str:
    """How far `moment` is from `now`, in the largest whole unit: `in 12 s`, `3 min ago`,
    `in 2 h`, `5 d ago`; `now` within a second."""
    seconds = (moment - now).total_seconds()
    if abs(seconds) < 1:
        return "now"
    unit, size = next((u, s) for u, s in _COARSE if abs(seconds) >= s)
    amount = f"{int(abs(seconds) // size)} {unit}"
    return f"in {amount}" if seconds > 0 else f"{amount} ago"


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
