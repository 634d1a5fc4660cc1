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
