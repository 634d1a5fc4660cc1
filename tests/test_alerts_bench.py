"""bench/alerts.py scoring: precision, recall and the two readings of quiet items."""

from __future__ import annotations

from typing import Any

from bench.alerts import ItemRun, score, summary


def _tariff(rate: float) -> dict[str, Any]:
    return {"kind": "tariff_rate", "imposer": "US", "target": "CN", "rate_pct": rate}


def _alert(fact: dict[str, Any] | None, event: str = "changed", sources: bool = True) -> Any:
    return {
        "rule": "r", "trigger": "t", "event": event, "decision": "first",
        "title": "an alert", "facts": [fact] if fact else [],
        "sources": ["https://desk.example/a"] if sources else [],
    }  # fmt: skip


def _item(expected: list[dict[str, Any]], acceptable: list[dict[str, Any]]) -> dict[str, Any]:
    return {"expected": expected, "also_acceptable": acceptable}


def test_quiet_items_are_read_strictly_and_with_acceptable_alerts_set_aside() -> None:
    """001 is a TP; 002 alerts only acceptably; 003 alerts unacceptably; 004 and 005 are quiet."""
    items = [
        ("001", _item([_tariff(30)], [])),
        ("002", _item([], [_tariff(20)])),
        ("003", _item([], [_tariff(20)])),
        ("004", _item([], [])),
        ("005", _item([], [])),
    ]
    runs = [
        ItemRun("001", [_alert(_tariff(30))]),
        ItemRun("002", [_alert(_tariff(20))]),
        ItemRun("003", [_alert(_tariff(20)), _alert(_tariff(99))]),
        ItemRun("004", [_alert(None, event="reminder", sources=False)]),
        ItemRun("005", []),
    ]
    report = score(items, runs)
    assert report.quiet_items == 4
    assert report.quiet_alerted == ["002", "003"]
    assert report.quiet_unacceptable == ["003"]
    tally = report.tallies["tariff_rate"]
    assert (tally.tp, tally.fp, tally.fn, tally.acceptable) == (1, 1, 0, 2)
    quiet = summary(report, len(items), 0.0)["quiet"]
    assert (quiet["alerted"], quiet["share"]) == (2, 0.5)
    assert (quiet["alerted_not_acceptable"], quiet["share_not_acceptable"]) == (1, 0.25)
    assert quiet["not_acceptable_items"] == ["003"]
