"""Routing: which notifiers a rule's alert goes to, in the way of Alertmanager's route tree.

Rules say what matters; the operator's settings say who hears it. A route matches on the
alert's rule id, severity, trigger kind and the rule's `labels`, each a value or a list of
values any of which will do, and sends to its `notify` list. Routes are tried in order and
the first that matches wins, unless it says `continue: true`, in which case the search goes
on and every matching route adds its notifiers. An alert no route matched goes to the
default route: `default_route` when set, else every configured notifier, so an operator who
configures only a webhook gets every alert there without editing a rule. A rule's own
`notify:` is an override that bypasses routing.

Pure: values in, notifier names out. The settings hold the routes (`Route` is their model);
the pipeline asks `Router.route` once per alert; `watcher routes test` shows the decision.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from watcher.alerting.rules.schema import LABEL_NAME, Rule, Severity
from watcher.facts.kinds.base import as_tuple
from watcher.facts.registry import KINDS

TRIGGERS = (*KINDS, "keyword")
_LABEL = re.compile(LABEL_NAME)
Via = Literal["override", "route", "default"]

_OneOrMany = Annotated[tuple[str, ...], BeforeValidator(as_tuple)]


class Route(BaseModel):
    """One route: matchers (all must hold; none given matches every alert) and notifiers."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    name: str | None = Field(None, description="A name for messages and `routes test`.")
    severity: Annotated[tuple[Severity, ...], BeforeValidator(as_tuple)] = Field(
        (), description="Any of these severities."
    )
    rule: _OneOrMany = Field((), description="Any of these rule ids.")
    trigger: _OneOrMany = Field((), description="Any of these trigger kinds.")
    labels: dict[str, _OneOrMany] = Field(
        default_factory=dict, description="Rule label → a value or a list of values (any of)."
    )
    notify: _OneOrMany = Field(min_length=1, description="Names of configured notifiers.")
    continue_: bool = Field(
        False, alias="continue", description="Go on to the next routes after a match."
    )

    @field_validator("trigger")
    @classmethod
    def _known_triggers(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [t for t in value if t not in TRIGGERS]
        if unknown:
            raise ValueError(
                f"{', '.join(unknown)}: not a trigger type; one of {', '.join(TRIGGERS)}"
            )
        return value

    @field_validator("labels")
    @classmethod
    def _label_names(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        bad = [k for k in value if not _LABEL.match(k)]
        if bad:
            raise ValueError(f"{', '.join(map(repr, bad))}: a label name is letters, digits and _")
        return value

    def title(self, index: int) -> str:
        """How messages name this route: `routes[1] (oncall)`."""
        return f"routes[{index}]" + (f" ({self.name})" if self.name else "")

    def matchers(self) -> list[str]:
        """The matchers as `field=value` words, for people."""
        words = [
            f"{name}={'|'.join(values)}"
            for name, values in (
                ("severity", self.severity),
                ("rule", self.rule),
                ("trigger", self.trigger),
            )
            if values
        ]
        words += [f"label.{k}={'|'.join(v)}" for k, v in self.labels.items()]
        return words


@dataclass(frozen=True, slots=True)
class Subject:
    """What routing looks at: the values of a rule's alerts. `notify` is the rule's override."""

    rule: str
    severity: str
    trigger: str
    labels: Mapping[str, str] = field(default_factory=dict)
    notify: tuple[str, ...] | None = None

    @classmethod
    def of(cls, rule: Rule) -> Subject:
        return cls(rule.id, rule.severity, rule.trigger.type, rule.labels, rule.notify)


@dataclass(frozen=True, slots=True)
class Routed:
    """Where an alert goes, and why: the indexes of the routes that matched."""

    notify: tuple[str, ...]
    via: Via
    matched: tuple[int, ...] = ()


def matches(route: Route, subject: Subject) -> bool:
    """Every matcher the route gives holds for the subject."""
    return (
        (not route.severity or subject.severity in route.severity)
        and (not route.rule or subject.rule in route.rule)
        and (not route.trigger or subject.trigger in route.trigger)
        and all(subject.labels.get(k) in values for k, values in route.labels.items())
    )


def route(routes: Sequence[Route], default: Sequence[str], subject: Subject) -> Routed:
    """The notifiers of the first matching route (and of the next ones while a matching
    route says `continue`), each once, in order; the default when none matched."""
    if subject.notify is not None:
        return Routed(subject.notify, "override")
    names: dict[str, None] = {}
    matched: list[int] = []
    for index, candidate in enumerate(routes):
        if matches(candidate, subject):
            matched.append(index)
            names.update(dict.fromkeys(candidate.notify))
            if not candidate.continue_:
                break
    if not matched:
        return Routed(tuple(default), "default")
    return Routed(tuple(names), "route", tuple(matched))


@dataclass(frozen=True, slots=True)
class Router:
    """The route tree of the settings, with the configured notifiers for the default."""

    routes: tuple[Route, ...]
    default_route: tuple[str, ...] | None
    configured: tuple[str, ...]

    @property
    def default(self) -> tuple[str, ...]:
        """`default_route`, or every configured notifier when it is not set."""
        return self.configured if self.default_route is None else self.default_route

    def route(self, subject: Subject) -> Routed:
        return route(self.routes, self.default, subject)

    def unrouted(self, subjects: Iterable[Subject]) -> list[str]:
        """Configured notifiers that no alert of these subjects reaches."""
        reached = {name for s in subjects for name in self.route(s).notify}
        return [name for name in self.configured if name not in reached]

    def problems(self) -> list[str]:
        """Routes (and the default route) that name a notifier that is not configured."""
        known = ", ".join(self.configured) or "none"
        out = [
            f"{r.title(i)}: notify: {name!r} is not a configured notifier "
            f"(configured notifiers: {known}); configure it under [notifiers.{name}] or "
            "remove it from the route"
            for i, r in enumerate(self.routes)
            for name in r.notify
            if name not in self.configured
        ]
        out += [
            f"default_route: {name!r} is not a configured notifier (configured notifiers: {known})"
            for name in self.default_route or ()
            if name not in self.configured
        ]
        return out


def describe(router: Router, subject: Subject) -> dict[str, Any]:
    """The decision for `watcher routes test --format json`."""
    routed = router.route(subject)
    return {
        "rule": subject.rule,
        "severity": subject.severity,
        "trigger": subject.trigger,
        "labels": dict(subject.labels),
        "notify": list(routed.notify),
        "via": routed.via,
        "routes": [{"index": i, "name": router.routes[i].name} for i in routed.matched],
    }
