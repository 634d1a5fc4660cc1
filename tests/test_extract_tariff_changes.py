"""Tariff changes stated with the verb before the old figure (round 2 of tariff_rate)."""

from datetime import date

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


def _facts(text: str) -> list[tuple[str, str, str, float, float | None]]:
    return [
        (f.status.value, f.imposer, f.target, f.rate_pct, f.previous_pct)
        for f in extract_facts(text)
        if hasattr(f, "rate_pct")
    ]


def test_country_before_rate_noun_is_the_target() -> None:
    text = (
        "The US put 20% tariffs on Vietnam in May. The talks eased steel tariffs from 30% to 15%,"
        " dropping the overall Japan rate from 40% to 30%."
    )
    assert ("US", "Japan", 30.0, 40.0) in [f[1:] for f in _facts(text)]


def test_possessive_before_rate_noun_names_no_target() -> None:
    assert _facts("Japan's tariff rate dropped from 40% to 30%.") == []


def test_past_decrease_verb_puts_the_new_rate_in_force() -> None:
    got = _facts("Washington eased its tariffs on Canada from 30% to 15% on Monday.")
    assert got == [("happened", "US", "Canada", 15.0, 30.0)]
    got = _facts("Washington reduced the 30% tariffs on Canadian goods to 15%.")
    assert got == [("happened", "US", "Canada", 15.0, 30.0)]


def test_reduced_as_adjective_is_no_event() -> None:
    got = _facts("Ottawa will keep a sharply reduced levy of 15% on Peruvian copper from June 2.")
    assert [f[0] for f in got] != ["happened"]


def test_result_participle_shares_the_change_status() -> None:
    text = (
        "The US put 20% tariffs on Vietnam in May. The talks eased steel tariffs from 30% to 15%,"
        " dropping the overall Japan rate from 40% to 30%."
    )
    assert ("happened", "US", "Japan", 30.0, 40.0) in _facts(text)


def test_a_rate_changed_by_an_amount_in_the_next_sentence_is_only_the_level_before() -> None:
    """ "lowered it by 10%" states no new rate, and the rate it refers back to is background."""
    text = (
        "“I put a 30% tariff on Vietnam because of the steel,” the president said. "
        "“But I have now lowered it by 10%.”"
    )
    assert _facts(text) == []


def test_a_rate_changed_by_an_amount_in_its_own_sentence_is_only_the_level_before() -> None:
    """The same within one sentence; a rate of another sentence is untouched."""
    text = (
        "Ottawa imposed a 25% levy on US steel in March and has now cut it by 5%. "
        "Mexico set a 10% duty on US pork."
    )
    assert [f[1:4] for f in _facts(text)] == [("Mexico", "US", 10.0)]


def test_a_change_by_an_amount_without_back_reference_keeps_the_earlier_rate() -> None:
    """ "raised its duties by 5%" names its own measure: the 25% before it is still a fact."""
    text = "Ottawa imposed a 25% levy on US steel. Mexico raised its duties by 5%."
    assert [f[1:4] for f in _facts(text)] == [("Canada", "US", 25.0)]


def test_a_breakdown_of_a_stated_level_gives_no_facts_of_its_own() -> None:
    """ "That included X plus Y" after a stated level: the parts are no news of their own."""
    text = (
        "Washington raised tariffs on Vietnamese steel to 90% on Monday. "
        "That includes a 60% base tariff plus a 30% surcharge."
    )
    assert [f[1:4] for f in _facts(text)] == [("US", "Vietnam", 90.0)]


def test_a_list_after_a_sentence_without_a_rate_is_the_first_statement_of_the_rates() -> None:
    """ "struck back with penalties. Those include a 15% tariff ...": the rates are news."""
    text = (
        "Ottawa struck back with a round of penalties on Monday. "
        "Those include a 15% tariff on US pork and a 10% tariff on US steel."
    )
    assert [f[3] for f in _facts(text)] == [15.0, 10.0]


def test_a_rate_on_imports_is_a_duty_rate_without_a_tariff_word() -> None:
    """ "brings the overall rate on Vietnamese imports down to 20%" names a duty rate."""
    text = "The cut brings the overall rate on Vietnamese imports down to 20%, officials said."
    assert [f[1:4] for f in _facts(text)] == [("US", "Vietnam", 20.0)]


def test_a_rate_on_deposits_is_no_duty_rate() -> None:
    """A rate on anything but traded goods stays out."""
    assert _facts("The central bank left its rate on deposits at 3%.") == []


def test_removing_or_scrapping_a_stated_rate_suspends_it() -> None:
    """ "will remove the 12% tariff", "will scrap its 12% duty": the rate stops applying."""
    for text in (
        "Seoul said it would remove the 12% additional tariff on US goods for one year.",
        "Seoul will scrap its 12% duty on US goods.",
    ):
        assert [f[:4] for f in _facts(text)] == [("suspended", "South Korea", "US", 12.0)]


def test_a_product_levy_that_is_no_sector_measure_takes_the_sentences_target() -> None:
    """A fentanyl levy is on some countries, never on all origins: with no target in its own
    clause it takes the one the sentence names ("bringing the total on Korean goods")."""
    text = (
        "Under the deal, Washington will halve its fentanyl tariff to 10%, "
        "bringing the total on Korean goods to 40%."
    )
    assert [f[1:4] for f in _facts(text)] == [
        ("US", "South Korea", 10.0),
        ("US", "South Korea", 40.0),
    ]


def test_a_sector_measure_without_a_target_is_on_all_origins() -> None:
    """ "25% tariffs on steel imports" from the US: a sector-wide measure, every origin."""
    assert [f[1:4] for f in _facts("The US will impose 25% tariffs on steel imports.")] == [
        ("US", "all", 25.0)
    ]


def test_a_rate_in_pc_written_against_the_figure_is_read() -> None:
    """ "from 20pc to 10pc": the unit may stand right after the figure, as "%" does."""
    assert _rates("Ottawa will cut its duty on Mexican steel from 20pc to 10pc.") == [(10.0, 20.0)]


def test_a_growth_figure_before_a_subordinate_change_is_no_earlier_level() -> None:
    """ "grew 18% after Beijing cut its tariff ... to 3%": the clause after "after" has a
    subject and a change verb of its own, so 18% is no level the tariff moved from."""
    assert _rates(
        "Soybean exports to China grew 18% after Beijing cut its tariff on US soybeans to 3%."
    ) == [(18.0, None), (3.0, None)]
    got = [
        (f.imposer, f.target, f.rate_pct, f.previous_pct)
        for f in extract_facts(
            "Chinese orders for US sorghum jumped 22% on Monday, after Beijing reduced its levy"
            " on the grain to 5%."
        )
        if f.kind == "tariff_rate"
    ]
    assert got == [("China", "US", 5.0, None)]
    assert _rates("The US cut its 20% tariff on Chinese toys to 10%.") == [(10.0, 20.0)]


def test_old_level_aside_lends_its_now_to_no_change() -> None:
    """ "now at 145%" in an aside before the new figure is the old level's: the cut to come is
    announced (sentences written for this test)."""
    published = date(2026, 3, 10)

    def statuses(text: str) -> list[str]:
        facts = extract_facts(text, published=published, gated=False)
        return [f.status.value for f in facts if hasattr(f, "rate_pct")]

    assert statuses("Tariffs on Chinese goods, now at 145%, will be cut to 30% on Wednesday.") == [
        "announced"
    ]
    assert statuses("Tariffs on Chinese goods, now at 145%, were cut to 30% on Monday.") == [
        "happened"
    ]
    assert statuses("The duty on Chinese steel, already 25%, will rise to 50% on April 1.") == [
        "announced"
    ]


def test_lone_level_after_from_is_the_level_before() -> None:
    """ "would come down from 145%": no new figure, so no fact at 145% (sentences written for
    this test); with its new figure the change stays one fact."""
    published = date(2026, 3, 10)

    def rates(text: str) -> list[float]:
        facts = extract_facts(text, published=published, gated=False)
        return [f.rate_pct for f in facts if hasattr(f, "rate_pct")]

    assert rates("Trump said tariffs on Chinese goods would come down from 145%.") == []
    assert rates("Tariffs on Chinese goods will be lowered from 145%, an official said.") == []
    assert rates("China will cut its tariff on US cars from 25%.") == []
    assert rates("Tariffs on Chinese goods were lowered from 145% to 30% on Monday.") == [30.0]
    assert rates("The US raised its tariff on Chinese steel to 50% from 25% on Monday.") == [50.0]
