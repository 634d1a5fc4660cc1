"""A rate-less sentence's start date ("The duties take effect on Monday") dates the rate of the
sentence before only when it refers to that measure: a subject that names no goods of its own
("The change", "The tariffs on US goods") or the same goods; "The new duties on American
sorghum" are a measure of their own, whose start is their own deadline. A measure's start told
in the present ("starts on Monday", "kick in on Thursday") is a weekday to come.

Every sentence here is written for these tests. Published on Wednesday 14 October 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.dates import find_dates
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUB = date(2026, 10, 14)
MONDAY, THURSDAY, FRIDAY = date(2026, 10, 19), date(2026, 10, 15), date(2026, 10, 16)
LIVE = frozenset({Status.ANNOUNCED, Status.HAPPENED})


def _rates(text: str) -> set[tuple[float, date | None]]:
    return {
        (f.rate_pct, f.effective)
        for f in extract_facts(text, published=PUB)
        if isinstance(f, TariffRate)
    }


def _deadlines(text: str) -> set[tuple[date | None, str | None, str | None]]:
    return {
        (f.date, f.imposer, f.target)
        for f in extract_facts(text, published=PUB)
        if isinstance(f, Deadline) and f.status in LIVE
    }


def test_a_duty_on_goods_of_its_own_does_not_date_the_rate_before() -> None:
    text = (
        "Beijing said its pause of the 34% tariff on American imports will now last until "
        "April 30. The new duties on American walnuts take effect on Monday."
    )
    assert _rates(text) == {(34.0, None)}
    assert _deadlines(text) == {(date(2027, 4, 30), "China", "US"), (MONDAY, "China", "US")}


def test_a_duty_on_other_goods_with_its_own_pair_is_its_own_deadline() -> None:
    text = (
        "Washington said its pause on the extra 15% duty on Chinese imports would run until "
        "May 31. Higher levies on Chinese copper tubing take effect on Friday."
    )
    assert _rates(text) == {(15.0, None)}
    assert (FRIDAY, "US", "China") in _deadlines(text)


@pytest.mark.parametrize(
    "text",
    [
        # a noun that refers back to the step
        "China will cut its levy on US goods to 5%. The change takes effect on Monday.",
        # the same goods named again
        "China will put a 12% tariff on US barley. The duties on American barley take effect "
        "on Monday.",
        # goods in general
        "China will put a 12% tariff on American goods. The duties on US goods take effect on "
        "Monday.",
    ],
)
def test_a_subject_that_refers_to_the_rate_before_dates_it(text: str) -> None:
    assert {when for _, when in _rates(text)} == {MONDAY}
    assert _deadlines(text) == {(MONDAY, "China", "US")}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("China's 12% duty on American pork starts on Monday.", MONDAY),
        ("New US duties on Chinese plywood kick in on Thursday.", THURSDAY),
        ("China's 8% tariff on US propane begins on Monday.", MONDAY),
    ],
)
def test_a_start_told_in_the_present_is_a_weekday_to_come(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, PUB)] == [day]
    assert day in {when for when, _, _ in _deadlines(text)}


def test_a_start_told_as_past_stays_in_the_week_before() -> None:
    [d] = find_dates("China's 12% duty on American pork started on Monday.", PUB)
    assert d.value == date(2026, 10, 12)
