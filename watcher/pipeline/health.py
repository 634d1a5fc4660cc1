"""Source health: one alert when a source goes bad, one when it comes back, never one per poll.

A source is unhealthy when it has failed `health_failures` times in a row, or when it has a
`stale_after` period and has produced nothing new for longer than that. A failed poll is any
poll that did not read the source: a fetch or parse error, an input the source boundary
caught (`watcher.ingest.collect`), or a poll of the service that crashed outright
(`pipeline.run.record_crash`), so a source never stays "not polled yet" while it fails.

The change is an event like any other (key `source-health|<id>`, value `unhealthy` or
`healthy`), so the alert log's one-event-one-alert logic applies: the first unhealthy verdict
raises `source_unhealthy`, the same verdict again adds nothing, and the first healthy verdict
after it is `source_recovered`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from watcher.alerting.alerts import Alert, SourceRef
from watcher.ingest.sources import Source
from watcher.pipeline.record import Event
from watcher.state.store import SourceState

RULE_ID = "source-health"
UNHEALTHY, HEALTHY = "unhealthy", "healthy"


@dataclass(frozen=True, slots=True)
class Health:
    status: str
    reason: str


def health_of(source: Source, state: SourceState, now: datetime, failures: int) -> Health:
    """The source's health after its latest poll. Pure."""
    if state.consecutive_failures >= failures:
        return Health(
            UNHEALTHY,
            f"failed {state.consecutive_failures} times in a row; last error: {state.last_error}",
        )
    stale = source.stale_after
    since = state.last_new_at or state.last_ok_at
    if stale is not None and since is not None and now - since > stale:
        return Health(
            UNHEALTHY, f"nothing new since {since:%Y-%m-%d %H:%M} UTC (expected within {stale})"
        )
    return Health(HEALTHY, "polled successfully")


def health_event(
    source_id: str, health: Health, notify: tuple[str, ...], now: datetime
) -> tuple[Event, Alert]:
    """The event and alert for a health verdict; recording decides whether it is news."""
    bad = health.status == UNHEALTHY
    title = f"Source {source_id} is unhealthy" if bad else f"Source {source_id} recovered"
    alert = Alert(
        rule=RULE_ID,
        trigger="source_health",
        severity="warning" if bad else "info",
        key=f"{RULE_ID}|{source_id}",
        event="source_unhealthy" if bad else "source_recovered",
        title=title,
        message=f"{title}: {health.reason}.",
        facts=(),
        comparison=None,
        known=None,
        sources=(SourceRef(source_id, None, None, now),),
        notify=notify,
        created_at=now,
    )
    return Event(alert.key, health.status, RULE_ID), alert
