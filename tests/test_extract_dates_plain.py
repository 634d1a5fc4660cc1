"""A plainly written calendar date is read by arithmetic (`dates.plain_date`), and the result
is what dateparser (`dates._parser`), which reads every other form, makes of the same span.

Every month name and abbreviation the date finder accepts, every day of the month (also
zero-padded), with and without the ordinal suffix, month first and day first, with no year
(in a leap year and in another) and with a written year (after a comma or not). The forms are
spread over the days so that each meets every combination a few times without ~20,000 calls
to dateparser; a full cross of the forms runs on a few days.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from watcher.facts.extract.dates import _MONTH_NUMBERS, _ordinal, _parser, plain_date

MONTHS = sorted(_MONTH_NUMBERS)
DAYS = [*map(str, range(1, 32)), *(f"0{d}" for d in range(1, 10))]
YEARS = (("", 2024), ("", 2025), (", 2026", 2000), (" 2028", 2000))


def _span(month: str, day: str, *, suffix: bool, day_first: bool, year: str) -> str:
    written = day + (_ordinal(int(day)) if suffix else "")
    return (f"{written} {month}" if day_first else f"{month} {written}") + year


def _dateparser(span: str, year: int) -> date | None:
    parsed = _parser(year).get_date_data(span).date_obj
    return parsed.date() if parsed is not None else None


def _forms(i: int) -> tuple[bool, bool, tuple[str, int]]:
    return bool(i % 2), bool(i // 2 % 2), YEARS[i // 4 % len(YEARS)]


def _check(span: str, year: int) -> bool:
    """Whether arithmetic read the span (and then agreed with dateparser)."""
    plain = plain_date(span, year)
    if plain is not None:
        assert plain == _dateparser(span, year), (span, year)
    return plain is not None


@pytest.mark.parametrize("month", MONTHS)
def test_every_day_of_every_month_as_dateparser_reads_it(month: str) -> None:
    read = 0
    for i, day in enumerate(DAYS):
        suffix, day_first, (year, base) = _forms(i + MONTHS.index(month))
        read += _check(_span(month, day, suffix=suffix, day_first=day_first, year=year), base)
    assert read >= 28 * len(DAYS) // 31  # only days the month lacks go to dateparser


def test_every_form_on_a_few_days() -> None:
    for month, day, suffix, day_first, (year, base) in itertools.product(
        ("Feb.", "May", "Sept.", "December"), ("1", "02", "3", "11", "22", "29", "31"),
        (False, True), (False, True), YEARS,
    ):  # fmt: skip
        _check(_span(month, day, suffix=suffix, day_first=day_first, year=year), base)


def test_other_forms_are_left_to_dateparser() -> None:
    assert plain_date("April 9", 2026) == date(2026, 4, 9)
    assert plain_date("9th April, 2027", 2026) == date(2027, 4, 9)
    for span in ("April 1th", "Sept 3", "April\n9", "April  9", "February 29", "June 31"):
        assert plain_date(span, 2026) is None, span
