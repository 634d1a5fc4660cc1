"""Tariff changes stated with the verb before the old figure (round 2 of tariff_rate)."""

from watcher.facts.extract.rates import find_rates
from watcher.facts.registry import extract_facts


def _rates(text: str) -> list[tuple[float, float | None]]:
    return [(r.value, r.previous) for r in find_rates(text)]


def test_verb_before_old_figure_gives_one_change() -> None:
    assert _rates("Reducing the 25% tariffs on Mexico to 10%.") == [(10.0, 25.0)]
    assert _rates("Ottawa raised its 10 percent levy on US whiskey to 25 percent.") == [
        (25.0, 10.0)
    ]


def test_verb_before_figure_without_to_keeps_two_rates() -> None:
    assert _rates("He cut the 25% tariff on Canada, and levied 10% on Mexico.") == [
        (25.0, None),
        (10.0, None),
    ]


def test_change_fact_carries_previous_rate() -> None:
    facts = extract_facts("Washington slashed the 20% tariff on Chinese goods to 10% on Monday.")
    rates = [(f.rate_pct, f.previous_pct) for f in facts if hasattr(f, "rate_pct")]
    assert rates == [(10.0, 20.0)]
