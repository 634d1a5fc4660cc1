"""The day of a tariff change: a past weekday before an ambiguous verb ("the EU on Thursday set
duties of 35%") makes it happened, a future verb keeps it announced; a day between the new level
and its ", down from" dates the change; an opening "On Monday, officials said ..." is the day they
spoke, no start; "on Friday, next week's ..." is this week's Friday, for tariff starts and leader
contacts alike.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, P = Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED


def _key(f: TariffRate) -> tuple[str, str, float, Status, float | None]:
    return f.imposer, f.target, f.rate_pct, f.status, f.previous_pct


def _rates(text: str) -> list[TariffRate]:
    return [f for f in extract_facts(text, published=PUBLISHED) if isinstance(f, TariffRate)]


# --- "on <weekday>, next week's X": the weekday of this week, in every kind


def _effective(text: str) -> set[date | None]:
    return {f.effective for f in _rates(text)}


def _contact_days(text: str) -> set[tuple[Status, date | None]]:
    facts = extract_facts(text, published=PUBLISHED)
    return {(f.status, f.date) for f in facts if isinstance(f, LeaderContact)}


# --- a past weekday before the verb dates the act: "the EU on Thursday set duties of 35%"


@pytest.mark.parametrize(
    "text",
    [
        "The European Union on Thursday set duties of 28% on Chinese kettles.",
        "Ottawa on Friday put a 35% surtax on Chinese scooters.",
    ],
)
def test_a_past_weekday_before_an_ambiguous_verb_makes_it_happened(text: str) -> None:
    [fact] = tariff_rates(text, PUBLISHED)
    assert fact.status is Status.HAPPENED
    assert fact.effective is None  # the day of the act is no start of the duty


def test_a_past_weekday_with_a_future_verb_stays_announced() -> None:
    text = "China on Friday said it will impose a 12% tariff on US sorghum."
    assert [f.status for f in tariff_rates(text, PUBLISHED)] == [Status.ANNOUNCED]


# --- "to 30% on Monday, down from 145%": the day dates the new level


def test_a_day_between_the_new_level_and_down_from_dates_the_change() -> None:
    text = "The US cut its tariff on Chinese kettles to 20% on Monday, down from 60%."
    [fact] = tariff_rates(text, PUBLISHED)
    assert _key(fact) == ("US", "China", 20.0, Status.HAPPENED, 60.0)
    assert fact.effective == date(2026, 3, 9)


def test_an_opening_day_of_a_statement_is_no_start() -> None:
    """ "On Monday, officials said ... would rise": Monday is when they spoke."""
    text = "On Monday, officials said tariffs on Chinese kettles would rise to 45%."
    [fact] = tariff_rates(text, PUBLISHED)
    assert (fact.status, fact.effective) == (Status.ANNOUNCED, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Japan will raise its tariff on US rice to 30% on Thursday, next week's vote aside.",
            date(2026, 3, 12),
        ),
        ("Japan will raise its tariff on US rice to 30% on Thursday next week.", date(2026, 3, 19)),
        (
            "Japan will raise its tariff on US rice to 30% on Thursday, next week, as agreed.",
            date(2026, 3, 19),
        ),
    ],
)
def test_tariff_start_next_weeks(text: str, want: date) -> None:
    assert _effective(text) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xi and Trump will talk by phone on Friday, next week\u2019s summit aside.",
            {(P, date(2026, 3, 13))},
        ),
        ("Xi and Trump will talk by phone on Friday of next week.", {(P, date(2026, 3, 20))}),
        ("Xi and Trump talked by phone on Monday, last week's row aside.", {(H, date(2026, 3, 9))}),
        ("Xi and Trump talked by phone on Monday last week.", {(H, date(2026, 3, 2))}),
    ],
)
def test_contact_day_next_weeks(text: str, want: set[tuple[Status, date]]) -> None:
    assert _contact_days(text) == want


# --- a coming weekday: "next Monday" dates the step; a future far before "on Monday" reaches it


def test_next_weekday_after_the_rate_is_its_start() -> None:
    (fact,) = tariff_rates(
        "Washington will lift its duty on Mexican cement to 30% from 20% next Monday.", PUBLISHED
    )
    assert (fact.status, fact.effective) == (A, date(2026, 3, 16))


def test_a_future_verb_well_before_the_weekday_still_points_ahead() -> None:
    (fact,) = tariff_rates(
        "The European Union will increase its anti-dumping duties on Chinese hardwood plywood "
        "to 40% on Friday.",
        PUBLISHED,
    )
    assert (fact.status, fact.effective) == (A, date(2026, 3, 13))


def test_a_past_verb_before_the_weekday_keeps_it_past() -> None:
    (fact,) = tariff_rates(
        "The European Union, which had warned of the step for weeks, increased its duties on "
        "Chinese hardwood plywood to 40% on Friday.",
        PUBLISHED,
    )
    assert (fact.status, fact.effective) == (H, date(2026, 3, 6))
