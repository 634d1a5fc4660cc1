"""Helpers for the tariff-rate tests: the tariff facts an article gives, and the keys of
those that would alert.

Each tariff test file fixes its own publication day and calls this; what a test asserts is
unchanged by where the helper lives (as `tests/contact_helpers.py` does for contacts).
"""

from __future__ import annotations

from datetime import date

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

# The statuses a tariff rule alerts on; a test of what alerts compares these facts only.
ALERTING = (Status.HAPPENED, Status.ANNOUNCED)
Key = tuple[str, str, float, Status]
ProductKey = tuple[str, str, float, Status, str]


def tariff_rates(
    text: str, published: date | None, *, title: str = "", gated: bool = False
) -> list[TariffRate]:
    """The tariff-rate facts extracted from `text`, in the extractor's order.

    Ungated by default, so a test sentence is read even when it would not pass the relevance
    gate on its own; `gated=True` runs the gate as the service does.
    """
    facts = extract_facts(text, title=title, published=published, gated=gated)
    return [f for f in facts if isinstance(f, TariffRate)]


def tariff_key(f: TariffRate) -> Key:
    """(imposer, target, rate, status): what most tariff assertions compare."""
    return f.imposer, f.target, f.rate_pct, f.status


def alerting_keys(text: str, published: date | None) -> set[Key]:
    """The keys of the rates in `text` that would alert (happened or announced)."""
    return {tariff_key(f) for f in tariff_rates(text, published) if f.status in ALERTING}


def product_keys(text: str, published: date | None) -> set[ProductKey]:
    """(imposer, target, rate, status, product) of every rate in `text`: for the tests of
    how goods are named."""
    return {(*tariff_key(f), f.product) for f in tariff_rates(text, published)}
