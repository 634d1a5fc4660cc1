"""Ends and requirements that lapse or are given up: the end of a period told after its start is
announced (speculated if the period is), a licence no longer needed starts no requirement while one
still needed takes effect, a date asked about is speculated, and a plan given up before its date
sets no deadline (with its date still to come it stays `suspended`).

Each sentence is written for the test; each gives its publication day.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date) -> list[tuple[date | None, Status, str]]:
    found = extract_facts(text, published=published)
    return [(f.date, f.status, f.what) for f in found if isinstance(f, Deadline)]


def test_the_end_of_a_period_after_publication_is_announced() -> None:
    """The start has happened; its end, weeks on, is still to come (finding 10)."""
    text = "The truce was prolonged for a further 60 days from Sept. 3."
    assert _deadlines(text, date(2026, 9, 10)) == [
        (date(2026, 9, 3), Status.HAPPENED, "truce: take effect"),
        (date(2026, 11, 2), Status.ANNOUNCED, "truce: end (60 days)"),
    ]


def test_the_end_of_a_speculated_period_stays_speculated() -> None:
    text = "The two sides could extend the truce for another 90 days from Aug. 12."
    statuses = {status for _, status, _ in _deadlines(text, date(2026, 8, 5))}
    assert statuses == {Status.SPECULATED}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Exporters will no longer need a licence from Jan. 5, Beijing said.", date(2026, 12, 20)),
        (
            "Companies no longer need an export licence from Oct. 1, the ministry said.",
            date(2026, 9, 15),
        ),
        (
            "From March 2, firms will no longer need a permit to ship graphite to the US, "
            "China said.",
            date(2026, 2, 10),
        ),
    ],
)
def test_a_licence_no_longer_needed_starts_no_requirement(text: str, published: date) -> None:
    """ "no longer need" lifts a requirement: no licence requirement takes effect (finding 9);
    a lifting on a named day is that day's deadline (`test_extract_deadline_controls.py`)."""
    assert not [what for _, _, what in _deadlines(text, published) if "lifted" not in what]


def test_a_licence_still_needed_takes_effect() -> None:
    text = "Shippers will need a permit from Feb. 1 to send antimony abroad, Beijing said."
    assert _deadlines(text, date(2026, 1, 10)) == [
        (date(2026, 2, 1), Status.ANNOUNCED, "China export controls: take effect")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Will exporters need a licence from Dec. 1 to ship graphite, analysts asked?",
        "Will the US impose new tariffs on Chinese goods from Dec. 1?",
    ],
)
def test_a_date_asked_about_is_speculated(text: str) -> None:
    found = _deadlines(text, date(2026, 11, 1))
    assert [(when, status) for when, status, _ in found] == [(date(2026, 12, 1), Status.SPECULATED)]


def test_a_plan_given_up_before_its_date_sets_no_deadline() -> None:
    text = "Canada had planned duties on US steel starting on June 1 but dropped the plan."
    assert _deadlines(text, date(2026, 6, 10)) == []


def test_a_plan_given_up_with_its_date_to_come_stays_suspended() -> None:
    text = "Canada had planned duties on US steel starting on July 1 but dropped the plan."
    found = _deadlines(text, date(2026, 6, 10))
    assert [(when, status) for when, status, _ in found] == [(date(2026, 7, 1), Status.SUSPENDED)]
