"""`watcher check` over a running store (real subprocesses, one state file): a leader contact
the store knows, told again later as background, raises no second alert, and a statement's day
never dates it.

A real subprocess rather than the pipeline function: what a desk sees is the state file, the
seeds it starts from, the comparison and the alert rules together, as a user runs them day
after day. Articles written for this test.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.test_cli import watcher

MET = (date(2025, 10, 30), "Leaders meet", "Trump and Xi met in Busan on Thursday.")
SOY = (
    date(2025, 12, 10),
    "Soy trade",
    "Cargoes of US soybeans bound for China have picked up since Trump and Xi met in Busan.",
)
PORTS = (
    date(2026, 1, 5),
    "Port volumes",
    "Container traffic has grown since Trump and Xi held talks in Busan, harbour officials "
    "said on Monday.",
)
NEWS = (
    date(2026, 1, 8),
    "Leaders talk",
    "Trump said he had a very good meeting with Xi and that they discussed Taiwan.",
)


def _check(desk: Path, n: int, article: tuple[date, str, str]) -> str:
    """One article dropped in the inbox, then `watcher check` the day after it was published."""
    published, title, body = article
    (desk / "inbox" / f"{n}.md").write_text(
        f"---\npublished: {published}T09:00:00Z\nurl: https://news.example.test/{n}\n---\n"
        f"# {title}\n\n{body}\n",
        encoding="utf-8",
    )
    now = f"{published + timedelta(days=1)}T08:00Z"
    ran = watcher("check", "--state", "s.db", "--now", now, cwd=desk)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def test_a_known_meeting_told_again_as_background_raises_no_alert(tmp_path: Path) -> None:
    """The meeting alerts once; "since they met", months on, is that meeting (no alert, and
    no statement's day on it); a main-clause report of a meeting with no day stays news."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "sources.yaml").write_text("sources:\n  - {id: inbox, kind: dir, path: inbox}\n")
    first = _check(tmp_path, 1, MET)
    assert "Trump-Xi meeting on 2025-10-30" in first
    second = _check(tmp_path, 2, SOY)
    assert "CONFIRMED leader_contact" in second
    assert "0 alerts" in second
    third = _check(tmp_path, 3, PORTS)
    assert "2026-01-05" not in third.split("ALERTS")[0].split("Port volumes")[1]
    assert "0 alerts" in third
    fourth = _check(tmp_path, 4, NEWS)
    assert "NEW leader_contact" in fourth
    assert "[critical] Trump-Xi meeting" in fourth
