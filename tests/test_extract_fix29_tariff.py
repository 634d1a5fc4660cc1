"""Tariff rates and shared dates, review of stop 29: a firm's "it" is no country, an inverted
condition owns its clause, a standing total is the level, a day phrase after the coordinated
subject, and "on Friday, next week's ..." is this week's Friday.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, P = Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED


def _rates(text: str) -> list[TariffRate]:
    return [f for f in extract_facts(text, published=PUBLISHED) if isinstance(f, TariffRate)]


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in _rates(text) if f.status in (H, A)}


# --- "it"/"they" levies only as a country named as the subject before


@pytest.mark.parametrize(
    "text",
    [
        "Target posted weak earnings on Tuesday. It will impose 12% on all Chinese goods, the "
        "chain said.",
        "The grocer said they would slap 18% on all US goods in their aisles.",
    ],
)
def test_a_firms_pronoun_levies_no_tariff(text: str) -> None:
    assert _alerting(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Beijing retaliated on Monday. It will impose 22% on all US goods.",
            ("China", "US", 22.0),
        ),
        (
            "China's finance ministry spoke on Monday. It will levy 12% on all American goods.",
            ("China", "US", 12.0),
        ),
        ("Canada said it will impose 20% on all US goods.", ("Canada", "US", 20.0)),
    ],
)
def test_a_countrys_pronoun_still_levies(text: str, want: tuple[str, str, float]) -> None:
    assert _alerting(text) == {(*want, A)}


# --- an inverted condition is a clause of its own, closed by a comma


def test_a_headline_opening_had_and_a_colon_is_no_condition() -> None:
    text = "Had it with Washington: Beijing imposes 60% tariff on all US goods from Friday."
    assert _alerting(text) == {("China", "US", 60.0, A)}


@pytest.mark.parametrize(
    "text",
    [
        "Had Ottawa imposed a 40% tariff on US steel, mills would have closed.",
        "Had Ottawa imposed a 40% tariff on US steel in May, mills would have closed.",
    ],
)
def test_an_inverted_condition_with_its_comma_stays_none(text: str) -> None:
    assert _alerting(text) == set()


# --- a standing level: a total word makes it the level, named in full or not


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on Chinese toys now stand at a combined 90%, the most in decades.",
        "US tariffs on Chinese toys now stand at a combined 90%.",
    ],
)
def test_a_standing_total_is_the_level(text: str) -> None:
    assert _alerting(text) == {("US", "China", 90.0, H)}


def test_a_standing_level_named_in_full_without_a_total_is_background() -> None:
    assert _alerting("US tariffs on Chinese toys now stand at 90%.") == set()


# --- a past step coordinated after a modal, with its day after the subject


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he would hit back, and Beijing on Monday raised its duty on US pork to 62%.",
        "Trump said he would hit back, and Beijing last week raised its duty on US pork to 62%.",
        "Trump threatened to hit back, and Beijing raised its duty on US pork to 62% on Monday.",
    ],
)
def test_a_past_step_after_a_threat_happened(text: str) -> None:
    assert _alerting(text) == {("China", "US", 62.0, H)}


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he would hit back, and Beijing on Monday said it may raise its duty on US "
        "pork to 62%.",
        "Trump warned on Monday that he would raise the duty on Chinese pork to 62%.",
    ],
)
def test_a_threat_after_the_coordinate_stays_none(text: str) -> None:
    assert _alerting(text) == set()


# --- "on <weekday>, next week's X": the weekday of this week, in every kind


def _effective(text: str) -> set[date | None]:
    return {f.effective for f in _rates(text)}


def _contact_days(text: str) -> set[tuple[Status, date | None]]:
    facts = extract_facts(text, published=PUBLISHED)
    return {(f.status, f.date) for f in facts if isinstance(f, LeaderContact)}


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
