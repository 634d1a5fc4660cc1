"""The rule file schema: pydantic models, unknown keys rejected, one union on `trigger.type`.

A rule says which changes against the known state matter (its trigger and conditions), how
loud (severity), what to say (templates), how often (policy), and what it is about (labels,
annotations, author, references). Who hears it is the settings' routing (`alerting.routing`),
matching on its id, severity, trigger and labels; `notify:` names notifiers directly instead.
`watcher rules schema` prints the JSON Schema of these models for editors.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator

from watcher.facts.kinds.base import Duration, OneOrMany, TriggerBase
from watcher.facts.registry import KINDS

Severity = Literal["info", "warning", "critical"]
LABEL_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"  # as Prometheus: `label.NAME=...` must stay parseable
_Labels = dict[Annotated[str, Field(pattern=LABEL_NAME)], str]
MAX_REALERT = timedelta(days=36500)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class KeywordTrigger(_Model):
    """Terms or regular expressions over an article's title and text, for what the extractor
    does not model. Plain terms match whole words, case-insensitively; `re:` marks a regular
    expression (RE2 syntax: no look-around or back-references)."""

    type: Literal["keyword"]
    any: OneOrMany[str] = ()
    all: OneOrMany[str] = ()
    none: OneOrMany[str] = ()

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

    group_by: OneOrMany[str] | None = Field(
        None, description="Fact fields that identify one event (default: per trigger)."
    )
    realert: Duration = Field(timedelta(hours=6), description="Quiet time per event key.")
    min_sources: int = Field(1, ge=1, description="Independent sources needed before alerting.")

    @field_validator("realert")
    @classmethod
    def _within_the_calendar(cls, realert: timedelta) -> timedelta:
        if realert > MAX_REALERT:  # the time an update waits must stay inside the calendar
            raise ValueError(f"{realert.days}d is more than {MAX_REALERT.days}d (100 years)")
        return realert


class Example(_Model):
    """A short text and what the rule must (not) produce from it: a rule's own test."""

    text: str = Field(min_length=1)
    title: str = ""
    published: dt.date | None = None
    now: dt.datetime | None = Field(None, description="Clock for reminders (default: published).")
    alerts: int = Field(ge=0, description="How many alerts this rule must produce.")
    contains: OneOrMany[str] = Field((), description="Text each alert message must contain.")
    note: str | None = None


class Rule(_Model):
    """One rule file (or one `---` document of it)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=100)
    description: str = Field(min_length=1)
    severity: Severity = "warning"
    enabled: bool = True
    trigger: Trigger
    sources: OneOrMany[str] = Field((), description="Only articles from these source ids.")
    tags: OneOrMany[str] = Field((), description="Only articles from sources with a tag.")
    title: str | None = Field(None, description="Template of the alert's title.")
    message: str = Field(min_length=1, description="Template of the alert's body.")
    notify: OneOrMany[str] | None = Field(
        None,
        description="Names of notifiers: an override that bypasses routing (default: the "
        "`routes` of the settings decide).",
    )
    labels: _Labels = Field(
        default_factory=dict, description="name → value; routes and silences match on them."
    )
    annotations: dict[str, str] = Field(
        default_factory=dict,
        description="name → text for templates (`rule.annotations.runbook`).",
    )
    author: str | None = Field(None, description="Who wrote the rule.")
    references: OneOrMany[str] = Field((), description="Links or documents behind the rule.")
    alert: Policy = Field(default_factory=Policy)
    examples: tuple[Example, ...] = ()

    @field_validator("notify")
    @classmethod
    def _each_notifier_once(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("a notifier is named more than once")
        return value


SCHEMA_ID = "urn:watcher:schema:rule-file"


def rule_json_schema() -> dict[str, Any]:
    """The JSON Schema of one rule file, as the loader reads it (a single value wherever a
    list is taken, durations as `7d`), for `watcher rules schema` and editors."""
    document = TypeAdapter(Rule).json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "watcher rule file",
        **{k: v for k, v in document.items() if k != "title"},
    }
