"""Scheduled and planned tariff steps: a measure "set to" change on a date, or a party "set to"
change its own rate (raise, cut, double ...), states a scheduled change (`announced`); a party "set
to" levy a new duty, a plan or a deliberation only plans it; talks "set to resume" leave the rate
of their own clause.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import Key, alerting_keys, tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


# --- a measure "set to" change on a date is scheduled (announced), a party "set to" act plans


@pytest.mark.parametrize(
    "text",
    [
        "The US duty on Chinese pianos is set to fall to 15% on June 1.",
        "Tariffs on Chinese scooters are set to rise to 40% from July 1, the notice said.",
        "The levy on Chinese tiles is scheduled to drop to 8% in August.",
    ],
)
def test_a_measure_set_to_change_is_announced(text: str) -> None:
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.ANNOUNCED]


def test_a_party_set_to_act_still_plans() -> None:
    # a party "set to" change its own rate is a scheduled change (announced, issue 10 round 13:
    # "is set to raise its duty ... to 15%"); a new measure it is set to levy stays a plan
    text = "Washington is set to levy a 15% duty on Chinese pianos on June 1."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.PLANNED]


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
