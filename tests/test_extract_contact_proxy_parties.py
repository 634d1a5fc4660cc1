"""A contact whose noun names the pair's proxies as its parties ("talks between their trade
teams", "a call of their foreign ministers"): the proxies' contact, none of the pair's, as
"their aides met" is.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
MONDAY = date(2025, 11, 17)
H = Status.HAPPENED


@pytest.mark.parametrize(
    "text",
    [
        "Following talks between their trade teams on Monday, Lula praised Modi.",
        "After a call between their foreign ministers on Monday, Lula and Modi traded barbs.",
        "Lula thanked Modi on Monday after talks between their negotiators in Geneva.",
    ],
)
def test_proxies_contact_is_not_the_pairs(text: str) -> None:
    assert not [r for r in contact_rows(text, FRIDAY) if r[2] is H]


@pytest.mark.parametrize(
    "text",
    [
        "Following talks between the two presidents on Monday, Lula praised Modi.",
        "After talks between Lula and Modi on Monday, their trade teams met.",
    ],
)
def test_the_pairs_own_contact_stays(text: str) -> None:
    assert _row("Lula", "Modi", "meeting", H, MONDAY) in contact_rows(text, FRIDAY)
