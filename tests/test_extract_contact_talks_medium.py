"""Talks take the medium their own phrase names: "telephone talks", "talks by video link" are a
call; "talks on the sidelines of the summit", "talks in Busan", "talks in person" a meeting.
Talks that name none are settled by the article's other contacts (`merge.settle_talks`).

Sentences are our own. Published on Wednesday 10 December 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.facts.extract.contact.cues import CUE, cue_mode
from watcher.models import Status

WED = date(2025, 12, 10)
MON, TUE, THU = date(2025, 12, 8), date(2025, 12, 9), date(2025, 12, 4)
H = Status.HAPPENED


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Putin and Xi held telephone talks on Tuesday.", row("Putin", "Xi", "call", H, TUE)),
        (
            "Albanese and Xi held talks by video link on Monday.",
            row("Albanese", "Xi", "call", H, MON),
        ),
        ("Modi held phone talks with Xi on Monday.", row("Modi", "Xi", "call", H, MON)),
        (
            "Lula and Xi held virtual talks on Tuesday, Brasilia said.",
            row("Lula", "Xi", "call", H, TUE),
        ),
        (
            "Takaichi and Xi held talks on Thursday on the sidelines of the G20 summit.",
            row("Takaichi", "Xi", "meeting", H, THU),
        ),
        ("Putin and Xi held talks in Moscow on Monday.", row("Putin", "Xi", "meeting", H, MON)),
    ],
)
def test_the_talks_phrase_names_the_medium(text: str, want: object) -> None:
    assert contact_rows(text, WED) == [want]


def test_talks_in_a_place_beside_a_call_are_the_meeting() -> None:
    """ "following their talks in Busan": the place puts those talks in person, though the
    sentence reports a call of the pair too."""
    text = "Trump and Xi spoke by phone on Tuesday, following their talks in Busan in October."
    rows = contact_rows(text, WED)
    assert row("Trump", "Xi", "call", H, TUE) in rows
    assert row("Trump", "Xi", "meeting", H) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Xi held talks in March, the Kremlin said on Monday.",  # a month, no place
        "Putin and Xi held talks on Tuesday, the Kremlin said.",
    ],
)
def test_talks_naming_no_medium_are_a_meeting_alone(text: str) -> None:
    assert [r[1] for r in contact_rows(text, WED)] in ([], ["meeting"])


def test_a_month_after_the_talks_is_no_place() -> None:
    """ "talks since the truce in October": a month names no place; the talks stay unsettled."""
    text = "Putin and Xi held their first talks since a truce in October, the Kremlin said."
    assert [cue_mode(c) for c in CUE.finditer(text)] == ["talks"]


def test_a_call_in_the_talks_own_modifier_is_no_medium_of_theirs() -> None:
    """ "their first talks since their phone call in September": the call is an earlier
    contact set against the talks, which are a meeting."""
    rows = contact_rows(
        "Albanese and Xi held their first talks since their phone call in June.", WED
    )
    assert row("Albanese", "Xi", "meeting", H) in rows
