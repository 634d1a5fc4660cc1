"""How firm a date under a condition or a warning is: a condition leading the sentence ("Unless X,
the tariff will take effect on <date>") keeps the date to beat, and its actor is not the imposer; a
weak modal under a warning is speculated; a purchase commitment stated is announced, denied or
asked about it is no live fact.

Each sentence is written for the test; every "no live fact" test has its positive twin. Published
on Wednesday 18 March 2026.
"""

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


def _sides(text: str) -> list[tuple[str | None, str | None, Status]]:
    found = extract_facts(text, published=PUB)
    return [(f.imposer, f.target, f.status) for f in found if isinstance(f, Deadline)]


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


def test_the_actor_of_a_leading_condition_is_not_the_imposer() -> None:
    """Finding 6: "If Beijing hits back, the tariff on Chinese ..." is the US tariff on
    China: a country named only in the condition is no party of the main clause's measure."""
    conditional = (
        "If Beijing hits back, the tariff on Chinese panels will stay until the end of the year."
    )
    twin = "The tariff on Chinese panels will stay until the end of the year."
    assert _sides(conditional) == [("US", "China", Status.ANNOUNCED)]
    assert _sides(twin) == [("US", "China", Status.ANNOUNCED)]


def test_a_weak_modal_under_a_warning_is_speculated() -> None:
    """Finding 6 (older): "could ... , an official warned" only weighs the date."""
    weak = "The duties might take effect in ten days, a commerce official warned."
    twin = "The duties will take effect in ten days, a commerce official said."
    assert _deadlines(weak) == [(date(2026, 3, 28), Status.SPECULATED)]
    assert _deadlines(twin) == [(date(2026, 3, 28), Status.ANNOUNCED)]


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
