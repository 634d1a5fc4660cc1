"""Contacts across clauses: relative clauses, fronted adverbials, coordinated predicates,
visits to a capital, and days an undated article cannot place.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

WEDNESDAY = date(2025, 10, 15)
MONDAY, TUESDAY, FRIDAY = date(2025, 10, 13), date(2025, 10, 14), date(2025, 10, 17)
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(
    text: str, published: date | None = WEDNESDAY, *, undated: bool = False, title: str = ""
) -> set[Row]:
    return set(contact_rows(text, published, undated=undated, title=title))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Modi, who hosts Putin every year, met him on Monday in New Delhi.",
            _row("Modi", "Putin", "meeting", H, MONDAY),
        ),
        (
            "Macron, who speaks to Merz every week, called him on Tuesday about steel.",
            _row("Macron", "Merz", "call", H, TUESDAY),
        ),
        (
            "Carney, who usually meets Sheinbaum twice a year, met her in Mexico City on Monday.",
            _row("Carney", "Sheinbaum", "meeting", H, MONDAY),
        ),
        (
            "Lula, who often talks to Modi by phone, will host him in Brasilia on Friday.",
            _row("Lula", "Modi", "meeting", P, FRIDAY),
        ),
    ],
)
def test_a_habit_in_a_relative_clause_leaves_the_main_clause_contact(text: str, want: Row) -> None:
    """ "X, who hosts Y every year, met him on Monday": the habit is the relative clause's;
    the main clause's verb meets the leader again as a pronoun."""
    assert _contacts(text) == {want}


def test_a_habit_in_a_relative_clause_does_not_reach_a_later_contact() -> None:
    text = "Putin, who visits Beijing every year, will meet Xi Jinping there on Friday."
    assert _contacts(text) == {_row("Putin", "Xi", "meeting", P, FRIDAY)}


def test_a_pronoun_object_without_a_relative_clause_is_no_new_partner() -> None:
    """ "met reporters": the main clause's object is no leader, so no contact."""
    assert _contacts("Modi, who hosts Putin every year, met reporters on Monday.") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xi, who met Putin on Monday, said on Wednesday that China would stay neutral.",
            {_row("Xi", "Putin", "meeting", H, MONDAY)},
        ),
        (
            "Lula, who spoke with Xi by phone on Tuesday, told reporters he was hopeful.",
            {_row("Lula", "Xi", "call", H, TUESDAY)},
        ),
        ("Xi, who met Putin last year, said China would stay neutral.", set()),
    ],
)
def test_a_contact_inside_a_relative_clause(text: str, want: set[Row]) -> None:
    """A past contact told in a relative clause happened (a recap when placed long ago)."""
    assert _contacts(text) == want


def test_a_hedge_inside_a_relative_clause_stays_there() -> None:
    """ "who is expected to meet Trump": the hedge is the relative clause's, not the call's."""
    text = (
        "Xi Jinping, who is expected to meet Trump in Seoul, spoke with Putin by phone on Monday."
    )
    assert _contacts(text) == {
        _row("Xi", "Trump", "meeting", S),
        _row("Xi", "Putin", "call", H, MONDAY),
    }


def test_a_main_clause_date_is_not_a_relative_clause_contacts() -> None:
    """The Monday is the main clause's meeting; the calls "several times" are a recap."""
    text = "Trump, who has spoken with Xi several times this year, met him in Busan on Monday."
    assert _contacts(text) == {_row("Trump", "Xi", "meeting", H, MONDAY)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Before returning to Brasilia on Monday (20 October), Lula is also due to meet Xi.",
            _row("Lula", "Xi", "meeting", P),
        ),
        (
            "Before flying home on Sunday (12 October), Modi met Putin for talks.",
            _row("Modi", "Putin", "meeting", H),
        ),
        (
            "After meeting Xi Jinping on Monday, Lula said trade would grow.",
            _row("Lula", "Xi", "meeting", H, MONDAY),
        ),
    ],
)
def test_the_date_of_a_fronted_adverbial_clause_is_its_own(text: str, want: Row) -> None:
    """ "Before returning home on Monday, X is due to meet Y": the Monday is the return's."""
    assert _contacts(text) == {want}


def test_a_coordinated_predicate_with_a_modal_keeps_its_own_date() -> None:
    text = "Ishiba met Trump at the White House on Monday and will speak to Xi by phone on Friday."
    assert _contacts(text) == {
        _row("Ishiba", "Trump", "meeting", H, MONDAY),
        _row("Ishiba", "Xi", "call", P, FRIDAY),
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Modi visited Moscow on Tuesday for two days of talks.",
            {_row("Modi", "Putin", "meeting", H, TUESDAY)},
        ),
        (
            "Lula will visit Beijing on October 20.",
            {_row("Lula", "Xi", "meeting", P, date(2025, 10, 20))},
        ),
        ("Xi is expected to visit Washington next month.", {_row("Xi", "Trump", "meeting", S)}),
        (
            "Albanese will make a state visit to Beijing in November.",
            {_row("Albanese", "Xi", "meeting", P)},
        ),
        # the visitor's own capital, a visitor who is no leader, a capital that is only a place
        ("Trump returned to Washington on Monday and visited Washington's new museum.", set()),
        ("Bessent visited Beijing on Monday, days after Trump spoke about tariffs.", set()),
        ("Modi flew over Moscow on his way to the summit.", set()),
    ],
)
def test_a_leaders_visit_to_another_leaders_capital_is_a_meeting(text: str, want: set[Row]) -> None:
    assert _contacts(text) == want


def test_the_capitals_leader_is_the_one_in_office_that_day() -> None:
    """Ottawa's leader changed on 14 March 2025, Tokyo's on 21 October 2025 (Ishiba, then
    Takaichi); a visit to a capital whose host the leaders file lacks names no leader."""
    text = "Trump visited Ottawa on Monday."
    assert _contacts(text, date(2025, 3, 5)) == {
        _row("Trump", "Trudeau", "meeting", H, date(2025, 3, 3))
    }
    assert _contacts(text, date(2025, 6, 4)) == {
        _row("Trump", "Carney", "meeting", H, date(2025, 6, 2))
    }
    assert _contacts("Trump visited Tokyo on Monday.", date(2025, 11, 5)) == {
        _row("Trump", "Takaichi", "meeting", H, date(2025, 11, 3))
    }
    assert _contacts("Trump visited Tokyo on Monday.", date(2025, 9, 10)) == {
        _row("Trump", "Ishiba", "meeting", H, date(2025, 9, 8))
    }
    assert _contacts("Trump visited Hanoi on Monday.", date(2025, 11, 5)) == set()


def test_an_undated_article_names_only_a_capitals_leader_still_in_office() -> None:
    assert _contacts("Trump visited Ottawa.", None) == {_row("Trump", "Carney", "meeting", H)}


def test_a_time_right_before_when_dates_the_when_clause() -> None:
    """ "in February 2022 when Putin visited Beijing": the visit is that old, a recap."""
    text = "The partnership was declared in February 2022 when Putin visited Beijing."
    assert _contacts(text) == set()


def test_a_pronoun_after_a_hosting_verb_is_a_guest_not_a_possessive() -> None:
    assert _contacts("Putin met Modi in Moscow. Xi received her letter on Monday.") == {
        _row("Putin", "Modi", "meeting", H)
    }


def test_an_undated_article_cannot_place_a_weekday() -> None:
    """Read as of the run, an undated article still gives a calendar date its year, but
    "on Thursday" names no day the text fixes."""
    text = "Trump met Xi Jinping in Busan on Thursday. They will meet again on April 6."
    assert _contacts(text, date(2026, 1, 7), undated=True) == {
        _row("Trump", "Xi", "meeting", H),
        _row("Trump", "Xi", "meeting", P, date(2026, 4, 6)),
    }
    headline = "Trump speaks to Putin, says talks went well"
    assert _contacts(headline, date(2026, 1, 7), undated=True, title=headline) == {
        _row("Trump", "Putin", "call", H)
    }
    assert _contacts(headline, date(2026, 1, 7), title=headline) == {
        _row("Trump", "Putin", "call", H, date(2026, 1, 7))
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump's meeting with Xi Jinping next April was confirmed by the White House.",
            {_row("Trump", "Xi", "meeting", P)},
        ),
        (
            "Lula's talks with Xi later this year were discussed.",
            {_row("Lula", "Xi", "meeting", S)},
        ),
        (
            "Trump met Xi Jinping on Monday, and they will meet again next month.",
            {_row("Trump", "Xi", "meeting", H, MONDAY), _row("Trump", "Xi", "meeting", S)},
        ),
    ],
)
def test_a_time_ahead_after_a_contact_noun_puts_it_ahead(text: str, want: set[Row]) -> None:
    """ "His meeting with Xi next April was confirmed": the confirmation is past, the meeting
    is not; a past contact verb ("met") keeps its own tense."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text", ["Modi did not visit Moscow this year.", "Lula never visited Putin in Moscow."]
)
def test_a_visit_denied_by_negation_is_no_contact(text: str) -> None:
    assert _contacts(text) == set()


def test_an_exchange_between_two_leaders_is_a_conversation() -> None:
    """ "during an exchange on 31 July" after a call of the pair: that call, dated."""
    text = (
        "Did a phone call with Lula push Trump into raising tariffs? Lula annoyed the US "
        "president during an exchange on 2 October, aides said."
    )
    assert _contacts(text) == {_row("Lula", "Trump", "call", H, date(2025, 10, 2))}


@pytest.mark.parametrize(
    "text",
    [
        "Xi and Putin agreed an exchange of prisoners on Monday.",
        "Shares on the exchange fell after Modi criticised Xi Jinping.",
        "Carney offered Trump lower duties in exchange for quotas.",
        "Trump blamed Xi Jinping for the exchange rate of the yuan.",
    ],
)
def test_an_exchange_of_something_is_no_conversation(text: str) -> None:
    assert _contacts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula arrived in Beijing on Monday evening for talks with Xi Jinping.",
            {_row("Lula", "Xi", "meeting", P)},
        ),
        ("Modi flew to Moscow for a summit with Putin.", {_row("Modi", "Putin", "meeting", P)}),
        (
            "Modi arrived in Moscow on Monday and held talks with Putin.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
        ("Trump thanked Xi Jinping for talks on trade.", set()),
    ],
)
def test_a_contact_that_is_a_journeys_purpose_is_ahead(text: str, want: set[Row]) -> None:
    """ "arrived in Beijing on Monday for talks with Xi": the talks are the arrival's purpose,
    still to come (the Monday is the arrival's); talks held after arriving happened."""
    assert _contacts(text) == want


def test_an_undated_articles_plan_keeps_a_day_before_the_reading_day() -> None:
    """An undated article may be old: its plan "on October 2" is not stale for being before
    the day it is read as of."""
    text = "Trump will meet Xi Jinping in Seoul on October 2."
    assert _contacts(text, WEDNESDAY, undated=True) == {
        _row("Trump", "Xi", "meeting", P, date(2025, 10, 2))
    }
    assert _contacts(text, WEDNESDAY) == {_row("Trump", "Xi", "meeting", P)}


@pytest.mark.parametrize(
    ("headline", "want"),
    [
        ("Modi, Putin hold talks in Moscow", {_row("Modi", "Putin", "meeting", H, WEDNESDAY)}),
        ("Carney meets Trump at White House", {_row("Carney", "Trump", "meeting", H, WEDNESDAY)}),
        (
            "Lula and Xi agree to boost beef trade during phone call",
            {_row("Lula", "Xi", "call", H, WEDNESDAY)},
        ),
        (
            "Trump, Lula agree to meet after phone call",
            {_row("Trump", "Lula", "call", H), _row("Trump", "Lula", "meeting", S)},
        ),
        ("Xi to visit Moscow next week", {_row("Xi", "Putin", "meeting", S)}),
    ],
)
def test_a_headlines_present_reports_the_days_contact(headline: str, want: set[Row]) -> None:
    """Headlinese: a plain present ("hold talks", plural too) reports the day's news, as does
    a present-tense headline about what was agreed during a call; a contact the pair acts
    after is theirs, but of no stated day; "to visit" is ahead."""
    assert _contacts(headline, title=headline) == want


@pytest.mark.parametrize(
    "text",
    [
        "Putin is not expected to meet Trump this year.",
        "Modi and Xi are unlikely to speak before the summit.",
    ],
)
def test_an_expectation_denied_is_no_contact(text: str) -> None:
    assert _contacts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Xi said Trump should meet Putin.", {_row("Trump", "Putin", "meeting", S)}),
        ("Lula says Modi ought to visit Xi Jinping.", {_row("Modi", "Xi", "meeting", S)}),
        (
            "Xi said Trump would meet him in Busan on Friday.",
            {_row("Xi", "Trump", "meeting", P, FRIDAY)},
        ),
    ],
)
def test_a_speaker_is_no_party_to_the_contact_they_report(text: str, want: set[Row]) -> None:
    """ "Xi said Trump should meet Putin": with three leaders, the first says what the other two
    should do (and what should be is only expected); with two, "him" is the speaker."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trump, speaking in Ohio on Monday, said Xi Jinping wanted a deal.", set()),
        (
            "Speaking to Xi on Monday, Trump said tariffs would fall.",
            {_row("Trump", "Xi", "call", H, MONDAY)},
        ),
        (
            "Meeting Putin in Moscow on Tuesday, Modi said trade could double.",
            {_row("Modi", "Putin", "meeting", H, TUESDAY)},
        ),
    ],
)
def test_an_opening_participle_and_its_main_clause(text: str, want: set[Row]) -> None:
    """ "speaking in Ohio on Monday," frames what is said (no partner: no contact); a
    participle naming a partner is a contact held, and the main clause's modal is not its."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A Lula-Modi call has not been scheduled yet, an adviser said.",
        "The summit between Macron and Putin has not been confirmed.",
        "A meeting with Putin wasn't arranged, Modi's office said.",
    ],
)
def test_a_contact_not_arranged_is_none(text: str) -> None:
    """The contact's own arrangement denied in the passive: nothing took place."""
    assert _contacts(text) == set()


def test_a_further_contact_not_arranged_leaves_the_first() -> None:
    text = "Macron and Modi met on Monday, but a second meeting has not been set."
    assert _contacts(text) == {_row("Macron", "Modi", "meeting", H, MONDAY)}


# A coordinated clause with a leader subject of its own, and a contact in a subordinate clause
# whose object is another leader: the contact is that clause's, not the first leader's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula skipped the summit dinner, and Modi met Ramaphosa instead on Monday.",
            {_row("Modi", "Ramaphosa", "meeting", H, MONDAY)},
        ),
        (
            "Modi praised Lula after meeting Ramaphosa on Monday.",
            {_row("Modi", "Ramaphosa", "meeting", H, MONDAY)},
        ),
        (
            "Modi met Lula on Monday, and Ramaphosa spoke with Albanese on Tuesday.",
            {
                _row("Lula", "Modi", "meeting", H, MONDAY),
                _row("Albanese", "Ramaphosa", "call", H, TUESDAY),
            },
        ),
    ],
)
def test_coordinated_subject_owns_its_contact(text: str, want: set[Row]) -> None:
    assert _contacts(text) == want


def test_coordinated_object_without_verb_stays_the_first_subjects() -> None:
    rows = _contacts("Modi met Lula on Monday, and Ramaphosa on Tuesday.")
    assert {r[0] for r in rows} == {("Lula", "Modi"), ("Modi", "Ramaphosa")}
