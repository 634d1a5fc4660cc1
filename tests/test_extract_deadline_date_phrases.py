"""A deadline's date told other than as a calendar date: a start then its length (or "a period of
... after the start") gives the end, a start without a count none; "in N days" counts from
publication, days counted from something else are no date; a relative period ("next week", "the end
of the week", Sunday when told at the weekend) dates a measure, an event or a figure of speech does
not; "the end of the year" after "until" is its last day (a year in a contrast does not govern it,
a time something happened is no date); mid-month and the middle of a month give no made-up day; a
day of the month alone is the next such day, an ordinal of something else no date; "on that day"
takes the date of the sentence before, unless two dates stand there.

Every sentence here is written for the test (none is copied from an article). Each test gives its
publication day.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


def test_a_start_then_its_length_gives_the_end() -> None:
    text = "US tariff cuts on Chinese machinery take effect on June 3 and last for 60 days."
    facts = _deadlines(text, date(2025, 6, 1))
    dates = {f.date for f in facts}
    assert {date(2025, 6, 3), date(2025, 8, 2)} <= dates


def test_a_period_of_after_the_start_gives_the_end() -> None:
    text = (
        "Beijing will lower its duties on American machinery. "
        "The cuts apply from June 3 for a period of two months."
    )
    facts = _deadlines(text, date(2025, 6, 1))
    assert date(2025, 8, 3) in {f.date for f in facts}


def test_a_start_without_a_count_gives_no_end() -> None:
    text = "US tariff cuts on Chinese machinery take effect on June 3 for most goods."
    facts = _deadlines(text, date(2025, 6, 1))
    assert {f.date for f in facts} == {date(2025, 6, 3)}


def test_days_of_something_after_the_start_are_no_period() -> None:
    for tail in ("for 60 days of hearings", "for 60 days' worth of shipments"):
        text = f"US tariff cuts on Chinese machinery take effect on June 3 {tail}."
        dates = {f.date for f in _deadlines(text, date(2025, 6, 1))}
        assert date(2025, 8, 2) not in dates
    twin = "US tariff cuts on Chinese machinery take effect on June 3 for 60 days."
    assert date(2025, 8, 2) in {f.date for f in _deadlines(twin, date(2025, 6, 1))}


def test_a_year_in_a_contrast_does_not_govern_the_end_of_the_year() -> None:
    text = (
        "Unlike in 2018, Beijing agreed to lift its duties on American soybeans "
        "by the end of the year."
    )
    assert any(f.date == date(2025, 12, 31) for f in _deadlines(text, date(2025, 10, 2)))
    history = (
        "Back in 2018, Beijing agreed to lift its duties on American soybeans "
        "by the end of the year."
    )
    assert not any(f.date.year == 2025 for f in _deadlines(history, date(2025, 10, 2)))


def test_in_n_days_counts_from_publication() -> None:
    text = "Higher US tariffs on Chinese drones will take effect in 21 days, the order says."
    assert [f.date for f in _deadlines(text, date(2026, 6, 1))] == [date(2026, 6, 22)]


def test_days_counted_from_something_else_are_no_date() -> None:
    text = "Higher US tariffs on Chinese drones will take effect within 21 days of the ruling."
    assert _deadlines(text, date(2026, 6, 1)) == []


def test_a_year_end_after_until_is_the_year_s_last_day() -> None:
    text = "The US exemption for Chinese bicycle parts from its duties runs until year-end."
    facts = _deadlines(text, date(2026, 4, 2))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 12, 31), "US", "China")]


def test_a_measure_ending_at_the_end_of_the_year() -> None:
    text = "China's waiver of its duties on US lumber expires at the end of the year."
    assert [f.date for f in _deadlines(text, date(2026, 4, 2))] == [date(2026, 12, 31)]


def test_the_end_of_the_year_as_a_time_something_happened_is_no_date() -> None:
    text = "At the end of the year, US tariffs on Chinese toys weighed on retailers."
    assert _deadlines(text, date(2026, 4, 2)) == []


def test_mid_month_gives_no_made_up_day() -> None:
    # a day made up for "mid-July" would read as a moved deadline once the real day is told
    text = "Washington gave Beijing until mid-July to lift its curbs, after which US duties rise."
    assert [f.date for f in _deadlines(text, date(2026, 6, 1))] == []


def test_a_day_of_the_month_alone_is_the_next_such_day() -> None:
    text = "The pause on US levies on Chinese tyres ends on the 4th, officials said."
    assert [f.date for f in _deadlines(text, date(2026, 6, 20))] == [date(2026, 7, 4)]


def test_an_ordinal_of_something_else_is_no_date() -> None:
    text = "The US tariffs on Chinese tyres were discussed on the 4th floor of the ministry."
    assert _deadlines(text, date(2026, 6, 20)) == []


def test_on_that_day_takes_the_date_of_the_sentence_before() -> None:
    text = (
        "Traders have circled April 20. On that day, Beijing's new duties on US pork will "
        "take effect, the ministry said."
    )
    facts = _deadlines(text, date(2026, 4, 1))
    assert [(f.date, f.imposer, f.target) for f in facts] == [(date(2026, 4, 20), "China", "US")]


def test_that_day_after_two_dates_is_not_guessed() -> None:
    text = (
        "Talks run from April 20 to April 24. On that day, Beijing's new duties on US pork "
        "will take effect."
    )
    assert _deadlines(text, date(2026, 4, 1)) == []


def test_the_middle_of_a_month_gives_no_date() -> None:
    text = "US tariffs on Chinese solar cells will climb to 60% in mid-September, officials said."
    assert not _deadlines(text, date(2026, 8, 3))


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
        # "from"/"starting" before a day of the month alone, as "on" and "by" already were
        ("Beijing will lift its 10% tariff on US sorghum from the 28th.", date(2025, 10, 28)),
        ("Starting the 3rd, US duties on Chinese cranes rise to 50%.", date(2025, 11, 3)),
        # "of next month" / "of this month" names the month, whatever the day
        (
            "The US levy on Chinese pianos takes effect on the 25th of next month.",
            date(2025, 11, 25),
        ),
        ("China's tariff on US beef ends on the 5th of this month.", date(2025, 10, 5)),
    ],
)
def test_a_day_of_the_month_after_from_or_of_a_named_month(text: str, due: date) -> None:
    assert [d for d, _, _ in _live(text, date(2025, 10, 20))] == [due]
