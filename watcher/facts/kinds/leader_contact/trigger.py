"""The `leader_contact` rule trigger: which leaders, call or meeting, how firmly."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from watcher.facts.comparison import Comparison
from watcher.facts.kinds.base import Reason, TriggerBase, as_tuple, status_reason
from watcher.facts.kinds.leader_contact.model import LeaderContact
from watcher.models import Status


class Participants(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()


class LeaderContactTrigger(TriggerBase):
    """Fires once per contact (same pair, same date): when first reported or when it changes
    (a planned call that happened)."""

    type: Literal["leader_contact"]
    participants: Participants = Field(default_factory=Participants)
    mode: Literal["call", "meeting", "any"] = "any"
    status: tuple[Status, ...] = (Status.HAPPENED,)

    @field_validator("participants", mode="before")
    @classmethod
    def _plain_list_means_all_of(cls, value: Any) -> Any:
        return {"all_of": as_tuple(value)} if isinstance(value, str | list) else value


def _participants(trigger: LeaderContactTrigger, fact: LeaderContact) -> Reason:
    present = {p.casefold() for p in fact.participants}
    missing = [p for p in trigger.participants.all_of if p.casefold() not in present]
    if missing:
        return f"participants {' and '.join(fact.participants)} do not include {', '.join(missing)}"
    wanted = trigger.participants.any_of
    if wanted and not present & {p.casefold() for p in wanted}:
        return f"participants include none of {', '.join(wanted)}"
    return None


def predicate(trigger: LeaderContactTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, LeaderContact):
        return f"fact is a {fact.kind}, not a leader_contact"
    if trigger.mode not in ("any", fact.mode):
        return f"mode {fact.mode} is not {trigger.mode}"
    return status_reason(fact.status, trigger.status) or _participants(trigger, fact)
