"""Contacts referred back to. A contact inside a "since" phrase after another contact ("their first
call since the Busan summit") names the earlier contact that opens the gap, never a new contact of
the sentence's day. A recap of the pair's history told behind a newer contact compares as
`confirmed` against what is known (no alert); an old contact with no newer one known is still new.
A month names a known contact only in the contact's own clause, and an earlier period in a relative
clause recaps only its own predicate.

Sentences are our own. Each test or constant gives its publication day.
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
WEDNESDAY = date(2025, 9, 24)
H = Status.HAPPENED


# --- finding 2: a recap behind a newer contact raises no alert --------------------------


def _outcomes(text: str, published: date) -> list[tuple[str, date | None, Outcome]]:
    """Each contact of `text` compared in a fresh store, learned in article order (told on
    the article's day: its own contacts set no horizon)."""
    state = KnownState()
    out = []
    day = datetime(published.year, published.month, published.day, tzinfo=UTC)
    for fact in contact_facts(text, published):
        comparison = state.compare(fact, published)
        if comparison.outcome is not Outcome.CONFIRMED:
            state = state.learn(fact, Provenance("test", day, published=day))
        out.append((fact.mode, fact.date, comparison.outcome))
    return out


# --- a month names a known contact only in the contact's own clause ---------------------------


def _known_may_call() -> KnownState:
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2026, 5, 12))
    return KnownState().learn(call, Provenance("seed", datetime(2026, 5, 13, tzinfo=UTC)))


# --- finding 1: the "since" phrase names an earlier contact ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump and Xi spoke by phone on Thursday, their first conversation since the "
            "Busan summit, the White House said.",
            # the summit their first call since is theirs: held, undated (dev2 README: background
            # mentions of a Trump-Xi contact count), never of the day
            [
                row("Trump", "Xi", "call", Status.HAPPENED, THU),
                row("Trump", "Xi", "meeting", Status.HAPPENED),
            ],
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
    # one plan; the summit their first meeting is "since" was theirs and held, undated (as
    # "since their Busan summit" always was)
    assert [(r[1], r[2], r[3]) for r in contact_rows(text, WED)] == [
        ("meeting", Status.PLANNED, None),
        ("meeting", Status.HAPPENED, None),
    ]


def test_a_since_clause_that_opens_the_sentence_keeps_its_contact() -> None:
    text = "Since Xi met Trump in Busan on Thursday, soybean prices have risen."
    assert contact_rows(text, WED) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_since_after_a_comma_is_a_clause_of_its_own() -> None:
    text = "Trump and Xi met in Busan on Thursday and have since spoken by phone."
    assert row("Trump", "Xi", "meeting", Status.HAPPENED, THU) in contact_rows(text, WED)


def test_a_dated_contact_behind_a_newer_one_is_news_when_unknown() -> None:
    """Changed on purpose (stop 33, dev2's README): a contact the store does not hold is news
    however it is told, behind a newer one too."""
    text = (
        "Trump and Xi spoke by phone on Monday, the White House said. They met in person in "
        "Busan, South Korea, on October 30."
    )
    assert _outcomes(text, date(2026, 1, 14)) == [
        ("call", date(2026, 1, 12), Outcome.NEW),
        ("meeting", date(2025, 10, 30), Outcome.NEW),
    ]


def test_last_month_behind_a_newer_contact_is_news_when_unknown() -> None:
    """Changed on purpose (stop 33), as above."""
    text = "Trump and Xi spoke by phone on Thursday. They met in Beijing last month."
    assert _outcomes(text, date(2026, 5, 9)) == [
        ("call", date(2026, 5, 7), Outcome.NEW),
        ("meeting", None, Outcome.NEW),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi spoke by phone on Monday. They last met in Busan in March.",
        "Trump and Xi spoke by phone on Monday. They met in Busan on March 3.",
        "Trump and Xi, who last met in March, spoke by phone on Monday.",
    ],
)
def test_a_contact_before_the_store_began_is_history(text: str) -> None:
    """A store that knows the pair since June holds its past: a March contact it does not
    list is history (confirmed), the Monday call news."""
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2025, 6, 5))
    state = KnownState().learn(call, Provenance("seed", datetime(2025, 6, 6, tzinfo=UTC)))
    outcomes = {(f.mode, state.compare(f, WED).outcome) for f in contact_facts(text, WED)}
    assert ("call", Outcome.NEW) in outcomes
    assert ("meeting", Outcome.NEW) not in outcomes


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


def test_last_month_is_the_known_contact_of_last_month() -> None:
    """With the April meeting known, "met last month" read on May 9 is that meeting."""
    april = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "meeting", date(2026, 4, 14))
    state = KnownState().learn(april, Provenance("seed", datetime(2026, 4, 15, tzinfo=UTC)))
    (fact,) = contact_facts("Trump and Xi met in Beijing last month.", date(2026, 5, 9))
    assert state.compare(fact, date(2026, 5, 9)).outcome is Outcome.CONFIRMED


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


# --- a relative clause's earlier period is its own -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Xi, who last met in 2019, spoke by phone last week, the White House said.",
        "Putin and Xi, who last held talks in May, spoke by phone, the Kremlin said on Monday.",
    ],
)
def test_an_earlier_period_in_a_relative_clause_recaps_no_main_contact(text: str) -> None:
    assert [r[1:3] for r in contact_rows(text, WEDNESDAY)] == [("call", H)]


def test_an_earlier_period_of_the_main_clause_takes_no_day() -> None:
    # the desk pair's contact in a month of the past year stays, undated (no longer dropped):
    # the store confirms it if it knows May's call (`compare._month_of`)
    text = "Trump and Xi spoke by phone in May, the White House said."
    assert contact_rows(text, WEDNESDAY) == [row("Trump", "Xi", "call", Status.HAPPENED)]


# --- a since phrase with a time of its own tells a contact held ----------------------------


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Trump and Xi talked by video link on Tuesday, their first exchange since the two "
            "presidents sat down in Busan in October.",
            row("Trump", "Xi", "meeting", Status.HAPPENED, None),
        ),
        (
            "Xi received Trump in Beijing on Thursday, their first contact since they spoke by "
            "phone on September 19.",
            row("Trump", "Xi", "call", Status.HAPPENED, date(2025, 9, 19)),
        ),
    ],
    ids=["month", "day"],
)
def test_a_since_phrase_with_its_own_time_adds_that_contact(text: str, earlier: tuple) -> None:
    """ "their first exchange since the two met in Busan in October": the phrase's contact was
    held, dated only inside its clause (a month alone names no day); the main clause keeps its."""
    rows = contact_rows(text, WED)
    assert earlier in rows
    assert len(rows) == 2


def test_a_since_phrase_of_long_ago_adds_nothing() -> None:
    text = "Trump and Xi met in Busan on Thursday, their first meeting since they met in 2019."
    assert contact_rows(text, WED) == [row("Trump", "Xi", "meeting", Status.HAPPENED, THU)]


def test_a_known_contact_named_in_a_since_phrase_is_confirmed() -> None:
    """The known June call, named by "since a phone call in June", raises no alert."""
    call = LeaderContact(Status.HAPPENED, "seed", ("Trump", "Xi"), "call", date(2025, 6, 5))
    state = KnownState().learn(call, Provenance("seed", datetime(2025, 6, 6, tzinfo=UTC)))
    text = "Trump and Xi met in Busan on Thursday, their first contact since a phone call in June."
    facts = contact_facts(text, WED)
    outcomes = {(f.mode, state.compare(f, WED).outcome) for f in facts}
    assert ("call", Outcome.CONFIRMED) in outcomes
    assert ("meeting", Outcome.NEW) in outcomes


def test_the_contact_a_since_phrase_names_is_news_when_unknown() -> None:
    """ "their first call since the two met in Beijing in April": the meeting before the news,
    which the store never heard of, is news too, and so is the same meeting told as a later
    sentence's recap ("They met in Beijing in April."; changed on purpose, stop 33)."""
    since = (
        "Trump and Xi spoke by phone on Tuesday, their first call since the two men met in "
        "Beijing in April."
    )
    recap = "Trump and Xi spoke by phone on Tuesday. They met in Beijing in April."
    assert [o for _, _, o in _outcomes(since, WED)] == [Outcome.NEW, Outcome.NEW]
    assert [o for _, _, o in _outcomes(recap, WED)] == [Outcome.NEW, Outcome.NEW]


# --- a date inside a "since" phrase is the contact the phrase names ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sheinbaum and Carney spoke by phone on Monday. It was their first call since they "
            "sat down at the National Palace on November 24.",
            [
                row("Carney", "Sheinbaum", "call", H, MON),
                row("Carney", "Sheinbaum", "meeting", H, date(2025, 11, 24)),
            ],
        ),
        (
            "Lula and Xi Jinping talked by telephone on Tuesday. It was their first "
            "conversation of the month and the first since they sat down together in "
            "Recife, Brazil, on November 25.",
            [
                row("Lula", "Xi", "call", H, TUE),
                row("Lula", "Xi", "meeting", H, date(2025, 11, 25)),
            ],
        ),
    ],
)
def test_since_phrase_date_is_its_own_contacts(text: str, want: list) -> None:
    """The earlier contact's day (past a place's country aside) is not the newer one's."""
    assert sorted(contact_rows(text, WED), key=str) == sorted(want, key=str)


# --- stop 33: the desk pair's history, as the store holds it ----------------------------


def test_a_since_day_is_past() -> None:
    """ "their first call since June 5" read in December: the June 5 before the article."""
    text = "Trump and Xi spoke by phone on Monday, their first call since June 5."
    assert row("Trump", "Xi", "call", H, date(2025, 6, 5)) in contact_rows(text, WED)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Trump and Xi last spoke in September, according to the White House.", "call"),
        ("The two leaders, Trump and Xi, last met in person in Busan in October.", "meeting"),
        ("Trump and Xi, who last met in October, traded barbs on Monday.", "meeting"),
        ("Trump and Xi last met in person in Busan at the end of October.", "meeting"),
    ],
)
def test_the_desk_pair_latest_contact_in_a_month_of_the_year_is_kept(text: str, mode: str) -> None:
    """ "last met in October": the latest contact, in a month of the past year, kept undated
    for the store to judge; "last met in 2019" stays history."""
    assert row("Trump", "Xi", mode, H) in contact_rows(text, WED)
    assert contact_rows("Trump and Xi last met in 2019, in Osaka.", WED) == []


def test_a_background_contact_of_another_month_is_not_the_latest_known() -> None:
    """ "two months after a video call in September" over a store whose latest call is June's:
    not that call (news), and the April of a later clause dates nothing of the call."""
    call = LeaderContact(H, "seed", ("Trump", "Xi"), "call", date(2025, 6, 5))
    state = KnownState().learn(call, Provenance("seed", datetime(2025, 6, 6, tzinfo=UTC)))
    for text in (
        "The deal came two months after a video call in September between Trump and Xi.",
        "Trump said he had a very good call with Xi and the two agreed to meet in April.",
    ):
        facts = [f for f in contact_facts(text, WED) if f.status is H]
        assert [state.compare(f, WED).outcome for f in facts] == [Outcome.NEW]


def test_a_previous_contact_of_another_month_is_not_folded_into_the_dated_one() -> None:
    """ "met on Wednesday, following their talks in Busan in October 2025": two meetings; the
    same month named again ("who met Xi in Busan in October") is the dated one told again."""
    two = contact_rows(
        "Trump met Xi on Wednesday, following their talks in Busan in October 2025.",
        date(2026, 11, 12),
    )
    assert sorted(r[3] or date.min for r in two) == [date.min, date(2026, 11, 11)]
    again = "Trump and Xi met in Busan on October 30. Trump, who met Xi in October, praised him."
    assert contact_rows(again, WED) == [row("Trump", "Xi", "meeting", H, date(2025, 10, 30))]
    no_month = "Trump and Xi met in Busan on October 30. Weeks after they met, soybean sales rose."
    assert contact_rows(no_month, WED) == [row("Trump", "Xi", "meeting", H, date(2025, 10, 30))]


def test_a_previous_contact_placed_in_another_month_is_not_the_recent_dated_one() -> None:
    """An undated contact its clause places in a month ("after his state visit to Beijing in
    April") is not the recent dated one of another month the store learnt from the same
    article: both alert. Told with no month, or with the dated one's month, it is that one."""
    pub = date(2026, 11, 12)
    opening = "Trump and Xi met in Shenzhen on Wednesday. "
    placed = (
        opening
        + "It was their second meeting this year, after Trump's state visit to Beijing in April."
    )
    assert [o for _, _, o in _outcomes(placed, pub)] == [Outcome.NEW, Outcome.NEW]
    for told_again in (
        opening + "It was a warm meeting, after a cold one last year, aides said.",
        opening + "Their meeting in November was warm, aides said.",
    ):
        outcomes = [o for _, _, o in _outcomes(told_again, pub)]
        assert outcomes.count(Outcome.NEW) == 1, told_again
