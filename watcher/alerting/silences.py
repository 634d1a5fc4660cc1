"""Silences: alerts that match are recorded but not sent, for a while.

A silence names a rule, or field matchers (`imposer=US`, `severity=info`,
`participants=Xi`, or a rule label: `label.team=trade`), or both, and lasts until it
expires. Matching is pure; the store keeps silences in the alert log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from watcher.alerting.alerts import Alert

MATCHABLE = (
    "rule",
    "severity",
    "trigger",
    "imposer",
    "target",
    "product",
    "mode",
    "participants",
    "what",
)
LABEL_PREFIX = "label."  # `label.team=trade` matches the rule's label `team`


@dataclass(frozen=True, slots=True)
class Silence:
    id: int
    rule: str | None
    matchers: Mapping[str, str]
    reason: str
    created_at: datetime
    expires_at: datetime

    def active(self, now: datetime) -> bool:
        return self.created_at <= now < self.expires_at


def alert_fields(alert: Alert) -> dict[str, set[str]]:
    """The values a matcher can test, case-folded; list fields give one value per item."""
    fields: dict[str, set[str]] = {
        "rule": {alert.rule},
        "severity": {alert.severity},
        "trigger": {alert.trigger},
    }
    fields.update({LABEL_PREFIX + k: {v} for k, v in alert.labels.items()})
    for fact in alert.facts:
        for name, value in fact.to_dict().items():
            values = value if isinstance(value, list) else [value]
            fields.setdefault(name, set()).update(str(v) for v in values if v is not None)
    return {k: {v.casefold() for v in vs} for k, vs in fields.items()}


def covers(silence: Silence, alert: Alert, now: datetime) -> bool:
    if not silence.active(now) or (silence.rule and silence.rule != alert.rule):
        return False
    fields = alert_fields(alert)
    return all(v.casefold() in fields.get(k, set()) for k, v in silence.matchers.items())


def silenced_by(silences: Iterable[Silence], alert: Alert, now: datetime) -> Silence | None:
    return next((s for s in silences if covers(s, alert, now)), None)


def parse_matchers(pairs: Iterable[str]) -> dict[str, str]:
    """`["imposer=US", "severity=info"]` → dict; raises ValueError naming a bad pair."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        label = key.startswith(LABEL_PREFIX) and len(key) > len(LABEL_PREFIX)
        if not sep or not value or not (label or key in MATCHABLE):
            raise ValueError(
                f"{pair!r}: expected FIELD=VALUE with FIELD one of {', '.join(MATCHABLE)}, "
                f"or {LABEL_PREFIX}NAME for a rule label"
            )
        out[key] = value
    return out
