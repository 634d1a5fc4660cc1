"""A headline's contact told in the present ("Carney calls Sheinbaum") is the article's news, of
the publication day, unless the body gives the same contact a day of its own up to a week
before: then the two are one contact, of the body's day, and the headline names no second one.
A body contact of longer ago, or of another pair or mode, leaves the headline's standing.

Every sentence is written for the test; none is copied from an article. Published on Thursday
20 November 2025; the headline is the article's first paragraph, as the corpus has it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
TUESDAY, MONDAY = date(2025, 11, 18), date(2025, 11, 17)
H = Status.HAPPENED


def _rows(title: str, body: str) -> list:
    return [r for r in contact_rows(f"{title}\n\n{body}", THURSDAY, title=title) if r[2] is H]


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Mexico lifts steel surcharge; Sheinbaum calls Carney",
            "Sheinbaum said she had spoken with Prime Minister Mark Carney by phone on Tuesday "
            "night about the surcharge.",
            [_row("Carney", "Sheinbaum", "call", H, TUESDAY)],
        ),
        (
            "Lula meets Modi in Brasilia",
            "Brazilian President Luiz Inacio Lula da Silva received Narendra Modi at the "
            "Planalto palace on Monday.",
            [_row("Lula", "Modi", "meeting", H, MONDAY)],
        ),
    ],
    ids=["call", "meeting"],
)
def test_the_headline_contact_is_the_bodys(title: str, body: str, want: list) -> None:
    assert _rows(title, body) == want


def test_a_body_contact_of_long_ago_leaves_the_headline_contact() -> None:
    title = "Sheinbaum calls Carney"
    body = "The two leaders last spoke by phone on November 3, officials said."
    assert _rows(title, body) == [
        _row("Carney", "Sheinbaum", "call", H, THURSDAY),
        _row("Carney", "Sheinbaum", "call", H, date(2025, 11, 3)),
    ]
