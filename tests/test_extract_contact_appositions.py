"""A leader named with a title in apposition inside a coordinated pair ("China's leader, Xi
Jinping, and Trump spoke"; "Xi, China's president, and Trump met"): the comma that closes the
apposition opens no clause of its own, so the pair is one subject and a fronted day dates it; a
minister or an envoy in apposition is no leader, and a comma before a real clause still parts it.

Sentences are our own. Published on Friday 7 November 2025: "Monday" is 3 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows, row
from watcher.models import Status

FRIDAY = date(2025, 11, 7)
MON, TUE, THU = date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 6)
H = Status.HAPPENED


def _held(text: str) -> list[Row]:
    return [r for r in contact_rows(text, FRIDAY) if r[2] is H]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "China's president, Xi Jinping, and Donald Trump talked by phone on Tuesday.",
            row("Trump", "Xi", "call", H, TUE),
        ),
        (
            "Xi Jinping, the Chinese leader, and President Trump met in Busan on Thursday.",
            row("Trump", "Xi", "meeting", H, THU),
        ),
        (
            "South Korea's president, Lee Jae-myung, and Xi held talks in Gyeongju on Thursday.",
            row("Lee", "Xi", "meeting", H, THU),
        ),
        # a fronted day reaches the pair across the apposition's closing comma
        (
            "On 3 November 2025, Russia's leader, Vladimir Putin, and Xi spoke by telephone.",
            row("Putin", "Xi", "call", H, MON),
        ),
        (
            "On Monday, Xi Jinping, China's president, and Trump spoke for an hour by phone.",
            row("Trump", "Xi", "call", H, MON),
        ),
    ],
)
def test_apposition_inside_the_pair(text: str, want: Row) -> None:
    assert _held(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "China's vice premier, He Lifeng, and the US Treasury secretary met on Monday.",
        "Xi's foreign minister, Wang Yi, and Trump met at the White House on Tuesday.",
        "China's leader, Xi Jinping, and President Trump are expected to talk by phone next week.",
    ],
)
def test_no_leader_pair_or_no_contact_held(text: str) -> None:
    assert not any(r[0] == ("Trump", "Xi") for r in _held(text))


def test_comma_before_a_clause_of_its_own_still_parts_the_day() -> None:
    # "On Monday" fronts a clause about Xi's banquet; Trump's call after ", and" is undated
    rows = _held("On Monday, Xi hosted a banquet, and Trump spoke with Putin by phone.")
    assert rows == [row("Putin", "Trump", "call", H)]
