"""Deadlines of issue 10, ninth round (i10-deadline9): the measure named in the sentence
before ("The new fees start on ..."), a window stated as a length from a start, an act on a
measure "by" a date, a licence a trade needs, and negatives (a comment period, a start in an
earlier year). Also the lexicon's shared words and the weekday definition. Each sentence is
written for the test."""

from __future__ import annotations

import re
from datetime import date

import pytest

from watcher.facts.extract.dates import WEEKDAY, find_dates, period_after
from watcher.facts.extract.gazetteer import agencies, load_gazetteer
from watcher.facts.extract.lexicon import section
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.registry import extract_facts
from watcher.models import Status

SPRING = date(2026, 3, 2)


def _deadlines(text: str, published: date = SPRING) -> list[Deadline]:
    return [f for f in extract_facts(text, published=published) if isinstance(f, Deadline)]


def _sides(text: str, published: date = SPRING) -> list[tuple[date | None, str | None, str | None]]:
    return [(f.date, f.imposer, f.target) for f in _deadlines(text, published)]


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
    ("text", "start", "end"),
    [
        (
            "China will pause its 10% tariff on US pork for one year from March 15.",
            date(2026, 3, 15),
            date(2027, 3, 15),
        ),
        (
            "The US will suspend its port fees on Chinese vessels for six months starting April 1.",
            date(2026, 4, 1),
            date(2026, 10, 1),
        ),
        (
            "Beijing agreed to waive the levy on American sorghum for another 90 days from "
            "March 10.",
            date(2026, 3, 10),
            date(2026, 6, 8),
        ),
    ],
)
def test_a_window_stated_as_a_length_ends_by_plain_arithmetic(
    text: str, start: date, end: date
) -> None:
    # exact (fix27): the start and the end only, both to come; "in" let extra facts pass
    assert [(f.date, f.status) for f in _deadlines(text)] == [
        (start, Status.ANNOUNCED),
        (end, Status.ANNOUNCED),
    ]


def test_a_period_counted_from_a_date_is_still_no_window() -> None:
    """ "30 days from March 10": no "for", a period counted from the date, not a start."""
    assert _deadlines("US duties on Chinese bicycles apply 30 days from March 10.") == []


def test_the_period_end_names_what_ends() -> None:
    (start, end) = _deadlines(
        "China will pause its 10% tariff on US pork for one year from March 15."
    )
    assert (start.imposer, start.target) == (end.imposer, end.target) == ("China", "US")
    assert end.what == "China tariff on US: lifting ends (1 year)"


def test_period_arithmetic() -> None:
    assert period_after(date(2026, 1, 31), 1, "months") == date(2026, 2, 28)
    assert period_after(date(2028, 2, 29), 1, "years") == date(2029, 2, 28)
    assert period_after(date(2026, 3, 1), 2, "weeks") == date(2026, 3, 15)
    assert period_after(date(9999, 12, 1), 1, "months") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The commerce ministry said China will remove its ban on US drone makers by April 30.",
            (date(2026, 4, 30), "China", "US"),
        ),
        (
            "Washington pledged to cut its tariffs on Chinese fertiliser no later than May 1.",
            (date(2026, 5, 1), "US", "China"),
        ),
    ],
)
def test_an_act_on_a_measure_by_a_date(text: str, want: tuple[date, str, str]) -> None:
    # exact (fix27): one fact, announced; "want in" let extra wrong facts pass
    assert _exact(text) == [(*want, Status.ANNOUNCED)]


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


@pytest.mark.parametrize(
    "text",
    [
        # a comment period on a proposal is procedure, not a measure's date
        "Importers have until April 20 to submit comments on the proposed duties on Chinese "
        "cranes.",
        "Industry groups must file testimony on the planned tariffs on Chinese chips by May 4.",
        # a measure's start in an earlier year is history
        "US tariffs on Chinese solar cells rose to 50% on May 2 last year.",
        # meetings, earnings and elections carry dates but are no measures
        "US and Chinese trade officials will meet in Madrid on March 18.",
        "The carmaker reports results on April 28, with China tariffs weighing on margins.",
    ],
)
def test_no_deadline(text: str) -> None:
    assert _deadlines(text) == []


def test_an_obligation_under_a_measure_is_still_a_deadline() -> None:
    """Unlike a comment period: the act is a step under the measure (as before this round)."""
    days = [
        f.date
        for f in _deadlines(
            "Exporters must obtain licences by April 30 under Beijing's new export rules."
        )
    ]
    assert date(2026, 4, 30) in days


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


def test_agencies_are_read_from_the_gazetteer_table() -> None:
    """agencies() reads the packaged countries table the gazetteer loads, not a second parse."""
    gaz = load_gazetteer()
    for country, bodies in agencies().items():
        for body in bodies:
            assert gaz.countries.lookup[body] == (country, False)
