"""The words a dated measure is read with: the measure named in the sentence before ("The new fees
start on ..."), never by an adjective alone; a licence a trade needs is an export control, one
mentioned without a need is no measure; "last year" and "next year" give the year; the lexicon
holds the plan and in-force words; one weekday definition.

Each sentence is written for the test. Published on Monday 2 March 2026.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from watcher.facts.extract.dates import WEEKDAY, find_dates
from watcher.facts.extract.lexicon import section
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

SPRING = date(2026, 3, 2)


def _deadlines(text: str, published: date = SPRING) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _exact(text: str, published: date = SPRING) -> list[tuple[object, ...]]:
    """Every deadline of the text with its parties and status: no extra fact passes."""
    return [(f.date, f.imposer, f.target, f.status) for f in _deadlines(text, published)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an adjective between "the" and a word pointing back to the sentence before
        (
            "Beijing announced a levy on American-owned tankers calling at Chinese ports. "
            "The new charges apply from April 6.",
            (date(2026, 4, 6), "China", "US"),
        ),
        (
            "Washington will scrap the 15% duty on Chinese toys. The change takes effect on "
            "March 20.",
            (date(2026, 3, 20), "US", "China"),
        ),
    ],
)
def test_a_measure_named_in_the_sentence_before(text: str, want: tuple[date, str, str]) -> None:
    # exact (fix27): one fact, announced; "want in" let extra wrong facts pass
    assert _exact(text) == [(*want, Status.ANNOUNCED)]


def test_an_adjective_alone_points_back_to_nothing() -> None:
    """Without a measure before it, "The new fees" names none (no other country's measure)."""
    assert _deadlines("The new fees start on April 6.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Export licences will be required from April 1 for shipments of tungsten from "
            "China to American buyers.",
            (date(2026, 4, 1), "China", "US"),
        ),
        (
            "Starting April 15, American firms will need a licence to ship AI servers to China.",
            (date(2026, 4, 15), "US", "China"),
        ),
        (
            "From May 1, Chinese suppliers of antimony will require export permits, the "
            "ministry said.",
            (date(2026, 5, 1), "China", None),
        ),
    ],
)
def test_a_licence_a_trade_needs_is_an_export_control(
    text: str, want: tuple[date, str, str | None]
) -> None:
    found = [f for f in _deadlines(text) if f.date == want[0]]
    assert [(f.date, f.imposer, f.target) for f in found][:1] == [want]
    assert found[0].measure == "export_controls"
    assert "licence requirement" in found[0].what


def test_a_licence_mentioned_without_a_need_is_no_measure() -> None:
    assert _deadlines("The firm's licence to sell chips in China was renewed on March 1.") == []


def test_last_year_and_next_year_give_the_year() -> None:
    text = "The duty rose on April 10 last year and falls on March 1 next year."
    assert [d.value for d in find_dates(text, SPRING)] == [date(2025, 4, 10), date(2027, 3, 1)]


def test_the_lexicon_holds_the_plan_and_in_force_words() -> None:
    data = section("deadline")
    assert "planned" in data["plan_given_up"]["verbs"]
    assert "subject to" in data["in_force_now"]["bound"]
    # behaviour (fix27), not only contents: the words act as the lexicon says they do
    planned = "Canada had planned retaliatory duties on US steel starting on April 21."
    assert _exact(planned) == [(date(2026, 4, 21), "Canada", "US", Status.SUSPENDED)]
    bound = "Importers are currently subject to the US tariff on Chinese toys due on March 2."
    assert _exact(bound) == [(date(2026, 3, 2), "US", "China", Status.HAPPENED)]


def test_one_weekday_definition() -> None:
    pattern = re.compile(rf"^{WEEKDAY}$", re.IGNORECASE)
    names = ("Monday", "tuesday", "WEDNESDAY", "Thursday", "Friday", "Saturday", "Sunday")
    assert all(pattern.match(n) for n in names)
    assert not pattern.match("Someday")
