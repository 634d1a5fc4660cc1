"""What every fact kind shares: the fact base class, the baseline entry base, the trigger
base, and the small helpers their predicates use to say why a rule did not fire."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    WithJsonSchema,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from watcher.common.durations import parse_duration
from watcher.models import Status

Reason = str | None
"""None when a fact passes a rule's conditions, else the condition that stopped it."""


def jsonable(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 30 rather than 30.0, as people write rates
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


@dataclass(frozen=True, slots=True)
class FactBase:
    """A fact an article states: how firmly (`status`), and the sentence that says it."""

    status: Status
    evidence: str

    kind: ClassVar[str]

    def to_dict(self) -> dict[str, Any]:
        """The fact with the field names of the labelled corpus (`kind` first)."""
        out: dict[str, Any] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            out[f.name] = jsonable(getattr(self, f.name))
        return out

    @property
    def key(self) -> tuple[str, ...]:
        """What identifies the thing the fact is about, whatever its value."""
        raise NotImplementedError


class EntryBase(BaseModel):
    """One fact of the reviewed baseline file, with where it comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: Status
    evidence: str = Field(min_length=1)
    source: str = Field(min_length=1, description="seed file the fact comes from")
    published: date
    note: str | None = None

    def fact_data(self) -> dict[str, Any]:
        """The entry's fact fields, as `FactBase.to_dict` writes them."""
        return self.model_dump(mode="json", exclude={"source", "published", "note"})


def as_tuple(value: Any) -> Any:
    """Let a single value stand for a one-item list: `imposer: US` = `imposer: [US]`,
    `remind_before: 7d` = `remind_before: [7d]`. A mapping or null is left for the list
    validator to refuse."""
    if value is None or isinstance(value, list | tuple | dict):
        return value
    return (value,)


@dataclass(frozen=True, slots=True)
class _OneOrManySchema:
    """The JSON Schema of a list that also takes a single item, as the loader does."""

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        array = handler(schema)
        items = array.get("items")
        return {"anyOf": [items, array]} if items is not None else array


T = TypeVar("T")
OneOrMany = Annotated[tuple[T, ...], BeforeValidator(as_tuple), _OneOrManySchema()]
"""A list field of a rule that also takes a single value: every rule list field is one."""

_DURATION_PATTERN = r"^\s*(\d+(\.\d+)?|(\d+(\.\d+)?\s*([mM][sS]|[dDhHmMsS])\s*)+)$"
Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": _DURATION_PATTERN},
                {"type": "number", "minimum": 0},
            ],
            "description": "A duration such as 90s, 10m, 1h30m or 7d; a plain number is seconds.",
        }
    ),
]
"""A duration in a rule, written as in settings (`6h`, `7d`); the schema says so too."""


class TriggerBase(BaseModel):
    """The rule trigger of a fact kind; `type` is the kind's name."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    type: str  # each kind narrows it to Literal["<kind name>"]
    status: OneOrMany[Status] = Field(
        (Status.HAPPENED, Status.ANNOUNCED),
        description="Statuses that count; a threat can be its own rule.",
    )

    # Fields whose values name something of a gazetteer (`country`, `leader`, `product`) or
    # another closed vocabulary (`item`): the loader checks them and writes aliases canonical.
    # A dotted name reaches into a sub-model (`participants.all_of`).
    vocabulary: ClassVar[dict[str, str]] = {}


def one_of(field: str, value: str | None, allowed: Iterable[str]) -> Reason:
    allowed = tuple(allowed)
    if not allowed or (value or "").casefold() in {a.casefold() for a in allowed}:
        return None
    return f"{field} {value or '(none)'} is not one of {', '.join(allowed)}"


def status_reason(status: Status, allowed: tuple[Status, ...]) -> Reason:
    if status in allowed:
        return None
    return f"status {status} is not one of {', '.join(allowed)}"


@dataclass(frozen=True, slots=True)
class ClockEvent:
    """Something the clock alone raises for a known fact: a reminder, a passed date."""

    event: str  # "reminder" or "passed"
    key: tuple[str, ...]  # what tells this event from the fact's others (date, offset)
    days_left: int
