"""The `export_control` rule trigger: whose controls, on what, which steps."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from watcher.facts.comparison import Comparison, change_reason
from watcher.facts.kinds.base import OneOrMany, Reason, TriggerBase, one_of, status_reason
from watcher.facts.kinds.export_control.model import ExportControl, Measure
from watcher.models import Status


class ExportControlTrigger(TriggerBase):
    """Fires on an export control that is new, or a step that changes a known one."""

    type: Literal["export_control"]
    imposer: OneOrMany[str] = Field((), description="Any of these imposers (empty: any).")
    target: OneOrMany[str] = Field((), description="Any of these targets (empty: any).")
    item: OneOrMany[str] = Field(
        (), description="Any of these classes: rare_earths, chips, software, technology."
    )
    measure: OneOrMany[Measure] = Field(
        ("new", "tightened", "suspended", "lifted"), description="Which steps fire."
    )
    change: Literal["new", "changed", "any"] = Field(
        "any", description="Which comparison outcomes fire."
    )
    status: OneOrMany[Status] = (Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED)

    vocabulary: ClassVar[dict[str, str]] = {
        "imposer": "country",
        "target": "country",
        "item": "item",
    }


def predicate(trigger: ExportControlTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, ExportControl):
        return f"fact is a {fact.kind}, not an export_control"
    return (
        status_reason(fact.status, trigger.status)
        or one_of("imposer", fact.imposer, trigger.imposer)
        or one_of("target", fact.target, trigger.target)
        or one_of("item", fact.item, trigger.item)
        or one_of("measure", fact.measure, trigger.measure)
        or change_reason(trigger.change, comparison.outcome)
    )
