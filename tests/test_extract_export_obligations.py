"""A licence required as an obligation: a deontic verb ("require", "need", "must", "have to"),
a few words of who must and the verb of getting, then the permit. One reading for every
phrasing, not one anchor per word order; a licence requirement named as a noun is the
control, whose step is another word."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 11, 20)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing will require traders of germanium wafers to obtain licences for sales to "
            "the United States from Jan. 1.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Washington will require chip designers to apply for a licence before shipping "
            "accelerators to China.",
            ("US", "China", "chips", "new"),
        ),
        (
            "Firms selling antimony to American buyers will have to obtain an export permit, "
            "China's commerce ministry said.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "China's commerce ministry said shipments of graphite to the US will have to "
            "carry an export permit from December 1.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "The Commerce Department said on Thursday that American firms would need a licence "
            "to sell memory chips to Chinese customers.",
            ("US", "China", "chips", "new"),
        ),
    ],
)
def test_an_obligation_to_get_a_licence_is_a_new_requirement(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = live(text)
    assert [frame(f) for f in found] == [expected], found
    assert found[0].status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "text",
    [
        # a licence of no export: no item, no control
        "Street vendors in Beijing must obtain a licence from the city by March.",
        # obtained: a permit granted, not a rule
        "Nvidia obtained licences to sell its chips to Chinese customers last week.",
        # someone else's guess
        "Analysts said Beijing could require exporters of gallium to obtain licences.",
        # a condition
        "China will require exporters of gallium to obtain licences if Washington raises "
        "tariffs again.",
    ],
)
def test_an_obligation_near_miss_is_no_live_control(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's Ministry of Commerce said export licence requirements for gallium bound "
            "for the United States would be suspended until December 31.",
            ("China", "US", "rare_earths", "suspended"),
        ),
        (
            "Beijing's licence requirement for rare-earth exports to American firms has been "
            "suspended until next November, the ministry said.",
            ("China", "US", "rare_earths", "suspended"),
        ),
    ],
)
def test_a_licence_requirement_named_as_a_noun_takes_its_passive_step(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    """ "requirements" is the control's noun, not a step: the passive later in its clause is."""
    found = live(text)
    assert [frame(f) for f in found] == [expected], found
    assert found[0].status is Status.SUSPENDED


def test_a_licence_requirement_with_no_step_states_none() -> None:
    """Named with no step of its own, the requirement is a mention, not a new one."""
    text = "Exporters say Beijing's licence requirement for gallium shipments is hard to meet."
    assert export_controls(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the permit's issuer after "from": no actor stands before the obligation
        (
            "From next month, traders selling germanium wafers abroad will need an export "
            "permit from Beijing.",
            ("China", "all", "rare_earths", "new"),
        ),
        (
            "Any firm shipping memory chips to China now needs a licence from the United "
            "States, under a rule published on Tuesday.",
            ("US", "China", "chips", "new"),
        ),
        (
            "Sellers of antimony will need licences from the Chinese commerce ministry, "
            "buyers were told.",
            ("China", "all", "rare_earths", "new"),
        ),
        # who must and what they sell, seven words before the verb of getting
        (
            "Washington will require sellers of chip design software to obtain licences for "
            "Chinese customers, the Commerce Department said.",
            ("US", "China", "software", "new"),
        ),
        # a quote closed before the speaker's clause: the speaker imposes
        (
            '"Every company must apply for export licences for its graphite anodes," a Chinese '
            "commerce ministry spokeswoman said.",
            ("China", "all", "rare_earths", "new"),
        ),
    ],
)
def test_an_obligation_takes_its_issuer_or_speaker(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = live(text)
    assert [frame(f) for f in found] == [expected], found


@pytest.mark.parametrize(
    "text",
    [
        # a date after "from", no issuer, and no one named to impose
        "Exporters of graphite will need licences from December 1.",
        # the firms that sell after "from": they issue nothing
        "Distributors in Europe need licences from Chinese suppliers to resell their magnets.",
    ],
)
def test_a_from_that_names_no_issuer_gives_no_imposer(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Exporters will no longer need a licence to ship gallium to the United States, Beijing "
        "said on Thursday.",
        "Chip designers no longer have to apply for a licence to sell software to China, the "
        "Commerce Department said.",
    ],
)
def test_an_obligation_no_longer_in_force_is_lifted(text: str) -> None:
    """ "no longer need a licence": the requirement lifted, not a new one."""
    assert {f.measure for f in export_controls(text, PUBLISHED)} == {"lifted"}
