"""Gatherings of three or more leaders told by a count ("the three leaders met") after a
sentence that names them: one contact per pair, as a sentence naming all of them gives.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
TUESDAY = date(2025, 11, 18)
H = Status.HAPPENED


def _contacts(text: str) -> set[Row]:
    return set(contact_rows(text, THURSDAY))


def _trio(a: str, b: str, c: str, mode: str = "meeting", status: Status = H) -> set[Row]:
    return {
        _row(a, b, mode, status, TUESDAY),
        _row(a, c, mode, status, TUESDAY),
        _row(b, c, mode, status, TUESDAY),
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula, Modi and Ramaphosa flew into Johannesburg for the bloc's summit. The three "
            "leaders came together at a lakeside lodge on Tuesday.",
            _trio("Lula", "Modi", "Ramaphosa"),
        ),
        (
            "Macron, Merz and Meloni have argued over defence spending for months. The three "
            "leaders met in Rome on Tuesday to settle it.",
            _trio("Macron", "Merz", "Meloni"),
        ),
        (
            "Carney, Sheinbaum and Trump disagree on steel quotas. Tariffs rose again. A meeting "
            "of the three leaders was held in Toronto on Tuesday.",
            _trio("Carney", "Sheinbaum", "Trump"),
        ),
    ],
)
def test_counted_group_is_every_pair(text: str, want: set[Row]) -> None:
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the count is not the number named
        "Lula, Modi, Ramaphosa and Prabowo flew in for the summit. The three leaders met on "
        "Tuesday.",
        # not the leaders
        "Lula, Modi and Ramaphosa flew in for the summit. The three ministers met on Tuesday.",
        # the group is not the contact's subject
        "Lula, Modi and Ramaphosa praised the deal. The three leaders' aides met on Tuesday.",
        # negated
        "Lula, Modi and Ramaphosa flew in for the summit. The three leaders did not meet.",
    ],
)
def test_near_misses_give_no_gathering(text: str) -> None:
    assert not {r for r in _contacts(text) if r[2] is H}


def test_planned_gathering_stays_a_plan() -> None:
    text = (
        "Lula, Modi and Ramaphosa praised closer ties. The three leaders will meet in Delhi in May."
    )
    assert {r[2] for r in _contacts(text)} == {Status.PLANNED}
    assert len(_contacts(text)) == 3
