"""Deadlines, issue 10 thirteenth round: a relative period as the date, a reported start on
a weekday, a measure noun opening the next sentence, and hearsay or a denied report.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}


def _deadlines(text: str, published: date) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


@pytest.mark.parametrize(
    ("text", "published", "due"),
    [
        (
            "China's waiver of duties on US ethane lapses at the end of the month, traders said.",
            date(2026, 2, 3),
            date(2026, 2, 28),
        ),
        (
            "The US exclusion for Chinese solar wafers from the 50% levy ends at the end of "
            "next month.",
            date(2026, 12, 14),
            date(2027, 1, 31),
        ),
        (
            "Washington will scrap its fees on Chinese-built ships by the end of the week, "
            "officials said.",
            date(2026, 3, 10),  # a Tuesday: that week's Friday
            date(2026, 3, 13),
        ),
        (
            "Higher US duties on Chinese batteries take effect at the start of next year, the "
            "trade office said.",
            date(2026, 8, 5),
            date(2027, 1, 1),
        ),
    ],
)
def test_a_relative_period_dates_a_measure(text: str, published: date, due: date) -> None:
    assert due in {d for d, _, _ in _live(text, published)}


def test_the_end_of_the_week_told_at_the_weekend_is_its_sunday() -> None:
    text = "The US will lift its duties on Chinese toys by the end of the week, aides said."
    assert _live(text, date(2026, 3, 14))[0][0] == date(2026, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the meeting, Washington said duties on Chinese toys would fall to 20%.",
        "At the end of the day, the US levy on Chinese toys will rise, an economist said.",
        "At the end of the month, China's exports of magnets to the US rose, customs data showed.",
    ],
)
def test_an_event_or_a_figure_of_speech_is_no_period(text: str) -> None:
    assert not _live(text, date(2026, 4, 8))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trump said the new duties on Chinese drones would kick in on Friday.", date(2026, 5, 8)),
        (
            "Commerce officials said the curbs on chip exports to China would take effect on "
            "Monday.",
            date(2026, 5, 11),
        ),
    ],
)
def test_a_reported_start_on_a_weekday_resolves_forward(text: str, due: date) -> None:
    assert due in {d for d, _, _ in _live(text, date(2026, 5, 6))}  # a Wednesday


def test_a_reported_start_on_a_weekday_with_a_condition_stays_a_threat() -> None:
    text = "Trump said the new duties on Chinese drones would kick in on Friday if talks failed."
    assert not _live(text, date(2026, 5, 6))


def test_a_measure_noun_opening_the_next_sentence_takes_its_period_and_parties() -> None:
    text = (
        "Beijing said it would waive for six months its levy on American sorghum. The waiver, "
        "approved by the cabinet, begins on March 2."
    )
    live = _live(text, date(2026, 2, 20))
    assert (date(2026, 3, 2), "China", "US") in live
    assert (date(2026, 9, 2), "China", "US") in live


def test_an_increase_opening_the_next_sentence_is_the_measure_before() -> None:
    text = (
        "The US said it would raise its tariff on Chinese furniture. The increase takes effect "
        "on June 15."
    )
    assert _live(text, date(2026, 6, 1)) == [(date(2026, 6, 15), "US", "China")]


@pytest.mark.parametrize(
    "text",
    [
        "China will reportedly cut its duties on US pork from July 1.",
        "Reports said China would lift its ban on US beef imports on July 1.",
    ],
)
def test_hearsay_of_a_dated_measure_is_speculated(text: str) -> None:
    found = _deadlines(text, date(2026, 6, 10))
    assert found
    assert all(f.status is Status.SPECULATED for f in found)


def test_a_report_denied_in_the_next_sentence_leaves_no_live_deadline() -> None:
    text = (
        "Beijing will cut its duties on US pork from July 1, a magazine reported. The commerce "
        "ministry denied the report."
    )
    assert not _live(text, date(2026, 6, 10))


def test_a_report_confirmed_in_the_next_sentence_stands() -> None:
    text = (
        "Beijing will cut its duties on US pork from July 1, a magazine reported. The commerce "
        "ministry confirmed the report."
    )
    assert _live(text, date(2026, 6, 10)) == [(date(2026, 7, 1), "China", "US")]
