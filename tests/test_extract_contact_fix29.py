"""Contacts, review29 fixes (branch fix29-contact): "He and Xi" resumes only the sentence
before's subject, and only a leader; a called-off contrast ends a plan, not a contact held
or another event; the vague period of a contact is its own clause's; a held contact replaces
the plan it rescheduled.

Sentences are our own. Published on Wednesday 9 December 2026.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.contact_helpers import contact_rows, row
from watcher.facts.known import KnownState, Outcome, Provenance
from watcher.facts.registry import LeaderContact
from watcher.models import Status

WEDNESDAY = date(2026, 12, 9)
MON, TUE, THU = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 10)


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


# --- the vague period of a contact is its own clause's ------------------------------------------


@pytest.mark.parametrize(
    "aside", ["who has recently hardened his stance", "who toured the Gulf last week"]
)
def test_a_vague_period_in_an_aside_about_a_leader_leaves_the_day_told(aside: str) -> None:
    text = f"Putin, {aside}, held a video call with Xi, the Kremlin said on Monday."
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "call", Status.HAPPENED, MON)]


@pytest.mark.parametrize(
    "text",
    [
        "Putin recently held a video call with Xi, the Kremlin said on Monday.",
        "Putin, who is in Asia, held a video call with Xi last week, Moscow said on Monday.",
    ],
)
def test_a_vague_period_in_the_contacts_own_clause_leaves_it_undated(text: str) -> None:
    assert contact_rows(text, WEDNESDAY) == [row("Putin", "Xi", "call", Status.HAPPENED)]


# --- a contact held on another day replaces its plan ------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The summit went ahead on Tuesday instead.",
        "The meeting took place on Tuesday, a day late.",
    ],
)
def test_a_contact_held_on_another_day_replaces_the_plan(second: str) -> None:
    text = f"Modi and Xi had been due to meet on Monday. {second}"
    assert contact_rows(text, WEDNESDAY) == [row("Modi", "Xi", "meeting", Status.HAPPENED, TUE)]


def test_a_plan_stays_when_a_contact_of_another_pair_is_held() -> None:
    text = "Modi and Xi are due to meet on Thursday. Putin met Lee Jae-myung on Tuesday."
    rows = contact_rows(text, WEDNESDAY)
    assert row("Modi", "Xi", "meeting", Status.PLANNED, THU) in rows


# --- a month names a known contact only in the contact's own clause ---------------------------


def _known_may_call() -> KnownState:
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2026, 5, 12))
    return KnownState().learn(call, Provenance("seed", datetime(2026, 5, 13, tzinfo=UTC)))


@pytest.mark.parametrize(
    ("evidence", "outcome"),
    [
        ("Xi and Trump held a phone call, Beijing said, days after tariffs rose in May.", "new"),
        ("Trump, who toured the Gulf in May, talked with Xi by phone.", "new"),
        ("The two leaders spoke by phone after Beijing curbed magnet exports in May.", "new"),
        ("In May, the two leaders spoke by phone.", "same"),
        ("The two presidents spoke by phone from their capitals in late May.", "same"),
        ("Trump and Xi talked, officials said, in May.", "same"),
    ],
    ids=["said-after", "relative", "after", "fronted", "adjunct", "said-between"],
)
def test_a_month_names_the_known_contact_only_in_its_own_clause(
    evidence: str, outcome: str
) -> None:
    contact = LeaderContact(Status.HAPPENED, evidence, ("Trump", "Xi"), "call", None)
    got = _known_may_call().compare(contact, date(2026, 6, 20)).outcome
    assert got is (Outcome.CONFIRMED if outcome == "same" else Outcome.NEW)
