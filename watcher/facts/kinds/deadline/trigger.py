"""The `deadline` rule trigger: set, moved, reminders before the date, and passed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import Field, field_validator

from watcher.common.durations import parse_duration
from watcher.facts.comparison import Comparison, Outcome
from watcher.facts.kinds.base import (
    ClockEvent,
    Reason,
    TriggerBase,
    as_tuple,
    one_of,
    status_reason,
)
from watcher.facts.kinds.deadline.model import Deadline
from watcher.models import Status

DeadlineEvent = Literal["set", "moved", "reminder", "passed"]
# A passed deadline is news for a week; a deadline long past at first start is not an alert.
PASSED_WINDOW = timedelta(days=7)


class DeadlineTrigger(TriggerBase):
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
        return as_tuple(value)

    @field_validator("what")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        """A pattern that does not compile is the rule file's error, not the first run's."""
        if value is not None:
            try:
                _what_pattern(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
        return value

    @field_validator("remind_before", mode="before")
    @classmethod
    def _durations(cls, value: Any) -> Any:
        values = value if isinstance(value, list | tuple) else (value,)  # `7d`, `600`: one
        return tuple(parse_duration(v) for v in values)


@lru_cache(maxsize=256)
def _what_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def deadline_filters(trigger: DeadlineTrigger, fact: Deadline) -> Reason:
    """The conditions on the deadline itself, shared by article and clock events."""
    if trigger.what and not _what_pattern(trigger.what).search(fact.what):
        return f"what {fact.what!r} does not match {trigger.what!r}"
    return (
        status_reason(fact.status, trigger.status)
        or one_of("imposer", fact.imposer, trigger.imposer)
        or one_of("target", fact.target, trigger.target)
    )


def _deadline_event(trigger: DeadlineTrigger, comparison: Comparison) -> Reason:
    outcome = comparison.outcome
    if outcome is Outcome.CONFIRMED:
        return None  # corroborates: may add a source to an alert, never raises one
    event = "set" if outcome is Outcome.NEW else "moved"
    if event not in trigger.events:
        return f"the deadline was {event}; the rule fires on {', '.join(trigger.events)}"
    known = comparison.known.fact if comparison.known else None
    fact = comparison.fact
    if event == "moved" and trigger.moved != "any" and isinstance(known, Deadline):
        assert isinstance(fact, Deadline)
        later = bool(fact.date and known.date and fact.date > known.date)
        if later != (trigger.moved == "later"):
            return f"the deadline moved {'later' if later else 'earlier'}, not {trigger.moved}"
    return None


def predicate(trigger: DeadlineTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, Deadline):
        return f"fact is a {fact.kind}, not a deadline"
    return deadline_filters(trigger, fact) or _deadline_event(trigger, comparison)


def clock(trigger: DeadlineTrigger, fact: Deadline, today: date) -> Sequence[ClockEvent]:
    """A reminder at the nearest `remind_before` offset due today, or the date just passed."""
    if fact.date is None or deadline_filters(trigger, fact) is not None:
        return ()
    days_left = (fact.date - today).days
    if "passed" in trigger.events and timedelta(0) < -timedelta(days=days_left) <= PASSED_WINDOW:
        return (ClockEvent("passed", (str(fact.date), "passed"), days_left),)
    due = [r for r in trigger.remind_before if 0 <= days_left <= r.days]
    if "reminder" in trigger.events and due:
        before = min(due)
        return (ClockEvent("reminder", (str(fact.date), f"reminder-{before.days}d"), days_left),)
    return ()
