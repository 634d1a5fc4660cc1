"""Tariff rates, issue 10 eleventh round: constructions of unseen news the extractor missed.

"Lift" followed by "to N%" raises a duty; a figure after "compared with" or "versus" is another
party's yardstick; a rate with no duty noun whose verb (impose, levy, slap) and goods object
say it is one; a reported "would" that does not reach a later clause of its own; current levels
and totals.

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


# --- a rate with no duty noun: the levy verb and a goods object say it is a duty


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing hit back at the new US tariffs on Friday. It will impose 28% on all "
            "American goods from May 3, the finance ministry said.",
            {("China", "US", 28.0, A)},
        ),
        (
            "The tariff fight widened on Monday. Ottawa slapped 30% on Chinese steel wire.",
            {("Canada", "China", 30.0, H)},
        ),
        (
            "Mexico answered the duties on Tuesday. It levied 12% on US apples the same day.",
            {("Mexico", "US", 12.0, H)},
        ),
    ],
)
def test_levy_verb_and_goods_without_duty_noun(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    assert _alerting(text) == want


def test_pronoun_charging_on_no_named_origin_is_no_duty() -> None:
    """A firm's fee: "it will charge 15% on all sellers" names no country's goods."""
    text = "The marketplace raised its tariff of fees on Friday. It will charge 15% on all sellers."
    assert _alerting(text) == set()


# --- a reported "would" does not reach a later past clause of its own


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The premier said he would never bow to pressure, and on Friday raised the duty on "
            "Chinese glass to 40%.",
            {("US", "China", 40.0, H)},  # no imposer named: the domain's default
        ),
        (
            "Trump said he would never give in, and on Friday raised the tariff on Chinese "
            "bicycles to 45%.",
            {("US", "China", 45.0, H)},
        ),
        (
            "Xi said China would not be bullied, and on Thursday Beijing raised its tariff on "
            "American corn to 35%.",
            {("China", "US", 35.0, H)},
        ),
    ],
)
def test_past_clause_after_reported_would(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    assert _alerting(text) == want


def test_bare_verb_under_would_stays_announced() -> None:
    """ "would meet Xi, and cut the tariff": "cut" may be the bare verb under "would"."""
    got = _alerting("Trump said he would meet Xi, and cut the tariff on Chinese lamps to 10%.")
    assert got == {("US", "China", 10.0, A)}


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


# --- a condition told by inversion


@pytest.mark.parametrize(
    "text",
    [
        "Had Washington imposed a 70% tariff on Chinese toys, prices would have doubled, "
        "economists said.",
        "Were Beijing to raise its tariff on US sorghum to 40%, growers would lose the market.",
        "Should the US impose a 30% duty on Chinese cranes, ports would pay more.",
    ],
)
def test_inverted_condition_is_no_news(text: str) -> None:
    assert _alerting(text) == set()


def test_had_as_a_main_verb_is_no_condition() -> None:
    got = _alerting("Had enough, Beijing raised its tariff on US corn to 30% on Monday.")
    assert got == {("China", "US", 30.0, H)}


def test_present_levy_in_an_aside_is_told_in_passing() -> None:
    text = (
        "Mexico raised its duty on Chinese shoes to 35% on Monday. Brazil, which charges 20% "
        "on the same shoes, said it would study the move."
    )
    assert _alerting(text) == {("Mexico", "China", 35.0, H)}


def test_a_past_step_in_an_aside_is_still_read() -> None:
    text = "China, which raised its tariff on US pork to 45% on Monday, said talks would go on."
    assert _alerting(text) == {("China", "US", 45.0, H)}


# --- the relevance gate admits a levy verb on goods with no duty noun anywhere


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ottawa will slap 30% on Chinese steel wire from May 1.", {("Canada", "China", 30.0, A)}),
        (
            "Beijing said it would impose 28 per cent on all American goods from April 20.",
            {("China", "US", 28.0, A)},
        ),
    ],
)
def test_gate_admits_levy_verb_on_goods(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    got = {_key(f) for f in tariff_rates(text, PUBLISHED, gated=True) if f.status in ALERTING}
    assert got == want


def test_gate_still_turns_away_a_share_move() -> None:
    """A percentage and "imposed" in a market story, with no figure put on goods."""
    text = "Shares fell 3% after the regulator imposed new rules on lenders."
    assert tariff_rates(text, PUBLISHED, gated=True) == []


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
