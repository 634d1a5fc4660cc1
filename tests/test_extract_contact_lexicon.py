"""Leader contacts read through the `contact:` lexicon: carry-over, anteriority, plans, roles.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from watcher.models import Status

SATURDAY = date(2025, 11, 8)


def _contacts(text: str, published: date | None = SATURDAY) -> list[Row]:
    return contact_rows(text, published)


def test_the_two_leaders_resolve_to_the_previous_pair() -> None:
    """ "The two leaders" in a sentence naming nobody are the pair named just before."""
    text = (
        "Trump and Xi Jinping flew to the coast for the trade forum. "
        "The two leaders met in a hotel near the harbour on Thursday."
    )
    assert _contacts(text) == [(("Trump", "Xi"), "meeting", Status.HAPPENED, date(2025, 11, 6))]


@pytest.mark.parametrize(
    "second",
    [
        "Grain futures climbed after their summit.",
        "Shipping stocks firmed in the wake of their meeting.",
        "Factory orders picked up days after their summit in the port city.",
    ],
)
def test_a_contact_after_which_something_happened_is_over(second: str) -> None:
    """ "After their summit": an undated meeting that happened (date null), not background."""
    text = f"Trump praised Xi Jinping in a speech to farmers. {second}"
    assert _contacts(text) == [(("Trump", "Xi"), "meeting", Status.HAPPENED, None)]


def test_upcoming_contact_is_not_over() -> None:
    """ "After their upcoming meeting" still lies ahead."""
    text = "Trump hopes for a deal with Xi Jinping after their upcoming meeting in the spring."
    assert all(c[2] is not Status.HAPPENED for c in _contacts(text))


def test_unnamed_subject_takes_the_actor_of_the_previous_sentence() -> None:
    """ "Following his talks with Xi": his = the leader named before."""
    text = (
        "Trump returned to Washington late on Friday. "
        "Following his talks with Xi Jinping in the southern city, markets steadied."
    )
    assert _contacts(text) == [(("Trump", "Xi"), "meeting", Status.HAPPENED, None)]


def test_passive_clause_takes_the_actor_of_the_previous_sentence() -> None:
    """ "The remark came during a meeting with X": the actor is the leader just named."""
    text = (
        "Trump repeated his warning about chip exports. "
        "The remark came during a meeting with Japanese Prime Minister Shigeru Ishiba."
    )
    assert _contacts(text) == [(("Ishiba", "Trump"), "meeting", Status.HAPPENED, None)]


def test_named_subject_is_not_carried_over() -> None:
    """A minister who meets a leader is not a leader contact."""
    text = "Trump spoke at a rally. Treasury Secretary Scott Bessent met with Xi Jinping on Friday."
    assert _contacts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump said he would meet Xi Jinping in a couple of weeks.",
        "Trump hopes to sit down with Xi Jinping before the end of the year.",
        "Xi Jinping has invited Trump to visit Beijing.",
    ],
)
def test_plans_and_hopes_did_not_happen(text: str) -> None:
    """ "Would meet", "hopes to", "invited": not a contact that happened."""
    assert all(c[2] is not Status.HAPPENED for c in _contacts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Aides said a summit between Trump and Xi Jinping had not been ruled out.",
        "The White House did not rule out a call between Trump and Xi Jinping this month.",
        "A summit between Trump and Xi Jinping has never been ruled out by either side.",
    ],
)
def test_a_contact_not_ruled_out_is_only_possible(text: str) -> None:
    """ "Not ruled out" keeps a contact open: speculated, never happened or denied."""
    assert [c[2] for c in _contacts(text)] == [Status.SPECULATED]


@pytest.mark.parametrize(
    "text",
    [
        "Trump stepped back from a planned summit with Xi Jinping on Thursday.",
        "Trump pulled back from a meeting with Xi Jinping after the row.",
    ],
)
def test_backing_away_from_a_contact_is_not_returning_from_one(text: str) -> None:
    """ "Back from a summit" is over; "stepped back from a planned summit" never happened."""
    assert all(c[2] is not Status.HAPPENED for c in _contacts(text))


def test_just_back_from_a_summit_is_over() -> None:
    text = "Trump, just back from his summit with Xi Jinping, spoke to reporters."
    assert [c[2] for c in _contacts(text)] == [Status.HAPPENED]


@pytest.mark.parametrize(
    "text",
    [
        "Trump called Xi Jinping's decision a mistake.",
        "Trump called Xi Jinping's new export rules an insult to farmers.",
    ],
)
def test_calling_a_leaders_decision_something_is_no_call(text: str) -> None:
    assert _contacts(text) == []


def test_calling_a_leader_on_a_day_is_a_call() -> None:
    text = "Trump called Xi Jinping on Tuesday to discuss the soybean purchases."
    assert [c[:3] for c in _contacts(text)] == [(("Trump", "Xi"), "call", Status.HAPPENED)]


def test_talk_about_talks_is_no_contact() -> None:
    """ "Talks with Xi are the best way": talks in general, no event at all."""
    text = "Trump said that talks with Xi Jinping were the best way to settle the dispute."
    assert _contacts(text) == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Trump is scheduled to meet Xi Jinping in the capital on Friday.", date(2025, 11, 14)),
        ("Before flying home, Modi is due to meet Xi Jinping.", None),
    ],
)
def test_scheduled_contacts_are_planned(text: str, when: date | None) -> None:
    """ "Scheduled to", "due to meet": a plan, whatever hedge-like words surround it."""
    assert [(c[2], c[3]) for c in _contacts(text)] == [(Status.PLANNED, when)]


def test_due_to_a_reason_is_no_plan() -> None:
    """ "Due to their schedules" gives a reason, not a plan."""
    text = "Trump and Xi Jinping met for only an hour due to their busy schedules."
    assert [c[2] for c in _contacts(text)] == [Status.HAPPENED]


def test_compound_pair_with_talks_on_a_past_day() -> None:
    """ "Xi-Trump talks on <day> eased ...": a meeting on that day."""
    text = "Xi-Trump talks on November 3 eased the dispute over rare earths."
    assert _contacts(text) == [(("Trump", "Xi"), "meeting", Status.HAPPENED, date(2025, 11, 3))]


def test_talks_are_a_call_when_the_article_reports_a_call() -> None:
    """ "Talks" take the mode of the pair's other contact in the article."""
    text = (
        "Trump and Xi Jinping held a phone call on Monday. "
        "Trump and Xi Jinping held their first talks since the truce, officials said."
    )
    assert _contacts(text) == [(("Trump", "Xi"), "call", Status.HAPPENED, date(2025, 11, 3))]


def test_group_after_the_cue() -> None:
    """ "A brief meeting between the two leaders" refers to the pair named before."""
    text = (
        "Lula and Trump spoke by video link on Monday. "
        "That exchange followed a brief meeting between the two leaders at a forum abroad."
    )
    got = _contacts(text)
    assert (("Lula", "Trump"), "meeting", Status.HAPPENED, None) in got


def test_date_of_another_clause_is_not_the_contact_date() -> None:
    """ ", with ... on March 19" dates another predicate, not the call."""
    text = (
        "Trump and Putin held a phone call on Tuesday. The long call between the two leaders "
        "produced a deal, with both armies set to swap prisoners on November 20."
    )
    assert _contacts(text) == [(("Putin", "Trump"), "call", Status.HAPPENED, date(2025, 11, 4))]


def test_title_names_the_leader_who_holds_it() -> None:
    """ "The Chinese leader" is Xi; "the US president" is Trump only from his inauguration."""
    text = "The US president spoke with the Chinese leader by phone on Tuesday."
    assert _contacts(text) == [(("Trump", "Xi"), "call", Status.HAPPENED, date(2025, 11, 4))]
    assert [c[0] for c in _contacts(text, date(2024, 11, 8))] == []


def test_confirmed_day_is_not_the_day_of_a_plan() -> None:
    """ "Confirmed Friday his plans to speak": Friday is the statement, the call only hoped for."""
    text = "Trump confirmed Friday his plans to speak with the Chinese leader."
    assert [(c[2], c[3]) for c in _contacts(text)] == [(Status.SPECULATED, None)]


@pytest.mark.parametrize(
    "text",
    [
        "FILE PHOTO: Trump and Xi Jinping shake hands at a summit in 2017.",
        "Xi Jinping held talks with Narendra Modi on Sunday.",
    ],
)
def test_captions_and_other_pairs_are_not_trump_xi(text: str) -> None:
    """An archive caption is no contact; Xi with another leader is not Trump-Xi."""
    assert all(c[0] != ("Trump", "Xi") for c in _contacts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trump did not speak to Xi Jinping, a spokeswoman said.",
        "Trump didn\u2019t meet Xi Jinping at the forum.",
        "Trump hasn't spoken to Xi Jinping since the spring.",
        "Trump said he never spoke with Xi Jinping about soybeans.",
    ],
)
def test_a_negated_contact_verb_states_no_contact(text: str) -> None:
    """ "did not speak", "didn't meet", "hasn't spoken", "never spoke": no contact happened."""
    assert _contacts(text) == []


def test_his_talks_with_a_leader_after_a_clause_break_are_the_subject_s() -> None:
    """ "Carney, speaking after his talks with Modi, said ...": "his" is the one other leader
    the sentence names, on either side of the contact noun."""
    for text in (
        "Carney, speaking after his talks with Indian Prime Minister Narendra Modi, said the "
        "canola duties would go.",
        "Speaking after his meeting with Narendra Modi, Carney said the canola duties would go.",
        "Carney spoke to reporters after his talks with Modi.",
    ):
        found = _contacts(text)
        assert found == [(("Carney", "Modi"), "meeting", Status.HAPPENED, None)], text


def test_a_contact_that_happened_on_a_weekday_read_as_ahead_is_last_week_s() -> None:
    """ "said the duties would go after his talks with Modi on Thursday": the "would" is the
    duties'; the talks happened on the Thursday before publication."""
    text = "Carney said the canola duties would go after his talks with Modi on Thursday."
    assert _contacts(text, date(2025, 11, 1)) == [
        (("Carney", "Modi"), "meeting", Status.HAPPENED, date(2025, 10, 30))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The summit between Trump and Xi Jinping, which had been planned for Thursday, was "
        "quietly called off.",
        "The meeting between Trump and Xi Jinping, first mooted in the spring, was subsequently "
        "cancelled.",
    ],
)
def test_an_aside_then_any_adverb_before_the_verb_that_calls_the_contact_off(text: str) -> None:
    """The adverb between the main clause's auxiliary and its verb is any adverb in -ly or one
    of the lexicon's `verb_adverbs`, not a fixed handful: the contact is called off."""
    assert _contacts(text, date(2025, 11, 5)) == []


def test_a_contact_noun_with_a_participle_of_a_plan_is_not_the_subject_of_a_past() -> None:
    """ "summit ... envisaged for the spring": a participle of the lexicon's
    `plan_participles` says the contact is only thought of, not that it happened."""
    text = "Trump's summit with Xi Jinping envisaged for the spring would settle the dispute."
    assert all(c[2] is not Status.HAPPENED for c in _contacts(text, date(2025, 11, 5)))


def test_a_contact_noun_subject_of_an_irregular_past_happened() -> None:
    """ "call ... on Monday began with": an irregular past from the lexicon's `irregular_past`."""
    text = "Trump's call with Xi Jinping on Monday began with a discussion of soybeans."
    assert _contacts(text, date(2025, 11, 5)) == [
        (("Trump", "Xi"), "call", Status.HAPPENED, date(2025, 11, 3))
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a short name counts once the article has named the leader in full
        (
            "South Korean President Lee Jae-myung flew to the coast for the forum. "
            "Trump met Lee on Thursday.",
            [(("Lee", "Trump"), "meeting", Status.HAPPENED, date(2025, 11, 6))],
        ),
        ("Trump met Lee on Thursday.", []),
        # nor is it part of someone else's full name
        (
            "Lee Jae-myung opened the forum on Thursday. Trump later met Lee Hsien Loong.",
            [],
        ),
        (
            "Lee Jae-myung opened the forum. Trump met the banker Joyce Lee on Thursday.",
            [],
        ),
    ],
)
def test_a_short_name_names_a_leader_the_article_named_before(text: str, want: list[Row]) -> None:
    """A surname many share (the leaders file's `short`: "Lee") names the leader only in an
    article that has named them before, and never inside another person's name."""
    assert _contacts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xi Jinping held a video call with his US counterpart on Thursday.",
            [(("Trump", "Xi"), "call", Status.HAPPENED, date(2025, 11, 6))],
        ),
        (
            "Trump sat down with his South Korean counterpart in Gyeongju on Thursday.",
            [(("Lee", "Trump"), "meeting", Status.HAPPENED, date(2025, 11, 6))],
        ),
        # the owner of "his" is someone else named between: no leader
        ("Trump said Bessent met his Chinese counterpart on Thursday.", []),
    ],
)
def test_a_counterpart_of_a_country_is_its_leader_in_office(text: str, want: list[Row]) -> None:
    """ "his US counterpart": the leader whose seat in that country holds on the day, when the
    owner of "his" is a leader of another country named just before."""
    assert _contacts(text) == want


def test_a_title_right_before_a_name_is_that_leader_s() -> None:
    """ "Japanese Prime Minister Shigeru Ishiba" read after Ishiba left office names Ishiba,
    while the bare title names the one who holds it on the day."""
    assert _contacts("Trump met Japanese Prime Minister Shigeru Ishiba on Thursday.") == [
        (("Ishiba", "Trump"), "meeting", Status.HAPPENED, date(2025, 11, 6))
    ]
    assert _contacts("Trump met the Japanese prime minister on Thursday.") == [
        (("Takaichi", "Trump"), "meeting", Status.HAPPENED, date(2025, 11, 6))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The US and Chinese presidents met in a hotel ballroom on Thursday.",
        "The leaders of the US and China met in a hotel ballroom on Thursday.",
        "The American and Chinese leaders met in a hotel ballroom on Thursday.",
    ],
)
def test_two_countries_leaders_named_by_their_office(text: str) -> None:
    """ "the US and Chinese presidents", "the leaders of the US and China": the leaders in
    office that day (their seats) of the two countries."""
    assert _contacts(text) == [(("Trump", "Xi"), "meeting", Status.HAPPENED, date(2025, 11, 6))]


def test_a_leader_s_teams_are_not_the_leader() -> None:
    """ "Trump's and Xi's teams met": the plural of a proxy noun is a proxy too."""
    assert _contacts("Trump's and Xi Jinping's teams met on Thursday.") == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Xi Jinping played host to Vladimir Putin at a lakeside villa on Thursday.", "meeting"),
        ("Putin rolled out the red carpet for Xi Jinping at the Kremlin on Thursday.", "meeting"),
        ("Modi hugged Putin at the foot of the aircraft steps on Thursday.", "meeting"),
        ("Modi and Putin conferred for most of the afternoon on Thursday.", "meeting"),
        ("Modi and Putin held a bilateral on Thursday.", "meeting"),
        ("Modi and Putin came face to face at the forum on Thursday.", "meeting"),
        ("Modi dialled Putin on Thursday.", "call"),
    ],
)
def test_host_embrace_and_dial_frames_are_contacts(text: str, mode: str) -> None:
    """More frames of the lexicon's cues: a host's ("played host to", "rolled out the red
    carpet for"), an embrace of a named guest, "conferred", "held a bilateral", "dialled"."""
    (found,) = _contacts(text)
    assert (found[1], found[2], found[3]) == (mode, Status.HAPPENED, date(2025, 11, 6))


@pytest.mark.parametrize(
    "text",
    [
        "Modi embraced the plan Putin put forward on Thursday.",
        "Modi dialled back the duties on Putin's exports on Thursday.",
    ],
)
def test_the_same_verbs_without_a_contact(text: str) -> None:
    """ "embraced the plan", "dialled back": no contact."""
    assert all(c[2] is not Status.HAPPENED for c in _contacts(text))
