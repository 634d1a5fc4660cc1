"""What the state publishes to subscribers: the deadline calendar and the alerts feed.

Each call reads the state once (the known state, or the recent alerts, and the state's id)
and hands the values to the pure renderers (`watcher.web.ics`, `watcher.web.atom`). The ops
server's `/deadlines.ics` and `/alerts.atom`, and `watcher deadlines`, call these.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from watcher.alerting.rules import Rule
from watcher.facts.baseline import known_state
from watcher.facts.kinds.deadline.trigger import DeadlineTrigger
from watcher.facts.known import KnownFact
from watcher.state.alerts import AlertLog
from watcher.state.store import Store
from watcher.web.atom import alerts_feed
from watcher.web.deadlines import DeadlineEvent, deadline_events
from watcher.web.ics import calendar

FEED_ENTRIES = 100  # the most recent alerts in `/alerts.atom`


def deadline_triggers(rules: Iterable[Rule]) -> list[DeadlineTrigger]:
    """The triggers of the enabled deadline rules: their reminders become the alarms."""
    return [r.trigger for r in rules if r.enabled and isinstance(r.trigger, DeadlineTrigger)]


def known_deadlines(store: Store, baseline: Iterable[KnownFact]) -> list[DeadlineEvent]:
    """The events of every deadline the state knows (the baseline and what it learned)."""
    return deadline_events(known_state(baseline, store.learned_facts()), store.state_id())


def deadlines_ics(
    store: Store, baseline: Iterable[KnownFact], rules: Iterable[Rule], now: datetime
) -> bytes:
    """`/deadlines.ics`: the calendar of the state's deadlines, alarms from `rules`."""
    return calendar(known_deadlines(store, baseline), deadline_triggers(rules), now)


def alerts_atom(store: Store, now: datetime, *, limit: int = FEED_ENTRIES) -> bytes:
    """`/alerts.atom`: the state's most recent alerts, newest first."""
    rows = AlertLog(store).list(limit=limit)
    return alerts_feed((row.alert for row in rows), store.state_id(), now)
