"""Days told relative to another: "the day before" a date of the sentence, and the weekday
of a journey told in the past, which never lies in the week ahead.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
MONDAY, TUESDAY, WEDNESDAY = date(2025, 11, 17), date(2025, 11, 18), date(2025, 11, 19)
H, P = Status.HAPPENED, Status.PLANNED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mexico's foreign ministry said on Wednesday that Sheinbaum and Carney had spoken by "
            "phone the day before.",
            _row("Carney", "Sheinbaum", "call", H, TUESDAY),
        ),
        (
            "Ottawa said on Tuesday that Carney met Sheinbaum a day earlier.",
            _row("Carney", "Sheinbaum", "meeting", H, MONDAY),
        ),
        # "the day before the vote" counts back from no date of the sentence: the stated day
        (
            "Carney spoke with Sheinbaum on Wednesday, the day before the vote.",
            _row("Carney", "Sheinbaum", "call", H, WEDNESDAY),
        ),
    ],
)
def test_day_before(text: str, want: tuple) -> None:
    assert contact_rows(text, THURSDAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Carney flew to Mexico City for talks with Sheinbaum on Monday.",
        "Carney and Sheinbaum arrived for the summit on Monday.",
    ],
)
def test_past_journey_weekday_is_not_next_week(text: str) -> None:
    rows = contact_rows(text, THURSDAY)
    assert rows and all(r[3] is None or r[3] <= THURSDAY for r in rows)


def test_future_journey_keeps_the_week_ahead() -> None:
    text = "Carney will fly to Mexico City for talks with Sheinbaum on Monday."
    rows = contact_rows(text, THURSDAY)
    assert rows == [_row("Carney", "Sheinbaum", "meeting", P, date(2025, 11, 24))]
