"""A figure named to compare is no fact of its own: the yardstick after "compared with" or "versus"
is another party's (or, "in April", a time, the level before), "double the 25% imposed on China"
after a comma measures one figure against another while the verb "double" still multiplies, and
"already" gives the level before.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import ALERTING, Key, alerting_keys, tariff_rates
from tests.tariff_helpers import tariff_key as _key
from watcher.facts.extract.rates import find_rates
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A = Status.HAPPENED, Status.ANNOUNCED


def _alerting(text: str) -> set[Key]:
    return alerting_keys(text, PUBLISHED)


# --- a comparison's yardstick is no fact


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The US set a 22% tariff on Thai goods on Monday, compared with 30% for China.",
            {("US", "Thailand", 22.0, H)},
        ),
        (
            "Washington imposed an 18% tariff on Malaysian goods on Thursday, versus 30% on "
            "Chinese goods.",
            {("US", "Malaysia", 18.0, H)},
        ),
        (
            "The new 25% duty on Chinese pumps, compared with the 10% rate for Mexico, took "
            "effect on Monday.",
            {("US", "China", 25.0, H)},
        ),
    ],
)
def test_comparison_yardstick(text: str, want: set[tuple[str, str, float, Status]]) -> None:
    assert _alerting(text) == want


def test_compared_with_own_level_is_still_the_level_before() -> None:
    facts = tariff_rates(
        "The US raised its tariff on Chinese cranes to 60% on Monday, compared with 25% before.",
        PUBLISHED,
    )
    assert [(f.rate_pct, f.status) for f in facts if f.status in ALERTING] == [(60.0, H)]


def test_yardstick_in_another_market_is_no_level_before() -> None:
    text = (
        "Brazil said on Tuesday it would impose duties of up to 40% on Chinese tyres, compared "
        "with 60% in the United States."
    )
    facts = [f for f in tariff_rates(text, PUBLISHED) if f.status in ALERTING]
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct) for f in facts] == [
        ("Brazil", "China", 40.0, None)
    ]


def test_compared_with_a_month_stays_the_level_before() -> None:
    """ "in April" is a time, not another market: the figure is the level before."""
    rates = find_rates("a 40% duty on Japanese tyres, compared with 25% in April")
    assert [(r.value, r.previous) for r in rates] == [(40.0, 25.0)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The duty on Chinese scooters, already 60%, will rise to 90% next month.",
            ("US", "China", 90.0, A, 60.0),
        ),
        (
            "US tariffs on Chinese kettles, already 30%, were raised to 45% on Monday.",
            ("US", "China", 45.0, H, 30.0),
        ),
    ],
)
def test_already_gives_the_level_before(
    text: str, want: tuple[str, str, float, Status, float]
) -> None:
    facts = tariff_rates(text, PUBLISHED)
    assert [(*_key(f), f.previous_pct) for f in facts] == [want]


def test_yardstick_a_named_party_levies_is_no_level_before() -> None:
    text = (
        "Ottawa raised its surtax on Chinese kettles to 35% on Monday, versus the 60% "
        "Washington imposed."
    )
    facts = [f for f in tariff_rates(text, PUBLISHED) if f.status in ALERTING]
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct) for f in facts] == [
        ("Canada", "China", 35.0, None)
    ]


def test_yardstick_it_levied_stays_the_level_before() -> None:
    rates = find_rates("raised its duty to 35%, compared with the 20% it imposed in May")
    assert [(r.value, r.previous) for r in rates] == [(35.0, 20.0)]


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


# --- ", down/up from <old level> <its times>": the times are the old level's


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa currently levies 12% on Chinese kettles, down from the steep rates that "
            "briefly applied in the summer of last year.",
            ("Canada", "China", 12.0, H),
        ),
        (
            "Mexico now charges 18% on Chinese sneakers, up from the 10% it set in 2024.",
            ("Mexico", "China", 18.0, H),
        ),
    ],
)
def test_a_comparison_keeps_its_times_to_itself(text: str, want: Key) -> None:
    assert _alerting(text) == {want}


def test_a_step_dated_long_ago_stays_history() -> None:
    text = "In 2024, Mexico cut its duty on Chinese sneakers to 18%, down from 25%."
    assert _alerting(text) == set()
