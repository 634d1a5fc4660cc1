"""Who imposes an export control and on whom: a third country imposes on China; a count between the
target cue and its country keeps the target; a country that names firms is their target, not the
imposer, and the imposer's own firms are no target; the speaker at the end is the imposer after an
article or a speaker's noun, a speaker who is no government gives none; a country's officials take
the step only as the subject of its verb.

Sentences written for these tests. Published on Monday 1 June 2026. The officials tests give their
own day.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame
from watcher.facts.kinds.export_control import ExportControl
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2026, 6, 1)
ASSERTED = (Status.HAPPENED, Status.ANNOUNCED)
controls = partial(export_controls, published=PUBLISHED)


def _controls(text: str) -> list[tuple[str, str, Status]]:
    found = extract_facts(text, published=date(2026, 8, 22))
    return [(f.imposer, f.measure, f.status) for f in found if isinstance(f, ExportControl)]


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
    ("text", "target"),
    [
        # a count between the target cue and its country
        ("China banned exports of gallium to three US defence contractors on Monday.", "US"),
        ("Beijing barred shipments of antimony to more than 20 US companies.", "US"),
        ("The US halted sales of AI processors to a handful of Chinese cloud firms.", "China"),
        # a number before the cue is no target's: the country after the cue is
        ("Beijing halted exports of 12 kinds of minerals to the US on Thursday.", "US"),
    ],
)
def test_a_count_between_the_cue_and_the_country_keeps_the_target(text: str, target: str) -> None:
    [fact] = controls(text)
    assert fact.target == target
    assert fact.imposer != target


def test_a_country_that_names_firms_is_their_target_not_the_imposer() -> None:
    [fact] = controls("China added 28 US defence contractors to its export control list.")
    assert (fact.imposer, fact.target) == ("China", "US")


def test_the_imposers_own_firms_are_no_target() -> None:
    [fact] = controls(
        "The US approved licences for two American chip designers to sell processors to China."
    )
    assert fact.target == "China"


@pytest.mark.parametrize(
    "speaker",
    [
        "China's commerce ministry said",
        "the Chinese commerce ministry said",
        "a Chinese commerce ministry spokeswoman said",
        "a spokesman for China's commerce ministry said",
        "officials in Beijing said",
    ],
)
def test_the_speaker_at_the_end_is_the_imposer_after_an_article_or_a_speakers_noun(
    speaker: str,
) -> None:
    [fact] = controls(
        f"Export licences for indium shipments to the US were cancelled on Friday, {speaker}."
    )
    assert frame(fact) == ("China", "US", "rare_earths", "tightened")


def test_a_speaker_who_is_no_government_gives_no_imposer() -> None:
    assert not controls(
        "Export licences for indium shipments to the US were cancelled on Friday, traders in"
        " Shanghai said."
    )


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("Chinese officials criticised the decision to tighten export controls on chips.", "China"),
        ("Chinese officials condemned Washington's move to restrict exports of chips.", "China"),
        (
            "American officials questioned Beijing's choice to tighten controls on rare earths.",
            "US",
        ),
        ("Chinese officials said a plan to curb exports of gallium was unfair.", "China"),
    ],
)
def test_officials_whose_verb_is_another_do_not_take_the_step(text: str, officials: str) -> None:
    """ "<adjective> officials" act only as the subject of the step's verb (finding 6); a
    possessor of the step ("Washington's move") may still take it."""
    assert [who for who, _, _ in _controls(text) if who == officials] == []


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Chinese officials on Tuesday tightened export controls on graphite.", "China"),
        ("Japanese trade officials have further tightened export controls on chips.", "Japan"),
        ("The Dutch government broadened its export curbs on chipmaking tools.", "Netherlands"),
    ],
)
def test_officials_who_take_the_step_still_impose_it(text: str, imposer: str) -> None:
    assert [(who, status) for who, _, status in _controls(text)] == [(imposer, Status.HAPPENED)]
