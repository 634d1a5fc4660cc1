"""Where a threat, a condition or a total word reaches: a past step coordinated after a modal
("threatened to ..., and on Monday raised ...") happened, its day after the subject, while a threat
after the coordinate stays a threat; an inverted condition is a clause of its own, closed by its
comma, and a headline opening "Had ...:" with a colon is no condition; a standing level with a
total word is the level, named in full without one it is background.

Every sentence here is written for these tests. Published on Tuesday 10 March 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 3, 10)  # a Tuesday
H, A, P = Status.HAPPENED, Status.ANNOUNCED, Status.PLANNED


def _rates(text: str) -> list[TariffRate]:
    return [f for f in extract_facts(text, published=PUBLISHED) if isinstance(f, TariffRate)]


def _alerting(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in _rates(text) if f.status in (H, A)}


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


@pytest.mark.parametrize(
    "text",
    [
        "Had Ottawa imposed a 40% tariff on US steel, mills would have closed.",
        "Had Ottawa imposed a 40% tariff on US steel in May, mills would have closed.",
    ],
)
def test_an_inverted_condition_with_its_comma_stays_none(text: str) -> None:
    assert _alerting(text) == set()


# --- an inverted condition is a clause of its own, closed by a comma


def test_a_headline_opening_had_and_a_colon_is_no_condition() -> None:
    text = "Had it with Washington: Beijing imposes 60% tariff on all US goods from Friday."
    assert _alerting(text) == {("China", "US", 60.0, A)}


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


# A coordinated clause with a subject of its own keeps its own verb: the pause in "halved its
# duty to 10% and Tokyo paused its quotas" is Tokyo's, not the duty's, and the pause before
# "and the US raised" does not reach the raise. A pause kept under a shared modal ("will cut
# ... and keep suspended its 24% duty") is the second rate's own predicate.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Under the pact, Seoul halved its levy on Japanese steel to 10% from 20% on Friday and "
            "Tokyo paused its chip export curbs.",
            {("South Korea", "Japan", 10.0, H)},
        ),
        (
            "Mexico cut its tariff on Brazilian beef to 5% last week while Brasilia lifted its "
            "ban on Mexican avocados.",
            {("Mexico", "Brazil", 5.0, H)},
        ),
        (
            "Tokyo paused its export curbs and the US raised its tariff on Japanese steel to 35% "
            "on Monday.",
            {("US", "Japan", 35.0, H)},
        ),
    ],
)
def test_another_subjects_verb_is_not_the_rates(
    text: str, want: set[tuple[str, str, float, Status]]
) -> None:
    assert _alerting(text) == want


def test_a_pause_kept_under_a_shared_modal_is_the_second_rates() -> None:
    text = (
        "Ottawa will lower its surtax on Mexican steel to 10% on April 1 and keep suspended its "
        "30% duty on Mexican cement until next year."
    )
    got = {(f.imposer, f.target, f.rate_pct, f.status) for f in _rates(text)}
    assert got == {("Canada", "Mexico", 10.0, A), ("Canada", "Mexico", 30.0, Status.SUSPENDED)}


def test_the_next_clauses_subject_does_not_levy_the_rate() -> None:
    text = (
        "Under the deal, Washington halved its anti-drug duty to 10% from 20% and Beijing paused "
        "its gallium curbs for a year."
    )
    assert all(f.imposer != "China" for f in _rates(text))
