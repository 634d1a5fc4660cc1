"""Deadlines, fix round after review stop 28 (fix28-deadline): a purchase commitment denied
or asked about, a day of the month after a past verb, a year named for "the end of the
year", a condition leading the sentence (and its actor), a weak modal under a
warning, a move by days of something else than the measure, a ceasefire outside trade, and
counts of days in words. Each sentence is written for the test; every "no live fact" test
has its positive twin, so it cannot pass on no output."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.deadline.compare import UNSET
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2026, 3, 18)


def _deadlines(text: str, published: date = PUB) -> list[tuple[date | None, Status]]:
    found = extract_facts(text, published=published)
    return [(f.date, f.status) for f in found if isinstance(f, Deadline)]


def _live(text: str) -> list[tuple[date | None, Status]]:
    return [(d, s) for d, s in _deadlines(text) if s not in UNSET]


def test_a_purchase_commitment_stated_is_announced() -> None:
    text = "Beijing pledged to purchase American corn by the end of the year."
    assert _deadlines(text) == [(date(2026, 12, 31), Status.ANNOUNCED)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Beijing has not pledged to purchase American corn by the end of the year.",
            Status.DENIED,
        ),
        ("Beijing never promised to buy US beef by the end of the year.", Status.DENIED),
        ("Beijing declined to commit to buy American corn by the end of the year.", Status.DENIED),
        (
            "Has Beijing pledged to purchase American corn by the end of the year?",
            Status.SPECULATED,
        ),
    ],
)
def test_a_purchase_commitment_denied_or_asked_about_is_no_live_fact(
    text: str, status: Status
) -> None:
    """Finding 3: a negation before the verb of committing, or a yes/no question."""
    assert _deadlines(text) == [(date(2026, 12, 31), status)]


def test_a_day_of_the_month_after_a_past_verb_is_the_last_one() -> None:
    """Finding 4: "lapsed on the 9th" in March is March 9 (past), never a year off; the
    present still counts forward."""
    assert _deadlines("The tariff exemption lapsed on the 9th, customs officials said.") == [
        (date(2026, 3, 9), Status.HAPPENED)
    ]
    assert _deadlines("The tariff truce ended on the 20th.") == [
        (date(2026, 2, 20), Status.HAPPENED)
    ]
    assert _deadlines("The tariff exemption lapses on the 9th, customs officials said.") == [
        (date(2026, 4, 9), Status.ANNOUNCED)
    ]


def test_a_day_of_the_month_after_a_past_verb_in_january_is_december_s() -> None:
    text = "The tariff truce expired on the 28th."
    assert _deadlines(text, date(2026, 1, 5)) == [(date(2025, 12, 28), Status.HAPPENED)]


def test_a_year_named_in_the_sentence_governs_the_end_of_the_year() -> None:
    """Finding 5: an earlier year makes it history (no fact); without it, the article's."""
    history = (
        "In 2019, Washington said its duties on Chinese steel would last until the end of the year."
    )
    twin = "Washington said its duties on Chinese steel would last until the end of the year."
    assert _deadlines(history) == []
    assert _live(twin) == [(date(2026, 12, 31), Status.ANNOUNCED)]


def _sides(text: str) -> list[tuple[str | None, str | None, Status]]:
    found = extract_facts(text, published=PUB)
    return [(f.imposer, f.target, f.status) for f in found if isinstance(f, Deadline)]


def test_the_actor_of_a_leading_condition_is_not_the_imposer() -> None:
    """Finding 6: "If Beijing hits back, the tariff on Chinese ..." is the US tariff on
    China: a country named only in the condition is no party of the main clause's measure."""
    conditional = (
        "If Beijing hits back, the tariff on Chinese panels will stay until the end of the year."
    )
    twin = "The tariff on Chinese panels will stay until the end of the year."
    assert _sides(conditional) == [("US", "China", Status.ANNOUNCED)]
    assert _sides(twin) == [("US", "China", Status.ANNOUNCED)]


def test_a_condition_leading_the_sentence_keeps_the_date_to_beat() -> None:
    """A leading "Unless X, the tariff will take effect on <date>" is a threat that sets the date to
    beat, as "will impose ... on November 1 if no deal" is (the labelled sets count such dates
    as announced deadlines), so the condition does not make it speculated."""
    conditional = (
        "Unless talks resume, the US tariff on Chinese drones will take effect on April 2."
    )
    twin = "The US tariff on Chinese drones will take effect on April 2."
    assert _live(conditional) == [(date(2026, 4, 2), Status.ANNOUNCED)]
    assert _live(twin) == [(date(2026, 4, 2), Status.ANNOUNCED)]


def test_a_weak_modal_under_a_warning_is_speculated() -> None:
    """Finding 6 (older): "could ... , an official warned" only weighs the date."""
    weak = "The duties might take effect in ten days, a commerce official warned."
    twin = "The duties will take effect in ten days, a commerce official said."
    assert _deadlines(weak) == [(date(2026, 3, 28), Status.SPECULATED)]
    assert _deadlines(twin) == [(date(2026, 3, 28), Status.ANNOUNCED)]


def test_a_move_by_days_of_something_else_keeps_the_end() -> None:
    """Finding 7: the object of the moving verb must be the measure, its end or a pronoun."""
    other = "The tariff pause is due to lapse on May 4. Lawmakers postponed the hearing by 45 days."
    twin = "The tariff pause is due to lapse on May 4. Lawmakers postponed it by 45 days."
    assert _deadlines(other) == [(date(2026, 5, 4), Status.ANNOUNCED)]
    assert _deadlines(twin) == [
        (date(2026, 5, 4), Status.SUSPENDED),
        (date(2026, 6, 18), Status.ANNOUNCED),
    ]


def test_a_ceasefire_outside_trade_is_no_deadline() -> None:
    """Finding 11: a truce-class noun is a trade measure only in a trade or US-China context."""
    assert _deadlines("The ceasefire in Sudan ends on the 25th, mediators said.") == []
    assert _live("The US-China tariff ceasefire ends on the 25th, mediators said.") == [
        (date(2026, 3, 25), Status.ANNOUNCED)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The US levies on Chinese cranes will take effect in five days.", date(2026, 3, 23)),
        ("The US levies on Chinese cranes will take effect in twenty-one days.", date(2026, 4, 8)),
        ("The US levies on Chinese cranes will take effect in 12 days' time.", date(2026, 3, 30)),
    ],
)
def test_counts_of_days_in_words_and_days_time(text: str, day: date) -> None:
    assert _live(text) == [(day, Status.ANNOUNCED)]
