"""Deadlines and export controls, fix round after review stop 27 (fix27-deadline): the end of
a period told after its start, a licence no longer needed, a question about a licence date,
a country's officials acting only as the subject of the step's verb, and a plan given up
before its date. Each sentence is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.export_control.model import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status


def _deadlines(text: str, published: date) -> list[tuple[date | None, Status, str]]:
    found = extract_facts(text, published=published)
    return [(f.date, f.status, f.what) for f in found if isinstance(f, Deadline)]


def _controls(text: str) -> list[tuple[str, str, Status]]:
    found = extract_facts(text, published=date(2026, 8, 22))
    return [(f.imposer, f.measure, f.status) for f in found if isinstance(f, ExportControl)]


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
    """ "no longer need" lifts a requirement: no licence requirement takes effect (finding 9)."""
    assert _deadlines(text, published) == []


def test_a_licence_still_needed_takes_effect() -> None:
    text = "Shippers will need a permit from Feb. 1 to send antimony abroad, Beijing said."
    assert _deadlines(text, date(2026, 1, 10)) == [
        (date(2026, 2, 1), Status.ANNOUNCED, "China licence requirement: take effect")
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


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("Chinese officials criticised the decision to tighten export controls on chips.", "China"),
        ("Chinese officials condemned Washington's move to restrict exports of chips.", "China"),
        (
            "American officials questioned Beijing's choice to tighten controls on rare earths.",
            "US",
        ),
        ("Chinese officials said a plan to curb exports of gallium was unfair.", "China"),
    ],
)
def test_officials_whose_verb_is_another_do_not_take_the_step(text: str, officials: str) -> None:
    """ "<adjective> officials" act only as the subject of the step's verb (finding 6); a
    possessor of the step ("Washington's move") may still take it."""
    assert [who for who, _, _ in _controls(text) if who == officials] == []


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Chinese officials on Tuesday tightened export controls on graphite.", "China"),
        ("Japanese trade officials have further tightened export controls on chips.", "Japan"),
        ("The Dutch government broadened its export curbs on chipmaking tools.", "Netherlands"),
    ],
)
def test_officials_who_take_the_step_still_impose_it(text: str, imposer: str) -> None:
    assert [(who, status) for who, _, status in _controls(text)] == [(imposer, Status.HAPPENED)]


def test_a_plan_given_up_before_its_date_sets_no_deadline() -> None:
    text = "Canada had planned duties on US steel starting on June 1 but dropped the plan."
    assert _deadlines(text, date(2026, 6, 10)) == []


def test_a_plan_given_up_with_its_date_to_come_stays_suspended() -> None:
    text = "Canada had planned duties on US steel starting on July 1 but dropped the plan."
    found = _deadlines(text, date(2026, 6, 10))
    assert [(when, status) for when, status, _ in found] == [(date(2026, 7, 1), Status.SUSPENDED)]
