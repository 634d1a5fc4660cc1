"""Dated measures are deadlines: a start or end construction ties a date to a measure noun.

Each sentence below is written for the test; the cue and noun classes live in the `deadline:`
section of watcher/facts/extract/data/lexicon.yaml.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watcher.facts.comparison import Outcome, Provenance
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.known import KnownState
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2025, 10, 20)


def _deadlines(text: str, published: date | None = PUB) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "when", "measure", "imposer", "target"),
    [
        # a tariff's start ("from")
        (
            "Washington will add a further 60% tariff on Chinese electronics from December 3.",
            date(2025, 12, 3),
            "tariff",
            "US",
            "China",
        ),
        # a suspension's end ("runs until")
        (
            "Beijing said the suspension of its curbs on US chipmakers runs until 5 March 2026.",
            date(2026, 3, 5),
            "suspension",
            "China",
            "US",
        ),
        # port fees' start ("take effect on")
        (
            "China's new port fees on US-owned tankers take effect on November 2.",
            date(2025, 11, 2),
            "port_fees",
            "China",
            "US",
        ),
        # an export-control rule's start ("applies from")
        (
            "The US said its new licensing rule for Chinese buyers of AI chips applies from "
            "January 15.",
            date(2026, 1, 15),
            "export_controls",
            "US",
            "China",
        ),
        # a truce's end ("expires on")
        (
            "The tariff truce between the US and China now expires on February 20.",
            date(2026, 2, 20),
            "truce",
            "US",
            "China",
        ),
    ],
)
def test_dated_measure_is_a_deadline(
    text: str, when: date, measure: str, imposer: str, target: str
) -> None:
    [fact] = _deadlines(text)
    assert (fact.date, fact.measure, fact.status) == (when, measure, Status.ANNOUNCED)
    assert {fact.imposer, fact.target} == {imposer, target}
    assert fact.what


def test_clock_time_and_weekday_between_cue_and_date() -> None:
    text = "China will lift its duties on US pork effective 00:01 local time on Friday, November 7."
    [fact] = _deadlines(text)
    assert fact.date == date(2025, 11, 7)
    assert "lifted" in fact.what


def test_past_cue_is_happened() -> None:
    [fact] = _deadlines("The US levy on Chinese steel wire took effect on October 1.")
    assert (fact.date, fact.status) == (date(2025, 10, 1), Status.HAPPENED)


def test_extension_to_a_new_date_suspends_the_superseded_one() -> None:
    """The old end is a deadline pushed back (suspended), the new one announced."""
    text = (
        "The order extends the US tariff exclusions for Chinese machinery, originally due to end "
        "on November 29, 2025, to May 31, 2026."
    )
    assert [(f.date, f.measure, f.status) for f in _deadlines(text)] == [
        (date(2025, 11, 29), "exclusions", Status.SUSPENDED),
        (date(2026, 5, 31), "exclusions", Status.ANNOUNCED),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade talks between the US and China start on November 4 in Geneva.",
        "The court hearing on the tariffs begins on December 9.",
        "Trump and Xi will hold a summit from April 2 in Beijing.",
    ],
)
def test_event_dates_are_not_deadlines(text: str) -> None:
    assert _deadlines(text) == []


def test_other_pair_keeps_its_own_parties() -> None:
    [fact] = _deadlines("The US tariff of 35% on Canadian lumber takes effect on November 14.")
    assert (fact.imposer, fact.target) == ("US", "Canada")


def test_sentence_without_parties_takes_the_previous_ones() -> None:
    text = (
        "China agreed to halt its port charges on US vessels. "
        "The pause lasts until November 30, 2026."
    )
    [fact] = _deadlines(text)
    assert (fact.date, fact.measure) == (date(2026, 11, 30), "truce")
    assert {fact.imposer, fact.target} == {"China", "US"}


def test_undated_text_takes_a_year_in_the_named_office() -> None:
    """A year-less date in a text whose only year predates the named president's term."""
    text = (
        "President Donald Trump signed an order on Friday that keeps the 20% US tariff on "
        "Chinese goods until March 9. The deficit with China was large in 2024."
    )
    [fact] = _deadlines(text, published=None)
    assert fact.date == date(2025, 3, 9)


def test_undated_text_does_not_take_the_year_of_a_plan() -> None:
    """A year named only as a plan's time ("a state visit in 2026") is after the article: a
    year-less date of an undated text is not put in that year."""
    text = (
        "Beijing and Washington have agreed that the tariff truce now expires on November 10. "
        "Trump said he had invited Xi for a state visit in 2026."
    )
    [fact] = _deadlines(text, published=None)
    assert fact.date == date(2025, 11, 10)


def test_undated_text_takes_a_stated_year_before_a_plans_year() -> None:
    """A year stated in a date ("until 3 May 2026") wins over years named as plans, however
    often they are named."""
    text = (
        "The suspension of US port fees on Chinese ships runs until 3 May 2026. China's port fees "
        "on US ships take effect on June 1. Officials expect Xi to visit Washington in 2027, "
        "and Trump plans to return to Beijing in 2027."
    )
    dates = sorted(f.date for f in _deadlines(text, published=None) if f.date)
    assert dates == [date(2026, 5, 3), date(2026, 6, 1)]


def test_each_sides_measure_is_its_own_deadline_but_a_truce_is_one() -> None:
    """China's port fees and the US's are two deadlines; a truce binds both, so naming the
    sides the other way round is the same truce."""

    def deadline(text: str) -> Deadline:
        [fact] = [
            f for f in extract_facts(text, published=date(2025, 11, 7)) if isinstance(f, Deadline)
        ]
        return fact

    china = deadline("China will suspend its port fees on US-owned ships until 3 March 2026.")
    state = KnownState().learn(china, Provenance("wire", datetime(2025, 11, 7, tzinfo=UTC)))
    us = deadline("The US will suspend its port fees on Chinese-built ships until 3 March 2026.")
    assert state.compare(us).outcome is Outcome.NEW
    truce = deadline("The US tariff truce with China now expires on 3 March 2026.")
    state = state.learn(truce, Provenance("wire", datetime(2025, 11, 7, tzinfo=UTC)))
    mirrored = deadline("China's tariff truce with the US now expires on 3 March 2026.")
    assert state.compare(mirrored).outcome is Outcome.CONFIRMED
