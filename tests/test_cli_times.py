"""Times in `watcher status` and `watcher sources list` (issue 12): to the second, with how
long ago or how soon, and intervals as `15s` / `1h30m` rather than `0:00:15`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.test_cli import watcher
from watcher.common.durations import format_duration, format_relative, parse_duration
from watcher.models import Validators
from watcher.state.store import open_store

NOW = datetime(2026, 2, 3, 10, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("seconds", "written"),
    [
        (15, "15s"),
        (600, "10m"),
        (5400, "1h30m"),
        (3600, "1h"),
        (172800, "2d"),
        (93784, "1d2h3m4s"),
        (0.5, "0.5s"),
        (90.25, "1m30.25s"),
        (0, "0s"),
        (-30, "-30s"),
    ],
)
def test_format_duration(seconds: float, written: str) -> None:
    """Durations are written as people write them, and read back to the same value."""
    assert format_duration(timedelta(seconds=seconds)) == written
    if seconds >= 0:
        assert parse_duration(written) == timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("offset_s", "written"),
    [
        (12, "in 12 s"),
        (-180, "3 min ago"),
        (-239, "3 min ago"),
        (7200 + 59, "in 2 h"),
        (-5 * 86400, "5 d ago"),
        (0.4, "now"),
        (0, "now"),
    ],
)
def test_format_relative(offset_s: float, written: str) -> None:
    """How far a time is from now, in the largest whole unit."""
    assert format_relative(NOW + timedelta(seconds=offset_s), NOW) == written


def test_status_and_sources_list_show_seconds_relative_times_and_intervals(
    tmp_path: Path,
) -> None:
    """A source polled 3 min 5 s before `--now`, next due 12 s after it, every 90 s: both
    commands show the times to the second with "ago" and "in", and the interval as `1m30s`."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: inbox, kind: dir, path: ./inbox, interval: 90s}\n"
    )
    with open_store(tmp_path / "watcher.db") as store:
        store.record_success("inbox", Validators(), NOW - timedelta(minutes=3, seconds=5))
        store.set_next_poll("inbox", NOW + timedelta(seconds=12))
    now = ("--now", "2026-02-03T10:00:00Z")
    listed = watcher("sources", "list", *now, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "inbox  dir  every 1m30s\n" in listed.stdout
    assert "last poll 2026-02-03 09:56:55 (3 min ago): ok" in listed.stdout
    assert "next poll 2026-02-03 10:00:12 (in 12 s)" in listed.stdout
    status = watcher("status", *now, cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    line = status.stdout.splitlines()[0]
    assert "last 2026-02-03 09:56:55 (3 min ago)" in line
    assert "next 2026-02-03 10:00:12 (in 12 s)" in line
    assert "0:01:30" not in listed.stdout + status.stdout
