"""The rule file schema: pydantic models, unknown keys rejected, one union on `trigger.type`.

A rule says which changes against the known state matter (its trigger and conditions), how
loud (severity), what to say (templates), to whom (notifier names) and how often (policy).
`watcher rules schema` prints the JSON Schema of these models for editors.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from watcher.common.durations import parse_duration
from watcher.facts.kinds.base import TriggerBase, as_tuple
from watcher.facts.registry import KINDS

Severity = Literal["info", "warning", "critical"]
MAX_REALERT = timedelta(days=36500)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        return as_tuple(value)

    @model_validator(mode="after")
    def _needs_a_positive_term(self) -> KeywordTrigger:
        if not self.any and not self.all:
            raise ValueError("a keyword trigger needs `any` or `all` terms")
        return self


if TYPE_CHECKING:
    Trigger = TriggerBase | KeywordTrigger
else:  # one trigger per registered fact kind, plus keyword; told apart by `type`
    Trigger = Annotated[
        Union[(*(k.trigger for k in KINDS.values()), KeywordTrigger)],
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
        realert = parse_duration(value)
        if realert > MAX_REALERT:  # the time an update waits must stay inside the calendar
            raise ValueError(f"{value!r} is more than {MAX_REALERT.days}d (100 years)")
        return realert


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
        return as_tuple(value)

    @field_validator("notify")
    @classmethod
    def _each_notifier_once(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a notifier is named more than once")
        return value
