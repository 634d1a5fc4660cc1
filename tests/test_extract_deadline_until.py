"""The time words before a date: "not ... until" starts the measure (a past start happened), an
ending verb ends it, another verb dates no measure, and "until" without a negation still ends it;
"by" a date dates a passive change, not an active one ("rose by 10% by ..."); "before" opening a
clause with a present or future verb points ahead, while "before" a pact noun alone is the time
before it.

Each sentence is written for the test. Published on Wednesday 15 October 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

AUTUMN = date(2025, 10, 15)


def _deadlines(text: str, published: date | None = AUTUMN, **kw: bool) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published, **kw) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "day", "imposer", "target"),
    [
        # a negated verb of starting before "until": the measure starts on the date
        (
            "The new US levies on Chinese desks will not apply until February 3, the agency said.",
            date(2026, 2, 3),
            "US",
            "China",
        ),
        (
            "Beijing won't begin collecting the higher duties on American wheat until November 25.",
            date(2025, 11, 25),
            "China",
            "US",
        ),
        (
            "Washington said it would not enforce the export licensing rule against Chinese "
            "buyers until December 22.",
            date(2025, 12, 22),
            "US",
            "China",
        ),
        (
            "China's countermeasures on US timber do not take effect until November 12.",
            date(2025, 11, 12),
            "China",
            "US",
        ),
    ],
)
def test_not_until_starts_the_measure(text: str, day: date, imposer: str, target: str) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.imposer, found.target) == (day, imposer, target)
    assert found.status is Status.ANNOUNCED
    assert not found.what.endswith(": end")


def test_not_until_a_past_start_happened() -> None:
    (found,) = _deadlines(
        "The US duties on Chinese kettles did not take effect until October 6.", AUTUMN
    )
    assert (found.date, found.status) == (date(2025, 10, 6), Status.HAPPENED)


def test_not_until_an_ending_verb_ends_the_measure() -> None:
    (found,) = _deadlines("The US exemption for Chinese toys does not expire until March 30.")
    assert found.date == date(2026, 3, 30)
    assert found.what.endswith(": end")


@pytest.mark.parametrize(
    "text",
    [
        # another negated verb: the date is of that act, not of a measure
        "US and Chinese envoys did not settle the tariff dispute until October 3.",
        "The two sides did not sign the tariff pact until October 8, officials said.",
    ],
)
def test_not_until_another_verb_dates_no_measure(text: str) -> None:
    assert _deadlines(text) == []


def test_until_without_a_negation_still_ends_the_measure() -> None:
    (found,) = _deadlines("The US pause on duties for Chinese shoes lasts until January 4.")
    assert found.date == date(2026, 1, 4)
    assert "take effect" not in found.what


@pytest.mark.parametrize(
    ("text", "day", "imposer", "target"),
    [
        (
            "Chinese duties on US almonds will be cut to 10% on November 6.",
            date(2025, 11, 6),
            "China",
            "US",
        ),
        (
            "The 60% US levies on Chinese toys will be lowered to 20% by October 30.",
            date(2025, 10, 30),
            "US",
            "China",
        ),
    ],
)
def test_a_passive_change_dates_the_change(text: str, day: date, imposer: str, target: str) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.imposer, found.target) == (day, imposer, target)
    assert found.status is Status.ANNOUNCED


def test_by_after_an_active_change_is_no_date() -> None:
    """Only a passive change takes "by" a date: "rose by 10% by ..." is left to other cues."""
    assert _deadlines("Chinese exports to the US fell 20% by October 3, data showed.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will cut its duty on US pork to 10% before the 90-day US-China pause runs out.",
        "China will lower its levy on US corn to 12% before their tariff agreement lapses.",
        "China will cut its duty on US wheat to 10% before the truce expires.",
    ],
)
def test_before_a_clause_of_expiry_is_no_earlier_time(text: str) -> None:
    """ "before" opening a clause with a subject and a present or future verb points ahead:
    the rate is announced, not a level of the time before a pact."""
    rates = [f for f in extract_facts(text, published=AUTUMN) if f.kind == "tariff_rate"]
    assert [f.status for f in rates] == [Status.ANNOUNCED]


def test_before_a_pact_noun_alone_is_the_time_before_it() -> None:
    text = "China's duty on US wheat was 10% before the truce, officials said."
    rates = [f for f in extract_facts(text, published=AUTUMN) if f.kind == "tariff_rate"]
    assert Status.ANNOUNCED not in [f.status for f in rates]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a state held to a year-less date ("remain suspended until", "stay in place through")
        # is told forward: the next such day after publication, not the nearest one before it
        (
            "Washington's port charges on Chinese-flagged tankers remain suspended until "
            "October 3.",
            date(2026, 1, 20),
            date(2026, 10, 3),
        ),
        (
            "US duty exclusions for Chinese-made wind turbine blades stay in place through "
            "Aug. 15.",
            date(2026, 1, 20),
            date(2026, 8, 15),
        ),
        (
            "Beijing's retaliatory tariffs on US almonds will stay suspended until March 5.",
            date(2025, 12, 2),
            date(2026, 3, 5),
        ),
    ],
)
def test_a_state_held_until_a_date_is_told_forward(text: str, published: date, day: date) -> None:
    (found,) = _deadlines(text, published)
    assert (found.date, found.status) == (day, Status.ANNOUNCED)


def test_a_state_held_since_a_date_is_not_told_forward() -> None:
    """ "remain" without "until": the date is the measure's past start, not a year ahead."""
    text = "Chinese bicycles remain exempt from the US tariff that took effect on March 4."
    assert all(f.date != date(2026, 3, 4) for f in _deadlines(text, date(2025, 5, 20)))


def _ends(text: str, published: date) -> list[tuple[date | None, Status]]:
    return [(f.date, f.status) for f in _deadlines(text, published) if f.imposer]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the pausing told in the past or as a participle: the state it began still runs
        (
            "Ottawa keeps a 10% levy on Chinese steel after pausing a further 15% on "
            "Chinese cars until October 20.",
            date(2026, 4, 1),
        ),
        (
            "Beijing holds its duty on US soybeans at 10%, having waived the rest until "
            "October 20.",
            date(2026, 4, 1),
        ),
        (
            "The US keeps its port fees on Chinese-operated vessels suspended until October 20, "
            "officials said.",
            date(2026, 4, 1),
        ),
    ],
)
def test_the_end_of_a_pause_that_still_runs_lies_ahead(text: str, published: date) -> None:
    """ "after suspending ... until October 20" read in April: the October to come, announced."""
    assert (date(2026, 10, 20), Status.ANNOUNCED) in _ends(text, published)


def test_the_end_of_a_pause_told_in_the_pluperfect_stays_past() -> None:
    """ "had remained suspended until March 3, when ...": a state that ran out."""
    text = (
        "The US fees on Chinese ships had remained suspended until October 20, when they returned."
    )
    assert all(d != date(2026, 10, 20) for d, _ in _ends(text, date(2026, 4, 1)))
