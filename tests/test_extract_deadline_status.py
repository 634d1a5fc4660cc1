"""Deadlines, issue 10 eighth round (precision and status). Each sentence is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 4, 11)


def _deadlines(text: str, published: date | None = PUBLISHED) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada had planned retaliatory duties on US steel starting on April 21, before the pause.",
        "Brussels had intended to impose its first tariffs on American bourbon from April 16.",
        "Mexico had initially planned higher duties on US pork from April 18.",
        "Tokyo had originally planned levies on US beef beginning on April 20.",
    ],
)
def test_a_plan_told_in_the_pluperfect_is_suspended(text: str) -> None:
    found = _deadlines(text)
    assert found, text
    assert all(f.status is Status.SUSPENDED for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "The EU plans to impose duties on US motorcycles starting on May 15.",
        "Canada has said its duties on US steel will take effect on April 21.",
    ],
)
def test_a_plan_that_stands_is_announced(text: str) -> None:
    found = _deadlines(text)
    assert found, text
    assert all(f.status is Status.ANNOUNCED for f in found)


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # bound by the measure now, its date today or before: it has come
        (
            "Mexican trucks are currently subject to the US duty on heavy vehicles set to take "
            "effect on April 11.",
            date(2025, 4, 11),
            Status.HAPPENED,
        ),
        (
            "Importers are already paying the US tariffs on Chinese toys scheduled to take "
            "effect on April 9.",
            date(2025, 4, 11),
            Status.HAPPENED,
        ),
        # the same words with the date still ahead: announced
        (
            "Mexican trucks are currently subject to the US duty on heavy vehicles set to take "
            "effect on April 20.",
            date(2025, 4, 11),
            Status.ANNOUNCED,
        ),
        # no sign of the measure binding now: the schedule's tense decides
        (
            "The US duty on heavy vehicles from Mexico is set to take effect on April 11.",
            date(2025, 4, 11),
            Status.ANNOUNCED,
        ),
    ],
)
def test_a_measure_that_binds_now_has_come(text: str, published: date, status: Status) -> None:
    found = _deadlines(text, published)
    assert found, text
    assert [f.status for f in found] == [status] * len(found)


@pytest.mark.parametrize(
    "text",
    [
        "The tariff truce between Washington and Beijing ends on Nov. 10 and negotiators hope "
        "it might be renewed.",
        "US port fees on Chinese ships resume on Nov. 10 and shipowners fear they may rise.",
        "China's pause of its duties on US farm goods lapses on Nov. 10 and traders think it "
        "could be prolonged.",
    ],
)
def test_a_modal_in_a_coordinated_clause_leaves_the_date_announced(text: str) -> None:
    """The modal is the second clause's, with its own subject: the end or start stands."""
    found = _deadlines(text, date(2025, 10, 20))
    assert [f.date for f in found] == [date(2025, 11, 10)], text
    assert all(f.status is Status.ANNOUNCED for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the modal governs the date's own clause
        "The tariff truce between Washington and Beijing could end on Nov. 10.",
        "US port fees on Chinese ships might resume on Nov. 10, officials said.",
    ],
)
def test_a_modal_of_the_date_s_own_clause_still_speculates(text: str) -> None:
    found = _deadlines(text, date(2025, 10, 20))
    assert found, text
    assert all(f.status is Status.SPECULATED for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the date in an aside, the modal the main clause's
        "The US-China tariff truce, due to expire on Nov. 10, could be extended.",
        "The US-China tariff truce, expiring Nov. 10, may be renewed.",
        "The US-China tariff truce, which ends on Nov. 10, might be prolonged by a year.",
        "The US-China tariff truce (it lapses on Nov. 10) could be extended.",
    ],
)
def test_a_modal_outside_the_date_s_aside_leaves_it_announced(text: str) -> None:
    found = _deadlines(text, date(2025, 10, 20))
    assert [(f.date, f.status) for f in found] == [(date(2025, 11, 10), Status.ANNOUNCED)], found


@pytest.mark.parametrize(
    "text",
    [
        # the modal inside the date's own aside or clause
        "The US duties on Chinese steel, which could rise to 50% on Nov. 10, worry carmakers.",
        "The US-China tariff truce could expire on Nov. 10, officials said.",
        "The US-China tariff truce might end on Nov. 10, analysts said.",
        # a relative clause after the date may be about the measure: left as it was
        "US duties on Chinese steel start on Nov. 10, which analysts think could slip.",
    ],
)
def test_a_modal_of_the_date_s_own_clause_or_aside_still_reaches_it(text: str) -> None:
    found = _deadlines(text, date(2025, 10, 20))
    statuses = {f.status for f in found if f.date == date(2025, 11, 10)}
    assert statuses and statuses != {Status.ANNOUNCED}, found
