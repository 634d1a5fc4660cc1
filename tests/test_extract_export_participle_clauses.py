"""A participle clause after its host clause ("China hit back on Friday, requiring exporters of
gallium to obtain licences"): it has no subject of its own, so the host clause's subject
imposes, and the host's modality and time are the step's ("threatened to retaliate, banning
..." is a threat; "In 2023 China hit back, requiring ..." is history)."""

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
