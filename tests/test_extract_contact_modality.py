"""Round 2 of the `contact:` lexicon: plans, schedules, invitations, naming, denials, years.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.contact_helpers import Row, contact_rows
from watcher.models import Status

TUESDAY = date(2025, 3, 11)


def _contacts(text: str, published: date | None = TUESDAY) -> list[Row]:
    return contact_rows(text, published)


def _statuses(text: str, published: date | None = TUESDAY) -> set[object]:
    return {c[2] for c in _contacts(text, published)}


@pytest.mark.parametrize(
    "text",
    [
        "Modi will hold talks with Xi Jinping during the upcoming regional summit in Kazan.",
        "Modi will hold talks with Xi Jinping at next month's trade forum.",
        "Carney will meet Trump in late May to go over the border dispute.",
        "Carney will meet U.S. President Donald Trump in Ottawa, his office said.",
        "Modi and Xi Jinping are set to meet on the margins of the gathering.",
        "The call, set for Thursday, will be their first since the election, Carney said of Trump.",
    ],
)
def test_a_future_contact_at_a_stated_time_occasion_or_place_is_planned(text: str) -> None:
    """A future with a month, an occasion or a venue, and "set to"/"set for", is a plan."""
    assert _statuses(text) == {Status.PLANNED}


def test_a_future_contact_about_a_place_is_not_a_venue() -> None:
    """ "To speak to Putin about the war in Ukraine": Ukraine is the topic, not the venue."""
    text = "Trump has promised to speak to Putin about the fighting in Ukraine."
    assert _statuses(text) == {Status.SPECULATED}


def test_an_upcoming_meeting_without_a_fixed_time_is_only_expected() -> None:
    """ "After their upcoming meeting in Seoul": ahead, but nobody says it will happen then."""
    text = (
        "Trump said he felt sure of a deal with Xi Jinping after their upcoming meeting in Seoul."
    )
    assert _statuses(text) == {Status.SPECULATED}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Trump meets Putin today at a lodge in the hills to discuss the ceasefire.", TUESDAY),
        ("\u201cI\u2019m talking with Prime Minister Carney on Friday,\u201d Trump said.", None),
        ("Sheinbaum is meeting Trump on March 14 in the border city.", date(2025, 3, 14)),
    ],
)
def test_the_present_tense_with_a_time_ahead_is_a_schedule(text: str, day: date | None) -> None:
    """ "Meets ... today", "I'm talking with her on Friday": planned, not happened."""
    found = _contacts(text)
    assert {c[2] for c in found} == {Status.PLANNED}
    if day is not None:
        assert {c[3] for c in found} == {day}


def test_the_present_tense_of_a_past_day_is_not_a_plan() -> None:
    """ "Xi meets Putin on Monday" read on Tuesday reports the meeting."""
    text = "Xi Jinping meets Putin on Monday, and the two sign a pipeline accord."
    assert _statuses(text) == {Status.HAPPENED}


def test_a_hedge_reaches_the_contact_across_its_clause() -> None:
    """ "He expected ... in their talks": the talks are expected, however far the hedge."""
    text = (
        "Trump flew to Asia on Sunday and praised Xi Jinping. "
        "Trump said he expected a long list of quarrels to be cleared away in their talks."
    )
    assert Status.HAPPENED not in _statuses(text)


def test_welcoming_a_visit_is_an_invitation() -> None:
    """ "Welcomed Trump's visit" welcomes a visit to come: no meeting happened."""
    text = "Lula welcomed Trump\u2019s visit to Brazil once more, an aide said."
    assert Status.HAPPENED not in _statuses(text)


def test_calling_a_place_a_name_is_no_phone_call() -> None:
    """ "Called New Delhi a partner": naming, even when the object has two words."""
    text = "Xi Jinping greeted Modi warmly and called New Delhi a trusted partner."
    assert [c for c in _contacts(text) if c[1] == "call"] == []


def test_calling_a_leader_a_day_later_is_still_a_call() -> None:
    """ "Called Xi Jinping a day after" is a phone call."""
    text = "Trump called Xi Jinping a day after the vote."
    assert [c[1] for c in _contacts(text)] == ["call"]


@pytest.mark.parametrize(
    "text",
    [
        "Modi and Xi Jinping came together in the city for a ceremony on Monday.",
        "Modi and Xi Jinping had a short encounter in the hall on Monday.",
    ],
)
def test_meeting_cues_came_together_and_encounter(text: str) -> None:
    """ "Came together", "an encounter": meetings."""
    assert _contacts(text) == [(("Modi", "Xi"), "meeting", Status.HAPPENED, date(2025, 3, 10))]


def test_connected_by_phone_is_a_call() -> None:
    """ "Connected by phone": a call."""
    text = "Lula and Trump connected by phone on Monday."
    assert _contacts(text) == [(("Lula", "Trump"), "call", Status.HAPPENED, date(2025, 3, 10))]


def test_a_group_of_three_leaders_is_not_carried_as_a_pair() -> None:
    """ "The leaders" after a sentence naming three leaders is no single known pair."""
    text = (
        "Trump criticised Xi Jinping, Putin and Kim Jong Un in a long post. "
        "The leaders came together for a parade on Monday."
    )
    assert _contacts(text) == []


def test_not_having_had_a_call_is_a_denial() -> None:
    """ "Had not had a conversation", like "had no call": the contact is denied."""
    text = "Beijing said Trump and Xi Jinping had not had a phone conversation in weeks."
    assert _statuses(text) == {Status.DENIED}


def test_a_contact_named_by_a_past_day_is_over() -> None:
    """ "Their March 3 call" is a call that happened, even among hedges."""
    text = "Lula may visit, Trump said, recalling an offer Lula made in their March 3 call."
    assert (("Lula", "Trump"), "call", Status.HAPPENED, date(2025, 3, 3)) in _contacts(text)


def test_an_infinitive_after_the_partner_is_a_second_contact() -> None:
    """ "Accepted Xi's invitation to visit": a planned meeting beside the call just held."""
    text = (
        "Trump spoke with Xi Jinping on Monday and accepted Xi\u2019s invitation to visit "
        "China in the autumn."
    )
    found = _contacts(text)
    assert (("Trump", "Xi"), "call", Status.HAPPENED, date(2025, 3, 10)) in found
    assert (("Trump", "Xi"), "meeting", Status.PLANNED, None) in found


def test_undated_article_puts_a_past_call_before_its_plans() -> None:
    """Undated: a call "on Oct. 2" of a text planning a visit "in March 2027" is in 2026."""
    text = (
        "Trump spoke with Xi Jinping by phone on Oct. 2. "
        "Trump said he had accepted an invitation from Xi Jinping to visit in March 2027."
    )
    calls = [c for c in _contacts(text, None) if c[1] == "call"]
    assert calls == [(("Trump", "Xi"), "call", Status.HAPPENED, date(2026, 10, 2))]


def test_the_day_an_interview_was_released_is_not_the_meetings_day() -> None:
    """ "..., he said in an interview released Friday (March 14)": that day is the release."""
    text = (
        "Modi will hold talks with Xi Jinping at the coming regional summit, he said in a "
        "radio interview released Friday (March 14)."
    )
    assert _contacts(text, date(2025, 3, 14)) == [(("Modi", "Xi"), "meeting", Status.PLANNED, None)]


def test_an_upcoming_meeting_at_an_occasion_is_only_expected() -> None:
    """ "An upcoming meeting ... at a regional summit": no one says it will be held: expected."""
    text = "Markets eyed an upcoming meeting between Modi and Xi Jinping at a regional summit."
    assert _statuses(text) == {Status.SPECULATED}


@pytest.mark.parametrize(
    "text",
    [
        "Lula, who spoke with Xi Jinping last week, said Brazil would sell more beef.",
        "Modi met Xi Jinping in Kazan and said ties could improve soon.",
    ],
)
def test_a_modal_after_a_past_contact_verb_is_another_predicates(text: str) -> None:
    """ "who met X last week, said China would buy": the "would" is the buying's, not the
    meeting's; a past contact verb states its own tense."""
    assert _statuses(text) == {Status.HAPPENED}


def test_a_modal_before_a_past_contact_verb_still_hedges_it() -> None:
    """ "may have met": the hedge stands before the verb and governs it."""
    assert _statuses("Modi may have met Xi Jinping in secret.") == {Status.SPECULATED}


@pytest.mark.parametrize(
    "text",
    [
        "Carney hailed his meeting with Trump as a fresh start.",
        "Modi praised his talks with Xi Jinping as frank and open.",
    ],
)
def test_judging_ones_own_contact_reports_it_held(text: str) -> None:
    """ "hailed his meeting with X": a verb that judges a contact says it is over."""
    assert _statuses(text) == {Status.HAPPENED}


def test_sitting_down_together_is_a_meeting() -> None:
    """ "X and Y sat down in <place>" (no "with"): a meeting of the two; "will sit down" a plan."""
    held = "On Monday, Modi and Xi Jinping sat down in Tianjin."
    assert _contacts(held) == [(("Modi", "Xi"), "meeting", Status.HAPPENED, date(2025, 3, 10))]
    assert _statuses("Modi and Xi Jinping will sit down in Tianjin on Friday.") == {Status.PLANNED}


def test_the_meeting_told_further_in_the_next_sentence_is_dated_by_it() -> None:
    """ "X and Y met in <place>. The meeting took place on Monday ...": the next sentence dates
    the contact already reported as held."""
    text = "Modi and Xi Jinping met in Tianjin. The meeting took place on Monday at a hotel."
    assert _contacts(text) == [(("Modi", "Xi"), "meeting", Status.HAPPENED, date(2025, 3, 10))]


def test_the_call_after_a_planned_call_with_a_third_leader_is_not_that_call() -> None:
    """The pair last named is a planned call's; "The phone call" goes back to the held one."""
    text = (
        "Trump spoke with Putin by phone. He said he would call Zelensky next. "
        "The phone call came a day after a prisoner exchange on Monday."
    )
    found = _contacts(text)
    assert (("Trump", "Zelensky"), "call", Status.HAPPENED, date(2025, 3, 10)) not in found
    assert all(c[2] is not Status.HAPPENED for c in found if c[0] == ("Trump", "Zelensky"))


@pytest.mark.parametrize(
    "text",
    [
        "Modi flew home. Speaking aboard Air India One after his talks with Xi Jinping, he said "
        "ties had improved.",
        "Modi flew home. Speaking to reporters in Tianjin after his meeting with Xi Jinping, he "
        "said ties had improved.",
    ],
)
def test_his_talks_with_one_leader_is_the_carried_leaders_contact(text: str) -> None:
    """ "after his talks with X, he said": the leader of the sentence before met X; names after
    a preposition ("in <city>", "aboard <plane>") are places, not another subject."""
    assert _contacts(text) == [(("Modi", "Xi"), "meeting", Status.HAPPENED, None)]


def test_a_named_subject_opening_the_sentence_owns_the_contact() -> None:
    """ "Bessent, speaking after his talks with X": Bessent's talks, not the carried leader's."""
    text = (
        "Modi flew home. Jaishankar, speaking after his talks with Xi Jinping, said ties improved."
    )
    assert _contacts(text) == []


def test_the_cue_nearest_the_partner_gives_the_mode() -> None:
    """ "Speaking after his talks with X": the talks (a meeting), not a call by "speaking"."""
    text = "Modi flew home. Speaking after meeting Xi Jinping, he said ties had improved."
    assert _contacts(text) == [(("Modi", "Xi"), "meeting", Status.HAPPENED, None)]


def test_an_inverted_conditional_past_contact_did_not_happen() -> None:
    """ "Had X met Y, ... would have ...": a counterfactual, never a contact that happened."""
    assert Status.HAPPENED not in _statuses("Had Modi met Xi Jinping, duties would have fallen.")


def test_praising_the_idea_of_a_contact_is_no_contact() -> None:
    """A judging verb reports a contact over only before its owner's possessive."""
    assert _contacts("Analysts praised the idea of a meeting between Modi and Xi Jinping.") == []


def test_no_meeting_planned_is_no_contact() -> None:
    """ "no meeting was planned": none held and none set."""
    assert _contacts("Modi praised Xi Jinping but said no meeting was planned.") == []


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("In their call on Monday, Xi Jinping told Modi that trade should grow.", "call"),
        ("Xi Jinping told Modi in the call that the two sides should stay on course.", "call"),
        ("Xi Jinping received Modi at the Great Hall of the People on Monday.", "meeting"),
        ("Modi greeted Xi Jinping at the airport on Monday.", "meeting"),
    ],
)
def test_the_call_noun_and_a_host_receiving_a_guest_are_contacts(text: str, mode: str) -> None:
    """ "their call on Monday", "in the call that ...": the noun, not "called on X to";
    "X received Y", "X greeted Y": a meeting."""
    assert {(c[1], c[2]) for c in _contacts(text)} == {(mode, Status.HAPPENED)}


@pytest.mark.parametrize(
    "text",
    [
        "Modi called on Xi Jinping to reopen the border.",
        "Modi received Xi Jinping's letter on Monday.",
        "Modi called Xi Jinping a tough negotiator.",
    ],
)
def test_urging_a_letter_or_a_name_is_no_contact(text: str) -> None:
    assert _contacts(text) == []


def test_speaking_of_a_leader_is_no_call_of_the_pair_named_later() -> None:
    """ "spoke highly of X and said they might meet": "they" is the pair, but "spoke of" is
    talk about X, not a call with X; only the possible meeting remains."""
    found = _contacts("Modi spoke highly of Xi Jinping and said they might meet.")
    assert found == [(("Modi", "Xi"), "meeting", Status.SPECULATED, None)]


def test_no_talks_held_is_a_denial() -> None:
    """ "no talks were held between X and Y": the contact is denied, not dropped."""
    assert _statuses("Delhi said no talks were held between Modi and Xi Jinping.") == {
        Status.DENIED
    }


def test_a_held_contact_on_a_year_less_day_lies_before_publication() -> None:
    """ "spoke on June 5" read in January: last June, not the coming one; a written year
    stands."""
    january = date(2026, 1, 20)
    held = _contacts("Modi and Xi Jinping spoke by phone on June 5.", january)
    assert held == [(("Modi", "Xi"), "call", Status.HAPPENED, date(2025, 6, 5))]
    written = _contacts("Modi and Xi Jinping spoke by phone on June 5, 2026.", january)
    assert written == [(("Modi", "Xi"), "call", Status.HAPPENED, date(2026, 6, 5))]


@pytest.mark.parametrize(
    "text",
    [
        "Carney declined to say whether he had spoken with Modi.",
        "It was unclear if Carney had met Modi.",
        "Whether Carney meets Modi next week remains to be seen.",
    ],
)
def test_an_embedded_question_states_no_contact(text: str) -> None:
    """ "declined to say whether he had spoken", "unclear if ... had met": an embedded question
    (the lexicon's `open_question`) asks about the contact; it states none."""
    assert _contacts(text) == []


def test_a_modal_of_an_earlier_clause_does_not_govern_a_finite_past_contact() -> None:
    """ "Carney, asked whether the duties would go, said he spoke with Modi on Monday": the
    "would" is the duties'; "spoke" states its own tense (and so does "had spoken")."""
    for verb in ("spoke", "had spoken"):
        text = f"Carney, asked whether the duties would go, said he {verb} with Modi on Monday."
        assert _contacts(text) == [
            (("Carney", "Modi"), "call", Status.HAPPENED, date(2025, 3, 10))
        ], text


@pytest.mark.parametrize(
    "text",
    [
        "Carney said he wanted a meeting with Modi.",
        "Carney said he had asked for a call with Modi.",
        "Carney requested a phone call with Modi.",
        "Carney proposed a summit with Modi in the autumn.",
        "Carney said a meeting with Modi had been agreed in principle.",
    ],
)
def test_a_contact_wanted_asked_for_or_proposed_is_not_held(text: str) -> None:
    """ "wanted a meeting with", "asked for a call", "proposed a summit", "agreed in
    principle": the contact noun is what is sought; none was held (at most speculated)."""
    assert all(status is not Status.HAPPENED for _, _, status, _ in _contacts(text))


def test_a_proposal_made_in_a_call_leaves_the_call_held() -> None:
    """ "in a call with Modi ..., proposed a joint policy": the proposal is the call's content."""
    text = "Carney, in a call with Modi on Monday, proposed a joint steel policy."
    assert _contacts(text) == [(("Carney", "Modi"), "call", Status.HAPPENED, date(2025, 3, 10))]
