"""The `leader_contact` rule trigger: which leaders, call or meeting, how firmly."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from watcher.facts.comparison import Comparison
from watcher.facts.kinds.base import OneOrMany, Reason, TriggerBase, as_tuple, status_reason
from watcher.facts.kinds.leader_contact.model import LeaderContact
from watcher.models import Status


class Participants(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    all_of: OneOrMany[str] = ()
    any_of: OneOrMany[str] = ()


class _NamesOrParticipants:
    """The JSON Schema of `participants`: a name, a list of names (all of them), or the
    mapping, as the loader takes them."""

    @staticmethod
    def __get_pydantic_json_schema__(
        schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        names = {"type": "array", "items": {"type": "string"}}
        return {"anyOf": [{"type": "string"}, names, handler(schema)]}


class LeaderContactTrigger(TriggerBase):
    """Fires once per contact (same pair, same date): when first reported or when it changes
    (a planned call that happened)."""

    type: Literal["leader_contact"]
    participants: Annotated[Participants, _NamesOrParticipants()] = Field(
        default_factory=Participants
    )
    mode: Literal["call", "meeting", "any"] = "any"
    status: OneOrMany[Status] = (Status.HAPPENED,)

    vocabulary: ClassVar[dict[str, str]] = {
        "participants.all_of": "leader",
        "participants.any_of": "leader",
    }

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
