"""Alerts and messages made up for notifier tests (invented sentences, not corpus text)."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from watcher.alerting.alerts import Alert, SourceRef
from watcher.delivery.notifiers import Message
from watcher.facts.registry import TariffRate
from watcher.models import Status

PUBLISHED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def make_alert(**changes: Any) -> Alert:
    """A warning about an invented widget duty, with one fact and one source."""
    alert = Alert(
        rule="widget-duty",
        trigger="rate_change",
        severity="warning",
        key="widget-duty:US:China:widgets",
        event="changed",
        title="Widget duty raised to 40%",
        message="The duty on imported widgets goes up to 40 percent.\nIt starts next month.",
        facts=(
            TariffRate(
                status=Status.ANNOUNCED,
                evidence="Officials said the widget duty will climb to 40 percent.",
                imposer="US",
                target="China",
                product="widgets",
                rate_pct=40.0,
                previous_pct=25.0,
            ),
        ),
        comparison="changed",
        known={"rate_pct": 25},
        sources=(
            SourceRef(
                "example-wire", "https://news.example.org/widgets", "Widget duty climbs", PUBLISHED
            ),
        ),
        notify=("team",),
    )
    return replace(alert, **changes)


STATE_ID = "0123456789abcdef0123456789abcdef"


def make_message(
    *alerts: Alert, key: str = "k-0001", notifier: str = "team", state_id: str = STATE_ID
) -> Message:
    """A message of the given alerts (one made-up alert when none are given), from the
    state `state_id`."""
    return Message(
        idempotency_key=key, alerts=alerts or (make_alert(),), notifier=notifier, state_id=state_id
    )


def make_update(**changes: Any) -> Alert:
    """The made-up alert as its second version, an update of the one already sent."""
    return make_alert(version=2, **changes)


def free_port() -> int:
    """A loopback port nothing listens on now (aiosmtpd cannot bind port 0 itself)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
