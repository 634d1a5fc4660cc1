"""A rate that a country "is paying", in an article about tariffs, with no tariff word."""

from watcher.facts.registry import extract_facts
from watcher.models import Status


def _rates(text: str) -> list[tuple[str, str, str, float]]:
    return [
        (f.status.value, f.imposer, f.target, f.rate_pct)
        for f in extract_facts(text)
        if hasattr(f, "rate_pct")
    ]


_STORY = "The US put 20% tariffs on Vietnam in May. "


def test_paying_a_rate_in_a_tariff_story() -> None:
    got = _rates(_STORY + "Brazil's paying 50 per cent, the president said.")
    assert ("happened", "US", "Brazil", 50.0) in got


def test_next_rate_adjective_does_not_qualify_the_paid_rate() -> None:
    text = _STORY + "Brazil's paying 50 per cent, and a possible 100 per cent from March 1."
    assert (Status.HAPPENED.value, "US", "Brazil", 50.0) in _rates(text)


def test_paying_interest_or_more_is_no_tariff() -> None:
    assert _rates(_STORY + "Households are paying 7% interest on mortgages.") == [
        ("announced", "US", "Vietnam", 20.0)
    ]
    assert _rates(_STORY + "Shoppers paid 30% more for shoes.") == [
        ("announced", "US", "Vietnam", 20.0)
    ]


def test_paying_without_a_tariff_story_is_no_tariff() -> None:
    assert _rates("Brazil's paying 50 per cent, the president said.") == []
