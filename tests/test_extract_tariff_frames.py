"""Tariff frames that generalise: prevented values, deal takers, halved rates (issue 10).

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 20)


def _key(f: TariffRate) -> tuple[str, str, float, Status, float | None]:
    return f.imposer, f.target, f.rate_pct, f.status, f.previous_pct


@pytest.mark.parametrize(
    "text",
    [
        "The accord prevented a jump in Mexican levies on Brazilian copper to 60%.",
        "Monday's pact averted a rise in US duties on Brazilian wine to 80%.",
        "The extension spares Brazilian growers a 60% US tariff.",
    ],
)
def test_a_prevented_or_spared_value_is_no_fact(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


def test_prevention_of_something_else_keeps_the_rate() -> None:
    text = "To prevent smuggling, Mexico imposed a 30% tariff on Brazilian copper."
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Mexico", "Brazil", 30.0)
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brazil secured a 12% tariff on its wine under the accord.", "Brazil"),
        ("The EU agreed to a 12% US tariff on most of its exports.", "EU"),
        ("Mexico accepted a 12% levy in exchange for purchase pledges.", "Mexico"),
    ],
)
def test_the_party_that_accepts_a_rate_faces_it(text: str, target: str) -> None:
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("US", target, 12.0)
    ]


def test_an_accepted_rate_on_someone_elses_goods_is_not_faced() -> None:
    text = "Mexico agreed to a 12% tariff on Brazilian grapes."
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [("Mexico", "Brazil")]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico will halve its 30% tariff on Brazilian grapes.",
        "Mexico's tariff on Brazilian grapes was halved to 15%.",
    ],
)
def test_a_halved_rate_keeps_the_level_before(text: str) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.rate_pct, fact.previous_pct) == (15.0, 30.0)


@pytest.mark.parametrize(
    "text",
    [
        "Had the pact collapsed, Mexican duties on Brazilian steel would have returned to 60%.",
        "If the pact collapses, Mexican duties on Brazilian steel would snap back to 60%.",
        "Mexican levies on Brazilian steel revert to 60% when the pact ends.",
    ],
)
def test_a_fallback_level_is_no_fact(text: str) -> None:
    assert tariff_rates(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "A 40% Mexican duty on Brazilian steel is under consideration, aides said.",
        "A 40% Mexican levy on Brazilian steel is on the table.",
        "A 40% Mexican tariff on Brazilian steel is being discussed in Mexico City.",
    ],
)
def test_a_rate_only_deliberated_is_speculated(text: str) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.imposer, fact.target, fact.status) == ("Mexico", "Brazil", Status.SPECULATED)


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican duty on Brazilian shoes, which had been 20%, climbs to 30% on Monday.",
        "Mexico's duty on Brazilian shoes is now 30%, compared with 20% before the order.",
    ],
)
def test_the_level_before_in_a_relative_or_comparison(text: str) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.rate_pct, fact.previous_pct) == (30.0, 20.0)


def test_a_rate_held_off_on_is_no_fact() -> None:
    text = "Mexico will hold off on 40% duties on Brazilian shoes while talks go on."
    assert tariff_rates(text, PUBLISHED) == []


def test_a_rate_held_off_then_imposed_elsewhere_is_kept() -> None:
    text = "Mexico held off on new steps; Mexico imposed a 20% duty on Brazilian shoes instead."
    assert [(f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("Mexico", "Brazil", 20.0)
    ]


def test_an_added_layer_in_a_tariff_sentence_is_a_rate() -> None:
    text = (
        "Mexico's 30% tariff on Brazilian shoes took effect on Monday, and with it Mexico "
        "warned Brazil of an additional 20% over the dispute."
    )
    got = [(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUBLISHED)]
    assert ("Mexico", "Brazil", 20.0, Status.THREATENED) in got


def test_an_added_share_is_no_rate() -> None:
    text = "Mexico's 30% tariff on Brazilian shoes took effect as an additional 20% stake was sold."
    assert [f.rate_pct for f in tariff_rates(text, PUBLISHED)] == [30.0]


def test_a_rate_inside_a_condition_is_threatened() -> None:
    text = "Lima said Brazil would hit back if Mexico imposed a 40% duty on Brazilian shoes."
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.imposer, fact.target, fact.status) == ("Mexico", "Brazil", Status.THREATENED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mexico will lift its 40% duties on Brazilian shoes.", Status.SUSPENDED),
        ("Mexico dropped the 40% levy on Brazilian shoes.", Status.SUSPENDED),
        ("Mexico will lift its duties on Brazilian shoes to 40%.", Status.ANNOUNCED),
    ],
)
def test_a_rate_lifted_right_after_its_determiner(text: str, status: Status) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.rate_pct, fact.status) == (40.0, status)


@pytest.mark.parametrize(
    "text",
    [
        "Today, the 40% Mexican duty on Brazilian shoes has come into effect.",
        "On Thursday, Mexico's 40% tariff on Brazilian shoes went into effect.",
    ],
)
def test_a_date_opening_the_clause_dates_a_rate_that_takes_effect(text: str) -> None:
    [fact] = extract_facts(text, published=date(2025, 11, 20), gated=False)
    assert isinstance(fact, TariffRate)
    assert fact.effective == date(2025, 11, 20)


def test_just_after_midnight_is_the_day_of_publication() -> None:
    text = "Mexico's duty on Brazilian shoes rose from 20% to 40% just after midnight."
    [fact] = tariff_rates(text, PUBLISHED)
    assert fact.effective == PUBLISHED


def test_a_possessive_before_the_rate_names_the_imposer() -> None:
    text = "Mexico's 40% tariff on Brazilian shoes went into effect on Thursday."
    assert [(f.imposer, f.target) for f in tariff_rates(text, PUBLISHED)] == [("Mexico", "Brazil")]


def _article(text: str) -> list[tuple[str, str, float]]:
    facts = extract_facts(text, published=PUBLISHED, gated=False)
    return [(f.imposer, f.target, f.rate_pct) for f in facts if isinstance(f, TariffRate)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump unveiled new duties on Brazil on Tuesday. The rate will be 40%.",
        "President Trump raised tariffs on Brazil again. The new rate of 40% starts next month.",
        "Trump announced a levy on Brazilian coffee. Brazilian growers will pay 40%.",
    ],
)
def test_a_leader_frames_the_measure_the_next_sentence_rates(text: str) -> None:
    assert _article(text) == [("US", "Brazil", 40.0)]


def test_another_kind_of_rate_in_a_tariff_story_is_no_tariff() -> None:
    text = "Trump unveiled new duties on Brazil. The central bank's interest rate is 15%."
    assert _article(text) == []


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        (
            "Mexico cuts its duty on Brazilian shoes from 40% to 20% for goods entered from "
            "12:01 am EST on Monday, December 1, 2025.",
            date(2025, 12, 1),
        ),
        (
            "Mexico will charge a 20% duty on Brazilian shoes effective Monday, December 1.",
            date(2025, 12, 1),
        ),
        # the day a change was made, not a start the text states
        ("Mexico has raised its duty on Brazilian shoes to 40%, on Friday, November 14.", None),
    ],
)
def test_a_start_cue_reaches_over_a_clock_time_and_a_weekday(
    text: str, effective: date | None
) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert fact.effective == effective
