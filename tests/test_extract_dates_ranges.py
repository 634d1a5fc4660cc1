"""The end of a date range whose year is not written comes after its start.

Every sentence is written for these tests; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

from watcher.facts.extract.dates import find_dates


def _values(text: str, published: date) -> list[date | None]:
    return [d.value for d in find_dates(text, published)]


def test_a_range_end_read_alone_as_past_moves_to_after_its_start() -> None:
    """In a March paper "Nov. 4" alone is the past one; after "from Aug. 4 to" it is not."""
    got = _values("The pause moves from Aug. 4 to Nov. 4.", date(2027, 3, 9))
    assert got == [date(2027, 8, 4), date(2027, 11, 4)]


def test_a_range_across_the_new_year() -> None:
    got = _values("The quota runs from Dec. 1 to Jan. 31.", date(2027, 11, 20))
    assert got == [date(2027, 12, 1), date(2028, 1, 31)]


def test_a_written_year_or_a_lone_date_is_left_alone() -> None:
    assert _values("It moved from Aug. 4 to Nov. 4, 2026.", date(2027, 3, 9)) == [
        date(2027, 8, 4),
        date(2026, 11, 4),
    ]
    assert _values("Talks ended on Nov. 4.", date(2027, 3, 9)) == [date(2026, 11, 4)]
