"""Alerts: what a rule match becomes, rendered and ready to deliver.

An alert carries everything a reader needs to trust it without opening anything else: the
rule and severity, a title and message from the rule's templates, the facts with their status
and evidence sentence, how they compare with what was known, and the sources (URL, title,
publication time). Pure: a match in, an alert out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import structlog

from watcher.alerting.rules.evaluate import Match
from watcher.alerting.rules.template import render
from watcher.facts.kinds.tariff_rate.trigger import rate_change
from watcher.facts.known import Comparison
from watcher.facts.registry import Fact, fact_from_dict, summarize
from watcher.models import Article

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an alert's evidence was read."""

    source: str
    url: str | None
    title: str | None
    published: datetime | None

    @classmethod
    def of(cls, article: Article) -> SourceRef:
        return cls(article.source_id, article.url, article.title, article.published)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert, as notifiers and `--format jsonl` see it."""

    rule: str
    trigger: str
    severity: str
    key: str
    event: str
    title: str
    message: str
    facts: tuple[Fact, ...]
    comparison: str | None
    known: dict[str, Any] | None
    sources: tuple[SourceRef, ...]
    notify: tuple[str, ...]
    id: int | None = None  # set once the alert is stored
    version: int = 1  # 2, 3, ... for updates: the same event with a new value
    created_at: datetime | None = None
    labels: dict[str, str] = field(default_factory=dict)  # the rule's, for silences and receivers

    @property
    def is_update(self) -> bool:
        return self.version > 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "update": self.is_update,
            "rule": self.rule,
            "trigger": self.trigger,
            "severity": self.severity,
            "key": self.key,
            "event": self.event,
            "title": self.title,
            "message": self.message,
            "facts": [f.to_dict() for f in self.facts],
            "comparison": self.comparison,
            "known": self.known,
            "sources": [s.to_dict() for s in self.sources],
            "notify": list(self.notify),
            "labels": dict(self.labels),
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def _fact_of(match: Match) -> Fact | None:
    if match.comparison is not None:
        return match.comparison.fact
    return match.deadline.fact if match.deadline is not None else None


def _change(comparison: Comparison | None) -> float | None:
    if comparison is None or comparison.fact.kind != "tariff_rate":
        return None
    change = rate_change(comparison)
    return int(change) if change is not None and change.is_integer() else change


def context(match: Match) -> dict[str, Any]:
    """The only values a rule's templates can see."""
    fact = _fact_of(match)
    comparison = match.comparison
    known = comparison.known if comparison else match.deadline
    article = match.article
    return {
        "fact": fact.to_dict() if fact else None,
        "known": known.to_dict() if known and comparison else None,
        "comparison": comparison.outcome.value if comparison else None,
        "change_pts": _change(comparison),
        "event": {"type": match.event, "days_left": match.days_left, "terms": list(match.terms)},
        "article": {k: v for k, v in article.to_dict().items() if k != "text"} if article else None,
        "rule": {
            "id": match.rule.id,
            "description": match.rule.description,
            "severity": match.rule.severity,
            "labels": dict(match.rule.labels),
            "annotations": dict(match.rule.annotations),
            "author": match.rule.author,
            "references": list(match.rule.references),
        },
    }


def _default_title(match: Match, fact: Fact | None) -> str:
    if fact is not None:
        return f"{match.rule.description}: {summarize(fact)}"
    return f"{match.rule.description}: {match.article.title if match.article else ''}"


def _render(source: str | None, ctx: dict[str, Any], fallback: str, rule: str) -> str:
    """A template that fails at render time (a type error on an unusual value) must not cost
    the alert: the fallback text is used and the failure logged with the rule."""
    if not source:
        return fallback
    try:
        return render(source, ctx)
    except Exception as exc:
        log.warning("template_failed", rule=rule, error=f"{type(exc).__name__}: {exc}")
        return fallback


def render_alert(match: Match) -> Alert:
    rule, fact = match.rule, _fact_of(match)
    ctx = context(match)
    default_title = _default_title(match, fact)
    title = _render(rule.title, ctx, default_title, rule.id)
    body = fact.evidence if fact is not None else default_title
    return Alert(
        rule=rule.id,
        trigger=rule.trigger.type,
        severity=rule.severity,
        key=match.key,
        event=match.event,
        title=title,
        message=_render(rule.message, ctx, body, rule.id),
        facts=(fact,) if fact else (),
        comparison=ctx["comparison"],
        known=ctx["known"],
        sources=(SourceRef.of(match.article),) if match.article else (),
        notify=rule.notify or (),  # the rule's override; else the pipeline routes it
        labels=dict(rule.labels),
    )


def fingerprint(key: str) -> str:
    """A short, stable id for an alert key (rule plus the values that identify the event)."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def alert_from_dict(data: dict[str, Any]) -> Alert:
    """The inverse of `Alert.to_dict`, for alerts this program stored."""
    sources = tuple(
        SourceRef(
            s["source"],
            s.get("url"),
            s.get("title"),
            datetime.fromisoformat(s["published"]) if s.get("published") else None,
        )
        for s in data.get("sources", ())
    )
    created = data.get("created_at")
    return Alert(
        rule=data["rule"],
        trigger=data["trigger"],
        severity=data["severity"],
        key=data["key"],
        event=data["event"],
        title=data["title"],
        message=data["message"],
        facts=tuple(fact_from_dict(f) for f in data.get("facts", ())),
        comparison=data.get("comparison"),
        known=data.get("known"),
        sources=sources,
        notify=tuple(data.get("notify", ())),
        id=data.get("id"),
        version=int(data.get("version", 1)),
        created_at=datetime.fromisoformat(created) if created else None,
        labels=dict(data.get("labels") or {}),
    )
