"""A planned contact called off: in a contrast clause ("but the call was called off"), by one side,
or in the next sentence, it is no contact; a held contact, another event called off or another
pair's contact called off leaves the contact or the plan as told.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU, FRI = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 11)


# --- a planned contact called off ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi were supposed to meet in Lima, but the summit was cancelled.",
        "Putin and Xi were due to speak on Monday but the call was later postponed.",
        "Modi and Xi had planned to meet on Friday, but it was called off.",
    ],
)
def test_a_plan_called_off_in_a_contrast_is_no_contact(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


def test_a_held_contact_stands_when_something_else_is_called_off() -> None:
    text = "Trump met Xi on Monday, but the dinner was cancelled."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Xi were scheduled to talk on Friday, but Xi cancelled the call.",
        "Modi and Xi were due to meet on Friday but Modi postponed it.",
    ],
)
def test_a_plan_one_side_calls_off_is_no_contact(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == []


def test_a_held_contact_stands_when_a_side_cancels_something_else() -> None:
    text = "Modi met Xi on Monday, but Xi cancelled the dinner."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "second",
    ["Instead, the meeting was postponed.", "The summit was later called off, aides said."],
)
def test_a_plan_called_off_in_the_next_sentence_is_no_contact(second: str) -> None:
    text = f"Putin and Modi are due to meet in Delhi. {second}"
    assert contact_rows(text, WEDNESDAY) == []


def test_a_plan_stands_when_the_next_sentence_calls_off_another_leaders_contact() -> None:
    text = "Putin will call Modi on Friday. The meeting with Lee Jae-myung was postponed."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "call", Status.PLANNED, FRI)]


def test_a_held_contact_stands_when_the_next_sentence_calls_a_summit_off() -> None:
    text = "Putin met Modi on Monday. The summit was later called off."
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", Status.HAPPENED, MON)]


# --- a contrast calling something off --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "mode", "when"),
    [
        (
            "Xi held a video call with Putin on Monday, but he postponed the trip to Astana.",
            ("Putin", "Xi"),
            "call",
            MON,
        ),
        (
            "Modi and Xi met on Tuesday in Tianjin, but Putin scrapped the summit lunch.",
            ("Modi", "Xi"),
            "meeting",
            TUE,
        ),
        (
            "Trump talked with Xi by phone on Monday, but the call was cut short.",
            ("Trump", "Xi"),
            "call",
            MON,
        ),
    ],
)
def test_a_contrast_calling_something_off_leaves_a_contact_held(
    text: str, pair: tuple[str, str], mode: str, when: date
) -> None:
    assert row(*pair, mode, Status.HAPPENED, when) in contact_rows(text, WEDNESDAY)


@pytest.mark.parametrize(
    "contrast",
    [
        "but the Tokyo trip was postponed",
        "but his visit to Manila was cancelled",
        "but Lee postponed the summit banquet",
        "but the signing ceremony was cancelled",
    ],
)
def test_a_contrast_calling_off_another_event_leaves_the_plan(contrast: str) -> None:
    text = f"Trump will meet Xi in Beijing in April, {contrast}."
    assert [r[2] for r in contact_rows(text, WEDNESDAY)] == [Status.PLANNED]


@pytest.mark.parametrize(
    "contrast",
    [
        "but the trip was cancelled",
        "but the Beijing trip was postponed",
        "but Xi cancelled the summit",
        "but the summit was called off",
        "but he postponed it",
    ],
)
def test_a_contrast_calling_off_the_planned_contact_ends_it(contrast: str) -> None:
    text = f"Trump will meet Xi in Beijing in April, {contrast}."
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "A planned meeting between Trump and Xi in April has been put off, officials said.",
        "The summit between Xi and Trump, scheduled for next month, was deferred on Tuesday.",
        "Beijing put off a planned call between Trump and Xi on Monday.",
    ],
)
def test_a_plan_put_off_is_no_contact(text: str) -> None:
    """ "put off" and "deferred" are postponements: no contact held (stop 33)."""
    assert all(r[2] is not Status.HAPPENED for r in contact_rows(text, WEDNESDAY))


def test_a_meeting_held_after_a_postponement_is_held() -> None:
    text = "After a meeting put off since March, Trump and Xi finally met in Beijing on Monday."
    assert row("Trump", "Xi", "meeting", Status.HAPPENED, MON) in contact_rows(text, WEDNESDAY)
