"""A pronoun subject joined to a leader ("He and Xi"): the pronoun resumes the subject of the
sentence before (also one carried by a pronoun, or after an opening adverb), and only a leader;
after a sentence about someone else, or after a joint subject, it resumes no one.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU, FRI = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 11)


# --- "He and Xi": the pronoun resumes the last sentence's subject, if a leader ----------------


@pytest.mark.parametrize(
    "middle",
    [
        "The Japanese trade minister travelled to Beijing afterwards.",
        "Lee's chief of staff flew to Beijing afterwards.",
        "On Tuesday, the Indian envoy landed in Beijing.",
    ],
)
def test_a_pronoun_after_a_sentence_about_someone_else_resumes_no_leader(middle: str) -> None:
    first = "Trump hosted Lee Jae-myung at the White House on Monday."
    text = f"{first} {middle} He and Xi held talks on Tuesday."
    assert contact_rows(text, WEDNESDAY) == [row("Lee", "Trump", "meeting", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "first",
    [
        "Russian President Vladimir Putin flew to Beijing on Monday.",
        "On Monday, Putin flew to Beijing.",
        "Putin, who is on a four-day tour, reached Beijing on Monday.",
    ],
)
def test_a_pronoun_after_a_sentence_opening_on_a_leader_resumes_that_leader(first: str) -> None:
    text = f"{first} He and Xi held talks on Tuesday."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_a_pronoun_resumes_a_subject_carried_by_a_pronoun_sentence() -> None:
    text = "Putin reached Beijing on Monday. He toured a factory first. He and Xi met on Tuesday."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_a_pronoun_after_a_joint_subject_resumes_no_one() -> None:
    text = "Putin and Modi toured Delhi on Monday. He and Xi held talks on Tuesday."
    assert ("Putin", "Xi") not in [r[0] for r in contact_rows(text, WEDNESDAY)]


# --- "He and Xi": a pronoun subject joined to a leader -----------------------------------------


@pytest.mark.parametrize(
    ("second", "status", "when"),
    [
        ("He and Modi held talks the next day, aides said.", Status.HAPPENED, TUE),
        ("He and Modi will meet on Thursday.", Status.PLANNED, THU),
    ],
)
def test_a_pronoun_joined_to_a_leader_resumes_the_leader_before(
    second: str, status: Status, when: date
) -> None:
    text = f"Putin landed in Delhi on Monday. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Putin", "meeting", status, when)]


def test_a_pronoun_joined_to_a_leader_with_no_contact_gives_none() -> None:
    text = "Putin landed in Delhi on Monday. He and Modi have long been friends."
    assert contact_rows(text, WEDNESDAY) == []


@pytest.mark.parametrize("opening", ["From there", "Next", "Afterwards"])
def test_a_plan_after_an_opening_adverb_resumes_the_leader_before(opening: str) -> None:
    text = (
        "Trump opens an Asia tour in Tokyo on Monday. "
        f"{opening} he goes on to Busan, where he will meet Xi on Friday."
    )
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "meeting", Status.PLANNED, FRI)]
