"""A participle clause after its host clause ("China hit back on Friday, requiring exporters of
gallium to obtain licences"): it has no subject of its own, so the host clause's subject
imposes, and the host's modality and time are the step's ("threatened to retaliate, banning
..." is a threat; "In 2023 China hit back, requiring ..." is history). A relative clause set
off by commas before the step's words ("exports of graphite, which rose last month, will
need a licence") interrupts its clause, which goes on after it with the same subject."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.export_helpers import export_controls, frame, live_controls
from watcher.models import Status

PUBLISHED = date(2026, 10, 2)

live = partial(live_controls, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing answered on Thursday, requiring traders of germanium to obtain licences "
            "for sales to American buyers.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Washington acted again this week, quietly blocking shipments of lithography parts "
            "to Chinese fabs.",
            ("US", "China", "chips", "new"),
        ),
        (
            "China's commerce ministry escalated on Thursday, halting sales of antimony to the "
            "United States.",
            ("China", "US", "rare_earths", "new"),
        ),
    ],
)
def test_a_participle_clause_takes_its_host_subject(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = live(text)
    assert [frame(f) for f in found] == [expected], found


def test_a_participle_clause_takes_its_host_modality() -> None:
    text = (
        "China threatened on Thursday to hit back, banning sales of gallium to the United "
        "States if tariffs rise."
    )
    assert live(text) == []
    assert [f.status for f in export_controls(text, PUBLISHED)] == [Status.THREATENED]


@pytest.mark.parametrize(
    "text",
    [
        # history, told in the host clause
        "In 2023 China hit back, requiring exporters of gallium to obtain licences.",
        # someone else's expectation
        "Analysts expect Beijing to respond soon, possibly restricting exports of graphite to "
        "the US.",
    ],
)
def test_a_participle_near_miss_is_no_live_control(text: str) -> None:
    assert live(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing said on Thursday that sales of germanium to the US, which had grown all "
            "year, will need a licence from November 1.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "China, which refines most of the world's graphite, will require exporters to obtain "
            "licences for sales to the United States.",
            ("China", "US", "rare_earths", "new"),
        ),
        (
            "Washington said on Monday that shipments of memory chips to China, which doubled "
            "this year, will require a licence.",
            ("US", "China", "chips", "new"),
        ),
    ],
)
def test_a_relative_clause_between_commas_leaves_the_clause_its_subject(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = live(text)
    assert [frame(f) for f in found] == [expected], found


@pytest.mark.parametrize(
    "text",
    [
        # someone else's guess, before the aside
        "Analysts said sales of germanium to the US, which had grown all year, would need a "
        "licence if talks failed.",
        # history, before the aside
        "In 2023 China said exports of gallium, which were then unregulated, would need a licence.",
    ],
)
def test_a_relative_clause_near_miss_is_no_live_control(text: str) -> None:
    assert live(text) == []
