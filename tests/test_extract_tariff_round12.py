"""Tariff rates, issue 10 thirteenth round: modality of a scheduled, excluded or kept rate.

A party "set to" change its own rate (raise, cut, double ...) states a scheduled change; "ruled
out" a step is a denial, while "has not ruled out" keeps it open; "double the 25% imposed on
China" after a comma measures one figure against another; a level kept ", keeping" after a step is
the level in force.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.extract.rates import find_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
ALERTING = (Status.HAPPENED, Status.ANNOUNCED)
H, A = Status.HAPPENED, Status.ANNOUNCED


def _key(f: TariffRate) -> tuple[str, str, float, Status]:
    return f.imposer, f.target, f.rate_pct, f.status


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {_key(f) for f in tariff_rates(text, PUBLISHED) if f.status in ALERTING}


def _statuses(text: str) -> list[Status]:
    return [f.status for f in tariff_rates(text, PUBLISHED)]


# --- "is set to" + a change verb: a scheduled change


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Washington is set to triple its duty on Chinese drones to 75% in October.",
            {("US", "China", 75.0, A)},
        ),
        (
            "Beijing is set to lower its tariff on American beef to 8% from May 1.",
            {("China", "US", 8.0, A)},
        ),
        (
            "Canada is set to hike its levy on Chinese steel wire to 40% next month.",
            {("Canada", "China", 40.0, A)},
        ),
    ],
)
def test_a_party_set_to_change_its_rate_is_announced(text: str, want: set[object]) -> None:
    assert _alerting(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Washington is set to consider raising its duty on Chinese drones to 75%.",
        "Beijing plans to lower its tariff on American beef to 8% from May 1.",
        "Analysts said Canada could be set to hike its levy on Chinese steel wire to 40%.",
    ],
)
def test_a_plan_or_a_deliberation_still_does_not_alert(text: str) -> None:
    assert _alerting(text) == set()


def test_talks_set_to_resume_leave_the_rate_of_their_own_clause() -> None:
    text = (
        "Trade talks are set to resume on Friday after Canada raised its duty on Chinese wire "
        "to 40% on Monday."
    )
    assert _alerting(text) == {("Canada", "China", 40.0, H)}


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


# --- "double the 25% imposed on China": a figure measured against another


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Washington set a 60% tariff on Brazilian beef on Monday, double the 30% imposed on "
            "Argentina.",
            {("US", "Brazil", 60.0, H)},
        ),
        (
            "Ottawa raised its duty on Chinese wire to 40% on Monday, triple the 13% levied on "
            "Mexico.",
            {("Canada", "China", 40.0, H)},
        ),
    ],
)
def test_double_the_other_figure_is_no_doubling(text: str, want: set[object]) -> None:
    got = _alerting(text)
    assert want <= got
    assert all(
        f[2] in {f2[2] for f2 in want} | {30.0, 13.0} for f in got
    )  # no 60% or 40% elsewhere
    assert not any(f[1] in {"Argentina", "Mexico"} and f[2] in {60.0, 40.0} for f in got)


def test_the_comparative_double_pairs_no_level_before() -> None:
    text = "The 50% duty is double the 25% levied on Mexico."
    assert all(r.previous is None for r in find_rates(text))


def test_the_verb_double_still_multiplies() -> None:
    assert [(r.value, r.previous) for r in find_rates("It will double the 25% levy.")] == [
        (50.0, 25.0)
    ]


# --- a level kept in force


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa said on Monday it would suspend its 25% surtax on Chinese wire for a year, "
            "keeping a 5% rate.",
            {("Canada", "China", 5.0, A)},
        ),
        (
            "Washington said on Monday it would pause its 30% extra duty on Brazilian beef, "
            "keeping the 10% rate.",
            {("US", "Brazil", 10.0, A)},
        ),
    ],
)
def test_a_level_kept_in_force_is_a_fact(text: str, want: set[object]) -> None:
    assert want <= _alerting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi will cut its duty on US apples to 4% while keeping a 12% levy on US beef.",
        "The 12% tariff on American sorghum remains in place.",
        "Beijing may keep its 12% tariff on American sorghum in place until July.",
        "Beijing may suspend its 30% tariff on American sorghum, keeping a 12% rate.",
    ],
)
def test_a_level_beside_a_step_or_only_maybe_kept_does_not_alert(text: str) -> None:
    assert all(f[2] != 12.0 for f in _alerting(text))
