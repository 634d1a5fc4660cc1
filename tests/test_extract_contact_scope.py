"""Contacts: the scope of a negation, contacts no one has set, contacts arranged in the passive,
contact nouns as subjects, weekdays of earlier periods and coordinated pronoun objects.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from tests.contact_helpers import row as _row
from watcher.models import Status

TUESDAY = date(2025, 9, 16)  # publication day
MONDAY, SUNDAY = date(2025, 9, 15), date(2025, 9, 14)
LAST_THURSDAY, LAST_FRIDAY = date(2025, 9, 11), date(2025, 9, 12)
THURSDAY, FRIDAY = date(2025, 9, 18), date(2025, 9, 19)
H, P, S = Status.HAPPENED, Status.PLANNED, Status.SPECULATED


def _contacts(text: str, published: date | None = TUESDAY) -> set[Row]:
    return set(contact_rows(text, published))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula, who has not travelled to Washington this year, spoke with Trump on Monday.",
            {_row("Lula", "Trump", "call", H, MONDAY)},
        ),
        (
            "Macron, who did not meet Xi Jinping in June, phoned him on Sunday.",
            {_row("Macron", "Xi", "call", H, SUNDAY)},
        ),
        (
            "Albanese met Modi on Monday but did not sign the minerals pact.",
            {_row("Albanese", "Modi", "meeting", H, MONDAY)},
        ),
        (
            "Although they did not agree on steel, Carney and Trump met on Monday.",
            {_row("Carney", "Trump", "meeting", H, MONDAY)},
        ),
        (
            "Modi met Putin on Monday but did not meet Zelensky.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
    ],
)
def test_a_negation_of_another_clause_leaves_the_contact(text: str, want: set[Row]) -> None:
    """A negation governs the contact of its own clause only: one inside a relative clause, a
    fronted adverbial clause or across "but" is another predicate's (ConText scope)."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Sheinbaum did not speak with Trump on Monday, her office said.",
        "Carney and Modi have not spoken since June, according to officials.",
        "Trump, aides said, has not met Lula since the election.",
    ],
)
def test_a_negation_of_the_contacts_own_clause_still_holds(text: str) -> None:
    assert _contacts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "No call between Modi and Xi Jinping has been arranged, Delhi said.",
        "No summit between Erdogan and Putin is on the agenda for now.",
        "There is no meeting scheduled between Albanese and Xi Jinping, Canberra said.",
        "There are no plans for Merz to visit Trump before the new year.",
        "A meeting between Meloni and Trump is not on the calendar, her office said.",
        "No visit by Modi to Putin is expected this autumn.",
    ],
)
def test_a_contact_no_one_has_set_is_none(text: str) -> None:
    """Existential negation: "no call ... has been arranged", "no summit is on the agenda"."""
    assert _contacts(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A call between Sanchez and Xi Jinping was scheduled for Friday, Madrid said.",
            {_row("Sanchez", "Xi", "call", P, FRIDAY)},
        ),
        (
            "A summit between Lula and Modi has been scheduled, Brasilia said.",
            {_row("Lula", "Modi", "meeting", P)},
        ),
        (
            "Talks between Ishiba and Trump are slated for Thursday in Tokyo.",
            {_row("Ishiba", "Trump", "meeting", P, THURSDAY)},
        ),
        (
            "A meeting of Macron and Merz has been pencilled in for Friday.",
            {_row("Macron", "Merz", "meeting", P, FRIDAY)},
        ),
        (
            "A Carney-Sheinbaum call is being arranged, officials said.",
            {_row("Carney", "Sheinbaum", "call", S)},
        ),
    ],
)
def test_a_contact_arranged_in_the_passive_is_planned(text: str, want: set[Row]) -> None:
    """ "was scheduled for Friday", "has been scheduled", "are slated for", "pencilled in":
    the contact is still to come, on the coming weekday; "is being arranged" is only hoped."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lula's phone call with Xi Jinping on Monday centred on soybeans.",
            {_row("Lula", "Xi", "call", H, MONDAY)},
        ),
        (
            "Albanese's meeting with Modi on Sunday focused on critical minerals.",
            {_row("Albanese", "Modi", "meeting", H, SUNDAY)},
        ),
        (
            "Their talks in Ankara drew protests, after Erdogan met Putin on Monday.",
            {_row("Erdogan", "Putin", "meeting", H, MONDAY)},
        ),
        ("A summit between Putin and Modi planned for December.", set()),
        ("Trump spoke of Carney and Sheinbaum at a rally.", set()),
    ],
)
def test_an_owned_contact_noun_as_a_past_subject_happened(text: str, want: set[Row]) -> None:
    """ "Lula's phone call with Xi on Monday centred on soybeans": the contact noun is the subject
    of a finite past verb, so it took place; a plan's participle ("planned for") is no such
    verb, and "spoke of" two leaders is talk about them."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Lula and Xi Jinping last met on a Thursday in July.", TUESDAY),
        ("Modi and Putin met on Friday in Kazan in October 2024.", date(2025, 1, 8)),
        ("Carney and Trump last spoke in June, on a Friday.", TUESDAY),
    ],
)
def test_a_weekday_of_an_earlier_period_is_no_recent_day(text: str, published: date) -> None:
    """A weekday in an earlier month or year is not this week's: the contact is a recap."""
    assert _contacts(text, published) == set()


def test_a_weekday_of_the_publication_month_stays() -> None:
    assert _contacts("Carney and Trump spoke in September, on Friday.") == {
        _row("Carney", "Trump", "call", H, LAST_FRIDAY)
    }


def test_a_relative_clauses_contact_does_not_hide_the_main_clauses() -> None:
    """ "X and Y, who last met in July, spoke on Monday": the recap is the relative clause's, the
    call the main clause's."""
    text = "Modi and Xi Jinping, who last met in Tianjin in August, spoke by phone on Monday."
    assert _contacts(text) == {_row("Modi", "Xi", "call", H, MONDAY)}


def test_the_day_of_the_telling_does_not_date_a_contact_with_its_own_day() -> None:
    text = "Lula said on Monday that he spoke with Xi Jinping on Thursday."
    assert _contacts(text) == {_row("Lula", "Xi", "call", H, LAST_THURSDAY)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Carney said he met Trump on Monday and would call him on Friday.",
            {
                _row("Carney", "Trump", "meeting", H, MONDAY),
                _row("Carney", "Trump", "call", P, FRIDAY),
            },
        ),
        (
            "Sanchez met Lula on Monday and thanked him for the visit.",
            {_row("Lula", "Sanchez", "meeting", H, MONDAY)},
        ),
        (
            "Macron met Modi on Monday and will speak with him again next month.",
            {_row("Macron", "Modi", "meeting", H, MONDAY), _row("Macron", "Modi", "call", S)},
        ),
    ],
)
def test_a_coordinated_contact_with_a_pronoun_object_is_the_pairs(
    text: str, want: set[Row]
) -> None:
    """ "met X on Monday and would call him on Friday": the second verb's "him" is the partner;
    the first predicate's day is not the second's, nor does it fix the second's time."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The Lula-Modi summit, which had been planned for Friday, was called off.",
        "Macron's meeting with Xi Jinping, set for Thursday in Paris, has been postponed.",
        "Sanchez has had no contact with Xi Jinping since their talks in April.",
    ],
)
def test_a_contact_called_off_after_an_aside_or_no_contact_at_all_is_none(text: str) -> None:
    """The main verb after an aside calls the contact off; "has had no contact" since a recap
    states no contact."""
    assert _contacts(text) == set()


def test_no_date_set_for_a_contact_is_only_expected() -> None:
    text = "No date has been set for a summit between Ramaphosa and Xi Jinping."
    assert _contacts(text) == {_row("Ramaphosa", "Xi", "meeting", S)}


def test_a_weekday_before_the_contact_noun_of_a_plan_is_the_coming_one() -> None:
    text = "Erdogan's Friday meeting with Putin will take place in Sochi."
    assert _contacts(text) == {_row("Erdogan", "Putin", "meeting", P, FRIDAY)}


def test_a_contact_after_a_contrast_takes_its_own_day() -> None:
    """ "did not meet X on Monday but spoke with him on Tuesday": the Monday is the denied
    meeting's, the call is Tuesday's (the publication day)."""
    text = "Carney did not meet Trump on Monday but spoke with him by phone on Tuesday."
    assert _contacts(text) == {_row("Carney", "Trump", "call", H, TUESDAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Sanchez will not travel to Beijing for talks with Xi Jinping, Madrid said.",
        "Lula and Modi did not hold talks at the forum.",
        "Erdogan and Putin neither met nor spoke during the games.",
        "No decision has been made on a summit between Albanese and Xi Jinping.",
    ],
)
def test_more_negated_contacts_are_none(text: str) -> None:
    assert _contacts(text) == set()


def test_a_since_inside_a_relative_clause_breaks_nothing_outside_it() -> None:
    """ "X, who has not visited China since 2017, will travel to Beijing in May to meet Y": the
    relative clause's "since" and negation are its own; the main clause's meeting is planned."""
    text = "Carney, who has not visited China since 2017, will fly to Beijing in May to meet Xi."
    assert _contacts(text) == {_row("Carney", "Xi", "meeting", P)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Merz's long-awaited call with Trump took place on Monday.",
            {_row("Merz", "Trump", "call", H, MONDAY)},
        ),
        (
            "Lula's sit-down with Xi Jinping on Sunday lasted two hours.",
            {_row("Lula", "Xi", "meeting", H, SUNDAY)},
        ),
        (
            "A summit between Lula and Xi Jinping had not been ruled out.",
            {_row("Lula", "Xi", "meeting", S)},
        ),
    ],
)
def test_a_past_verb_of_the_contact_noun_outweighs_its_adjective(text: str, want: set[Row]) -> None:
    """ "long-awaited call ... took place": the verb says it happened; a verb of another phrase
    ("had not been ruled out") is no verb the contact noun is subject of."""
    assert _contacts(text) == want


# Review fixes (stop 25): sentences written for the review, published on Tuesday 10 March 2026.
REVIEW_DAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trump and Xi did not meet on Monday, although their aides spoke for hours.", set()),
        (
            "Trump has not spoken to Xi since May, yet the two leaders met in Busan on Thursday.",
            {_row("Trump", "Xi", "meeting", H, date(2026, 3, 5))},
        ),
        (
            "Modi has not met Putin this year, but the two leaders spoke by phone on Monday.",
            {_row("Modi", "Putin", "call", H, date(2026, 3, 9))},
        ),
        ("Lula did not meet Xi in Beijing, while his ministers met for two days.", set()),
    ],
)
def test_a_contrast_shields_a_contact_only_in_a_clause_of_the_pair(
    text: str, want: set[Row]
) -> None:
    """A contrast ends a negation's scope only when the clause after it goes on about the pair
    (an elided subject, a pronoun, "the two leaders", a name); "although their aides spoke" has
    a subject of its own and is no contact of the pair the negation denies."""
    assert _contacts(text, published=REVIEW_DAY) == want


def test_a_coordinated_pronoun_object_of_another_subject_is_no_contact_of_the_pair() -> None:
    text = "Trump spoke to Xi on Sunday, and reporters met him at the airport on Monday."
    assert _contacts(text, published=REVIEW_DAY) == {
        _row("Trump", "Xi", "call", H, date(2026, 3, 8))
    }


def test_a_coordinated_pronoun_object_after_he_is_still_the_pairs() -> None:
    text = "Lula spoke to Modi on Sunday, and he will meet him in Delhi on Friday."
    assert _contacts(text, published=REVIEW_DAY) == {
        _row("Lula", "Modi", "call", H, date(2026, 3, 8)),
        _row("Lula", "Modi", "meeting", P, date(2026, 3, 13)),
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump held a Friday call with Xi, aides said.",
            {_row("Trump", "Xi", "call", H, date(2026, 3, 6))},
        ),
        ("Trump and Xi met on a Friday, aides recalled.", {_row("Trump", "Xi", "meeting", H)}),
    ],
)
def test_a_weekday_before_a_contact_noun_is_a_definite_day(text: str, want: set[Row]) -> None:
    """ "a Friday call": the article is the call's, the weekday names a day; "on a Friday"
    names none."""
    assert _contacts(text, published=REVIEW_DAY) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump and Xi Jinping have talked by phone three times since June, most recently on "
            "Friday.",
            {_row("Trump", "Xi", "call", H, LAST_FRIDAY)},
        ),
        (
            "Modi has met Putin twice this year, the latest on Monday in Tianjin.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
        (
            "Carney met Trump in the spring, and again on Monday.",
            {_row("Carney", "Trump", "meeting", H, MONDAY)},
        ),
    ],
)
def test_an_appositive_names_the_day_of_the_latest_contact(text: str, want: set[Row]) -> None:
    """ "..., most recently on Friday", "the latest on Monday", "and again on Monday": the
    appositive after a count of contacts dates the latest one, across the "since" before it."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump met Xi Jinping, who had landed a few hours earlier, on Monday in Busan.",
            {_row("Trump", "Xi", "meeting", H, MONDAY)},
        ),
        (
            "Modi received Putin, whose plane touched down at dawn, on Monday at his residence.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
        # the date inside the relative clause is the clause's own
        (
            "Trump met Xi Jinping, who had arrived on Sunday, at the airport.",
            {_row("Trump", "Xi", "meeting", H, None)},
        ),
    ],
)
def test_a_date_after_a_relative_clause_is_the_main_clause_s(text: str, want: set[Row]) -> None:
    """A relative clause between the contact and its date does not part them: "met Xi, who
    had landed earlier, on Monday" is a Monday meeting."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Trump and Xi Jinping have spoken twice this year, most recently on Monday.",
            {_row("Trump", "Xi", "call", H, MONDAY)},
        ),
        (
            "Trump said he had already spoken with Xi Jinping about the tariffs.",
            {_row("Trump", "Xi", "call", H, None)},
        ),
        ("Trump has spoken to Xi Jinping several times about the tariffs.", set()),
        ("Trump has not spoken to Xi Jinping.", set()),
    ],
)
def test_the_perfect_of_speaking_states_a_contact_held(text: str, want: set[Row]) -> None:
    """ "have spoken", "had already spoken": a perfect is a contact held (a repeated one with no
    day is background, a negated one none)."""
    assert _contacts(text) == want


def test_the_since_of_a_first_contact_parts_no_date() -> None:
    """ "meeting for the first time since 2019, agreed on Thursday": the "since" measures the
    gap before this contact and starts no other event; the main clause's day is the meeting's."""
    text = (
        "Modi and Putin, meeting for the first time since the spring, agreed on Monday to "
        "expand trade."
    )
    assert _contacts(text) == {_row("Modi", "Putin", "meeting", H, MONDAY)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Modi spoke with Putin by phone. The call, which took place on Monday, covered oil.",
            {_row("Modi", "Putin", "call", H, MONDAY)},
        ),
        (
            "Modi's call with Putin, which lasted an hour on Monday, covered oil.",
            {_row("Modi", "Putin", "call", H, MONDAY)},
        ),
    ],
)
def test_a_relative_clause_on_the_contact_noun_may_date_it(text: str, want: set[Row]) -> None:
    """ "The call, which took place on Monday,": a relative clause on the contact noun whose verb
    tells when it was held (the lexicon's `held_when`) dates the contact."""
    assert _contacts(text) == want


def test_the_past_of_a_relative_clause_is_not_the_contact_s() -> None:
    """ "The summit ..., which was first floated in the spring, is ...": the "was" is the
    relative clause's, so the summit did not happen."""
    text = (
        "The summit between Modi and Putin, which was first floated on Monday, is pencilled in "
        "for the winter."
    )
    assert all(status is not H for _, _, status, _ in _contacts(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Modi signed the accord on the flight home from his meeting with Putin on Monday.",
            {_row("Modi", "Putin", "meeting", H, MONDAY)},
        ),
        (
            "Emerging from his talks with Putin, Modi called them frank.",
            {_row("Modi", "Putin", "meeting", H, None)},
        ),
    ],
)
def test_a_contact_one_comes_home_or_out_from_is_over(text: str, want: set[Row]) -> None:
    """ "home from his meeting with", "emerging from his talks with": the contact is over."""
    assert _contacts(text) == want


# --- a coordinated clause of its own, a fronted contact adverbial (stop 33) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he had a very good call with Xi on Monday and the two agreed to meet in April.",
        "Xi and Trump spoke by phone on Monday and they will meet at the G20 next year.",
        "Trump held a call with Xi on Monday, and both leaders agreed to meet in the spring.",
        "In a call on Monday, Xi invited Trump to Beijing, and the two agreed to meet in April.",
        "In a phone call on Monday, the Chinese president urged Trump to ease chip curbs.",
    ],
)
def test_a_call_reporting_a_future_meeting_was_held(text: str) -> None:
    """The meeting agreed on is a later clause's (its own subject) or the complement of the past
    verb the fronted call frames: the call itself was held."""
    rows = _contacts(text)
    assert _row("Trump", "Xi", "call", H, MONDAY) in rows
    assert all(r[1] != "meeting" or r[2] is not H for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "In their next meeting, Trump will press Xi on fentanyl.",
        "In a phone call, Trump could press Xi on soybeans.",
        "In a call expected next week, Trump will press Xi on fentanyl.",
    ],
)
def test_a_fronted_contact_of_a_future_main_clause_is_no_contact_held(text: str) -> None:
    assert all(r[2] is not H for r in _contacts(text))
