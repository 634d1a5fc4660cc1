"""Carrying out the dedup decisions in the store: alerts, sources and deliveries.

Runs inside the run's transaction, so an alert, its sources and its pending deliveries are
committed together with the articles that raised them, before any delivery is attempted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import structlog

from watcher.alerts import Alert, SourceRef
from watcher.dedup import Action, Decision, Reason, decide
from watcher.models import Article
from watcher.notifiers.config import NotifierConfig
from watcher.outbox import AlertLog
from watcher.rules import Match
from watcher.silences import Silence, silenced_by
from watcher.text import normalize_whitespace

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
    config = configs.get(name)
    if config is None or config.digest is None:
        return at
    return outbox.pending_due_at(name) or at + config.digest


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


def _add_source(outbox: AlertLog, alert_id: int, match: Match, now: datetime) -> None:
    if match.article is not None:
        outbox.add_source(
            alert_id, SourceRef.of(match.article), match.article.id, text_hash(match.article), now
        )


def record_one(
    outbox: AlertLog,
    match: Match,
    alert: Alert,
    *,
    silences: Sequence[Silence],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
) -> Recorded:
    versions = outbox.versions(match.key)
    latest_id = outbox.latest_id(match.key)
    silence = silenced_by(silences, alert, now)
    new_source = (
        latest_id is None
        or match.article is None
        or not outbox.has_text(latest_id, text_hash(match.article))
    )
    decision = decide(
        match.value,
        versions,
        now,
        corroborating=match.corroborating,
        new_source=new_source,
        realert=match.rule.alert.realert,
        min_sources=match.rule.alert.min_sources,
        silenced=silence is not None,
    )
    alert_id = latest_id
    if decision.action in (Action.CREATE, Action.UPDATE):
        alert_id = outbox.create(alert, match.value, decision.state, decision.reason, now)
        _add_source(outbox, alert_id, match, now)
        if decision.send:
            _enqueue(
                outbox,
                alert_id,
                alert,
                len(versions) + 1,
                at=decision.send_at or now,
                configs=configs,
            )
    elif decision.action is Action.CORROBORATE and alert_id is not None:
        _add_source(outbox, alert_id, match, now)
        if decision.reason is Reason.RELEASED:
            outbox.mark_sent(alert_id, now)
            _enqueue(outbox, alert_id, alert, len(versions), at=now, configs=configs)
    log.info(
        "alert_decided",
        rule=match.rule.id,
        alert_key=match.key,
        action=decision.action.value,
        reason=decision.reason.value,
    )
    return Recorded(alert, decision, alert_id, silence)


def record_all(
    outbox: AlertLog,
    pairs: Sequence[tuple[Match, Alert]],
    *,
    silences: Sequence[Silence],
    configs: Mapping[str, NotifierConfig],
    now: datetime,
) -> list[Recorded]:
    return [record_one(outbox, m, a, silences=silences, configs=configs, now=now) for m, a in pairs]
