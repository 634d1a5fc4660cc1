"""The rule file schema: pydantic models, unknown keys rejected, one union on `trigger.type`.

A rule says which changes against the known state matter (its trigger and conditions), how
loud (severity), what to say (templates), to whom (notifier names) and how often (policy).
`watcher rules schema` prints the JSON Schema of these models for editors.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from watcher.common.durations import parse_duration
from watcher.models import Status

Severity = Literal["info", "warning", "critical"]
RateChange = Literal["new", "changed", "increased", "decreased", "any"]
DeadlineEvent = Literal["set", "moved", "reminder", "passed"]
IN_FORCE_STATUSES = (Status.HAPPENED, Status.ANNOUNCED)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _as_tuple(value: Any) -> Any:
    """Let a single value stand for a one-item list: `imposer: US` = `imposer: [US]`."""
    return (value,) if isinstance(value, str) else value


class _Trigger(_Model):
    status: tuple[Status, ...] = Field(
        IN_FORCE_STATUSES, description="Statuses that count; a threat can be its own rule."
    )

    @field_validator("status", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return _as_tuple(value)


class TariffRateTrigger(_Trigger):
    """Fires on a tariff rate that is new, or differs from the known rate."""

    type: Literal["tariff_rate"]
    imposer: tuple[str, ...] = Field((), description="Any of these imposers (empty: any).")
    target: tuple[str, ...] = Field((), description="Any of these targets (empty: any).")
    product: tuple[str, ...] = Field((), description="Any of these products (empty: any).")
    change: RateChange = Field("any", description="Which comparison outcomes fire.")
    min_change_pts: float = Field(
        0, ge=0, description="Smallest change, in percentage points, that fires."
    )

    @field_validator("imposer", "target", "product", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_tuple(value)


class Participants(_Model):
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()


class LeaderContactTrigger(_Trigger):
    """Fires once per contact (same pair, same date): when first reported or when it changes
    (a planned call that happened)."""

    type: Literal["leader_contact"]
    participants: Participants = Field(default_factory=Participants)
    mode: Literal["call", "meeting", "any"] = "any"
    status: tuple[Status, ...] = (Status.HAPPENED,)

    @field_validator("participants", mode="before")
    @classmethod
    def _plain_list_means_all_of(cls, value: Any) -> Any:
        return {"all_of": _as_tuple(value)} if isinstance(value, str | list) else value


class DeadlineTrigger(_Trigger):
    """Fires when a deadline is set or moved, before it falls due, and when it passes."""

    type: Literal["deadline"]
    what: str | None = Field(None, description="Regular expression over the deadline's `what`.")
    imposer: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    events: tuple[DeadlineEvent, ...] = ("set", "moved", "reminder", "passed")
    moved: Literal["later", "earlier", "any"] = "any"
    remind_before: tuple[timedelta, ...] = Field(
        (), description="Reminders before the date, e.g. [30d, 7d, 1d, 0d]."
    )
    status: tuple[Status, ...] = (Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED)

    @field_validator("imposer", "target", "events", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator("remind_before", mode="before")
    @classmethod
    def _durations(cls, value: Any) -> Any:
        return tuple(parse_duration(v) for v in _as_tuple(value))


class KeywordTrigger(_Model):
    """Terms or regular expressions over an article's title and text, for what the extractor
    does not model. Plain terms match whole words, case-insensitively; `re:` marks a regular
    expression (RE2 syntax: no look-around or back-references)."""

    type: Literal["keyword"]
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    none: tuple[str, ...] = ()

    @field_validator("any", "all", "none", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_tuple(value)

    @model_validator(mode="after")
    def _needs_a_positive_term(self) -> KeywordTrigger:
        if not self.any and not self.all:
            raise ValueError("a keyword trigger needs `any` or `all` terms")
        return self


Trigger = Annotated[
    TariffRateTrigger | LeaderContactTrigger | DeadlineTrigger | KeywordTrigger,
    Field(discriminator="type"),
]


class Policy(_Model):
    """How often one event may alert, and how much agreement it needs first."""

    group_by: tuple[str, ...] | None = Field(
        None, description="Fact fields that identify one event (default: per trigger)."
    )
    realert: timedelta = Field(timedelta(hours=6), description="Quiet time per event key.")
    min_sources: int = Field(1, ge=1, description="Independent sources needed before alerting.")

    @field_validator("realert", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta:
        return parse_duration(value)


class Example(_Model):
    """A short text and what the rule must (not) produce from it: a rule's own test."""

    text: str = Field(min_length=1)
    title: str = ""
    published: dt.date | None = None
    now: dt.datetime | None = Field(None, description="Clock for reminders (default: published).")
    alerts: int = Field(ge=0, description="How many alerts this rule must produce.")
    contains: tuple[str, ...] = Field((), description="Text each alert message must contain.")
    note: str | None = None


class Rule(_Model):
    """One rule file (or one `---` document of it)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=100)
    description: str = Field(min_length=1)
    severity: Severity = "warning"
    enabled: bool = True
    trigger: Trigger
    sources: tuple[str, ...] = Field((), description="Only articles from these source ids.")
    tags: tuple[str, ...] = Field((), description="Only articles from sources with a tag.")
    title: str | None = Field(None, description="Template of the alert's title.")
    message: str = Field(min_length=1, description="Template of the alert's body.")
    notify: tuple[str, ...] = Field(("console",), description="Names of notifiers.")
    alert: Policy = Field(default_factory=Policy)
    examples: tuple[Example, ...] = ()

    @field_validator("sources", "tags", "notify", mode="before")
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_tuple(value)

    @field_validator("notify")
    @classmethod
    def _each_notifier_once(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a notifier is named more than once")
        return value
