"""A level that stands rather than changes: a current level or a total ("now stands at",
"combined", "is currently 30%" with a total word) is a fact, while a standing level told in
passing, one that "will remain", an earlier level or an opinion of a figure is background; a level
kept in force beside a step is the level, one kept only maybe or beside another step is not; an
aside with a present levy is told in passing, a past step in an aside is still read; "last <month>"
dates history like "in <month>".

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


# --- current levels and totals


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Duties on Chinese scooters now stand at a combined 95%.",
            {("US", "China", 95.0, H)},
        ),
        (
            "Beijing's levies on American beef now stand at an overall 60%, the ministry said.",
            {("China", "US", 60.0, H)},
        ),
        (
            "Washington added a 20% tariff on Chinese lamps on Wednesday, bringing the total to "
            "45%.",
            {("US", "China", 45.0, H)},
        ),
        (
            "Washington will add a 20% tariff on Chinese lamps on Friday, bringing the total to "
            "45%.",
            {("US", "China", 45.0, A)},
        ),
    ],
)
def test_current_levels_and_totals(text: str, want: set[tuple[str, str, float, Status]]) -> None:
    assert _alerting(text) == want


def test_a_standing_level_with_no_total_stays_background() -> None:
    assert _alerting("US duties on Chinese scooters now stand at 35%.") == set()


def test_present_levy_in_an_aside_is_told_in_passing() -> None:
    text = (
        "Mexico raised its duty on Chinese shoes to 35% on Monday. Brazil, which charges 20% "
        "on the same shoes, said it would study the move."
    )
    assert _alerting(text) == {("Mexico", "China", 35.0, H)}


def test_a_past_step_in_an_aside_is_still_read() -> None:
    text = "China, which raised its tariff on US pork to 45% on Monday, said talks would go on."
    assert _alerting(text) == {("China", "US", 45.0, H)}


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


# --- a standing level told in passing ("is currently 30%") is background; a total is not


def test_a_level_that_is_currently_a_figure_is_background() -> None:
    text = (
        "Washington put a 25% tariff on Thai kettles on Monday. The tariff on Chinese kettles "
        "is currently 40%."
    )
    assert [(f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [("Thailand", 25.0)]


def test_a_combined_level_that_is_currently_a_figure_stays_a_fact() -> None:
    text = "The combined US tariff on Chinese kettles is currently 40%."
    assert [(f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [("China", 40.0)]


def test_a_level_that_will_remain_without_a_change_stays_background() -> None:
    assert (
        tariff_rates("Ottawa's duty on Chinese kettles will remain at 45% for a year.", PUBLISHED)
        == []
    )


# --- after a change, how long the new duty lasts is no sign of background


def test_a_change_followed_by_how_long_it_lasts_is_news() -> None:
    text = (
        "Ottawa will raise its duty on Chinese kettles to 45%, and it will remain in force for "
        "a year."
    )
    assert [(f.imposer, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)] == [
        ("Canada", 45.0, Status.ANNOUNCED)
    ]


# --- "last <month>" dates history like "in <month>"


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa raised its surtax on Chinese kettles to 35% last May.",
        "Ottawa raised its surtax on Chinese kettles to 35% last March.",  # a year back
    ],
)
def test_last_month_name_is_history(text: str) -> None:
    assert _alerting(text) == set()


def test_last_month_name_within_the_window_is_kept() -> None:
    got = _alerting("Ottawa raised its surtax on Chinese kettles to 35% last February.")
    assert got == {("Canada", "China", 35.0, H)}


# --- "has stood at N% (since ...)": a level that holds from then until now is in force


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa's surtax on Chinese kettles has stood at 35% since the autumn.",
            ("Canada", "China", 35.0, H),
        ),
        (
            "Since then, the EU duty on Chinese scooters has held at 22 per cent.",
            ("EU", "China", 22.0, H),
        ),
        (
            "Since the truce, India's tariff on US walnuts has stood at 40%.",
            ("India", "US", 40.0, H),
        ),
    ],
)
def test_a_level_held_until_now_is_in_force(text: str, want: Key) -> None:
    assert _alerting(text) == {want}


def test_a_since_recap_of_steps_stays_background() -> None:
    text = "Since taking office, the president has raised the duty on Chinese kettles to 60%."
    assert _alerting(text) == set()


# --- "keep its N% duty suspended, leaving the rate at M%": the level left is no suspension


def test_the_level_a_pause_leaves_is_not_suspended() -> None:
    text = (
        "Ottawa will keep its 30% surtax on Chinese kettles suspended for a year, leaving the "
        "rate collected at 5%."
    )
    got = {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)}
    assert ("Canada", "China", 30.0, Status.SUSPENDED) in got
    assert all(rate != 5.0 for _, _, rate, _ in got)


def test_the_level_a_cut_leaves_is_still_news() -> None:
    """Only a pause's leftover level is set aside; a cut's result still alerts."""
    text = "Ottawa cut its surtax on Chinese kettles by half, leaving the rate at 15%."
    assert {(i, t, r) for i, t, r, _ in _alerting(text)} == {("Canada", "China", 15.0)}


# --- a level borne now, its origin dated; a copula's present level


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chinese solar glass faces a 60% US duty imposed in 2024.", {("US", "China", 60.0, H)}),
        (
            "Mexican tomatoes carry a 17% American levy, introduced last year.",
            {("US", "Mexico", 17.0, H)},
        ),
        (
            "Japanese steel faces a 25% tariff in Canada that was imposed in 2023.",
            {("Canada", "Japan", 25.0, H)},
        ),
        (
            "Korean imports of Chinese cement carry a 30% duty set in 2025.",
            {("South Korea", "China", 30.0, H)},
        ),
        (
            "The Indian duty on American apples is at 40 percent, officials said.",
            {("India", "US", 40.0, H)},
        ),
    ],
)
def test_a_level_borne_or_stated_now_is_in_force(text: str, want: set[Key]) -> None:
    assert _alerting(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A 20% tariff on Chinese kettles, imposed in 2019, was lifted in 2021.",
        "Chinese solar glass faced a 60% US duty imposed in 2019.",
        "Beijing raised its duty on US sorghum to 25%, the level it set in May.",
    ],
)
def test_a_dated_level_that_no_longer_holds_stays_background(text: str) -> None:
    assert _alerting(text) == set()


def test_a_level_to_come_is_not_read_as_a_present_copula() -> None:
    text = "The US tariff on Chinese kettles will be at 20 percent from April 1, officials said."
    assert _alerting(text) == {("US", "China", 20.0, A)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chinese scooters have carried a 35% US duty since last year.",
            {("US", "China", 35.0, H)},
        ),
        ("Korean washers have faced a 20% US tariff since 2024.", {("US", "South Korea", 20.0, H)}),
        (
            "Indian shrimp, by contrast, have borne a 50% US levy since early 2025.",
            {("US", "India", 50.0, H)},
        ),
    ],
)
def test_since_names_when_a_level_still_borne_began(text: str, want: set[Key]) -> None:
    assert _alerting(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Chinese scooters faced a 35% US duty last year.",
        "The US raised its duty on Chinese scooters to 35% in 2024.",
        # a superlative's "since" compares with then; the estimate is not news
        "Once both cuts apply, the US duty on Chinese scooters would fall to roughly 12 per cent, "
        "the lowest since early 2024, a think tank calculated.",
    ],
)
def test_a_level_told_in_the_past_without_since_stays_history(text: str) -> None:
    assert _alerting(text) == set()
