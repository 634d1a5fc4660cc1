"""Export controls, ninth round (issue 10): withdrawn permits, goods named by their class, third
countries, more step verbs, questions and controls named as a cause. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
ASSERTED = (Status.HAPPENED, Status.ANNOUNCED)


controls = partial(export_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a permit revoked, withdrawn or cancelled tightens the control on its goods
        (
            "The Commerce Department revoked the licences that let two Korean chipmakers ship"
            " lithography tools to their factories in China.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Washington withdrew the waivers that had let memory makers bring American tools"
            " into their Chinese plants.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "Beijing cancelled export licences for tungsten shipments bound for American buyers.",
            ("China", "US", "rare_earths", "tightened"),
        ),
        (
            "The Commerce Department stopped issuing licences for sales of AI accelerators to"
            " Chinese firms.",
            ("US", "China", "chips", "tightened"),
        ),
        (
            "China suspended export licences for magnets to US defence contractors.",
            ("China", "US", "rare_earths", "tightened"),
        ),
        # issuing them again lifts it
        (
            "China resumed issuing export licences for germanium to the US.",
            ("China", "US", "rare_earths", "lifted"),
        ),
        (
            "Seoul restored the waivers for memory chip exports to China.",
            ("South Korea", "China", "chips", "lifted"),
        ),
    ],
)
def test_a_permit_withdrawn_or_restored_is_a_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    [fact] = controls(text)
    assert frame(fact) == expected
    assert fact.status is Status.HAPPENED


def test_revoking_a_control_still_lifts_it_and_a_requirement_is_no_permit() -> None:
    [revoked] = controls("The US revoked its export controls on chip design software for China.")
    assert revoked.measure == "lifted"
    [scrapped] = controls(
        "Beijing scrapped the licence requirement for antimony exports to the United States."
    )
    assert frame(scrapped) == ("China", "US", "rare_earths", "lifted")


@pytest.mark.parametrize(
    "text",
    [
        # a permit with no restricted goods near it is no export control
        "The regulator revoked the broadcaster's licence over its coverage of the vote.",
        "China withdrew the business licences of two American consulting firms.",
    ],
)
def test_a_permit_of_no_goods_is_no_control(text: str) -> None:
    assert controls(text) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("China added tungsten and bismuth to its export control list on Friday.", "rare_earths"),
        ("Beijing restricted exports of battery cathode materials to the US.", "rare_earths"),
        ("Seoul will require licences for exports of HBM to China.", "chips"),
        ("Washington barred sales of high-bandwidth memory to Chinese firms.", "chips"),
        ("The US banned exports of AI accelerators to China on Monday.", "chips"),
        ("The US lifted its curbs on EDA software sales to China.", "software"),
        # a generic head before the control takes its modifier's class
        ("Japan added 40 kinds of chipmaking equipment to its export control list.", "chips"),
    ],
)
def test_goods_named_specifically_map_to_their_class(text: str, item: str) -> None:
    [fact] = controls(text)
    assert fact.item == item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dutch government broadened its export curbs on lithography machines bound for"
            " China.",
            ("Netherlands", "China", "chips", "tightened"),
        ),
        (
            "South Korea tightened licence rules on shipments of advanced memory chips to China.",
            ("South Korea", "China", "chips", "tightened"),
        ),
        (
            "Tokyo will require a licence to export chipmaking tools to China from July 1.",
            ("Japan", "China", "chips", "new"),
        ),
    ],
)
def test_a_third_country_imposes_on_china(text: str, expected: tuple[str, str, str, str]) -> None:
    [fact] = controls(text)
    assert frame(fact) == expected
    assert fact.status in ASSERTED


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The US relaxed licensing rules for exports of older AI chips to China.", "lifted"),
        ("China loosened its restrictions on rare earth exports to the US.", "lifted"),
        ("Beijing reinstated its export ban on gallium to American buyers.", "new"),
        ("The US reimposed export curbs on chip design software for China.", "new"),
    ],
)
def test_more_step_verbs(text: str, measure: str) -> None:
    [fact] = controls(text)
    assert fact.measure == measure
    assert fact.status is Status.HAPPENED


def test_east_is_no_easing() -> None:
    # "eas*" took "East" for a step; only the forms of "ease" are one
    assert controls("Tokyo's East Asia strategy includes export controls on chips.") == []


def test_an_extended_suspension_is_a_suspension_with_its_new_end() -> None:
    [fact] = controls(
        "China extended the suspension of its gallium export ban on the US until May 31, 2027."
    )
    assert (fact.measure, fact.status, fact.ends) == (
        "suspended",
        Status.SUSPENDED,
        date(2027, 5, 31),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Will Beijing tighten its rare earth export controls again?",
        "Is Washington about to impose new export curbs on chip design software?",
    ],
)
def test_a_question_asserts_nothing(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


@pytest.mark.parametrize(
    "text",
    [
        # a control named as the cause of another act is a mention of it
        "Trump threatened new tariffs over China's rare earth export controls.",
        "Beijing retaliated against US chip curbs with an antitrust probe.",
        "The president announced a 50% tariff in response to Chinese export controls on magnets.",
    ],
)
def test_a_control_named_as_a_cause_is_no_step(text: str) -> None:
    assert controls(text) == []


def test_a_step_after_the_cause_cue_is_still_a_step() -> None:
    [fact] = controls("In response, China tightened its controls on gallium exports.")
    assert frame(fact) == ("China", "all", "rare_earths", "tightened")


@pytest.mark.parametrize(
    "text",
    [
        "Export controls have done little to slow China's push into advanced chips, analysts say.",
        "Since 2022 the US has restricted sales of top-end processors to China.",
        "The company said it complies with all US export controls.",
        "China could restrict exports of rare earths to the US if talks collapse.",
        "The White House is considering new curbs on chip design software sales to China.",
    ],
)
def test_analysis_history_compliance_and_speculation_assert_no_step(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


def test_a_permit_someone_may_revoke_is_speculated() -> None:
    [fact] = controls(
        "Officials said the US is weighing whether to revoke licences for AI chip sales to China."
    )
    assert (fact.measure, fact.status) == ("tightened", Status.SPECULATED)


@pytest.mark.parametrize(
    "text",
    [
        # a condition right after the control: the step hangs on it
        "Beijing said it would reinstate export controls on rare earths if Washington broke the"
        " truce.",
        "The US will tighten its export curbs on chips unless Beijing resumes magnet sales.",
    ],
)
def test_a_condition_after_the_control_states_no_step(text: str) -> None:
    assert [f for f in controls(text) if f.status in ASSERTED] == []


def test_a_condition_in_a_relative_clause_leaves_the_step() -> None:
    [fact] = controls(
        "China imposed export controls on drone parts that could be used in war if diverted."
    )
    assert (fact.imposer, fact.measure, fact.status) == ("China", "new", Status.HAPPENED)


def test_a_list_of_controlled_goods_is_a_control() -> None:
    [fact] = controls("China added indium and molybdenum to its list of controlled exports.")
    assert (fact.imposer, fact.item, fact.measure) == ("China", "rare_earths", "new")
