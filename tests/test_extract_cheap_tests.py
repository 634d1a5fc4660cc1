"""The substring tests that spare a sentence the date and change patterns (`dates.py`,
`relative.py`) never turn away a sentence a pattern would match: capitals, and the letters the
case-insensitive patterns fold with others (the Turkish dotless i in "tonight")."""

from __future__ import annotations

from datetime import date

from watcher.facts.extract.dates import find_dates
from watcher.facts.extract.relative import changed_by_amount

PUBLISHED = date(2026, 3, 4)  # a Wednesday


def _values(text: str) -> list[date | None]:
    return [d.value for d in find_dates(text, PUBLISHED)]


def test_day_words_in_any_case() -> None:
    assert _values("The vote will be held on FRIDAY.") == [date(2026, 3, 6)]
    assert _values("Markets closed TODAY and reopen Tomorrow.") == [
        date(2026, 3, 4), date(2026, 3, 5),
    ]  # fmt: skip
    assert _values("Talks resume TONIGHT.") == [date(2026, 3, 4)]
    assert len(_values("Talks resume ton\u0131ght.")) == 1  # folded only: found, no day


def test_the_cheap_marks_keep_every_date_they_stand_for() -> None:
    """The pre-filters (a month name, "20", "day") turn away a text with no date and keep an
    ISO date and an abbreviated month; that they save the scan is measured, not tested."""
    assert _values("Nothing here is dated.") == []
    assert _values("Filed 2026-03-02 under Mar 1 rules.") == [date(2026, 3, 2), date(2026, 3, 1)]


def test_a_change_by_an_amount_in_capitals() -> None:
    assert changed_by_amount("They then CUT IT BY 10 points.") == len("They then ")
    assert changed_by_amount("They then cut it\nby 10 points.") == len("They then ")
    assert changed_by_amount("They then cut it to 10%.") is None
