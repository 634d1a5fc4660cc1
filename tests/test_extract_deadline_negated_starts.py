"""A negated verb before "until" ("will not take effect until ...") dates a measure only when what
starts is one; an agency named before the measure owns it.

Each sentence is written for the test. Published on Friday 7 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 7)


def _deadlines(text: str) -> list[Deadline]:
    return [f for f in extract_facts(text, published=PUBLISHED) if isinstance(f, Deadline)]


@pytest.mark.parametrize(
    "text",
    [
        # the object of "begin"/"start" is a purchase, not a measure
        "Beijing will not begin buying soybeans under the tariff deal until January 5.",
        "Chinese importers will not start buying US soybeans under the tariff truce until "
        "February 2.",
        # ... or an event
        "China said it would not begin talks on the tariff truce until January 12.",
        # no object, and the subject is no measure
        "Beijing will not start under the tariff deal until January 5.",
    ],
)
def test_not_until_starts_no_measure_that_is_not_one(text: str) -> None:
    assert _deadlines(text) == []


@pytest.mark.parametrize(
    ("text", "day", "imposer", "target"),
    [
        # an object that is a measure, after an optional act of levying
        (
            "Beijing will not start its new port fees on US ships until January 9.",
            date(2026, 1, 9),
            "China",
            "US",
        ),
        (
            "Washington will not begin collecting the new duties on Chinese cranes until "
            "February 16.",
            date(2026, 2, 16),
            "US",
            "China",
        ),
        # intransitive, a measure subject (the documented example)
        (
            "The higher US duties on Chinese steel will not apply until March 1.",
            date(2026, 3, 1),
            "US",
            "China",
        ),
        (
            "China's new levies on US pork will not kick in for importers until April 4.",
            date(2026, 4, 4),
            "China",
            "US",
        ),
    ],
)
def test_not_until_starts_a_measure(text: str, day: date, imposer: str, target: str) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.imposer, found.target) == (day, imposer, target)
    assert found.status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "text",
    [
        # the documented agencies example, and a paraphrase
        "The Commerce Department's new export rule on Chinese drones takes effect on March 1.",
        "The Bureau of Industry and Security's export rule for Chinese lidar makers takes "
        "effect on March 1.",
    ],
)
def test_an_agency_before_the_measure_owns_it(text: str) -> None:
    (found,) = _deadlines(text)
    assert (found.date, found.imposer, found.target) == (date(2026, 3, 1), "US", "China")
