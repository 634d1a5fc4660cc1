"""Ending, pausing and lifting a duty: "keep suspending" is a suspension and a removal stays a
`suspended` fact at the old rate (docs/extraction.md, "Ending a duty"); "lift" to a figure raises
the duty while "lift" alone removes it; "drop its duty to N%" is a cut, "drop" with no new figure a
removal; a refusal to end a duty is a denial, a refusal of something else leaves the next step.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import ALERTING, Key, alerting_keys, tariff_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, S = Status.HAPPENED, Status.ANNOUNCED, Status.SUSPENDED
_ALERT = (H, A, S)


def _facts(text: str) -> set[tuple[str | None, str | None, float | None, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing said on Friday it would keep suspending its extra 24% tariff on US goods "
            "for another twelve months.",
            ("China", "US", 24.0, S),
        ),
        (
            "Washington will keep pausing the 34% levy on Chinese imports until the talks end, "
            "the White House said.",
            ("US", "China", 34.0, S),
        ),
        (
            "Ottawa will keep its 25% surtax on US appliances suspended until the end of the year.",
            ("Canada", "US", 25.0, S),
        ),
        (
            "Tokyo said it would keep the 15% levy on American beef on hold for six more months.",
            ("Japan", "US", 15.0, S),
        ),
    ],
)
def test_keep_suspending_is_a_suspension(text: str, want: tuple) -> None:
    assert want in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will keep its 10% tariff on US goods for another year, the ministry said.",
        "Beijing could keep suspending its 24% tariff on US goods if the talks go well.",
    ],
)
def test_keep_alone_or_hedged_is_no_suspension(text: str) -> None:
    assert not any(f[3] == S for f in _facts(text))


def test_a_removal_is_suspended_at_the_old_rate() -> None:
    facts = tariff_rates(
        "Beijing said on Monday it would remove its 12% tariff on US pork from May 4.", PUBLISHED
    )
    assert [(f.rate_pct, f.status, f.effective) for f in facts] == [(12.0, S, date(2026, 5, 4))]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing refused to scrap its 15% tariff on US pork, the ministry said.",
        "Beijing refused on Thursday to remove its 15% tariff on US pork.",
    ],
)
def test_refusing_to_end_a_duty_is_no_alert(text: str) -> None:
    assert not any(f[3] in _ALERT for f in _facts(text))


def test_a_refusal_of_something_else_leaves_the_next_step() -> None:
    text = "Ottawa refused to budge, and Washington raised its duty on Canadian lumber to 40%."
    assert ("US", "Canada", 40.0, H) in _facts(text)


# --- "lift" to a figure raises the duty; "lift" alone removes it


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa will lift its 20% duty on Chinese kettles to 45% from May 2, the finance "
            "ministry said.",
            {("Canada", "China", 45.0, A)},
        ),
        (
            "Washington lifted its 15% tariff on Chinese bicycles to 40% on Monday.",
            {("US", "China", 40.0, H)},
        ),
    ],
)
def test_lift_to_a_figure_is_a_raise(text: str, want: set[tuple[str, str, float, Status]]) -> None:
    assert _alerting(text) == want


def test_lift_alone_still_removes() -> None:
    facts = tariff_rates("Beijing lifted its 12% tariff on American sorghum on Monday.", PUBLISHED)
    assert all(f.status not in ALERTING for f in facts)


def test_lift_to_keeps_the_old_level() -> None:
    facts = tariff_rates(
        "Washington lifted its 15% tariff on Chinese bicycles to 40% on Monday.", PUBLISHED
    )
    assert [f.previous_pct for f in facts] == [15.0]


# --- the old level as the verb's object: "drop its 100% tariff on X to 6%" is a cut


def test_dropping_a_duty_to_a_figure_is_a_cut_not_a_removal() -> None:
    text = "Ottawa said it would drop its 80% surtax on Chinese kettles to 9% under a quota."
    assert [(f.rate_pct, f.previous_pct, f.status) for f in tariff_rates(text, PUBLISHED)] == [
        (9.0, 80.0, Status.ANNOUNCED)
    ]


def test_dropping_a_duty_without_a_new_figure_still_removes_it() -> None:
    text = "Ottawa dropped its 80% surtax on Chinese kettles on Monday."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.SUSPENDED]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The suspension of India's 20% duty on US almonds will continue until June, New Delhi "
            "said on Monday.",
            ("India", "US", 20.0, S),
        ),
        (
            "Tokyo extended the suspension of its 15% tariff on US beef for six months on Monday.",
            ("Japan", "US", 15.0, S),
        ),
        (
            "The freeze on Mexico's 35% levy on Chinese shoes will last until March, officials "
            "said on Monday.",
            ("Mexico", "China", 35.0, S),
        ),
        (
            "Seoul announced a pause on its 12% duty on US rice on Monday.",
            ("South Korea", "US", 12.0, S),
        ),
    ],
)
def test_a_noun_of_pausing_with_the_rate_as_its_object_suspends_it(
    text: str, want: tuple[str, str, float, Status]
) -> None:
    assert _facts(text) == {want}


def test_a_pause_of_something_else_leaves_the_step() -> None:
    text = "After a two-month pause in talks, Tokyo raised its tariff on US beef to 50% on Monday."
    assert _facts(text) == {("Japan", "US", 50.0, H)}
