"""The day a deadline is read against: an undated article is read as of the run, so a start it
tells forward stays the date deals must beat, and a future rate's start read weeks later agrees
with the tariff's `effective`; a truce begun months before publication is background, one begun
days ago is news.

Each sentence is written for the test. Published on Wednesday 15 October 2025 unless a test gives
its own date.
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


def test_undated_article_start_that_deals_must_beat() -> None:
    """An undated article is read as of the run, maybe long after it was written: a start it
    tells forward as the date deals must beat is still a deadline."""
    text = (
        "Several governments are racing to seal trade deals with Washington to avoid steep "
        "US tariffs that are set to begin on March 3."
    )
    (found,) = _deadlines(text, date(2025, 9, 1), undated=True)
    assert (found.date, found.status) == (date(2025, 3, 3), Status.ANNOUNCED)


@pytest.mark.parametrize("published", [date(2025, 11, 20), date(2025, 11, 28)])
def test_rate_start_and_deadline_agree_read_weeks_later(published: date) -> None:
    """A future rate's start read a few weeks after the date: the tariff's `effective` and
    the deadline are the same day (dates.in_the_future keeps a date up to a month back)."""
    facts = extract_facts(
        "Chinese-made forklifts will face a 60% US tariff starting November 3.",
        published=published,
    )
    starts = {getattr(f, "effective", None) or getattr(f, "date", None) for f in facts}
    assert starts == {date(2025, 11, 3)}
    assert {f.kind for f in facts} == {"tariff_rate", "deadline"}


def test_a_truce_begun_months_ago_is_background() -> None:
    assert _deadlines("The US-China tariff truce went into effect on June 2 after talks.") == []


def test_a_truce_begun_days_ago_is_news() -> None:
    (found,) = _deadlines("The US-China tariff truce went into effect on October 9 after talks.")
    assert (found.date, found.status) == (date(2025, 10, 9), Status.HAPPENED)


def test_undated_future_in_the_past_is_announced() -> None:
    """An undated article read months after its date: "said it would drop the levy from
    <date>" still tells a step to come as written, not one that happened."""
    text = (
        "Washington said on Friday it would drop its 15% duty on Chinese bicycles from May 4, 2026."
    )
    (found,) = _deadlines(text, date(2026, 11, 30), undated=True)
    assert (found.date, found.status) == (date(2026, 5, 4), Status.ANNOUNCED)


def test_dated_future_in_the_past_read_by_its_date() -> None:
    """Dated, the same words are read against publication: a date past is a step taken."""
    text = (
        "Washington said on Friday it would drop its 15% duty on Chinese bicycles from May 4, 2026."
    )
    (found,) = _deadlines(text, date(2026, 5, 4))
    assert found.date == date(2026, 5, 4)
