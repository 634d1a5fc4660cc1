"""`watcher deadlines` as a user runs it (real subprocesses): a state that learns a truce, sees
it brought forward, then extended, and the calendar that follows it, read by two parsers."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.calendars import read_both
from tests.test_cli import watcher

NOW = "2026-03-12T08:00Z"

# Articles written for this test, published one after the other.
SET = """---
published: 2026-03-02T09:00:00Z
url: https://news.example.test/truce-set
---
# US and China agree a tariff truce

The United States agreed a tariff truce with China that runs until June 1, officials said on
Monday.
"""
FORWARD = """---
published: 2026-03-10T09:00:00Z
url: https://news.example.test/truce-cut
---
# Truce cut short

Washington said the tariff truce with China now expires on May 20, weeks earlier than planned.
"""
EXTENDED = """---
published: 2026-03-11T09:00:00Z
url: https://news.example.test/truce-extended
---
# US extends truce with China

President Trump signed an order on Monday that extends the tariff truce with China by 90 days,
moving its end to August 18.
"""
PORT_FEES = """---
published: 2026-03-05T09:00:00Z
url: https://news.example.test/port-fees
---
# China sets a date for port fees

China said its special port fees on US-owned ships take effect on July 1.
"""
# A user's own deadline rule: reminders two weeks before China's deadlines.
USER_RULE = """\
id: china-deadlines-two-weeks
description: China's deadlines, two weeks ahead
trigger:
  type: deadline
  imposer: [China]
  events: [reminder]
  remind_before: [14d]
message: "{{ fact.what }} on {{ fact.date }}"
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder with an inbox source (empty for now) and a folder of the user's rules."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sources.yaml").write_text("sources:\n  - {id: inbox, kind: dir, path: inbox}\n")
    (tmp_path / "my-rules").mkdir()
    (tmp_path / "my-rules" / "china.yaml").write_text(USER_RULE)
    return tmp_path


def _learn(desk: Path, name: str, text: str) -> None:
    (desk / "inbox" / f"{name}.md").write_text(text, encoding="utf-8")
    ran = watcher("check", "--state", "s.db", "--now", NOW, cwd=desk)
    assert ran.returncode == 0, ran.stderr


def _calendar(desk: Path, *rules: str) -> dict[str, dict[str, Any]]:
    options = [arg for folder in rules for arg in ("--rules", folder)]
    ran = watcher(
        "deadlines", "--format", "ics", "--state", "s.db", "--now", NOW, *options, cwd=desk
    )
    assert ran.returncode == 0, ran.stderr
    return read_both(ran.stdout.encode())


def _on(events: dict[str, dict[str, Any]], day: date) -> tuple[str, dict[str, Any]]:
    (found,) = [(uid, e) for uid, e in events.items() if e["start"] == day]
    return found


@pytest.mark.slow
def test_the_calendar_follows_a_truce_moved_then_extended(desk: Path) -> None:
    """Set: one event. Brought forward: the same UID, SEQUENCE 1, the new date. Extended:
    that event CANCELLED, and a new event on the new date with its own UID."""
    _learn(desk, "1-set", SET)
    uid, first = _on(_calendar(desk), date(2026, 6, 1))
    assert (first["sequence"], first["status"]) == (0, "CONFIRMED")
    assert "https://news.example.test/truce-set" in first["description"]

    _learn(desk, "2-forward", FORWARD)
    moved_uid, moved = _on(_calendar(desk), date(2026, 5, 20))
    assert moved_uid == uid
    assert (moved["sequence"], moved["status"]) == (1, "CONFIRMED")

    _learn(desk, "3-extended", EXTENDED)
    events = _calendar(desk)
    assert (events[uid]["status"], events[uid]["sequence"]) == ("CANCELLED", 2)
    assert events[uid]["alarms"] == []
    new_uid, new = _on(events, date(2026, 8, 18))
    assert new_uid != uid
    assert (new["sequence"], new["status"]) == (0, "CONFIRMED")
    assert "by 90 days" in new["description"]


@pytest.mark.slow
def test_a_user_rule_adds_its_alarm_where_its_filters_pass(desk: Path) -> None:
    """With the user's rule folder loaded, China's port fees get a 14-day alarm beside the
    shipped ones; the US truce does not (the rule is for China's deadlines)."""
    _learn(desk, "1-set", SET)
    _learn(desk, "4-fees", PORT_FEES)
    shipped = [-timedelta(days=d) for d in (30, 7, 1, 0)]
    plain = _calendar(desk)
    mine = _calendar(desk, "shipped", "my-rules")
    assert plain.keys() == mine.keys()
    _, fees = _on(mine, date(2026, 7, 1))
    _, truce = _on(mine, date(2026, 6, 1))
    assert _on(plain, date(2026, 7, 1))[1]["alarms"] == shipped
    assert fees["alarms"] == sorted([*shipped, -timedelta(days=14)])
    assert truce["alarms"] == shipped


@pytest.mark.slow
def test_text_counts_down_and_json_has_the_same_events(desk: Path) -> None:
    """Text lists the upcoming deadlines with the days left and the reminders to come;
    `--format json` gives the same deadlines with the calendar's UIDs."""
    _learn(desk, "1-set", SET)
    _learn(desk, "4-fees", PORT_FEES)
    text = watcher("deadlines", "--state", "s.db", "--now", NOW, cwd=desk)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("2026-06-01  in 81 days")
    assert "(reminders to come: 30d, 7d, 1d, 0d)" in lines[0]
    assert lines[1].startswith("2026-07-01  in 111 days")
    assert len(lines) == 2  # the baseline's truce of 2025 has passed
    records = json.loads(
        watcher("deadlines", "--state", "s.db", "--now", NOW, "--format", "json", cwd=desk).stdout
    )
    assert [r["date"] for r in records] == ["2026-06-01", "2026-07-01"]
    assert {r["uid"] for r in records} <= set(_calendar(desk))
    everything = watcher("deadlines", "--all", "--state", "s.db", "--now", NOW, cwd=desk)
    assert everything.stdout.splitlines()[0].startswith("2025-08-12  ")


def test_a_calendar_needs_a_state(tmp_path: Path) -> None:
    """`--format ics` on a state that does not exist yet stops (exit 2) and creates nothing:
    its UIDs would change once the state is made."""
    ran = watcher("deadlines", "--format", "ics", "--state", "none.db", cwd=tmp_path)
    assert ran.returncode == 2
    assert "no state file at none.db yet" in ran.stderr
    assert not (tmp_path / "none.db").exists()
