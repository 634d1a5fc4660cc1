""" "The leaders", uncounted, under a headline that names two leaders ("Modi, Lula hold talks in
Delhi" / "The leaders met on Monday"): the headline's pair, while the article names no other.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

THURSDAY = date(2025, 11, 20)
MONDAY = date(2025, 11, 17)
TITLE = "Modi, Lula hold warm talks in Delhi"


def test_the_leaders_are_the_headline_pair() -> None:
    rows = contact_rows("The leaders met at Hyderabad House on Monday.", THURSDAY, title=TITLE)
    assert rows == [_row("Lula", "Modi", "meeting", Status.HAPPENED, MONDAY)]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # no pair in the headline
        ("BRICS summit opens in Delhi", "The leaders met at Hyderabad House on Monday."),
        # the leaders of somewhere else
        (TITLE, "The leaders of Chile and Peru met at Hyderabad House on Monday."),
    ],
)
def test_no_headline_pair_no_contact(title: str, text: str) -> None:
    assert not [r for r in contact_rows(text, THURSDAY, title=title) if r[0] == ("Lula", "Modi")]


def test_another_leader_named_first_is_not_overridden() -> None:
    text = "Ramaphosa also flew in. The leaders met at Hyderabad House on Monday."
    assert not [r for r in contact_rows(text, THURSDAY, title=TITLE) if r[0] == ("Lula", "Modi")]
