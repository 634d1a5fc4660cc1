"""A contact told only as "last month" is a recap once all of last month lies over two weeks back
(a paper after the 16th); read mid-month it is kept undated, read on the first of a month it is not
yet a recap, and a contact dated this week is still news.

Sentences are our own. Published on Wednesday 14 October 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 10, 14)
MON = date(2026, 10, 12)
# --- finding 10: "last month", read late in this one ------------------------------------


LAST_MONTH = [
    "The Chinese foreign ministry said on Monday that Xi and Trump talked last month.",
    "Xi and Trump talked by phone last month, Beijing said on Monday.",
]


@pytest.mark.parametrize("text", LAST_MONTH)
def test_a_desk_contact_last_month_read_after_the_16th_stays_undated(text: str) -> None:
    # once a recap dropped; the desk pair's contact of the past year is kept, undated, for the
    # store to judge (`recency.within_a_year`): compare reads "last month" as its month
    assert contact_rows(text, date(2026, 10, 21)) == [row("Trump", "Xi", "call", Status.HAPPENED)]


@pytest.mark.parametrize("text", LAST_MONTH)
def test_a_contact_last_month_read_mid_month_is_kept_undated(text: str) -> None:
    # September 30 is two weeks before Wednesday 14 October: it may be news, with no day
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "call", Status.HAPPENED, None)]


def test_a_contact_dated_this_week_is_still_news() -> None:
    text = "The Chinese foreign ministry said on Tuesday that Xi and Trump talked on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "call", Status.HAPPENED, MON)]


def test_last_month_read_on_the_first_of_a_month_is_not_yet_a_recap() -> None:
    text = "Xi and Trump talked last month, Beijing said."
    assert [r[2] for r in contact_rows(text, date(2026, 10, 1))] == [Status.HAPPENED]
