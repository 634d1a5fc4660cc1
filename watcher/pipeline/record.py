"""Carrying out the alerting decisions (`watcher.alerting.decide`) in the store: alerts,
sources and deliveries.

Runs inside the run's transaction, so an alert, its sources and its pending deliveries are
committed together with the articles that raised them, before any delivery is attempted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from watcher.alerting.alerts import Alert, SourceRef
from watcher.alerting.decide import Action, Decision, Reason, decide
from watcher.alerting.rules import Match
from watcher.alerting.silences import Silence, silenced_by
from watcher.delivery.notifiers.config import NotifierConfig
from watcher.ingest.text import normalize_whitespace
from watcher.models import Article
from watcher.state.alerts import AlertLog

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class Recorded:
    """A match, the alert it became (or corroborated), and what was decided."""

    alert: Alert
    decision: Decision
    alert_id: int | None
    silence: Silence | None = None


def text_hash(article: Article | None) -> str:
    """Syndicated copies of one text hash alike, so they count as one source."""
    text = normalize_whitespace(article.text).casefold() if article else ""
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _due(
    outbox: AlertLog, configs: Mapping[str, NotifierConfig], name: str, at: datetime
) -> datetime:
    """When a delivery to `name` falls due: at once, or when its digest window closes."""
    config = configs.get(name)
    if config is None or config.digest is None:
        return at
    return outbox.open_window(name, at, config.digest) or at + config.digest


def _enqueue(
    outbox: AlertLog,
    alert_id: int,
    alert: Alert,
    version: int,
    *,
    at: datetime,
    configs: Mapping[str, NotifierConfig],
) -> None:
    outbox.enqueue(
        alert_id,
        alert.key,
        version,
        [(name, _due(outbox, configs, name, at)) for name in alert.notify],
    )


@dataclass(frozen=True, slots=True)
class Event:
    """What recording needs to know of a match: which event, with what value, from where,
    and the rule's policy. Rule matches and source-health changes both become events."""

    key: str
    value: str
    rule: str
    corroborating: bool = False
    article: Article | None = None
    realert: timedelta = timedelta(0)
    min_sources: int = 1

    @classmethod
    def of(cls, match: Match) -> Event:
        return cls(
            match.key,
            match.value,
            match.rule.id,
            match.corroborating,
            match.article,
            match.rule.alert.realert,
            match.rule.alert.min_sources,
        )


def _add_source(outbox: AlertLog, alert_id: int, event: Event, now: datetime) -> None:
    if event.article is not None:
        outbox.add_source(
            alert_id, SourceRef.of(event.article), event.article.id, text_hash(event.article), now
        )


def _decide(
    outbox: AlertLog, event: Event, alert: Alert, silence: Silence | None, now: datetime
) -> tuple[Decision, int, int | None]:
    versions = outbox.versions(event.key)
    latest_id = outbox.latest_id(event.key)
    new_source = (
        latest_id is None
        or event.article is None
        or not outbox.has_text(latest_id, text_hash(event.article))
    )
    decision = decide(
        event.value,
        versions,
        now,
        corroborating=event.corroborating,
        new_source=new_source,
        realert=event.realert,
        min_sources=event.min_sources,
        silenced=silence is not None,
    )
    return decision, len(versions), latest_id


def record_one(
    outbox: AlertLog,
    event: Event,
    alert: Alert,
    *,
    silences: Sequence[Silence],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
) -> Recorded:
    """Decide what the event means for its alert, and write that down (no delivery yet)."""
    silence = silenced_by(silences, alert, now)
    decision, n_versions, alert_id = _decide(outbox, event, alert, silence, now)
    if decision.action in (Action.CREATE, Action.UPDATE):
        alert_id = outbox.create(alert, event.value, decision.state, decision.reason, now)
        _add_source(outbox, alert_id, event, now)
        if decision.send:
            _enqueue(
                outbox, alert_id, alert, n_versions + 1, at=decision.send_at or now, configs=configs
            )
    elif decision.reason is Reason.FLAPPING:
        # Back to the value readers were last told: drop what is queued for the other values,
        # and record this value as the latest (sent to nobody) so a later change is news.
        outbox.supersede_pending(event.key, keep_value=event.value)
        alert_id = outbox.create(alert, event.value, decision.state, decision.reason, now)
    elif decision.action is Action.CORROBORATE and alert_id is not None:
        _add_source(outbox, alert_id, event, now)
        if decision.reason is Reason.RELEASED:
            outbox.mark_sent(alert_id)
            _enqueue(outbox, alert_id, alert, n_versions, at=now, configs=configs)
    log.info(
        "alert_decided",
        rule=event.rule,
        alert_key=event.key,
        action=decision.action.value,
        reason=decision.reason.value,
    )
    return Recorded(alert, decision, alert_id, silence)


def record_all(
    outbox: AlertLog,
    pairs: Sequence[tuple[Event, Alert]],
    *,
    silences: Sequence[Silence],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
) -> list[Recorded]:
    return [record_one(outbox, e, a, silences=silences, configs=configs, now=now) for e, a in pairs]
