"""Issue 10, eighth round (i10-tariff8): a rate whose tariff is named in the sentence before,
goods "from all other countries", imported goods of an origin, and shares that change
(sentences written for these tests)."""

from datetime import date

from watcher.facts.registry import extract_facts

_DAY = date(2025, 9, 15)


def _rates(text: str) -> list[tuple[str, str, str, float]]:
    return [
        (f.status.value, f.imposer, f.target, f.rate_pct)
        for f in extract_facts(text, published=_DAY)
        if hasattr(f, "rate_pct")
    ]


def test_a_noun_resuming_the_measure_of_the_sentence_before() -> None:
    """ "The charge will be N%": the measure the rate-less sentence before reported."""
    got = _rates(
        "Seoul announced new levies on Chinese plywood on Monday. "
        "The charge will be 18% from next month, the ministry said."
    )
    assert got == [("announced", "South Korea", "China", 18.0)]


def test_a_pronoun_resuming_the_measure_of_the_sentence_before() -> None:
    got = _rates(
        "Ottawa said it would impose a surtax on Chinese ceramic tiles. "
        "It will be set at 22% and take effect in the spring."
    )
    assert got == [("announced", "Canada", "China", 22.0)]


def test_the_new_level_with_the_level_before() -> None:
    got = _rates(
        "Washington will raise its duties on Chinese glass fibre, officials said. "
        "The new level will be 45%, up from 20%, a notice showed."
    )
    assert got == [("announced", "US", "China", 45.0)]


def test_a_resumed_subject_with_a_figure_that_is_no_level() -> None:
    """The figure must follow the verb directly: a share or a move is no level."""
    got = _rates(
        "The White House announced new tariffs on Chinese kettles. "
        "It will be 30% cheaper to buy them in Canada, a retailer said."
    )
    assert got == []


def test_goods_from_all_other_countries_are_every_origin() -> None:
    got = _rates(
        "Washington said it would impose a 35% tariff on Chinese mattresses, and a 15% levy "
        "on mattresses from all other countries."
    )
    assert sorted(got) == [("announced", "US", "China", 35.0), ("announced", "US", "all", 15.0)]


def test_imported_goods_of_an_origin_are_that_origins() -> None:
    got = _rates("Argentina imposed a 20% duty on imported Chinese bicycles on Tuesday.")
    assert got == [("happened", "Argentina", "China", 20.0)]


def test_a_share_that_changed_is_no_rate() -> None:
    """ "takes N% of X's exports, down from M%": a share, even in a tariff sentence."""
    got = _rates("The US buys about 12% of China's toys, down from 20% before the tariffs.")
    assert got == []


def test_two_changes_each_with_its_own_subject_and_modal() -> None:
    """ "X's duties will fall to A% while Y's duties will drop to B%": two changes, each with
    its own roles, not one change from A to B."""
    got = _rates(
        "Under the accord, Korean duties on Japanese beer will fall to 12% while Japan's "
        "levies on Korean seaweed will drop to 4%."
    )
    assert sorted(got) == [
        ("announced", "Japan", "South Korea", 4.0),
        ("announced", "South Korea", "Japan", 12.0),
    ]


def test_goods_made_in_a_country_are_its_goods() -> None:
    """ "all foreign-made X, including those built in Y": every origin, and Y levies nothing."""
    got = _rates(
        "A 15% tariff on all foreign-made trucks, including those assembled in Mexico, will "
        "start next month, the White House said."
    )
    assert got == [("announced", "US", "all", 15.0)]


def test_a_second_rate_listed_after_a_levying_verb() -> None:
    """ "will charge A% on X and B% on Y": the second figure is the same verb's duty rate."""
    got = _rates(
        "Under a decree on import tariffs published on Friday, Peru will charge 18% on Chinese "
        "tiles and 9% on Chinese glassware."
    )
    assert sorted(got) == [
        ("announced", "Peru", "China", 9.0),
        ("announced", "Peru", "China", 18.0),
    ]


def test_its_goods_in_a_second_clause_are_that_clauses_subjects() -> None:
    """ "while X will face B% on its Y": X's goods, not those of the sentence's first country."""
    got = _rates(
        "The US will impose a 40% duty on Chinese zinc sheet while Chile will face 20% on its "
        "zinc concentrate, officials said."
    )
    assert sorted(got) == [("announced", "US", "Chile", 20.0), ("announced", "US", "China", 40.0)]


def test_a_second_step_of_the_same_change_with_its_verb_gapped() -> None:
    """ "will be raised to A% in <month> and then to B% in <month>": two steps, both firm."""
    got = _rates(
        "Washington said its duties on Chinese forklifts will rise in two stages. They will be "
        "raised to 30% in March and then to 60% in August."
    )
    assert sorted(got) == [("announced", "US", "China", 30.0), ("announced", "US", "China", 60.0)]


def test_background_words_of_a_later_rate_stay_in_its_clause() -> None:
    """ "a 34% tariff, on top of the 20% already imposed": "already" dates the 20%, not the 34%."""
    got = _rates(
        "The White House said that goods from Vietnam would face a 28% reciprocal tariff, on top "
        "of the 10% already imposed."
    )
    assert got == [("announced", "US", "Vietnam", 28.0)]


def test_a_resumed_measure_after_a_speech_verb() -> None:
    got = _rates(
        "Ottawa announced new duties on Chinese wind towers on Monday. Officials said the charge "
        "would rise to 35%."
    )
    assert got == [("announced", "Canada", "China", 35.0)]
