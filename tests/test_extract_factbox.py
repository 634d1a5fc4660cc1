"""Fact-box lines (issue 10, stop 30): the label of a "Label: value" bullet says whose measure
the value is and how firm; no default party when it names none. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.factbox import fact_box, label_status
from watcher.facts.kinds.deadline import Deadline
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

AUTUMN = date(2026, 9, 16)  # a Wednesday
ALERT = (Status.ANNOUNCED, Status.HAPPENED)
BOX = "Officials on both sides traded sharp words this week.\n\nAt a glance:\n"


def _rates(text: str) -> set[tuple[str, str, float, Status]]:
    return {
        (f.imposer, f.target, f.rate_pct, f.status)
        for f in extract_facts(text, published=AUTUMN)
        if isinstance(f, TariffRate)
    }


def _alerting(text: str) -> set[tuple[str, str, float]]:
    return {(i, t, r) for i, t, r, s in _rates(text) if s in ALERT}


@pytest.mark.parametrize(
    ("line", "label", "status"),
    [
        ("- Possible Canadian duty: 20% on US dairy", "Possible Canadian duty", Status.SPECULATED),
        ("\u2022 Threatened EU levy: 40% on US whiskey", "Threatened EU levy", Status.THREATENED),
        ("* Planned Chinese tariff: 15% on US beef", "Planned Chinese tariff", Status.PLANNED),
        ("Potential US tariff: 70% on Chinese drones", "Potential US tariff", Status.SPECULATED),
        ("- Japan: 12% on US rice", "Japan", None),
        ("- Chip curbs: paused until March 1", "Chip curbs", None),
    ],
)
def test_a_label_value_line_and_its_label_status(
    line: str, label: str, status: Status | None
) -> None:
    box = fact_box(line)
    assert box is not None
    assert box.label == label
    assert label_status(box) is status


@pytest.mark.parametrize(
    "text",
    [
        "Lutnick said: \u201cWe will lift the levy on Chinese chips to 40%.\u201d",
        "Japan: duties on US beef climb to 30% on Friday",
        "\u2022 Canada raised its duty on US dairy to 25% on Tuesday",
        "The verdict was blunt: 60% tariffs are here to stay",
        "Key dates:",
        "Caption: Ted Smith at the port",
    ],
)
def test_prose_headlines_and_finite_bullets_are_no_fact_box(text: str) -> None:
    assert fact_box(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "- Possible Canadian duty: 20% on US dairy\n",
        "- Threatened EU levy: 40% on US whiskey from Dec 1\n",
        "- Planned Chinese tariff: 15% on US beef\n",
        "- Expected Japanese tariff: 12% on US rice\n",
    ],
)
def test_a_label_of_plan_or_threat_never_alerts(line: str) -> None:
    assert _alerting(BOX + line) == set()


def test_a_possible_rate_in_a_label_is_speculated_as_in_prose() -> None:
    assert _rates(BOX + "- Possible Canadian duty: 20% on US dairy\n") == {
        ("Canada", "US", 20.0, Status.SPECULATED)
    }


def test_a_country_label_is_the_imposer_not_the_us() -> None:
    text = (
        "Washington lifted its duty on Chinese steel to 50% on Monday.\n\nAt a glance:\n"
        "- Brazil: up to 45% on Chinese cars\n"
    )
    assert _alerting(text) == {("US", "China", 50.0), ("Brazil", "China", 45.0)}


def test_a_government_body_label_is_its_country() -> None:
    assert _alerting(BOX + "- Commerce Department: 50% tariff on Chinese drones\n") == {
        ("US", "China", 50.0)
    }


def test_a_label_naming_no_party_gives_no_rate() -> None:
    assert _rates(BOX + "- Duty rate: 30% tariff on Chinese steel\n") == set()


def test_a_finite_bullet_and_a_country_headline_keep_their_reading() -> None:
    assert _alerting(BOX + "\u2022 Canada raised its tariff on US dairy to 25% on Tuesday\n") == {
        ("Canada", "US", 25.0)
    }
    assert _alerting("Japan: tariffs on US beef rise to 30% on Friday\n\nTokyo confirmed it.") == {
        ("Japan", "US", 30.0)
    }


def _products(text: str) -> set[tuple[str, str, float, Status, str]]:
    return {
        (f.imposer, f.target, f.rate_pct, f.status, f.product)
        for f in extract_facts(text, published=AUTUMN)
        if isinstance(f, TariffRate)
    }


def test_a_line_giving_only_a_level_is_the_level_in_force() -> None:
    text = BOX + "- Japan's tariff on US rice: 20%\n- US safeguard tariff on Korea: 25%\n"
    assert _products(text) == {
        ("Japan", "US", 20.0, Status.HAPPENED, "rice"),
        ("US", "South Korea", 25.0, Status.HAPPENED, "safeguard tariff"),
    }


def test_a_line_restating_the_prose_adds_no_fact() -> None:
    text = (
        "Washington raised its tariff on Korean goods to 25% on Monday.\n\nAt a glance:\n"
        "- US reciprocal tariff on Korea: 25%\n- Korea's tariff on US rice: 5%\n"
    )
    assert _products(text) == {
        ("US", "South Korea", 25.0, Status.HAPPENED, "all goods"),
        ("South Korea", "US", 5.0, Status.HAPPENED, "rice"),
    }


def test_a_line_with_a_date_or_a_plan_word_is_no_level_in_force() -> None:
    assert _rates(BOX + "- Japan's tariff on US rice: 20% from Dec 1\n") == {
        ("Japan", "US", 20.0, Status.ANNOUNCED)
    }
    assert _rates(BOX + "- Planned Japanese tariff on US rice: 20%\n") == {
        ("Japan", "US", 20.0, Status.PLANNED)
    }


def _deadline_sides(text: str) -> set[tuple[str | None, str | None, date | None]]:
    return {
        (f.imposer, f.target, f.date)
        for f in extract_facts(text, published=AUTUMN)
        if isinstance(f, Deadline) and f.evidence.startswith("-")
    }


def test_a_deadline_line_takes_the_earlier_sentence_on_its_measure() -> None:
    text = (
        "Washington and Beijing agreed to extend their truce on Tuesday. Beijing said it would "
        "pause its gallium export curbs as part of the deal.\n\nKey facts:\n"
        "- Gallium curbs: suspended until Oct 1, 2027\n"
    )
    assert {s[0] for s in _deadline_sides(text)} == {"China"}


def test_a_deadline_line_naming_no_party_is_no_ones() -> None:
    text = (
        "Washington and Beijing agreed to extend their truce on Tuesday.\n\nKey facts:\n"
        "- Gallium curbs: suspended until Oct 1, 2027\n"
    )
    assert {s[:2] for s in _deadline_sides(text)} <= {(None, None)}


def test_a_deadline_line_label_names_its_party() -> None:
    text = (
        "Washington and Beijing agreed to extend their truce on Tuesday.\n\nKey facts:\n"
        "- Chinese gallium curbs: suspended until Oct 1, 2027\n"
    )
    assert {s[0] for s in _deadline_sides(text)} == {"China"}


def test_a_long_label_with_a_layer_word_is_a_level_on_all_goods() -> None:
    """A label of up to eight words is still a label; "additional" or "across-the-board"
    tell a duty's layer or reach, not its kind."""
    text = (
        BOX + "- Canada's additional surtax on most US goods: 12%\n"
        "- Mexico's across-the-board tariff on Chinese goods: 19%\n"
    )
    assert _products(text) == {
        ("Canada", "US", 12.0, Status.HAPPENED, "all goods"),
        ("Mexico", "China", 19.0, Status.HAPPENED, "all goods"),
    }
