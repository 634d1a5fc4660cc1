"""Tariff constructions that generalise (issue 10): whose rate it is and on whom, in sentences
that name several countries or two changes.

Every sentence is written for the test; none is copied from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tariff_helpers import tariff_rates
from watcher.facts.extract.rates import find_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts

PUBLISHED = date(2025, 11, 20)


def _pairs(text: str) -> list[tuple[str, str, float, float | None]]:
    return [
        (f.imposer, f.target, f.rate_pct, f.previous_pct) for f in tariff_rates(text, PUBLISHED)
    ]


def test_the_rates_own_object_governs_it_before_an_earlier_target_of_its_clause() -> None:
    """ "a 40% duty on Peru and a 35% duty on Chile": the 35% is on Chile, not on Peru."""
    text = "Washington has imposed a 40% duty on Brazil and a 35% duty on Switzerland this week."
    assert _pairs(text) == [("US", "Brazil", 40.0, None), ("US", "Switzerland", 35.0, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed a 12% levy on all imports, while Vietnam faces 26%.",
        "Washington set a 12% duty on every trading partner and a 26% duty on Vietnam.",
    ],
)
def test_a_rate_on_every_origin_is_not_given_to_the_country_of_another_clause(text: str) -> None:
    assert _pairs(text) == [("US", "all", 12.0, None), ("US", "Vietnam", 26.0, None)]


def test_an_object_on_all_goods_of_one_country_keeps_that_country() -> None:
    assert _pairs("The US imposed a 12% duty on all imports from Vietnam.") == [
        ("US", "Vietnam", 12.0, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan lowered its duty on Korean steel to 20% while Korea lowered its duty to 8%.",
        "Japan imposed 9% on Korean steel in August and raised the duty on Korea to 20%.",
        "Japan will cut its duty to 20% and Korea to 8%.",
    ],
)
def test_two_changes_joined_by_a_new_predicate_are_not_one_change(text: str) -> None:
    """The second figure of "to 20% while Korea lowered its duty to 8%" ends a change of its own;
    "to 20% and Korea to 8%" gaps the verb of the first."""
    assert all(r.previous is None for r in find_rates(text))


def test_one_change_across_a_coordinated_object_keeps_its_level_before() -> None:
    """ "The 60% duties on steel and copper will be cut": "and" inside the noun phrase."""
    assert [
        (r.value, r.previous)
        for r in find_rates("The 60% duties on steel and copper will be cut to 20%.")
    ] == [(20.0, 60.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan will cut its tariffs on Korean goods to 20% and Korea to 8%.",
        "Japan cut its duty to 20% and Korea its duty to 8%.",
        "Japan cut its duty on Korean cars to 20% while Korea lowered its own to 8%.",
    ],
)
def test_a_two_way_cut_gives_each_side_its_own_rate(text: str) -> None:
    """The gapped subject ("and Korea to 8%") imposes the second rate on the first's imposer."""
    assert {p[:3] for p in _pairs(text)} == {
        ("Japan", "South Korea", 20.0),
        ("South Korea", "Japan", 8.0),
    }


def test_coordinated_targets_before_a_change_stay_targets() -> None:
    """ "tariffs on Canada and Mexico to 25%": Mexico is an object, not a gapped subject."""
    assert {p[:3] for p in _pairs("The US raised tariffs on Canada and Mexico to 25%.")} == {
        ("US", "Canada", 25.0),
        ("US", "Mexico", 25.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Seoul will cancel its 12% duty on Japanese goods.",
        "Seoul said it will stop collecting the additional 12% duty on Japanese goods.",
        "Seoul will withdraw the 12% duty on Japanese goods.",
        "Seoul repealed its 12% levy on Japanese goods.",
        "Seoul rescinded its 12% levy on Japanese goods.",
        "Seoul terminated its 12% duty on Japanese goods.",
    ],
)
def test_verbs_of_ending_a_duty_take_the_stated_rate_out_of_force(text: str) -> None:
    """A removal keeps its stated rate with the status `suspended` (docs/extraction.md)."""
    assert [
        (f.status.value, f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)
    ] == [("suspended", "South Korea", "Japan", 12.0)]


def test_ending_something_else_is_no_removal() -> None:
    """ "will end the exemptions" ends no duty: the rate keeps the status of its own verb."""
    text = "Seoul will end the exemptions and raise its duty on Japanese goods to 12%."
    assert [f.status.value for f in tariff_rates(text, PUBLISHED)] == ["announced"]


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Ottawa said the levy on Mexican steel, currently 18%, would be cut to 9%.", "Canada"),
        ("The duty on Mexican steel, now 18%, will fall to 9%.", "US"),
    ],
)
def test_an_appositive_current_level_is_the_level_before_the_change(
    text: str, imposer: str
) -> None:
    assert _pairs(text) == [(imposer, "Mexico", 9.0, 18.0)]


def test_a_comma_and_opens_a_clause_whose_subject_imposes() -> None:
    """In "..., and the EU announced a 25% levy" the EU is the subject of its own clause, not
    an object coordinated with the country before."""
    text = (
        "Japan imposed a 14% duty on Korean goods, and the EU announced a 9% levy on Korean cars."
    )
    assert [p[:3] for p in _pairs(text)] == [
        ("Japan", "South Korea", 14.0),
        ("EU", "South Korea", 9.0),
    ]


def test_and_that_opens_a_second_reported_clause() -> None:
    """ "said A would cut its levy to 10% and that B would suspend its 24% tariff": the suspension
    belongs to the second clause only, and the speaker of the first does not act in it."""
    text = "Seoul said Tokyo would cut its levy to 10% and that Seoul would suspend its 24% duty."
    assert [
        (f.status.value, f.imposer, f.target, f.rate_pct) for f in tariff_rates(text, PUBLISHED)
    ] == [
        ("announced", "Japan", "South Korea", 10.0),
        ("suspended", "South Korea", "Japan", 24.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul will remove the 12% duties it imposed on Japanese cars in March.",
        "Seoul will lift the 12% duty on Japanese steel that it imposed in February.",
    ],
)
def test_a_relative_clause_dating_the_measures_origin_does_not_date_its_removal(text: str) -> None:
    assert [(f.status.value, f.rate_pct) for f in tariff_rates(text, PUBLISHED)] == [
        ("suspended", 12.0)
    ]


def test_a_measure_imposed_months_ago_is_still_background() -> None:
    assert tariff_rates("Seoul imposed 12% duties on Japanese cars in March.", PUBLISHED) == []


def test_a_target_across_a_contrast_is_another_measures() -> None:
    """ "hit A with 50%, while B's rate stands at 30%": the 30% is not on A (from the US, B's
    rate is the one B faces)."""
    text = "Ottawa hit Mexico with a 45% duty, while Japan's rate stands at 20%."
    assert [p[:3] for p in _pairs(text)] == [("Canada", "Mexico", 45.0)]
    text = "Trump hit Mexico with a 45% duty, while Japan's rate stands at 20%."
    assert [p[:3] for p in _pairs(text)] == [("US", "Mexico", 45.0), ("US", "Japan", 20.0)]


def test_a_rate_with_no_target_still_continues_the_fact_before_it() -> None:
    """Without a country of its own, a later rate continues the last fact."""
    text = "Ottawa imposed a 45% duty on Mexican steel. Most of it would face a further 20% levy."
    assert {p[:2] for p in _pairs(text)} == {("Canada", "Mexico")}


def test_a_figure_compared_for_another_party_is_no_level_before() -> None:
    """ "15% on A, compared with 25% for B": B's rate is no earlier level of A's; a yardstick of
    the comparison, it is no fact of its own either (issue 10, round 11);
    "up from 25%" with no other party stays the level before."""
    text = "Japan agreed to a 15% tariff, compared with 25% for Korea."
    assert [p[:4] for p in _pairs(text)] == [("US", "Japan", 15.0, None)]
    assert [(r.value, r.previous) for r in find_rates("a 15% tariff, up from 25%")] == [
        (15.0, 25.0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Seoul welcomed Tokyo's decision to cut its duty on Korean cars to 8%.",
        "Seoul criticised Tokyo's plan to raise its levy on Korean steel to 30%.",
    ],
)
def test_a_country_reacting_to_anothers_measure_speaks_and_faces_it(text: str) -> None:
    """The subject of a reaction verb does not act: the measure's owner imposes it."""
    assert {p[:2] for p in _pairs(text)} == {("Japan", "South Korea")}


def test_the_home_countrys_rates_are_its_own_duties() -> None:
    """ "US rates on Korean goods" (no word between): the US levies them."""
    assert [p[:3] for p in _pairs("The truce cut US rates on Korean goods to 12%.")] == [
        ("US", "South Korea", 12.0)
    ]


def test_an_opening_day_weeks_back_recounts_the_past() -> None:
    """In a December article, "By May 12, a truce cut ..." tells of May; "By March 1, Seoul
    must cut ..." points ahead (next March)."""
    published = date(2025, 12, 20)
    past = "By May 12, a truce cut the duty on Korean goods to 12%."
    ahead = "By March 1, the US must cut the duty on Korean goods to 12%."
    for text, count in ((past, 0), (ahead, 1)):
        facts = extract_facts(text, published=published, gated=False)
        assert len([f for f in facts if isinstance(f, TariffRate)]) == count


def test_a_rate_with_no_target_falls_on_the_previous_sentences_actor() -> None:
    """ "B agreed to pause X. In return, A will cut its duty to 8%": the duty is on B."""
    text = (
        "Seoul agreed to pause its chip rules. In return, Tokyo will cut its duty to 8% from 16%."
    )
    assert _pairs(text) == [("Japan", "South Korea", 8.0, 16.0)]


def test_a_clause_naming_a_third_country_does_not_take_the_previous_actor() -> None:
    text = "Seoul agreed to pause its chip rules. Tokyo will cut its duty on Indian goods to 8%."
    assert [p[:2] for p in _pairs(text)] == [("Japan", "India")]
