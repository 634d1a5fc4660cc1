"""Concessive contacts: "have not met since 2019, although they spoke by phone in June". The
negation is the main clause's only; the contrast clause ("although", "though", "but") tells a
contact held, of the same pair, with its own time (a period named across the contrast is the
other clause's). A light verb ("but they held a video call") goes on about the pair as an
auxiliary does; a contrast clause with a subject of its own ("although their aides spoke") or a
hedge of its own ("although they could speak soon") tells no contact held.

Sentences are our own. Published on Wednesday 10 December 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WED = date(2025, 12, 10)
MON, FRI = date(2025, 12, 8), date(2025, 12, 5)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump hopes to see Xi Jinping in Seoul next month. The two presidents have not met "
            "face to face "
            "since Trump's first term, although they talked by phone in late September.",
            row("Trump", "Xi", "call", H, None),
        ),
        (
            "Lula and Modi have not held a summit in two years, but they held a video call on "
            "Monday.",
            row("Lula", "Modi", "call", H, MON),
        ),
        (
            "Xi and Lee Jae-myung have yet to meet in Seoul, though the two spoke by telephone on "
            "Friday.",
            row("Lee", "Xi", "call", H, FRI),
        ),
        (
            "Putin and Modi have not spoken by phone since the spring, but they met in Tianjin on "
            "Monday.",
            row("Modi", "Putin", "meeting", H, MON),
        ),
    ],
    ids=["two-presidents-although", "held-a-video-call", "yet-to-though", "met-after-not-spoken"],
)
def test_the_contrast_clause_tells_a_contact_held(text: str, want: tuple) -> None:
    rows = [r for r in contact_rows(text, WED) if r[2] is H]
    assert rows == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Modi have not met since 2023, although their ministers spoke by phone in May.",
        "Lula and Modi have not met since 2023, although aides said they could speak soon.",
        "Lula and Modi have not met since 2023 and have not spoken since March.",
    ],
    ids=["other-subject", "hedged", "both-negated"],
)
def test_no_contact_held_without_a_concessive_of_the_pair(text: str) -> None:
    assert [r for r in contact_rows(text, WED) if r[2] is H] == []
