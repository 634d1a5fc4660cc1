"""Tariff-rate constructions read generically (issue 10, round t5).

Every sentence is written for this test (none copied from an article). Published Thursday
2025-11-20.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 20)
H, A = Status.HAPPENED, Status.ANNOUNCED


def _facts(text: str, published: date = PUBLISHED) -> list[TariffRate]:
    facts = extract_facts(text, published=published, gated=False)
    return [f for f in facts if isinstance(f, TariffRate)]


def test_a_change_from_one_rate_to_another_is_no_start_time() -> None:
    """ "from 25% to 50% on Tuesday": "from" opens the old level, so Tuesday is the past one."""
    (fact,) = _facts("Ottawa raised its duty on Mexican buses from 20% to 45% on Tuesday.")
    assert (fact.rate_pct, fact.previous_pct, fact.status) == (45.0, 20.0, H)
    assert fact.effective == date(2025, 11, 18)


def test_a_present_perfect_cut_has_happened() -> None:
    (fact,) = _facts("Brazil has lowered its levy on Japanese cameras to 8 percent.")
    assert (fact.imposer, fact.target, fact.rate_pct, fact.status) == ("Brazil", "Japan", 8.0, H)


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Canada each raised their duties to 20% on Tuesday.",
        "Japan and Canada each raised their duties to 20%.",
        "Japan and Canada agreed to cut tariffs on each other's goods to 20%.",
    ],
)
def test_a_pair_without_the_us_acts_on_one_another(text: str) -> None:
    """A coordinated pair and "each"/"their"/"each other's": one rate each way, any pair."""
    keys = {(f.imposer, f.target, f.rate_pct) for f in _facts(text)}
    assert keys == {("Japan", "Canada", 20.0), ("Canada", "Japan", 20.0)}


def test_one_side_of_a_pair_that_met_is_no_mutual_measure() -> None:
    assert _facts("Japan and Canada met in Ottawa, and Japan raised its duty to 20%.") == []


def test_a_past_start_without_a_year_is_the_last_one() -> None:
    """ "went into effect ... on June 4" read in January: last June, not next."""
    text = "The 40% duties on copper wire went into effect at midnight on June 4."
    (fact,) = _facts(text, published=date(2026, 1, 10))
    assert fact.effective == date(2025, 6, 4)
    (ahead,) = _facts(text.replace("went", "will go"), published=date(2026, 1, 10))
    assert ahead.effective == date(2026, 6, 4)


def test_an_attributive_product_scopes_the_rate() -> None:
    """ "Canadian garment tariffs on Mexico": the noun before "tariffs" names the goods."""
    (fact,) = _facts("Canadian garment tariffs on Mexico climbed from 6% to 18% on Monday.")
    assert (fact.imposer, fact.target, fact.product) == ("Canada", "Mexico", "textiles")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a levying verb and a figure on traded goods, no tariff word
        ("Canada now charges 12% on most Mexican goods.", ("Canada", "Mexico", 12.0, H)),
        ("Mexico imposes 20% on Chinese shoe imports.", ("Mexico", "China", 20.0, H)),
        # traded goods that face or pay a figure
        ("Indian goods face an overall 35% rate after the latest step.", ("US", "India", 35.0, H)),
        # a present of levying or bearing a rate is a level in force
        ("The US levies a 6.5% duty on Japanese cameras.", ("US", "Japan", 6.5, H)),
        ("Korean ships face an 18 per cent US duty.", ("US", "South Korea", 18.0, H)),
        ("Canada's surcharge on Mexican buses sits at 14%.", ("Canada", "Mexico", 14.0, H)),
        ("Brazilian sugar bears a 30% tariff in the United States.", ("US", "Brazil", 30.0, H)),
        ("Japanese pork exporters pay a 9% levy in Mexico.", ("Mexico", "Japan", 9.0, H)),
        ("Canada matched the step with a 16% duty on US trucks.", ("Canada", "US", 16.0, H)),
    ],
)
def test_a_level_told_in_the_present(text: str, want: tuple[str, str, float, Status]) -> None:
    assert {(f.imposer, f.target, f.rate_pct, f.status) for f in _facts(text)} == {want}


@pytest.mark.parametrize(
    "text",
    [
        "The bank charges 5% on overdrafts.",
        "Chinese goods face a 30% chance of delays at the border.",
        "Farmers agreed to pay a 25% levy.",
        "Acme Corp charges 15% on Canadian goods.",  # a firm's charge, not a country's duty
    ],
)
def test_a_figure_that_is_no_duty(text: str) -> None:
    assert _facts(text) == []


def test_a_condition_after_the_rate_names_other_goods() -> None:
    """ "... unless Ottawa drops its steel levies": steel is the condition's, not the rate's."""
    text = (
        "Japan said it would impose a 25% duty on Canadian trucks unless Ottawa drops its steel"
        " levies."
    )
    (fact,) = _facts(text)
    assert (fact.imposer, fact.target, fact.product) == ("Japan", "Canada", "all goods")


def test_the_headline_passive_hit_with() -> None:
    """ "Mexico hit with 30% US duty": "hit with" is a passive (Mexico faces it), not an act."""
    (fact,) = _facts("Mexico hit with 30% US duty")
    assert (fact.imposer, fact.target, fact.rate_pct, fact.status) == ("US", "Mexico", 30.0, H)


def test_a_start_date_after_a_list_dates_every_rate_in_it() -> None:
    text = "Canada will levy 12% on US pork, 8% on crude oil and 4% on cotton starting December 10."
    facts = _facts(text)
    assert [f.rate_pct for f in facts] == [12.0, 8.0, 4.0]
    assert {f.effective for f in facts} == {date(2025, 12, 10)}


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("Ottawa raised its duty on Mexican buses by 15 percentage points to 40%.", 25.0),
        ("Canada's levy on Mexican buses will fall 6 points to 14.5%.", 20.5),
    ],
)
def test_a_step_in_points_gives_the_level_before(text: str, previous: float) -> None:
    (fact,) = _facts(text)
    assert fact.previous_pct == previous


def test_rates_ranging_from_one_figure_to_another_give_the_lower_bound() -> None:
    (fact,) = _facts("The new baseline duties range from 12% to 33%.")
    assert (fact.rate_pct, fact.previous_pct) == (12.0, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the country goods are shipped into levies the rate
        (
            "Electric bikes imported into Canada from China face a 60% surcharge.",
            ("Canada", "China"),
        ),
        ("Japanese steel entering the EU will face a 22% duty.", ("EU", "Japan")),
    ],
)
def test_the_market_goods_are_shipped_into_levies(text: str, want: tuple[str, str]) -> None:
    assert {(f.imposer, f.target) for f in _facts(text)} == {want}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Duties on garden furniture will rise from 20% to 40% on January 1.", "garden furniture"),
        ("Farm tractors imported into the US will face a 15% tariff.", "farm tractors"),
    ],
)
def test_a_sector_measure_with_no_country_names_its_goods(text: str, product: str) -> None:
    """An opening sentence on goods of no named origin: a US measure on every origin, scoped
    by the goods it names (not a gazetteer product)."""
    (fact,) = _facts(text)
    assert (fact.imposer, fact.target, fact.product) == ("US", "all", product)


def test_a_sector_measure_keeps_every_origin_goods_general() -> None:
    (fact,) = _facts("Duties on all imports will rise to 15% on January 1.")
    assert (fact.imposer, fact.target, fact.product) == ("US", "all", "all goods")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Canada imposed a 30% duty on steel imports on Monday.", H),
        ("Brussels proposed a 45% levy on copper imports.", Status.SPECULATED),
    ],
)
def test_a_sector_measure_on_imports_by_another_country_hits_all(text: str, status: Status) -> None:
    """Not only the US: a country's duty on a sector's imports, with no partner named."""
    (fact,) = _facts(text)
    assert (fact.target, fact.status) == ("all", status)
    assert fact.imposer in ("Canada", "EU")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Duties on Mexican buses climbed to 35%.", H),  # a past change with no date
        ("Ottawa said Mexico planned to raise its duty on Canadian buses to 30%.", Status.PLANNED),
    ],
)
def test_the_tense_of_a_change(text: str, status: Status) -> None:
    (fact,) = _facts(text)
    assert fact.status == status


@pytest.mark.parametrize(
    "second",
    [
        "The two sides agreed to cut their duties on each other's goods to 8%.",
        "Both countries will lower their levies to 8% from Monday.",
    ],
)
def test_a_plural_for_the_pair_just_named_acts_both_ways(second: str) -> None:
    """ "Japan and Canada met in Ottawa. Both countries will lower their levies to 8%.": the
    plural stands for the pair of the sentence before."""
    facts = _facts("Japan and Canada met in Ottawa on Sunday. " + second)
    assert {(f.imposer, f.target, f.rate_pct) for f in facts} == {
        ("Japan", "Canada", 8.0),
        ("Canada", "Japan", 8.0),
    }
    assert len({f.status for f in facts}) == 1


def test_a_plural_with_a_country_of_its_own_is_no_pair() -> None:
    text = "Japan and Canada met in Ottawa. Both countries face 8% duties on their cars in the EU."
    assert ("Japan", "Canada") not in {(f.imposer, f.target) for f in _facts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa will raise its 12% surcharge on Mexican buses.",
        "Officials said Japan could slash the 40% tariff on Canadian beef.",
        "Canada lowered its 9% levy on Mexican buses on Monday.",
    ],
)
def test_the_object_of_a_change_of_unstated_size_is_no_rate(text: str) -> None:
    """ "raise its 12% surcharge": 12% is the level before; the new one is not told."""
    assert _facts(text) == []


def test_the_object_of_a_change_to_a_stated_level_is_the_level_before() -> None:
    (fact,) = _facts("Canada lowered its 9% levy on Mexican buses to 4% on Monday.")
    assert (fact.rate_pct, fact.previous_pct) == (4.0, 9.0)


def test_a_scheduled_step_in_the_present_after_a_start_opener() -> None:
    """ "Beginning January 1, the levy ... rises to 30%": a present of a schedule points ahead."""
    (fact,) = _facts("Beginning January 1, the levy on Mexican buses rises to 30%.")
    assert (fact.rate_pct, fact.status, fact.effective) == (30.0, A, date(2026, 1, 1))


def test_a_definite_rate_that_kicked_in_is_news() -> None:
    (fact,) = _facts("The 18% duty on Korean ships kicked in last week.")
    assert (fact.imposer, fact.target, fact.status) == ("US", "South Korea", H)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Canada said it would answer a 20% US duty on its goods in kind.",
            {("US", "Canada", 20.0)},
        ),
        (
            "Trump wrote to Tokyo and Ottawa, setting duties of 30% on their exports.",
            {("US", "Japan", 30.0), ("US", "Canada", 30.0)},
        ),
    ],
)
def test_its_or_their_goods_belong_to_the_country_named_first(
    text: str, want: set[tuple[str, str, float]]
) -> None:
    """ "on its goods": the subject's; "on their exports": the pair's."""
    assert {(f.imposer, f.target, f.rate_pct) for f in _facts(text)} == want


def test_a_part_named_after_including_is_no_rate_of_its_own() -> None:
    facts = _facts("Brazil now faces 40% duties, including a 10% surcharge over its elections.")
    assert {(f.imposer, f.target, f.rate_pct) for f in facts} == {("US", "Brazil", 40.0)}


def test_a_layer_added_with_its_total() -> None:
    """ "added 10% ..., for a total of 20%": the total is the rate, the layer states the level
    before (docs/extraction.md: total)."""
    (fact,) = _facts("Ottawa added 6% to its duties on Mexican buses, for a total of 16%.")
    assert (fact.rate_pct, fact.previous_pct) == (16.0, 10.0)


def test_a_multiplier_does_not_reach_across_a_participle_clause() -> None:
    text = "The surcharge on Mexican buses was halved, cutting the overall rate to 21%."
    (fact,) = _facts(text)
    assert (fact.rate_pct, fact.previous_pct) == (21.0, None)


def test_a_layer_doubling_the_total_is_as_firm_as_its_verb() -> None:
    text = "Ottawa imposed an extra 15% levy on Mexican buses, doubling the total to 30%."
    (fact,) = _facts(text)
    assert (fact.rate_pct, fact.previous_pct, fact.status) == (30.0, 15.0, H)


def test_the_home_market_before_its_tariff_noun_levies_even_after_on() -> None:
    """ "a 12% cap on US tariffs for Korean goods": the US's duties, on Korean goods."""
    facts = _facts("The pact sets a 12% cap on US tariffs for most Korean goods.")
    assert {(f.imposer, f.target, f.rate_pct) for f in facts} == {("US", "South Korea", 12.0)}


def test_the_home_market_before_goods_and_a_tariff_noun_levies() -> None:
    """ "US copper and lumber tariffs rose": the US's sector duties, not tariffs on US goods."""
    facts = _facts("US copper and lumber tariffs rose to 40% on Wednesday.")
    assert {(f.imposer, f.target) for f in facts} == {("US", "all")}
    assert {f.product for f in facts} == {"copper", "lumber"}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Ottawa set 20% duties on US goods worth C$12 billion.", "goods worth $12 billion"),
        ("Ottawa set 20% duties on all US goods worth over C$12 billion.", "all goods"),
    ],
)
def test_goods_worth_a_value_scope_the_rate(text: str, product: str) -> None:
    (fact,) = _facts(text)
    assert fact.product == product


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Mexico answered US copper tariffs with 20% duties on US goods.", "all goods"),
        ("Mexico hit US copper with 20% duties.", "copper"),
    ],
)
def test_goods_of_the_answered_measure_do_not_scope_the_answer(text: str, product: str) -> None:
    (fact,) = _facts(text)
    assert (fact.imposer, fact.target, fact.product) == ("Mexico", "US", product)


def test_a_rate_on_a_sector_s_goods_is_a_duty_rate() -> None:
    (fact,) = _facts("Seoul's trade minister said Korea had won a 12% rate on its steel.")
    assert (fact.imposer, fact.target, fact.rate_pct, fact.product) == (
        "US",
        "South Korea",
        12.0,
        "steel",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Three months ago, Ottawa raised its duty on Mexican buses to 30%.",
        "Last summer, Japan imposed a 12% levy on Canadian beef.",
    ],
)
def test_a_step_told_as_long_past_is_background(text: str) -> None:
    assert _facts(text) == []


def test_each_rate_of_a_list_takes_the_party_after_its_for() -> None:
    text = "Trump set duties of 25% for Japan, 30% for Mexico and 35% for Canada."
    assert {(f.target, f.rate_pct) for f in _facts(text)} == {
        ("Japan", 25.0),
        ("Mexico", 30.0),
        ("Canada", 35.0),
    }
