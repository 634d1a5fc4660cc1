"""A dated list item whose text opens with an edge noun ("• Dec. 31: expiry of the exclusions",
"Nov. 10 - scheduled end of the pause of ...") dates that edge of the measure its "of" names, as
"the Dec. 31 expiry of ..." does in prose; the measure's owner is read in that "of" phrase
("start of China's new ban": China's, the "of" an edge's, not a preposition governing a party).
An edge noun of an event ("end of the talks") dates no measure.

Every sentence here is written for the test (none is copied from an article).
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts

_PUBLISHED = date(2026, 2, 10)
_PAIR = "Washington and Beijing signed a trade truce in January.\n"


def _sides(text: str) -> list[tuple[date | None, str | None, str | None, str]]:
    facts = extract_facts(_PAIR + text, published=_PUBLISHED)
    return [(f.date, f.imposer, f.target, f.measure) for f in facts if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    ("text", "when", "imposer", "target"),
    [
        (
            "• March 31 — expiry of the Section 301 exclusions for 90 medical products.",
            date(2026, 3, 31),
            "US",
            "China",
        ),
        (
            "• April 30: scheduled end of the pause of US port fees on Chinese ships.",
            date(2026, 4, 30),
            "US",
            "China",
        ),
        (
            "May 15 - start of China's new licence rule for tungsten exports.",
            date(2026, 5, 15),
            "China",
            "US",
        ),
        (
            "• June 1 – the expiry of Beijing's suspension of its graphite export ban.",
            date(2026, 6, 1),
            "China",
            "US",
        ),
    ],
)
def test_an_item_opening_with_an_edge_noun_dates_the_measure_of_its_of(
    text: str, when: date, imposer: str, target: str
) -> None:
    assert [(d, i, t) for d, i, t, _ in _sides(text)] == [(when, imposer, target)]


@pytest.mark.parametrize(
    "text",
    [
        "• March 3: end of the talks in Geneva.",
        "• March 3: start of the minister's visit to Beijing.",
    ],
)
def test_an_item_opening_with_an_event_edge_dates_no_measure(text: str) -> None:
    assert _sides(text) == []


def test_an_owner_after_an_edge_of_in_prose_owns_the_measure() -> None:
    text = "The start of China's new ban on antimony exports on March 20 was confirmed on Monday."
    assert [(d, i, t) for d, i, t, _ in _sides(text)] == [(date(2026, 3, 20), "China", "US")]


@pytest.mark.parametrize(
    ("text", "imposer", "target"),
    [
        (
            "China's new licence rule for antimony shipments to the US becomes enforceable on"
            " March 1, the ministry said.",
            "China",
            "US",
        ),
        (
            "The US rule on Chinese chip-tool sales will become enforceable on March 1.",
            "US",
            "China",
        ),
    ],
)
def test_becoming_enforceable_starts_a_measure(text: str, imposer: str, target: str) -> None:
    """ "becomes enforceable on" is a start cue like "becomes effective on"."""
    assert [(d, i, t) for d, i, t, _ in _sides(text)] == [(date(2026, 3, 1), imposer, target)]
