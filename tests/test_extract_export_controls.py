"""The export_control kind: frames read from sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

from tests.export_helpers import export_controls
from watcher.facts.comparison import Outcome, Provenance
from watcher.facts.known import KnownState
from watcher.models import Status

PUBLISHED = date(2025, 11, 7)


controls = partial(export_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China suspended its export controls on rare earths until November 10, 2026.",
            ("China", "all", "rare_earths", "suspended", Status.SUSPENDED),
        ),
        (
            "The US Commerce Department will require licences for exports of advanced chips to"
            " China from December 1.",
            ("US", "China", "chips", "new", Status.ANNOUNCED),
        ),
        (
            "Trump threatened export controls on critical software against China.",
            ("US", "China", "software", "new", Status.THREATENED),
        ),
        (
            "Beijing has no plans to lift its restrictions on exports of gallium to the"
            " United States.",
            ("China", "US", "rare_earths", "lifted", Status.DENIED),
        ),
        (
            "The warning came a day after China widened its licensing rules for rare earth"
            " magnets.",
            ("China", "all", "rare_earths", "tightened", Status.HAPPENED),
        ),
        (
            "The Netherlands tightened export controls on chipmaking equipment on Monday.",
            ("Netherlands", "all", "chips", "tightened", Status.HAPPENED),
        ),
        (
            "Officials say Washington could ease export curbs on some processors.",
            ("US", "all", "chips", "lifted", Status.SPECULATED),
        ),
    ],
)
def test_frames(text: str, expected: tuple[str, str, str, str, Status]) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.target, fact.item, fact.measure, fact.status) == expected
    assert fact.evidence == text


def test_dates_start_and_end() -> None:
    [fact] = controls(
        "China said its new export controls on graphite apply from December 1 and stay in"
        " force until June 30, 2026."
    )
    assert fact.effective == date(2025, 12, 1)
    assert fact.ends == date(2026, 6, 30)


@pytest.mark.parametrize(
    "text",
    [
        # a condition states nothing that happened
        "Tariffs will rise next month unless Beijing drops its export controls on rare earths.",
        # no actor stands before the control: a comment about controls, not a measure
        "Analysts say export controls on chips have not slowed China.",
        # no control is named
        "China exported more rare earth magnets in October than in September.",
        # a control named with no step: background, not a measure
        "To meet US export controls, the firm built a slower version of its processor.",
        # someone asking for a change is not the change
        "The chipmaker's chief asked Washington for an easing of export restrictions.",
    ],
)
def test_no_fact(text: str) -> None:
    assert controls(text) == []


def test_a_suspension_changes_a_known_control_and_a_repeat_confirms_it() -> None:
    at = datetime(2025, 10, 10, tzinfo=UTC)
    [imposed] = controls("China imposed export controls on rare earth magnets on Thursday.")
    state = KnownState().learn(imposed, Provenance("wire", at))
    [suspended] = controls("China suspended its export controls on rare earth magnets.")
    assert state.compare(suspended).outcome is Outcome.CHANGED
    [again] = controls("On Thursday China imposed export controls on rare earth magnets.")
    assert state.compare(again).outcome is Outcome.CONFIRMED


def test_a_hypothetical_is_speculated() -> None:
    [fact] = controls("Under a draft deal, Washington would require licences for chip exports.")
    assert fact.status is Status.SPECULATED


@pytest.mark.parametrize(
    "text",
    [
        # a negated step is denied, not announced
        "Beijing will not impose new export controls on rare earths, the minister said.",
        "Washington did not add new export curbs on chips this week.",
    ],
)
def test_negation_is_denied(text: str) -> None:
    assert [f.status for f in controls(text)] == [Status.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        # "from" names where goods come from, and "May" is a month: no step, no status
        "Exports from China to Canada fell in May despite the export controls.",
    ],
)
def test_no_false_actor_or_step(text: str) -> None:
    assert controls(text) == []


def test_an_adjective_of_the_firms_listed_is_the_target_and_the_agency_the_imposer() -> None:
    [fact] = controls("The Commerce Department added twelve Chinese firms to the entity list.")
    assert (fact.imposer, fact.target, fact.measure) == ("US", "China", "new")


def test_the_step_stays_in_its_clause_and_a_source_is_no_target() -> None:
    [fact] = controls(
        "China retaliated with export controls on gallium, while the US widened its chip curbs."
    )
    assert (fact.imposer, fact.measure) == ("China", "new")
    [sourced] = controls("China imposed export controls on graphite, according to US officials.")
    assert sourced.target == "all"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restriction noun on what it restricts, with no control noun
        (
            "The US eased its restrictions on sales of advanced processors to China.",
            ("US", "China", "chips", "lifted", Status.HAPPENED),
        ),
        (
            "Beijing tightened its curbs on graphite exports on Tuesday.",
            ("China", "all", "rare_earths", "tightened", Status.HAPPENED),
        ),
        # a verb that restricts the export itself is a new control
        (
            "China blocked shipments of germanium to the United States on Friday.",
            ("China", "US", "rare_earths", "new", Status.HAPPENED),
        ),
        (
            "Beijing halted rare earth magnet exports to American carmakers.",
            ("China", "US", "rare_earths", "new", Status.HAPPENED),
        ),
        (
            "Washington will bar sales of AI accelerator chips to China.",
            ("US", "China", "chips", "new", Status.ANNOUNCED),
        ),
        # resuming an export lifts its control
        (
            "Beijing resumed exports of antimony to the US.",
            ("China", "US", "rare_earths", "lifted", Status.HAPPENED),
        ),
    ],
)
def test_controls_named_by_what_they_stop(
    text: str, expected: tuple[str, str, str, str, Status]
) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.target, fact.item, fact.measure, fact.status) == expected


def test_a_sale_banned_with_no_item_is_no_export_control() -> None:
    assert controls("Washington banned sales of the app in federal offices.") == []


def test_the_speaker_at_the_end_imposes_when_no_actor_stands_before() -> None:
    [fact] = controls(
        "The licensing rule for chip exports takes effect on January 5, the Commerce"
        " Department said."
    )
    assert (fact.imposer, fact.item, fact.effective) == ("US", "chips", date(2026, 1, 5))


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, Washington restricted sales of advanced chips to China.",
        "Beijing in 2023 banned exports of gallium to the US.",
    ],
)
def test_a_past_year_is_history(text: str) -> None:
    assert [f for f in controls(text) if f.status is not Status.DENIED] == []


def test_a_reported_would_is_an_announcement() -> None:
    [fact] = controls(
        "Beijing said on Monday it would suspend the export ban on antimony to the US."
    )
    assert (fact.imposer, fact.measure, fact.status) == ("China", "suspended", Status.SUSPENDED)
    [hypothesis] = controls("Washington would suspend export curbs on chips under the draft.")
    assert hypothesis.status is Status.SPECULATED
    [reported] = controls("Traders said Washington would ease its export curbs on processors.")
    assert reported.status is Status.SPECULATED  # someone else's "would": still a guess


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item word right before a restriction noun names the control
        (
            "China will freeze the magnet controls it introduced last month.",
            ("China", "rare_earths", "suspended"),
        ),
        # a rule on an export is a control
        (
            "Washington issued new rules on semiconductor exports on Friday.",
            ("US", "chips", "new"),
        ),
        # dual-use goods are technology
        (
            "Beijing banned exports of dual-use goods to three US defence firms.",
            ("China", "technology", "new"),
        ),
    ],
)
def test_more_control_nouns(text: str, expected: tuple[str, str, str]) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.item, fact.measure) == expected


def test_curbing_a_shipment_of_no_item_is_no_control() -> None:
    assert controls("The US said China agreed to curb shipments of fentanyl precursors.") == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # the head of a compound of two item words names the class ...
        ("The US lifted export curbs on chip simulation software for China.", "software"),
        # ... unless the head is a generic one
        ("China tightened export controls on magnet production equipment.", "rare_earths"),
    ],
)
def test_a_compound_of_item_words_takes_its_head(text: str, item: str) -> None:
    [fact] = controls(text)
    assert fact.item == item


@pytest.mark.parametrize(
    "text",
    [
        # in force since a past year, or for long: a standing control, not a step
        "Washington has barred sales of top-end processors to China since 2023.",
        "Beijing has long restricted exports of rare earth processing technology.",
    ],
)
def test_a_standing_control_is_no_step(text: str) -> None:
    assert controls(text) == []


def test_an_agreement_to_act_is_announced() -> None:
    [fact] = controls("Beijing agreed to lift its export ban on graphite to the US.")
    assert (fact.imposer, fact.measure, fact.status) == ("China", "lifted", Status.ANNOUNCED)


def test_a_step_in_a_relative_clause_describes_the_control_not_this_step() -> None:
    [fact] = controls(
        "The US paused a rule which broadened export curbs to affiliates of Chinese firms."
    )
    assert (fact.imposer, fact.measure, fact.target) == ("US", "suspended", "China")
    [said] = controls(
        "Beijing announced in a statement that it will tighten export controls on tin."
    )
    assert said.measure == "tightened"  # "that" with a subject after it: no relative clause


def test_a_sentence_that_refers_back_dates_the_control_before() -> None:
    [fact] = controls(
        "Washington on Thursday barred shipments of advanced processors to Chinese cloud firms."
        " The new rule takes effect on December 2, officials said."
    )
    assert (fact.imposer, fact.effective, fact.status) == (
        "US",
        date(2025, 12, 2),
        Status.ANNOUNCED,
    )
    [alone] = controls(
        "Washington on Thursday barred shipments of advanced processors to Chinese cloud firms."
        " Talks resume from December 2, officials said."
    )
    assert alone.effective is None  # no reference back to the control: its date is not dated


@pytest.mark.parametrize(
    "text",
    [
        # an agreement, or a plan, to talk about controls names no step of them
        "China and the US agreed to talk about export controls.",
        "The two sides agreed to discuss US export controls on chips next month.",
        "Tokyo and Seoul agreed to hold talks on their chip export restrictions in March.",
        "The US will discuss export controls with India next week.",
    ],
)
def test_an_agreement_to_talk_about_controls_is_no_fact(text: str) -> None:
    assert controls(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China will lift its export ban on gallium, in place since 2023, on Monday.",
            ("China", "lifted", Status.ANNOUNCED),
        ),
        (
            "The US will scrap chip export controls that have been in place since 2022.",
            ("US", "lifted", Status.ANNOUNCED),
        ),
        (
            "Since 2022, China has earned billions from gallium exports, and on Monday it"
            " banned shipments to the US.",
            ("China", "new", Status.HAPPENED),
        ),
        (
            "Japan will ease its curbs on chip exports, which have stood since 2023, next week.",
            ("Japan", "lifted", Status.ANNOUNCED),
        ),
    ],
)
def test_since_a_past_year_in_a_clause_of_its_own_leaves_the_step(
    text: str, expected: tuple[str, str, Status]
) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.measure, fact.status) == expected


def test_since_a_past_year_opening_the_clause_of_the_step_is_standing() -> None:
    assert controls("Since 2023, Washington has barred sales of top-end processors to China.") == []


@pytest.mark.parametrize(
    "text",
    [
        "China announced new export controls on rare earths. Its rules on football take effect"
        " on December 1.",
        "The US unveiled fresh curbs on chip exports. The rules for visa holders take effect"
        " on December 3.",
    ],
)
def test_a_referring_noun_with_a_topic_of_its_own_dates_nothing(text: str) -> None:
    [fact] = controls(text)
    assert fact.effective is None


def test_a_referring_noun_with_the_control_s_topic_dates_it() -> None:
    [fact] = controls(
        "The US unveiled fresh curbs on chip exports. The rules on chips take effect on December 3."
    )
    assert fact.effective == date(2025, 12, 3)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The US expects China to resume exports of rare earths on Monday.", "lifted"),
        ("Analysts expect Beijing to impose export controls on graphite soon.", "new"),
    ],
)
def test_a_step_someone_expects_is_speculated(text: str, measure: str) -> None:
    [fact] = controls(text)
    assert (fact.imposer, fact.measure, fact.status) == ("China", measure, Status.SPECULATED)


def test_it_as_the_subject_of_a_later_clause_is_the_country_named_before() -> None:
    [fact] = controls(
        "Japan reviewed its chip policy for months, and on Friday it restricted shipments of"
        " lithography tools to Russia."
    )
    assert (fact.imposer, fact.target, fact.measure) == ("Japan", "Russia", "new")
    assert controls("After a long review, it restricted shipments of gallium on Friday.") == []
