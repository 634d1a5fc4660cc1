"""A rate that a country "is paying", in an article about tariffs, with no tariff word."""

from datetime import date

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


def test_a_paid_rate_written_with_the_sign_counts() -> None:
    """ "paying 50%." at a sentence end: the sign is followed by no word, and still a rate."""
    got = _rates(_STORY + "Brazil is paying 50%.")
    assert ("happened", "US", "Brazil", 50.0) in got


def test_a_combined_level_that_goods_face_is_the_current_level() -> None:
    """ "Chinese goods now face a combined 55%": a total, in force, on the origin's goods."""
    got = _rates(_STORY + "Chinese goods now face a combined 55%.")
    assert ("happened", "US", "China", 55.0) in got


def test_facing_a_drop_is_no_tariff() -> None:
    """A figure that goods face as a drop in demand is no rate."""
    assert _rates(_STORY + "Chinese goods now face a 30% drop in demand.") == [
        ("announced", "US", "Vietnam", 20.0)
    ]


def test_the_country_exports_are_sent_to_taxes_them() -> None:
    """ "Vietnamese exports to the US face 46%": the destination imposes, the origin is taxed,
    whoever acted in the sentence before."""
    text = "Beijing put 15% on US coal. Vietnamese exports to the US now face a 46% tariff."
    assert ("happened", "US", "Vietnam", 46.0) in _rates(text)


def test_coordinated_targets_share_a_named_imposers_rate() -> None:
    """ "deals with Indonesia and the Philippines, which will face 19% on exports to the US"."""
    text = (
        "The president announced deals with Thailand and Malaysia, "
        "which will face 19% tariffs on exports to the US."
    )
    got = {(f[1], f[2], f[3]) for f in _rates(text)}
    assert got == {("US", "Thailand", 19.0), ("US", "Malaysia", 19.0)}


def _rates_on(text: str) -> list[tuple[str, str, float]]:
    """Rate facts of a sentence read ungated, as inside an article that mentions tariffs."""
    return [
        (f.imposer, f.target, f.rate_pct)
        for f in extract_facts(text, published=date(2026, 3, 10), gated=False)
        if hasattr(f, "rate_pct")
    ]


def test_a_rate_on_a_non_trade_object_is_no_duty() -> None:
    """A figure charged on, or paid on, a fee, an income, a loan or a currency is no duty
    rate when its clause names no tariff, whoever charges it and whoever pays it."""
    for text in (
        "The US charges roughly 30% on Chinese visa applications.",
        "The US government collects about 40% on Chinese investors' capital gains.",
        "Chinese manufacturers are paying an average rate of 12% on bank loans, the US report"
        " said.",
        "Chinese makers face a combined rate of 25% in currency losses against the dollar.",
    ):
        assert _rates_on(text) == [], text
        assert _rates(_STORY + text) == [("announced", "US", "Vietnam", 20.0)], text


def test_a_rate_on_traded_goods_of_an_origin_stays_a_duty() -> None:
    """The same constructions on goods, a product or exports still give the duty rate."""
    assert _rates_on("The US charges roughly 30% on Chinese steel.") == [("US", "China", 30.0)]
    assert _rates_on("The US now charges a combined 55% on Chinese electronics.") == [
        ("US", "China", 55.0)
    ]
    assert _rates_on(
        "Chinese manufacturers are paying an average rate of 12% on their exports to the US."
    ) == [("US", "China", 12.0)]
    assert _rates_on("The US imposed a 30% tariff on Chinese loan guarantees.") == [
        ("US", "China", 30.0)
    ]


def test_a_levy_verb_on_a_non_trade_charge_is_no_duty() -> None:
    """A levy verb gives a duty rate only on a tariff noun or traded goods, with an imposer
    the text names: a hotel's or a shop's charge on bills or customers of an origin is none,
    whether the figure follows the verb or its indirect object."""
    for text in (
        "The hotel charged 15% on bills from American guests.",
        "The resort charged guests from the United States 12% on their room bills.",
        "The store charges 8% on orders from Chinese shoppers.",
    ):
        assert _rates_on(text) == [], text


def test_a_levy_verb_on_goods_of_an_origin_stays_a_duty() -> None:
    """The near cases: goods from a country, goods of an origin adjective, an origin alone."""
    assert _rates_on("The United States charges 25% on steel from China.") == [
        ("US", "China", 25.0)
    ]
    assert _rates_on("The US charges 40% on Chinese furniture.") == [("US", "China", 40.0)]
    assert _rates_on("The US charges 30% on China, officials said.") == [("US", "China", 30.0)]


def test_a_passive_charged_stays_a_tariff_word() -> None:
    """ "is to be charged 20%": the passive of a levy on a party is still a duty."""
    got = _rates("The European Union is to be charged 20% and Japan 24%, the White House said.")
    assert ("announced", "US", "EU", 20.0) in got
