"""What "and" joins (issue 10): each conjunct with its own subject and verb keeps its own
imposer and status; a total over several named tariffs is none of them; a past year opening
the sentence frames every verb coordinated after it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from tests.tariff_helpers import tariff_rates
from watcher.models import Status

PUB = date(2026, 3, 10)
ALERTING = {Status.HAPPENED, Status.ANNOUNCED}


def _facts(text: str) -> set[tuple[str, str, float, Status]]:
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in tariff_rates(text, PUB)}


def _alerting(text: str) -> set[tuple[str, str, float]]:
    return {
        (f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUB) if f.status in ALERTING
    }


# 1. two clauses with subjects of their own, joined by "and" with no comma


def test_second_subject_keeps_its_own_imposer_and_status() -> None:
    text = "The US halved its tariff on Chinese solar panels to 25% and China paused its 15% duty."
    assert _facts(text) == {
        ("US", "China", 25.0, Status.HAPPENED),
        ("China", "US", 15.0, Status.SUSPENDED),
    }


def test_suspension_in_second_clause_does_not_reach_the_first() -> None:
    text = (
        "Ottawa raised its duty on Chinese electric vehicles to 100% and Beijing suspended "
        "its 25% levy on Canadian canola."
    )
    assert _facts(text) == {
        ("Canada", "China", 100.0, Status.HAPPENED),
        ("China", "Canada", 25.0, Status.SUSPENDED),
    }


def test_threat_in_second_clause_does_not_reach_the_first() -> None:
    text = (
        "Mexico cut its tariff on US corn to 5% and Washington "
        "threatened a 30% duty on Mexican tomatoes."
    )
    assert _alerting(text) == {("Mexico", "US", 5.0)}


def test_shared_subject_second_verb_keeps_its_own_status() -> None:
    text = (
        "India raised its tariff on US almonds to 60% "
        "and suspended its 20% duty on American apples."
    )
    assert _facts(text) == {
        ("India", "US", 60.0, Status.HAPPENED),
        ("India", "US", 20.0, Status.SUSPENDED),
    }


def test_comma_and_still_splits() -> None:
    text = (
        "Brazil raised its tariff on US ethanol to 18%, and "
        "the US suspended its 40% levy on Brazilian beef."
    )
    assert _facts(text) == {
        ("Brazil", "US", 18.0, Status.HAPPENED),
        ("US", "Brazil", 40.0, Status.SUSPENDED),
    }


def test_bare_verb_of_pausing_under_a_modal_is_its_own_predicate() -> None:
    text = "Tokyo will raise its duty on US rice to 30% and suspend its 10% levy on American beef."
    assert _facts(text) == {
        ("Japan", "US", 30.0, Status.ANNOUNCED),
        ("Japan", "US", 10.0, Status.SUSPENDED),
    }


def test_bare_verb_of_change_under_a_modal_shares_it() -> None:
    text = (
        "Seoul will cut its duty on US beef to 20% and lower its levy on American oranges to 10%."
    )
    assert _facts(text) == {
        ("South Korea", "US", 20.0, Status.ANNOUNCED),
        ("South Korea", "US", 10.0, Status.ANNOUNCED),
    }


# 2. a total over several named tariffs is the overall level, the scope of none of them


def test_combined_rate_over_named_tariffs_is_not_the_first_tariff() -> None:
    text = "Chinese goods now face a combined 45% in fentanyl and reciprocal tariffs in the US."
    facts = [f for f in tariff_rates(text, PUB) if f.rate_pct == 45.0]
    assert facts and all("fentanyl" not in f.product for f in facts)


def test_total_over_tariffs_named_after_the_rate() -> None:
    text = "US importers of Chinese cranes pay a total of 40% in reciprocal and fentanyl duties."
    facts = [f for f in tariff_rates(text, PUB) if f.rate_pct == 40.0]
    assert facts and all("fentanyl" not in f.product for f in facts)


def test_combined_tariff_cut_names_no_single_tariff() -> None:
    text = "Washington lowered the combined fentanyl and Section 301 duties on Chinese toys to 35%."
    facts = [f for f in tariff_rates(text, PUB) if f.rate_pct == 35.0]
    assert facts and all("fentanyl" not in f.product for f in facts)


def test_combined_rounds_of_one_tariff_keep_its_name() -> None:
    text = "The US raised its fentanyl tariff on Chinese goods to a combined 20% this week."
    facts = [f for f in tariff_rates(text, PUB) if f.rate_pct == 20.0]
    assert facts and all("fentanyl" in f.product for f in facts)


# 3. a past year opening the sentence frames every verb coordinated after it


def test_past_year_frames_a_followed_levy() -> None:
    text = (
        "In March 2018 Washington put a 25% tariff on Chinese machinery and followed with a "
        "10% duty on Chinese furniture."
    )
    assert _alerting(text) == set()


def test_past_year_frames_an_added_duty() -> None:
    text = (
        "In 2019 Beijing raised its levy on US pork to 60% and added a 5% duty on American cotton."
    )
    assert _alerting(text) == set()


def test_past_year_frames_a_second_levy_with_its_own_object() -> None:
    text = (
        "Back in 2018 the US imposed a 10% duty on Chinese bicycles "
        "and introduced a 20% levy on Chinese lamps."
    )
    assert _alerting(text) == set()


def test_this_year_opener_frames_nothing_old() -> None:
    text = (
        "In March 2026 the US raised its tariff on Chinese lamps "
        "to 30% and followed with a 15% duty on Chinese desks."
    )
    assert _alerting(text) == {("US", "China", 30.0), ("US", "China", 15.0)}
