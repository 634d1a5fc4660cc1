"""A tariff step "ruled out" is `denied`; one "not ruled out", "refused to rule out" or "never
ruled out" stays open (`speculated`); ruling out something else, or a past step coordinated after
"ruled out ...", leaves that step as told (docs/extraction.md: scheduled, excluded).

Every sentence here is written for these tests. Published on Tuesday 10 March 2026 unless a test
gives its own date.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import Key, alerting_keys, tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED
PUB = date(2026, 3, 10)
LIVE = (Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED)


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


def _statuses(text: str) -> list[Status]:
    return [f.status for f in tariff_rates(text, PUBLISHED)]


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


def tariff_statuses(text: str, published: date) -> list[Status]:
    return [f.status for f in extract_facts(text, published=published) if isinstance(f, TariffRate)]


# --- "ruled out": a denial; "not ruled out", "refused to rule out": kept open


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa ruled out raising its tariff on Chinese wire to 60% on Monday.",
        "The White House has ruled out a 90% duty on Chinese drones.",
        "Beijing rules out cutting its levy on US sorghum to 2%, officials said.",
        "A 90% duty on Chinese drones has been ruled out, the White House said.",
    ],
)
def test_a_step_ruled_out_is_denied(text: str) -> None:
    assert _statuses(text) == [Status.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa has not ruled out raising its tariff on Chinese wire to 60%.",
        "Ottawa hasn't ruled out raising its tariff on Chinese wire to 60%.",
        "Ottawa did not rule out raising its tariff on Chinese wire to 60%.",
        "Ottawa declined to rule out raising its tariff on Chinese wire to 60%.",
        "A 90% duty on Chinese drones cannot be ruled out, the White House said.",
        "A 90% duty on Chinese drones has not been ruled out, the White House said.",
    ],
)
def test_a_step_not_ruled_out_is_speculated(text: str) -> None:
    assert _statuses(text) == [Status.SPECULATED]


def test_ruling_out_something_else_leaves_a_later_step() -> None:
    text = (
        "The EU ruled out retaliation on Monday and raised its duty on Chinese wire to 60% on "
        "Tuesday."
    )
    assert _alerting(text) == {("EU", "China", 60.0, H)}


# --- after reading the code: a possibility kept open, a yardstick in another market, a level
# before given by "already"


@pytest.mark.parametrize(
    "text",
    [
        "Trump has not ruled out raising the tariff on Chinese toys to 70%.",
        "The president refused to rule out a 90% duty on Chinese cranes.",
        "A 65% levy on Chinese lamps has not been ruled out, an official said.",
    ],
)
def test_not_ruled_out_is_speculation(text: str) -> None:
    assert {f.status for f in tariff_rates(text, PUBLISHED)} == {Status.SPECULATED}


def test_a_past_step_after_ruled_out_is_not_denied() -> None:
    text = "Ottawa ruled out a boycott and raised its tariff on US dairy to 35%."
    assert _facts(text) == {("Canada", "US", 35.0, H)}


def test_ruling_out_the_step_itself_still_denies_it() -> None:
    text = "Ottawa ruled out raising its tariff on US dairy to 35%."
    assert _facts(text) == {("Canada", "US", 35.0, Status.DENIED)}


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        (
            "The president said he would never trust Xi, and raised the levy on Chinese steel"
            " to 60% on Friday.",
            "The president said he would never raise the levy on Chinese steel to 60%.",
        ),
        (
            "Ottawa said it will never forget the dispute, and lifted its duty on Chinese canola"
            " to 75% on Tuesday.",
            "Ottawa said it will never again lift its duty on Chinese canola to 75%.",
        ),
    ],
)
def test_never_rules_out_only_the_step_it_governs(text: str, ruled_out: str) -> None:
    published = date(2026, 9, 3)
    assert tariff_statuses(text, published) == [Status.HAPPENED]
    assert [s for s in tariff_statuses(ruled_out, published) if s in LIVE] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese exporters are at risk of a 46% US tariff.",
        '"Our aluminium smelters are in danger of a 30% American duty," the minister said.',
        "Indian textile makers are at risk of facing a 50% US levy.",
    ],
)
def test_a_rate_one_is_at_risk_of_is_only_possible(text: str) -> None:
    assert alerting_keys(text, PUBLISHED) == set()


def test_a_step_that_puts_something_else_at_risk_is_still_told() -> None:
    text = "The US raised its tariff on Chinese kettles to 50% on Monday, putting jobs at risk."
    assert alerting_keys(text, PUBLISHED) == {("US", "China", 50.0, H)}
