""" "The two leaders" several sentences after the pair was named: the pair still, while no
other leader has been named in between; once another has, only within the usual reach.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

from tests.contact_helpers import contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

FRIDAY = date(2025, 11, 21)  # publication day
MONDAY = date(2025, 11, 17)
H = Status.HAPPENED
_FILLER = (
    "Grain prices rose. Port fees stay suspended. Shippers were relieved. Analysts were wary. "
)


def test_uncontested_pair_reaches_a_late_recap() -> None:
    """(A desk pair: another pair's undated recap is history, dropped whatever its reach.)"""
    text = (
        "Trump and Xi spoke by phone on Monday. "
        + _FILLER
        + "It was the leaders' third contact since their meeting in Lima."
    )
    rows = contact_rows(text, FRIDAY)
    assert _row("Trump", "Xi", "call", H, MONDAY) in rows
    assert _row("Trump", "Xi", "meeting", H) in rows


def test_another_leader_between_ends_the_reach() -> None:
    text = (
        "Trump and Xi spoke by phone on Monday. Grain prices rose. Ramaphosa said tariffs "
        "would fall. Shippers were relieved. Analysts were wary. It was the leaders' third "
        "contact since their meeting in Lima."
    )
    rows = contact_rows(text, FRIDAY)
    assert not any(r[1] == "meeting" for r in rows)
