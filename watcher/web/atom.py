"""`/alerts.atom`: recent alerts as an Atom feed, rendered from the state.

The entries are the feed notifier's (`watcher.delivery.notifiers.feed`): the same renderer,
so an alert has the same entry, id included, in the notifier's file and here. Pure: alerts
in, bytes out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from watcher.alerting.alerts import Alert
from watcher.delivery.notifiers.feed import alert_entry, alert_entry_id, render_feed

CONTENT_TYPE = "application/atom+xml; charset=utf-8"
TITLE = "watcher alerts"


def alerts_feed(
    alerts: Iterable[Alert], state_id: str, now: datetime, *, title: str = TITLE
) -> bytes:
    """The Atom feed of stored `alerts` (newest first, as given) of the state `state_id`;
    `now` is the feed's `updated`."""
    entries = [
        alert_entry(alert, alert_entry_id(state_id, alert.id, alert.version), now)
        for alert in alerts
        if alert.id is not None
    ]
    return render_feed(title, f"urn:watcher:{state_id}:alerts", entries, now)
