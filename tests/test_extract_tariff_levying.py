"""Issue 10, eighth round: levying and paying frames, the market a duty is paid in, and the
status the governing verb gives (sentences written for these tests)."""

from datetime import date

from watcher.facts.extract.lexicon import section
from watcher.facts.extract.roles import _imposer_after
from watcher.facts.registry import extract_facts

_DAY = date(2025, 9, 15)


def _rates(text: str, title: str = "") -> list[tuple[str, str, str, float]]:
    return [
        (f.status.value, f.imposer, f.target, f.rate_pct)
        for f in extract_facts(text, published=_DAY, title=title)
        if hasattr(f, "rate_pct")
    ]


def test_a_levying_verb_with_a_tariff_noun_after_the_figure() -> None:
    """ "charges a 30% tariff on Chinese X": the verb's subject levies a rate in force."""
    got = _rates("Turkey charges a 40% tariff on Chinese-made scooters, its trade ministry said.")
    assert got == [("happened", "Turkey", "China", 40.0)]


def test_a_duty_applied_to_goods_of_an_origin() -> None:
    """ "applies a 20% duty to Chinese X": "to" names the goods, the subject the imposer."""
    got = _rates("Chile applies a 12% duty to Chinese ceramic tiles.")
    assert got == [("happened", "Chile", "China", 12.0)]


def test_paying_a_figure_on_goods_of_an_origin_without_a_tariff_word() -> None:
    """The title names tariffs, as an article's would: the relevance gate reads it."""
    got = _rates(
        "American distributors pay 35% on Chinese bathroom fittings.", title="Tariffs bite"
    )
    assert got == [("happened", "US", "China", 35.0)]


def test_the_payers_country_levies_the_duty() -> None:
    """ "Japanese buyers of Chinese X pay a duty of 9%": those who pay on arrival are the
    imposer's side, the goods' origin the target."""
    got = _rates("Japanese buyers of Chinese frozen vegetables pay a duty of 9%.")
    assert got == [("happened", "Japan", "China", 9.0)]


def test_paying_tariffs_to_a_country_does_not_make_it_the_target() -> None:
    got = _rates("Vietnam will pay tariffs to the United States of 20%.")
    assert ("announced", "US", "Vietnam", 20.0) in got or got == []
    assert all(target != "US" for _, _, target, _ in got)


def test_the_market_after_the_goods_levies_the_duty() -> None:
    got = _rates("Duties on Chinese heat pumps in Australia stand at 18%.")
    assert [(imposer, target) for _, imposer, target, _ in got] == [("Australia", "China")]


def test_a_future_month_is_the_next_one_not_background() -> None:
    """In a September article, "will raise ... in February" is next February."""
    got = _rates("Washington will raise tariffs on Chinese syringes to 80% in February.")
    assert got == [("announced", "US", "China", 80.0)]


def test_a_past_month_stays_background() -> None:
    assert _rates("Washington raised tariffs on Chinese syringes to 80% in February.") == []


def test_remaining_in_force_is_no_event() -> None:
    assert _rates("China's 15% duties on US pickup trucks remain in force.") == []


def test_lifting_to_a_figure_last_week_happened() -> None:
    got = _rates("Ottawa lifted its surtax on Chinese aluminium wire to 35% last week.")
    assert got == [("happened", "Canada", "China", 35.0)]


def test_a_change_that_would_have_been_is_no_fact() -> None:
    assert _rates("The draft accord would have reduced US duties on Chinese tyres to 8%.") == []


def test_a_figure_another_party_charges_is_no_level_before() -> None:
    """ "6% ..., compared with 9% charged by Chile": Chile's rate is its own (as "compared with
    25% for Korea" is Korea's), not the level Peru's replaced; and, a yardstick of the
    comparison, it is not reported as news either (issue 10, round 11)."""
    got = _rates(
        "Peru applies a 6% tariff to imported Chinese buses, compared with 9% charged by Chile."
    )
    assert ("happened", "Peru", "China", 6.0) in got
    assert ("Chile", 9.0) not in [(imposer, rate) for _, imposer, _, rate in got]
    assert [rate for *_, rate in got] == [6.0]  # nor as Peru's level before


def test_a_standing_level_that_states_the_level_it_replaced_is_news() -> None:
    """ "now stands at 47%, down from 57%" reports a change; with no level before, a standing
    level named in full stays background. (Not an average: an average stated as a level is a
    statistic, stop-28 second review.)"""
    got = _rates("The US duty on Chinese furniture now stands at 31%, down from 38%.")
    assert got == [("happened", "US", "China", 31.0)]
    assert _rates("US duties on Chinese furniture now stand at 31%.") == []


def test_being_subject_to_a_duty_is_in_force() -> None:
    got = _rates("Chinese kettles are subject to a 22% duty in the United States.")
    assert got == [("happened", "US", "China", 22.0)]


def test_a_list_of_goods_before_their_origin() -> None:
    """ "on cars, steel and textiles from China": the origin after the goods is the target."""
    got = _rates("Chile approved duties of 25% on tyres, cement and glass from China.")
    assert [(imposer, target) for _, imposer, target, _ in got] == [("Chile", "China")]


def test_goods_including_those_from_a_country_are_no_target() -> None:
    text = "Chile approved duties of 25% on foreign tyres, including those from Peru."
    assert all(target != "Peru" for _, _, target, _ in _rates(text))


def test_the_new_rate_takes_effect_dates_the_change_before() -> None:
    text = (
        "Ottawa will cut its surtax on Chinese canola oil to 15% from 100%. "
        "The new rate takes effect on October 1."
    )
    facts = [f for f in extract_facts(text, published=_DAY) if hasattr(f, "rate_pct")]
    assert [(f.rate_pct, f.effective) for f in facts] == [(15.0, date(2025, 10, 1))]


def test_an_aside_that_gives_the_level_before_stays_inside_the_clause() -> None:
    """ "X's duty on Y, which had been 25%, rises to 35%": the subject before the aside names
    the parties of the rate after it."""
    facts = [
        f
        for f in extract_facts(
            "Korea's duty on US beef, which had been 40%, was cut to 22% on Monday.",
            published=_DAY,
        )
        if hasattr(f, "rate_pct")
    ]
    assert [(f.imposer, f.target, f.rate_pct, f.previous_pct) for f in facts] == [
        ("South Korea", "US", 22.0, 40.0)
    ]


def test_rejecting_reports_of_a_rate_denies_it() -> None:
    got = _rates("Ottawa rejected reports that it would impose a 30% surtax on US dairy.")
    assert got == [("denied", "Canada", "US", 30.0)]


def test_a_level_reached_earlier_this_year_is_background() -> None:
    assert _rates("Duties on Chinese kites climbed to 90% earlier this year.") == []


def test_a_rate_on_a_sector_of_the_lexicon_is_a_duty_rate() -> None:
    """ "the rate on Chinese electronics" (lexicon `tariff: goods_nouns`) names a duty rate
    without a tariff word."""
    got = _rates("Ottawa cut the rate on Chinese electronics to 5% on Monday.", title="Tariffs")
    assert got == [("happened", "Canada", "China", 5.0)]


def test_every_levy_verb_makes_the_name_before_it_the_imposer() -> None:
    """The imposer rule is built from shared fragments, not by editing another regex's text:
    each of the lexicon's levy verbs after a name marks it as acting, and so do the measure
    verbs of the rule itself."""
    for verb in (*section("tariff")["levy_verbs"], "imposed", "will", "raised"):
        assert _imposer_after().match(f" {verb} a 20% duty on steel"), verb
    assert _imposer_after().match(" on Tuesday collected 20% on steel")
    assert not _imposer_after().match(" steel exports fell 20%")
    assert _rates("Peru applies a 12% duty to imported Chinese tyres.") == [
        ("happened", "Peru", "China", 12.0)
    ]


def test_put_a_figure_on_goods_is_a_levy_and_lists_a_second_figure() -> None:
    """ "will put 35% on Chinese X and 20% on Chinese Y": "put" levies like "charge"; a figure
    put on an investment ("put 20% on Chinese tech stocks") names no country as its subject."""
    got = _rates(
        "Canada will put 35% on Chinese electric scooters and 20% on Chinese batteries.",
        title="Tariffs widen",
    )
    assert got == [("announced", "Canada", "China", 35.0), ("announced", "Canada", "China", 20.0)]
    assert _rates("Investors put 20% on Chinese tech stocks last year.", title="Tariffs") == []


def test_a_levy_verb_without_a_duty_noun_passes_the_relevance_gate() -> None:
    """ "charges 10% on US goods", "collects 15% on American farm goods": no tariff word in the
    text, yet a country levies the figure on the other's goods (the gate lets it through)."""
    assert _rates("Canada charges 10% on US goods under the truce.") == [
        ("happened", "Canada", "US", 10.0)
    ]
    assert _rates("Mexico now collects 15% on American farm goods.") == [
        ("happened", "Mexico", "US", 15.0)
    ]


def test_a_firm_charging_a_figure_is_no_duty() -> None:
    assert _rates("The bank charges 5% on loans to Chinese exporters.") == []


def test_country_then_levies_and_a_rate_is_the_verb() -> None:
    """ "Mexico levies 15% on ...": "levies" before a rate is the verb, not "Mexico tariffs"."""
    got = _rates("Peru levies 9% on Chinese tiles, while Chile charges 6% on Chinese tiles.")
    assert {(i, t, r) for _, i, t, r in got} >= {("Peru", "China", 9.0), ("Chile", "China", 6.0)}
