"""The `tariff_rate` rule trigger: which rates, which change, how large."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, model_validator

from watcher.facts.comparison import Comparison, Outcome, change_reason
from watcher.facts.kinds.base import OneOrMany, Reason, TriggerBase, one_of, status_reason
from watcher.facts.kinds.tariff_rate.model import TariffRate

RateChange = Literal["new", "changed", "increased", "decreased", "any"]


class TariffRateTrigger(TriggerBase):
    """Fires on a tariff rate that is new, or differs from the known rate."""

    type: Literal["tariff_rate"]
    imposer: OneOrMany[str] = Field((), description="Any of these imposers (empty: any).")
    target: OneOrMany[str] = Field((), description="Any of these targets (empty: any).")
    product: OneOrMany[str] = Field((), description="Any of these products (empty: any).")
    change: RateChange = Field("any", description="Which comparison outcomes fire.")
    min_change_pts: float = Field(
        0, ge=0, description="Smallest change, in percentage points, that fires."
    )
    rate_above: float | None = Field(
        None, ge=0, description="Fires only when the rate stated is above this, in percent."
    )
    rate_below: float | None = Field(
        None, ge=0, description="Fires only when the rate stated is below this, in percent."
    )

    vocabulary: ClassVar[dict[str, str]] = {
        "imposer": "country",
        "target": "country",
        "product": "product",
    }

    @model_validator(mode="after")
    def _band_holds_a_rate(self) -> TariffRateTrigger:
        above, below = self.rate_above, self.rate_below
        if above is not None and below is not None and above >= below:
            raise ValueError(
                f"rate_above ({above:g}) must be lower than rate_below ({below:g}): "
                "no rate is both, so the rule could never fire"
            )
        return self


def rate_change(comparison: Comparison) -> float | None:
    """Points the rate moved: against the known rate, else the previous rate the text gave."""
    fact = comparison.fact
    assert isinstance(fact, TariffRate)
    known = comparison.known.fact if comparison.known else None
    if isinstance(known, TariffRate) and comparison.outcome is not Outcome.NEW:
        return fact.rate_pct - known.rate_pct
    if fact.previous_pct is not None:
        return fact.rate_pct - fact.previous_pct
    return None


def _rate_outcome(trigger: TariffRateTrigger, comparison: Comparison) -> Reason:
    if comparison.outcome is Outcome.CONFIRMED:
        return None  # corroborates: may add a source to an alert, never raises one
    return change_reason(trigger.change, comparison.outcome) or _rate_movement(
        trigger, rate_change(comparison)
    )


def _rate_movement(trigger: TariffRateTrigger, delta: float | None) -> Reason:
    if trigger.change in ("increased", "decreased"):
        if delta is None:
            return f"no earlier rate to tell whether it {trigger.change}"
        if (delta > 0) != (trigger.change == "increased") or delta == 0:
            return f"the rate moved {delta:+g} points, the rule wants {trigger.change}"
    if delta is not None and abs(delta) < trigger.min_change_pts:
        return f"the rate moved {abs(delta):g} points, less than min_change_pts"
    return None


def _threshold(trigger: TariffRateTrigger, fact: TariffRate) -> Reason:
    """`rate_above` / `rate_below`: where the rate stated stands, whatever it was before."""
    rate = fact.rate_pct
    if trigger.rate_above is not None and not rate > trigger.rate_above:
        return f"the rate {rate:g}% is not above {trigger.rate_above:g}%"
    if trigger.rate_below is not None and not rate < trigger.rate_below:
        return f"the rate {rate:g}% is not below {trigger.rate_below:g}%"
    return None


def predicate(trigger: TariffRateTrigger, comparison: Comparison) -> Reason:
    fact = comparison.fact
    if not isinstance(fact, TariffRate):
        return f"fact is a {fact.kind}, not a tariff_rate"
    return (
        status_reason(fact.status, trigger.status)
        or one_of("imposer", fact.imposer, trigger.imposer)
        or one_of("target", fact.target, trigger.target)
        or one_of("product", fact.product, trigger.product)
        or _threshold(trigger, fact)
        or _rate_outcome(trigger, comparison)
    )
