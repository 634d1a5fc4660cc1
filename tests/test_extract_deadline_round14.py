"""Deadlines, issue 10 fourteenth round: a term a decision sets ("signed an order keeping ...
until"), a dated schedule in a list, a measure on imports from every origin, a country left out
of a measure on many, "at the end of the week" after a verb of starting, and a split "push
... back".

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}
_RUN = date(2026, 6, 1)  # the day an undated article is read as of


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


@pytest.mark.parametrize(
    "text",
    [
        "The president signed a proclamation keeping the duties on Chinese cranes at 25% until "
        "March 31.",
        "Beijing's cabinet approved a decree delaying its levies on US lumber until March 31.",
        "Washington issued a notice extending the exclusions for Chinese syringes until March 31.",
    ],
)
def test_a_term_a_decision_sets_is_announced_in_an_undated_article(text: str) -> None:
    """The decision's verb is past, the term it sets is not: read as of a later run, the
    date is still the one the decision announced."""
    (fact,) = _deadlines(text, _RUN, undated=True)
    assert (fact.status, fact.date) == (Status.ANNOUNCED, date(2026, 3, 31))


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # the measure's own verb is past: it came
        ("The duties on Chinese cranes took effect on March 31.", _RUN, Status.HAPPENED),
        ("The levies on US lumber expired on March 31.", _RUN, Status.HAPPENED),
    ],
)
def test_a_past_of_the_measure_itself_stays_happened(
    text: str, published: date, status: Status
) -> None:
    (fact,) = _deadlines(text, published, undated=True)
    assert fact.status is status


def test_a_term_over_before_a_dated_article_stays_happened() -> None:
    text = (
        "Trump signed an order in March keeping the duties on Chinese cranes at 25% until April 30."
    )
    (fact,) = _deadlines(text, date(2026, 6, 10))
    assert (fact.status, fact.date) == (Status.HAPPENED, date(2026, 4, 30))


def test_a_listed_schedule_gives_its_first_step_only() -> None:
    text = (
        "Starting March 2, US ports will levy $40 per net ton on Chinese-built car carriers. "
        "The fee will climb every spring:\n"
        " \u2022 April 20, 2026 \u2192 $70 per net ton\n"
        " \u2022 April 20, 2027 \u2192 $100 per net ton\n"
        " \u2022 April 20, 2028 \u2192 $130 per net ton\n"
    )
    days = [f.date for f in _deadlines(text, date(2026, 2, 20))]
    assert days == [date(2026, 3, 2), date(2026, 4, 20)]


def test_schedule_steps_told_in_sentences_are_unchanged() -> None:
    """Only a list's later items are the same schedule continued; steps told in sentences
    keep their dates."""
    text = (
        "Chinese port fees on US-owned ships will rise to 500 yuan on May 1, 2026. They will "
        "rise again to 700 yuan on May 1, 2027."
    )
    assert [f.date for f in _deadlines(text, date(2025, 10, 20))] == [
        date(2026, 5, 1),
        date(2027, 5, 1),
    ]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a rate between the noun and its goods, no origin: every origin
        (
            "The US and China traded barbs. Beijing imposed duties of 30% on imports of pork "
            "beginning March 1.",
            ("China", "all"),
        ),
        (
            "A US tariff of 100% on imported furniture from all countries takes effect on March 1.",
            ("US", "all"),
        ),
        # near-misses: an origin named
        (
            "The US and China traded barbs. Beijing imposed duties of 30% on imports of US pork "
            "beginning March 1.",
            ("China", "US"),
        ),
        (
            "China will impose duties of 30% on pork from the United States from March 1.",
            ("China", "US"),
        ),
    ],
)
def test_a_measure_on_every_origin_targets_all(text: str, parties: tuple[str, str]) -> None:
    assert _live(text, date(2026, 2, 25)) == [(date(2026, 3, 1), *parties)]


@pytest.mark.parametrize(
    "text",
    [
        "Higher US duties on 60 countries start on Aug. 7; China was spared.",
        "Higher US duties on 60 countries except China start on Aug. 7.",
        "US tariffs on dozens of trading partners start on Aug. 7, but Chinese goods are exempt.",
    ],
)
def test_a_country_left_out_of_a_measure_on_many_is_no_party(text: str) -> None:
    facts = _deadlines(text, date(2025, 8, 4))
    assert facts
    assert all("China" not in (f.imposer, f.target) for f in facts)


def test_a_country_among_the_many_is_still_the_target() -> None:
    text = "Higher US duties on 60 countries, including China, start on Aug. 7."
    assert _live(text, date(2025, 8, 4)) == [(date(2025, 8, 7), "US", "China")]


@pytest.mark.parametrize(
    ("published", "due"),
    [
        (date(2025, 10, 21), date(2025, 10, 24)),  # a Tuesday: the working week's Friday
        (date(2025, 10, 25), date(2025, 10, 26)),  # a Saturday: the week's Sunday
    ],
)
def test_a_start_at_the_end_of_the_week(published: date, due: date) -> None:
    text = "US tariffs on Chinese drones take effect at the end of the week."
    assert _live(text, published) == [(due, "US", "China")]


def test_the_end_of_the_week_told_as_a_time_is_no_date() -> None:
    assert (
        _live("At the end of the week, US tariffs on Chinese drones rose.", date(2025, 10, 21))
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The US pushed its truce with China back to Nov. 10.",
        "Washington pushed the start of its higher tariffs on Chinese goods back to Nov. 10.",
    ],
)
def test_a_split_push_back_moves_the_measure(text: str) -> None:
    assert _live(text, date(2025, 8, 11)) == [(date(2025, 11, 10), "US", "China")]


def test_pushing_people_back_moves_nothing() -> None:
    assert (
        _live("China pushed its negotiators back to the table on Monday.", date(2025, 8, 11)) == []
    )


def test_a_split_push_back_by_a_length_moves_the_named_deadline() -> None:
    """The verb's object may be several words long ("pushed the September 2 tariff deadline on
    Chinese goods back by two weeks"): the old date is suspended, the new one announced."""
    text = "The US pushed the September 2 tariff deadline on Chinese goods back by two weeks."
    facts = _deadlines(text, date(2025, 8, 28))
    assert [(f.status, f.date) for f in facts] == [
        (Status.SUSPENDED, date(2025, 9, 2)),
        (Status.ANNOUNCED, date(2025, 9, 16)),
    ]
