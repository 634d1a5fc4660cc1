"""Terms and schedules: a term a decision sets ("signed an order keeping ... until") is announced
even in an undated article read later, while a past of the measure itself, or a term over before a
dated article, stays happened; a dated schedule in a list gives its first step only (steps told in
sentences keep their dates); "at the end of the week" after a verb of starting is a start, told as
a time it is no date.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

_LIVE = {Status.ANNOUNCED, Status.HAPPENED, Status.SUSPENDED}
_RUN = date(2026, 6, 1)  # the day an undated article is read as of


def _deadlines(text: str, published: date, *, undated: bool = False) -> list[Deadline]:
    return [
        f
        for f in extract_facts(text, published=published, undated=undated)
        if isinstance(f, Deadline)
    ]


def _live(text: str, published: date) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published) if f.status in _LIVE]


@pytest.mark.parametrize(
    "text",
    [
        "The president signed a proclamation keeping the duties on Chinese cranes at 25% until "
        "March 31.",
        "Beijing's cabinet approved a decree delaying its levies on US lumber until March 31.",
        "Washington issued a notice extending the exclusions for Chinese syringes until March 31.",
    ],
)
def test_a_term_a_decision_sets_is_announced_in_an_undated_article(text: str) -> None:
    """The decision's verb is past, the term it sets is not: read as of a later run, the
    date is still the one the decision announced."""
    (fact,) = _deadlines(text, _RUN, undated=True)
    assert (fact.status, fact.date) == (Status.ANNOUNCED, date(2026, 3, 31))


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # the measure's own verb is past: it came
        ("The duties on Chinese cranes took effect on March 31.", _RUN, Status.HAPPENED),
        ("The levies on US lumber expired on March 31.", _RUN, Status.HAPPENED),
    ],
)
def test_a_past_of_the_measure_itself_stays_happened(
    text: str, published: date, status: Status
) -> None:
    (fact,) = _deadlines(text, published, undated=True)
    assert fact.status is status


def test_a_term_over_before_a_dated_article_stays_happened() -> None:
    text = (
        "Trump signed an order in March keeping the duties on Chinese cranes at 25% until April 30."
    )
    (fact,) = _deadlines(text, date(2026, 6, 10))
    assert (fact.status, fact.date) == (Status.HAPPENED, date(2026, 4, 30))


def test_a_listed_schedule_gives_its_first_step_only() -> None:
    text = (
        "Starting March 2, US ports will levy $40 per net ton on Chinese-built car carriers. "
        "The fee will climb every spring:\n"
        " \u2022 April 20, 2026 \u2192 $70 per net ton\n"
        " \u2022 April 20, 2027 \u2192 $100 per net ton\n"
        " \u2022 April 20, 2028 \u2192 $130 per net ton\n"
    )
    days = [f.date for f in _deadlines(text, date(2026, 2, 20))]
    assert days == [date(2026, 3, 2), date(2026, 4, 20)]


def test_schedule_steps_told_in_sentences_are_unchanged() -> None:
    """Only a list's later items are the same schedule continued; steps told in sentences
    keep their dates."""
    text = (
        "Chinese port fees on US-owned ships will rise to 500 yuan on May 1, 2026. They will "
        "rise again to 700 yuan on May 1, 2027."
    )
    assert [f.date for f in _deadlines(text, date(2025, 10, 20))] == [
        date(2026, 5, 1),
        date(2027, 5, 1),
    ]


@pytest.mark.parametrize(
    ("published", "due"),
    [
        (date(2025, 10, 21), date(2025, 10, 24)),  # a Tuesday: the working week's Friday
        (date(2025, 10, 25), date(2025, 10, 26)),  # a Saturday: the week's Sunday
    ],
)
def test_a_start_at_the_end_of_the_week(published: date, due: date) -> None:
    text = "US tariffs on Chinese drones take effect at the end of the week."
    assert _live(text, published) == [(due, "US", "China")]


def test_the_end_of_the_week_told_as_a_time_is_no_date() -> None:
    assert (
        _live("At the end of the week, US tariffs on Chinese drones rose.", date(2025, 10, 21))
        == []
    )
