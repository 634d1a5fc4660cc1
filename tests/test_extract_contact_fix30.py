"""Leader contacts, fix round after review30 (branch fix30-contact).

* A contact noun or verb inside a "since" phrase after another contact ("their first call
  since the Busan summit", "since they met in Gyeongju") names the earlier contact that opens
  the gap: never a new contact of the sentence's day.
* A recap of the pair's history told behind a newer contact ("spoke on Monday. They met in
  Busan on October 30." in January; "met in Beijing last month") compares as `confirmed`:
  no alert. An old contact with no newer one known still alerts (the corpus alerts
  "talks on October 30" read in December), and so does one with no time phrase at all.
* "no reason to meet Xi", "no point in meeting" states no plan.

Sentences are our own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_facts, contact_rows, row
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.facts.known import KnownState, Outcome, Provenance
from watcher.models import Status

WED = date(2025, 12, 10)
MON, TUE, THU = date(2025, 12, 8), date(2025, 12, 9), date(2025, 12, 4)


# --- finding 1: the "since" phrase names an earlier contact ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump and Xi spoke by phone on Thursday, their first conversation since the "
            "Busan summit, the White House said.",
            [row("Trump", "Xi", "call", Status.HAPPENED, THU)],
        ),
        (
            "Xi and Lee Jae-myung spoke by phone on Tuesday, their first call since they met "
            "in Gyeongju.",
            [row("Lee", "Xi", "call", Status.HAPPENED, TUE)],
        ),
        (
            "Modi held talks with Putin in Moscow on Monday, the first time the two leaders "
            "have met since the Kazan summit.",
            [row("Modi", "Putin", "meeting", Status.HAPPENED, MON)],
        ),
    ],
    ids=["since-the-summit", "since-they-met", "met-since-summit"],
)
def test_a_since_phrase_adds_no_contact_of_the_day(text: str, expected: list) -> None:
    assert contact_rows(text, WED) == expected


def test_a_plan_with_a_since_phrase_stays_the_one_plan() -> None:
    text = "Trump will meet Xi in Beijing in April, their first meeting since the Busan summit."
    assert [(r[1], r[2]) for r in contact_rows(text, WED)] == [("meeting", Status.PLANNED)]


def test_a_since_clause_that_opens_the_sentence_keeps_its_contact() -> None:
    text = "Since Xi met Trump in Busan on Thursday, soybean prices have risen."
    assert contact_rows(text, WED) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_since_after_a_comma_is_a_clause_of_its_own() -> None:
    text = "Trump and Xi met in Busan on Thursday and have since spoken by phone."
    assert row("Trump", "Xi", "meeting", Status.HAPPENED, THU) in contact_rows(text, WED)


# --- finding 2: a recap behind a newer contact raises no alert --------------------------


def _outcomes(text: str, published: date) -> list[tuple[str, date | None, Outcome]]:
    """Each contact of `text` compared in a fresh store, learned in article order."""
    state = KnownState()
    out = []
    for fact in contact_facts(text, published):
        comparison = state.compare(fact, published)
        if comparison.outcome is not Outcome.CONFIRMED:
            state = state.learn(fact, Provenance("test", datetime(2026, 1, 1, tzinfo=UTC)))
        out.append((fact.mode, fact.date, comparison.outcome))
    return out


def test_a_dated_recap_behind_a_newer_contact_is_confirmed() -> None:
    text = (
        "Trump and Xi spoke by phone on Monday, the White House said. They met in person in "
        "Busan, South Korea, on October 30."
    )
    assert _outcomes(text, date(2026, 1, 14)) == [
        ("call", date(2026, 1, 12), Outcome.NEW),
        ("meeting", date(2025, 10, 30), Outcome.CONFIRMED),
    ]


def test_last_month_behind_a_newer_contact_is_confirmed() -> None:
    text = "Trump and Xi spoke by phone on Thursday. They met in Beijing last month."
    assert _outcomes(text, date(2026, 5, 9)) == [
        ("call", date(2026, 5, 7), Outcome.NEW),
        ("meeting", None, Outcome.CONFIRMED),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi held talks in Busan on October 30, officials recalled.",
        "Trump and Xi met in Busan, the White House said.",
    ],
    ids=["old-and-alone", "no-time-phrase"],
)
def test_a_contact_with_no_newer_one_known_is_new(text: str) -> None:
    assert [o for _, _, o in _outcomes(text, date(2025, 12, 26))] == [Outcome.NEW]


def test_a_recent_contact_before_a_newer_one_is_still_new() -> None:
    text = "Trump and Xi spoke by phone on Monday. They met in Busan on December 2."
    assert [o for _, _, o in _outcomes(text, WED)] == [Outcome.NEW, Outcome.NEW]


# --- finding 3: "no reason to meet" is no plan ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Trump said there seemed to be "no reason" to meet Xi at the summit in two weeks.',
        "There is no reason for Xi to meet Putin in Moscow now, an aide said.",
        "Xi sees no point in meeting Trump in Busan, aides said.",
    ],
    ids=["quoted-no-reason", "no-reason-for-x-to", "no-point-in"],
)
def test_no_reason_to_meet_is_no_plan(text: str) -> None:
    assert contact_rows(text, WED) == []


def test_giving_no_reason_for_a_change_leaves_the_plan() -> None:
    text = (
        "Trump said he would meet Xi at the summit in two weeks, giving no reason for the change."
    )
    assert [(r[1], r[2]) for r in contact_rows(text, WED)] == [("meeting", Status.PLANNED)]


def test_last_month_is_the_known_contact_of_last_month() -> None:
    """With the April meeting known, "met last month" read on May 9 is that meeting."""
    april = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "meeting", date(2026, 4, 14))
    state = KnownState().learn(april, Provenance("seed", datetime(2026, 4, 15, tzinfo=UTC)))
    (fact,) = contact_facts("Trump and Xi met in Beijing last month.", date(2026, 5, 9))
    assert state.compare(fact, date(2026, 5, 9)).outcome is Outcome.CONFIRMED
