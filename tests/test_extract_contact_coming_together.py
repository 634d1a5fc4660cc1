"""Leaders who "came together" or "gathered" as a pair met; "came together to condemn" with no
place is a joint stand, not a meeting, and near misses of a gathering give no meeting.

Sentences are our own. Published on Wednesday 24 September 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2025, 9, 24)
FRI, MON, TUE = date(2025, 9, 19), date(2025, 9, 22), date(2025, 9, 23)
H = Status.HAPPENED


# --- "came together" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "when"),
    [
        ("The two leaders came together in Busan on Tuesday.", TUE),
        ("The leaders came together to watch a military parade in Beijing on Tuesday.", TUE),
    ],
)
def test_leaders_coming_together_meet(second: str, when: date) -> None:
    text = f"Putin and Xi traded messages for weeks. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", H, when)]


@pytest.mark.parametrize(
    "second",
    [
        "The two leaders came together to condemn Western sanctions.",
        "The two leaders came together to oppose new tariffs.",
        "Investors gathered in New York on Tuesday to weigh the statement.",
    ],
)
def test_a_joint_stand_is_no_meeting(second: str) -> None:
    text = f"Putin and Xi issued a joint statement on Tuesday. {second}"
    assert contact_rows(text, WEDNESDAY) == []


# --- "gathered" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "when"),
    [
        ("The two presidents gathered in Geneva on Monday.", MON),
        ("They gathered with other leaders in Tianjin on Monday.", MON),
    ],
)
def test_a_pair_gathering_meets(second: str, when: date) -> None:
    text = f"Putin and Xi traded warnings for months. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", H, when)]


@pytest.mark.parametrize(
    "second",
    [
        "They gathered support at home.",  # transitive: no meeting
        "Investors gathered in New York on Tuesday.",  # not the leaders
    ],
)
def test_near_misses_of_a_gathering_give_no_meeting(second: str) -> None:
    text = f"Putin and Xi traded warnings for months. {second}"
    assert contact_rows(text, WEDNESDAY) == []
