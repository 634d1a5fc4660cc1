"""Alert history retention: alerts older than `alert_retention_days` are removed.

The alert log grows by every alert and every delivery attempt for as long as the service
runs; a year of it answers every question people ask of `watcher alerts list`. Removed with
an alert go its sources, its deliveries and their attempts. Never removed: an alert with a
delivery still pending, in flight or dead, since that alert has not reached someone yet (a
dead one waits for `watcher alerts retry`). The known state (learned facts) is not touched,
so an old event that is reported again is a confirmation, not a new alert.
"""

from __future__ import annotations

from datetime import datetime

import structlog

from watcher.state.db import iso
from watcher.state.store import Store

log = structlog.get_logger(__name__)

# The alerts to remove, chosen once: created before the cutoff, nothing left to deliver.
_CHOOSE = (
    "CREATE TEMP TABLE IF NOT EXISTS pruned_alerts (id INTEGER PRIMARY KEY)",
    "DELETE FROM pruned_alerts",
    "INSERT INTO pruned_alerts SELECT a.id FROM alerts a WHERE a.created_at < ?"
    " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.alert_id = a.id"
    " AND d.state IN ('pending', 'sending', 'dead'))",
)
# Children first: the foreign keys are enforced.
_DELETES = (
    "DELETE FROM delivery_attempts WHERE delivery_id IN"
    " (SELECT id FROM deliveries WHERE alert_id IN (SELECT id FROM pruned_alerts))",
    "DELETE FROM deliveries WHERE alert_id IN (SELECT id FROM pruned_alerts)",
    "DELETE FROM alert_sources WHERE alert_id IN (SELECT id FROM pruned_alerts)",
    "DELETE FROM alerts WHERE id IN (SELECT id FROM pruned_alerts)",
)


def prune_alerts(store: Store, before: datetime) -> int:
    """Remove the alerts created before `before` that have nothing left to deliver, with
    their sources, deliveries and attempts, in one transaction; returns how many alerts.

    Not in the writers' turn: it runs after every poll, and the alerts it removes are old
    ones with nothing to deliver, which no other writer touches."""
    with store.transaction(exclusive=False) as conn:
        conn.execute(_CHOOSE[0])
        conn.execute(_CHOOSE[1])
        conn.execute(_CHOOSE[2], (iso(before),))
        removed = 0
        for statement in _DELETES:
            removed = conn.execute(statement).rowcount  # the last: alerts
    if removed:
        log.info("alerts_pruned", alerts=removed, before=iso(before))
    return removed
