"""Who imposes an export control when the clause does not open with it: a passive's agent, the
owner of a list, a definite office ("the ministry"), a coordinated clause's own subject, and a
country that only prompted the step."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import frame, live_controls

PUBLISHED = date(2026, 3, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Limits on propane exports to China were eased by the United States on Friday.",
            ("US", "China", "unspecified", "lifted"),
        ),
        (
            "Micron has been cleared by Washington to ship its memory chips to China.",
            ("US", "China", "chips", "lifted"),
        ),
        (
            "Nine Chinese robotics firms were put on the U.S. Entity List on Tuesday.",
            ("US", "China", "unspecified", "new"),
        ),
        (
            "Six American aerospace groups were added to China's unreliable entity list.",
            ("China", "US", "unspecified", "new"),
        ),
    ],
)
def test_a_passive_agent_or_a_list_s_owner_imposes(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert [frame(f) for f in live(text)] == [expected]


def test_a_country_hit_by_a_control_named_before_it_is_no_agent() -> None:
    assert live("Chinese chipmakers were hurt by US export curbs last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing gave in to pressure from Washington and relaxed its curbs on graphite exports.",
        "Under pressure from the US, China lifted its ban on germanium exports on Monday.",
        "China eased its export controls on magnets at the request of the United States.",
    ],
)
def test_a_country_that_prompted_the_step_does_not_take_it(text: str) -> None:
    [fact] = live(text)
    assert fact.imposer == "China"
    assert fact.measure == "lifted"


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        (
            "US President Donald Trump spoke to reporters on Sunday. Later, the president"
            " signed an order barring sales of advanced processors to China.",
            "US",
        ),
        (
            "China's commerce ministry briefed reporters on Sunday. The ministry said it"
            " would require licences for exports of graphite anodes.",
            "China",
        ),
        (  # the office as the speaker at the end
            "China's trade ministry held a news conference on Sunday. Exports of antimony"
            " will need licences from July 1, 2026, the ministry said.",
            "China",
        ),
    ],
)
def test_a_definite_office_acts_for_the_one_country_the_article_names(
    text: str, imposer: str
) -> None:
    assert [f.imposer for f in live(text)] == [imposer]


@pytest.mark.parametrize(
    "text",
    [
        # two presidents named: "the president" is either
        "Xi Jinping and Donald Trump met on Sunday. Later, the president signed an order"
        " barring sales of advanced processors to China.",
        # two ministries named
        "China's commerce ministry and Japan's trade ministry met on Sunday. The ministry"
        " said it would require licences for exports of graphite anodes.",
        # none named
        "The ministry said on Sunday it would restrict exports of drone motors.",
    ],
)
def test_a_definite_office_with_no_one_owner_names_no_imposer(text: str) -> None:
    assert live(text) == []


def test_a_coordinated_clause_with_its_own_subject_has_its_own_imposer() -> None:
    text = (
        "China widened its graphite export rules on Sunday, and the Commerce Department"
        " relaxed curbs on sales of chip design software to Chinese firms."
    )
    assert [frame(f) for f in live(text)] == [
        ("China", "all", "rare_earths", "tightened"),
        ("US", "China", "software", "lifted"),
    ]


def test_a_coordinated_clause_whose_subject_is_firms_is_no_clause_of_a_party() -> None:
    text = (
        "China widened its graphite export rules on Sunday, and US firms halted shipments"
        " of chips to Chinese buyers."
    )
    assert [f.imposer for f in live(text)] == ["China"]


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether AMD will be allowed to sell its accelerators to China.",
        "No one has decided whether Washington will lift curbs on chip software exports.",
    ],
)
def test_an_open_question_is_no_step(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "China, bowing to US demands, on Friday relaxed its curbs on graphite exports.",
        "China, which refines most of the world's gallium, relaxed its curbs on gallium exports.",
    ],
)
def test_a_subject_cut_off_by_a_parenthetical_imposes(text: str) -> None:
    assert [(f.imposer, f.measure) for f in live(text)] == [("China", "lifted")]


@pytest.mark.parametrize(
    "text",
    [
        "China, analysts said, could relax its curbs on graphite exports.",
        "Nvidia, the chip designer, halted shipments of its accelerators to China.",
    ],
)
def test_a_parenthetical_with_no_country_subject_or_a_modal_gives_no_live_step(text: str) -> None:
    assert live(text) == []
