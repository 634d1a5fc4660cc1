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


# --- "N days after <a contact>": the main clause's day less the count -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Brazil lifted its levy on Indian sugar on Wednesday, two days after Lula spoke by "
            "phone with Modi.",
            _row("Lula", "Modi", "call", H, MONDAY),
        ),
        (
            "Ottawa dropped the surtax on Wednesday, the day after Carney held a video call with "
            "Sheinbaum.",
            _row("Carney", "Sheinbaum", "call", H, TUESDAY),
        ),
        (
            "The Commission raised its duties on Chinese steel on Wednesday. The move came a day "
            "after Ursula von der Leyen held a video call with Premier Li Qiang.",
            _row("Li", "von der Leyen", "call", H, TUESDAY),
        ),
        (
            "The move came a day after Ursula von der Leyen held a video call with Premier Li "
            "Qiang.",
            _row("Li", "von der Leyen", "call", H, WEDNESDAY),
        ),
    ],
    ids=["two-days-after", "the-day-after", "sentence-before", "the-article-day"],
)
def test_a_contact_days_before_the_news_takes_that_day(text: str, want: tuple) -> None:
    """ "lifted its levy on Wednesday, two days after Lula spoke with Modi": the main clause's
    day (else the sentence before's, else the article's) less the count."""
    assert contact_rows(text, THURSDAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Two days after Brazil raised its sugar levy, Lula called Modi.",
        "Two days after Modi spoke with Putin, Lula called Modi.",
    ],
    ids=["no-contact-in-clause", "main-clause-contact"],
)
def test_a_main_clause_contact_takes_no_counted_day(text: str) -> None:
    """The count dates the clause's own contact, never the main clause's."""
    assert _row("Lula", "Modi", "call", H, None) in contact_rows(text, THURSDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing cut the duty on Wednesday, a day after Treasury Secretary Scott Bessent held a "
        "video call with Vice Premier He Lifeng.",
        "Markets rallied on Wednesday, a day after Trump's envoy met Putin in Moscow.",
    ],
    ids=["ministers", "envoy"],
)
def test_a_day_after_a_contact_of_envoys_names_no_leaders_contact(text: str) -> None:
    assert contact_rows(text, THURSDAY) == []


# --- "N days ago": the publication day less the count ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sheinbaum said she had spoken with Carney two days ago.",
            _row("Carney", "Sheinbaum", "call", H, TUESDAY),
        ),
        (
            "Modi, who hosted Lula in New Delhi three days ago, said ties were strong.",
            _row("Lula", "Modi", "meeting", H, MONDAY),
        ),
        (
            "Sheinbaum said she had spoken with Carney a few days ago.",
            _row("Carney", "Sheinbaum", "call", H, None),
        ),
        (
            "Sheinbaum said she had spoken with Carney about three days ago.",
            _row("Carney", "Sheinbaum", "call", H, None),
        ),
    ],
    ids=["two-days-ago", "in-a-relative", "a-few-days", "about-three"],
)
def test_days_ago_is_a_day_counted_back(text: str, want: tuple) -> None:
    assert contact_rows(text, THURSDAY) == [want]
