"""Tariff-rate paraphrases (issue 10): one construction of English, many wordings.

A probe of sentences written for this test (none copied from an article), by failure shape:
a passive change with no imposer, an analyst's estimate, a counterfactual or old value, a
measure reported by the other party, a total now in force, hearsay, a suspension. Published
2025-11-20, so "in September" is two months back (background, like "in April the rate
reached 145%"). What the extractor cannot read yet is a strict xfail.
"""

from __future__ import annotations

from datetime import date

import pytest

from watcher.facts.extract.rates import find_rates
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.facts.registry import extract_facts
from watcher.models import Status

PUBLISHED = date(2025, 11, 20)
H, A, SP = Status.HAPPENED, Status.ANNOUNCED, Status.SPECULATED
SU, T, D = Status.SUSPENDED, Status.THREATENED, Status.DENIED

Key = tuple[str, str, float, Status]


def _keys(text: str) -> set[Key]:
    facts = extract_facts(text, published=PUBLISHED, gated=False)
    return {(f.imposer, f.target, f.rate_pct, f.status) for f in facts if isinstance(f, TariffRate)}


PASSIVE = [
    ("Duties on Chinese steel were doubled to 50% this week.", {("US", "China", 50.0, H)}),
    (
        "Tariffs on Chinese electric vehicles were raised to 100% on Monday.",
        {("US", "China", 100.0, H)},
    ),
    ("Levies on American soybeans were raised to 25% on Monday.", {("China", "US", 25.0, H)}),
    ("Chinese goods were hit with a 20% tariff on Tuesday.", {("US", "China", 20.0, H)}),
    ("US farm goods were hit with an extra 15% levy on Monday.", {("China", "US", 15.0, H)}),
    ("A 10% duty was imposed on Chinese furniture on Tuesday.", {("US", "China", 10.0, H)}),
    ("Canadian lumber was slapped with a 35% duty last week.", {("US", "Canada", 35.0, H)}),
    ("The tariff on Chinese solar panels was cut to 25% last week.", {("US", "China", 25.0, H)}),
    ("American pork will be subject to a 10% levy from December 1.", {("China", "US", 10.0, A)}),
    ("Duties on American chicken were halved to 5% on Friday.", {("China", "US", 5.0, H)}),
    ("Tariffs on Chinese graphite were increased to 93.5% this week.", {("US", "China", 93.5, H)}),
    ("Duties on US beef were raised to 20% by Beijing on Friday.", {("China", "US", 20.0, H)}),
    ("The levy on Chinese cranes will be raised to 100%.", {("US", "China", 100.0, A)}),
    ("Tariffs on American crude oil were lowered to 5% on Wednesday.", {("China", "US", 5.0, H)}),
    ("A 25% tariff was placed on Mexican trucks on Monday.", {("US", "Mexico", 25.0, H)}),
]
HISTORICAL = [
    ("Duties on Chinese steel were doubled to 50% in September.", set()),
    ("In April, the US rate on Chinese goods reached 145%.", set()),
    ("Tariffs on Chinese goods had peaked at 145% in the spring.", set()),
    ("Earlier this year, Washington's levy on Chinese imports stood at 145%.", set()),
    ("At its peak, the US tariff on Chinese goods was 145%.", set()),
    ("Back in 2018, the US levied 25% on Chinese machinery.", set()),
    ("Before the truce, Chinese goods faced tariffs of 145%.", set()),
    ("In May the rate on Chinese goods was 145%.", set()),
]
ESTIMATE = [
    ("Economists estimate the average effective tariff at 17%.", set()),
    ("Analysts calculate that the effective rate on Chinese goods has climbed to 40%.", set()),
    ("Goldman Sachs projects the average tariff on Chinese imports will settle near 30%.", set()),
    ("By one estimate, Chinese exporters now pay an average 35% levy.", set()),
    ("The Budget Lab estimates consumers face an average effective tariff rate of 17%.", set()),
    ("Researchers reckon the effective US tariff on Chinese goods is roughly 42%.", set()),
    (
        "Tariffs on Chinese goods averaged 3% before the trade war, according to a think tank.",
        set(),
    ),
]
COUNTERFACTUAL = [
    ("The truce keeps US tariffs on Chinese goods from shooting back up to 145%.", set()),
    ("Without the deal, duties on Chinese imports would have risen to 100%.", set()),
    ("Had talks failed, the duty on Chinese goods would have climbed to 100%.", set()),
    ("The truce stops tariffs on Chinese goods from jumping to 100% in November.", set()),
    ("The pause averted a 50% US tariff on European cars.", set()),
    ("The agreement prevents the US from raising tariffs on Mexican tomatoes to 30%.", set()),
    ("The deal saved Swiss exporters from a 39% US tariff.", set()),
]
ATTRIBUTION = [
    (
        "Beijing's commerce ministry said Washington would cut its fentanyl levy to 10%.",
        {("US", "China", 10.0, A)},
    ),
    (
        "China's ministry said the United States will lower tariffs on Chinese goods to 47%.",
        {("US", "China", 47.0, A)},
    ),
    (
        "Tokyo said Washington agreed to cut its levy on Japanese cars to 15%.",
        {("US", "Japan", 15.0, A)},
    ),
    (
        "US officials said Beijing will suspend its 24% tariff on American goods.",
        {("China", "US", 24.0, SU)},
    ),
    (
        "According to Ottawa, the US will raise its duty on Canadian lumber to 45%.",
        {("US", "Canada", 45.0, A)},
    ),
    (
        "Mexico's economy minister said Washington would cut its tariff to 15%.",
        {("US", "Mexico", 15.0, A)},
    ),
    (
        "The White House said Beijing would lower its levy on US soybeans to 3%.",
        {("China", "US", 3.0, A)},
    ),
]
TOTAL = [
    ("Chinese goods now face a combined 55% tariff.", {("US", "China", 55.0, H)}),
    ("Chinese exports to the US now face an overall 130% levy.", {("US", "China", 130.0, H)}),
    ("Brazilian goods are now subject to a 50% tariff.", {("US", "Brazil", 50.0, H)}),
    ("The US now charges 47% on most Chinese imports.", {("US", "China", 47.0, H)}),
    ("Indian goods now face a total duty of 50%.", {("US", "India", 50.0, H)}),
    ("American goods now face a combined 25% levy in China.", {("China", "US", 25.0, H)}),
]
SPECULATION = [
    (
        "The Journal reported the US is weighing a cut to 10% in tariffs on Chinese goods.",
        {("US", "China", 10.0, SP)},
    ),
    (
        "The White House is considering raising tariffs on Indian goods to 75%.",
        {("US", "India", 75.0, SP)},
    ),
    (
        "Washington could lower its levy on Chinese imports to 20%, according to reports.",
        {("US", "China", 20.0, SP)},
    ),
    (
        "Officials are said to be discussing a 25% tariff on Mexican steel.",
        {("US", "Mexico", 25.0, SP)},
    ),
    ("Beijing may cut its 10% duty on US crude oil, sources said.", {("China", "US", 10.0, SP)}),
    (
        "Bloomberg reported that Washington plans to raise duties on Chinese chips to 50%.",
        {("US", "China", 50.0, SP)},
    ),
    (
        "People familiar with the matter said the US may lower its levy on Chinese goods to 10%.",
        {("US", "China", 10.0, SP)},
    ),
]
SUSPENSION = [
    (
        "China will stop the extra 24% levy on US goods from November 10.",
        {("China", "US", 24.0, SU)},
    ),
    ("Beijing lifted its 10% tariff on American farm products.", {("China", "US", 10.0, SU)}),
    ("The US paused its 50% tariff on EU goods until July.", {("US", "EU", 50.0, SU)}),
    (
        "Washington suspended the additional 24% duty on Chinese imports for a year.",
        {("US", "China", 24.0, SU)},
    ),
    ("Ottawa removed its 25% counter-tariffs on US goods.", {("Canada", "US", 25.0, SU)}),
    ("China will suspend a 15% levy on American chicken.", {("China", "US", 15.0, SU)}),
    ("Beijing will halt its 10% tariff on US pork from Monday.", {("China", "US", 10.0, SU)}),
]
CONTROL = [
    ("The US imposed a 25% tariff on Mexican trucks on Monday.", {("US", "Mexico", 25.0, H)}),
    ("China will impose a 15% tariff on US coal from December 10.", {("China", "US", 15.0, A)}),
    (
        "Trump threatened a 100% tariff on Chinese goods if Beijing does not relent.",
        {("US", "China", 100.0, T)},
    ),
    ("Canada imposed 25% duties on American steel.", {("Canada", "US", 25.0, H)}),
    ("The EU will raise its levies on US motorcycles to 50%.", {("EU", "US", 50.0, A)}),
    ("Mexican tomatoes now face a 17% antidumping duty.", {("US", "Mexico", 17.0, H)}),
]


# Round 2: other wordings of the same shapes, written after round 1 was read.
ROUND_2 = [
    # passive
    ("Imports of Chinese steel are subject to a 50% duty from Friday.", {("US", "China", 50.0, A)}),
    # "from" names a place here, not a start: Tuesday is the one just past
    (
        "Goods from China were subjected to an additional 10% tariff on Tuesday.",
        {("US", "China", 10.0, H)},
    ),
    (
        "Tariffs on US liquefied natural gas were raised to 25% on Monday.",
        {("China", "US", 25.0, H)},
    ),
    ("A 15% levy was slapped on American coal on Monday.", {("China", "US", 15.0, H)}),
    ("Duties on Chinese cranes were cut to 10% on Tuesday.", {("US", "China", 10.0, H)}),
    ("US soybeans were hit with tariffs of 10% on Monday.", {("China", "US", 10.0, H)}),
    ("Beijing's 15% tariff on American LNG took effect on Monday.", {("China", "US", 15.0, H)}),
    (
        "Washington's 25% duty on Mexican steel was doubled to 50% on Tuesday.",
        {("US", "Mexico", 50.0, H)},
    ),
    ("Levies on American sorghum will rise to 20% next week.", {("China", "US", 20.0, A)}),
    # estimate
    ("Trade economists put the effective tariff on Chinese goods at about 40%.", set()),
    ("Estimates suggest Chinese goods face an average 45% tariff.", set()),
    ("Capital Economics calculated the US duty on Chinese imports at 51%.", set()),
    ("The effective US tariff rate on Chinese imports has risen to 41%, a study found.", set()),
    # counterfactual
    ("The deal spared Chinese goods from a 100% tariff.", set()),
    ("Had Beijing not agreed, the tariff on Chinese goods would have reached 100%.", set()),
    ("The truce means US levies on Chinese goods will not rise to 100%.", set()),
    ("The agreement heads off a threatened 100% tariff on Chinese goods.", set()),
    ("Tariffs on Chinese goods could have climbed to 100% without the truce.", set()),
    ("The truce avoided an increase in tariffs on Chinese goods to 100%.", set()),
    # historical
    ("Tariffs on Chinese goods hit 145% in April.", set()),
    ("At the height of the trade war, US tariffs on Chinese goods reached 145%.", set()),
    ("In 2019, Washington raised duties on Chinese machinery to 25%.", set()),
    ("Last year, the US raised tariffs on Chinese electric vehicles to 100%.", set()),
    # attribution
    (
        "Beijing said Washington had agreed to lower its tariffs on Chinese goods to 47%.",
        {("US", "China", 47.0, A)},
    ),
    (
        "Canada's finance minister said the US will cut tariffs on Canadian cars to 15%.",
        {("US", "Canada", 15.0, A)},
    ),
    (
        "Washington said China will cut its tariffs on US farm goods to 10%.",
        {("China", "US", 10.0, A)},
    ),
    (
        "India's trade ministry said the US would reduce its tariff on Indian goods to 25%.",
        {("US", "India", 25.0, A)},
    ),
    # total
    ("Chinese goods currently face a total tariff of 57%.", {("US", "China", 57.0, H)}),
    ("With the new duty, Indian goods face a cumulative 50% tariff.", {("US", "India", 50.0, H)}),
    ("The overall tariff on Brazilian goods now stands at 50%.", {("US", "Brazil", 50.0, H)}),
    # speculation
    ("The administration is mulling a 25% tariff on Indian goods.", {("US", "India", 25.0, SP)}),
    ("Officials have floated a 50% levy on Brazilian coffee.", {("US", "Brazil", 50.0, SP)}),
    (
        "Reports say Washington may double tariffs on Chinese chips to 50%.",
        {("US", "China", 50.0, SP)},
    ),
    (
        "Sources said Beijing is considering cutting its tariff on US soybeans to 3%.",
        {("China", "US", 3.0, SP)},
    ),
    # suspension
    ("Washington scrapped its 10% tariff on Chinese goods on Monday.", {("US", "China", 10.0, SU)}),
    ("China will remove the 15% duty on US chicken from Friday.", {("China", "US", 15.0, SU)}),
    ("The US postponed its 25% tariff on Mexican goods for a month.", {("US", "Mexico", 25.0, SU)}),
    (
        "Beijing said it would suspend the 24% additional tariff on US goods for one year.",
        {("China", "US", 24.0, SU)},
    ),
    ("Ottawa dropped its 25% retaliatory tariffs on American goods.", {("Canada", "US", 25.0, SU)}),
    ("The EU put its 25% duties on US whiskey on hold.", {("EU", "US", 25.0, SU)}),
    ("Mexico halted the 20% levy on US pork on Monday.", {("Mexico", "US", 20.0, SU)}),
    # control
    ("Trump warned he could hit Chinese goods with a 100% tariff.", {("US", "China", 100.0, T)}),
    (
        "China denied reports it would raise tariffs on US soybeans to 30%.",
        {("China", "US", 30.0, D)},
    ),
    ("Japan will impose a 20% tariff on US rice from January 1.", {("Japan", "US", 20.0, A)}),
]

# Round 3: actors named by office, two measures in one sentence, taking effect (21/24 on
# main, 22/24 with rounds 1-2).
ROUND_3 = [
    # actor
    (
        "The Trump administration raised tariffs on Chinese goods to 20% on Tuesday.",
        {("US", "China", 20.0, H)},
    ),
    ("The White House imposed a 25% levy on Indian goods on Monday.", {("US", "India", 25.0, H)}),
    (
        "Beijing's commerce ministry announced a 10% tariff on US crude oil.",
        {("China", "US", 10.0, A)},
    ),
    (
        "China's tariff commission said it would levy 15% on American coal.",
        {("China", "US", 15.0, A)},
    ),
    ("The European Commission proposed 25% duties on US motorcycles.", {("EU", "US", 25.0, SP)}),
    ("Mr Trump said he would cut the fentanyl tariff on China to 10%.", {("US", "China", 10.0, A)}),
    (
        "Chinese state media said Washington would impose 100% tariffs on Chinese goods.",
        {("US", "China", 100.0, A)},
    ),
    (
        "A spokesperson in Beijing said the US would halve its 20% fentanyl tariff.",
        {("US", "China", 10.0, A)},
    ),
    # two
    (
        "Under the deal, the US will lower its tariff on Chinese goods to 47%, and China will"
        " suspend its 24% levy on US goods.",
        {("China", "US", 24.0, SU), ("US", "China", 47.0, A)},
    ),
    (
        "The US will cut the fentanyl levy on Chinese goods to 10%, while Beijing will lift its"
        " 15% tariff on US farm goods.",
        {("China", "US", 15.0, SU), ("US", "China", 10.0, A)},
    ),
    # force
    ("Tariffs of 25% on Mexican goods took effect on Tuesday.", {("US", "Mexico", 25.0, H)}),
    ("A 50% tariff on Indian goods came into force on Wednesday.", {("US", "India", 50.0, H)}),
    ("China's 15% duty on US chicken took effect on Monday.", {("China", "US", 15.0, H)}),
    (
        "Beijing's retaliatory 34% tariff on American goods will take effect on December 1.",
        {("China", "US", 34.0, A)},
    ),
    # estimate
    ("Importers of Chinese goods pay an effective rate of about 40%, economists say.", set()),
    ("According to one estimate, US tariffs on Chinese goods now average 47%.", set()),
    # counter
    ("The ruling stopped the US from collecting 25% tariffs on Canadian goods.", set()),
    ("Washington backed away from a threatened 50% tariff on EU goods.", set()),
    # hist
    ("The US first imposed 25% duties on Chinese steel in 2018.", set()),
    ("Tariffs on Chinese goods were briefly as high as 145% in April.", set()),
    # spec
    ("Trump said he might cut tariffs on Chinese goods to 50%.", {("US", "China", 50.0, SP)}),
    (
        "Washington is said to be considering a 20% tariff on Vietnamese goods.",
        {("US", "Vietnam", 20.0, SP)},
    ),
    # susp
    (
        "China said it would scrap its 10% tariffs on US farm goods from November 10.",
        {("China", "US", 10.0, SU)},
    ),
    (
        "The US agreed to suspend its 24% tariff on Chinese goods for another year.",
        {("US", "China", 24.0, SU)},
    ),
]

# Round 4: layered totals, attribution, old and prevented levels (16/22 on main, 18/22
# with rounds 1-3; two readings of a present total dropped as ambiguous).
ROUND_4 = [
    # total
    (
        "The US added an extra 25% levy on Indian goods on Wednesday, taking the total to 50%.",
        {("US", "India", 50.0, H)},
    ),
    (
        "Washington raised tariffs on Chinese goods by 10 points to a combined 30% on Tuesday.",
        {("US", "China", 30.0, H)},
    ),
    (
        "On top of the existing 25%, Brazilian goods now face another 25% tariff, for a total"
        " of 50%.",
        {("US", "Brazil", 50.0, H)},
    ),
    ("Chinese imports now face cumulative duties of 57%.", {("US", "China", 57.0, H)}),
    # attrib
    (
        "According to Beijing, the US will lower its fentanyl tariff to 10%.",
        {("US", "China", 10.0, A)},
    ),
    (
        "US Treasury Secretary Scott Bessent said China would drop its 10% levy on US soybeans.",
        {("China", "US", 10.0, SU)},
    ),
    (
        "Chinese officials told reporters the US would reduce tariffs on Chinese goods to 47%.",
        {("US", "China", 47.0, A)},
    ),
    # hist
    ("The rate on Chinese goods reached 145% in April before the Geneva truce.", set()),
    ("Duties on Chinese goods, which had hit 145% in April, were cut to 30% in May.", set()),
    ("Tariffs peaked at 145% in the spring.", set()),
    # counter
    ("The deal keeps US duties on Chinese goods from returning to 34%.", set()),
    ("Without the extension, tariffs on Chinese goods would have jumped to 80%.", set()),
    ("Canada avoided a 35% tariff on its goods by agreeing to the deal.", set()),
    # estimate
    ("Economists estimate that Chinese goods face an average tariff of about 47%.", set()),
    ("The average effective tariff on all US imports is now 17%, the highest since 1934.", set()),
    # susp
    (
        "China will stop collecting the extra 24% levy on US goods from November 10.",
        {("China", "US", 24.0, SU)},
    ),
    ("Beijing lifted its 15% tariff on US chicken on Monday.", {("China", "US", 15.0, SU)}),
    (
        "The US will pause its 24% reciprocal tariff on Chinese goods for another year.",
        {("US", "China", 24.0, SU)},
    ),
    # spec
    (
        "Washington may cut its tariffs on Chinese goods to 35%, the Journal reported.",
        {("US", "China", 35.0, SP)},
    ),
    (
        "The administration is weighing whether to lower the 20% fentanyl tariff on China to 10%.",
        {("US", "China", 10.0, SP)},
    ),
]

# Round 5: the shapes in full news-length sentences (13/15 on main, 14/15 with
# rounds 1-4).
ROUND_5 = [
    (
        "China's commerce ministry said on Wednesday it will stop imposing the additional 24%"
        " tariff on American goods for a year, while retaining a 10% levy.",
        {("China", "US", 24.0, SU)},
    ),
    (
        "Beijing will also lift tariffs of up to 15% on some US farm products from November 10.",
        {("China", "US", 15.0, SU)},
    ),
    (
        "Washington will cut the so-called fentanyl tariff on Chinese goods to 10% from 20%, "
        "bringing the combined rate to about 47%, Trump said.",
        {("US", "China", 10.0, A), ("US", "China", 47.0, A)},
    ),
    (
        "The truce keeps the US tariff on Chinese imports from shooting back up to 145%, a "
        "level last seen in April.",
        set(),
    ),
    (
        "Chinese goods now face a combined US tariff rate of about 55%, according to the "
        "White House.",
        {("US", "China", 55.0, H)},
    ),
    (
        "After the meeting, Trump said he would reduce tariffs on China to 47% from 57%.",
        {("US", "China", 47.0, A)},
    ),
    (
        "Beijing's commerce ministry said on Thursday that Washington would cut its fentanyl-"
        "related levy to 10%, and that China would adjust its countermeasures.",
        {("US", "China", 10.0, A)},
    ),
    (
        "Economists at a university budget lab estimate the average effective tariff rate at "
        "17.9%, the highest since 1934.",
        set(),
    ),
    (
        "The Wall Street Journal reported that the administration is weighing cutting the "
        "fentanyl tariff on China to 10% in exchange for curbs on chemical exports.",
        {("US", "China", 10.0, SP)},
    ),
    (
        "Under the agreement, the US will halve the fentanyl levy on Chinese goods to 10%, "
        "and China will suspend its 24% retaliatory tariff for a year.",
        {("China", "US", 24.0, SU), ("US", "China", 10.0, A)},
    ),
    (
        "Duties on Chinese steel, aluminum and copper products were doubled to 50% last week.",
        {("US", "China", 50.0, H)},
    ),
    (
        "In April, US tariffs on Chinese goods reached 145% and China's on US goods 125%, "
        "before a truce brought them down.",
        set(),
    ),
    (
        "Had the truce lapsed, US tariffs on Chinese goods would have risen to about 80%.",
        set(),
    ),
    (
        "China removed the 10% tariff it had imposed on US soybeans in March, the finance "
        "ministry said on Friday.",
        {("China", "US", 10.0, SU)},
    ),
    (
        "The US lifted its 10% tariff on Chinese fentanyl precursors, the White House said.",
        {("US", "China", 10.0, SU)},
    ),
]

CASES = (
    PASSIVE
    + HISTORICAL
    + ESTIMATE
    + COUNTERFACTUAL
    + ATTRIBUTION
    + TOTAL
    + SPECULATION
    + SUSPENSION
    + CONTROL
    + ROUND_2
    + ROUND_3
    + ROUND_4
    + ROUND_5
)


@pytest.mark.parametrize(("text", "want"), CASES)
def test_paraphrase(text: str, want: set[Key]) -> None:
    assert _keys(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Indian goods face an extra 25% tariff, for a combined rate of 50%.",
        "Mexican trucks now face another 25% duty, for a total of 50%.",
    ],
)
def test_a_layer_and_its_total_are_one_rate(text: str) -> None:
    assert [(r.value, r.previous) for r in find_rates(text)] == [(50.0, 25.0)]


def test_a_total_of_something_else_pairs_nothing() -> None:
    rates = find_rates("The US imposed a 10% tariff, for a total of 45% of the trade.")
    assert [(r.value, r.previous) for r in rates] == [(10.0, None), (45.0, None)]


# The new triggers reach only the figure they govern: a value of trade, a purpose, a comment
# after the rate, a verb of a condition that never happened keep the rate a fact.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The US imposed 10% tariffs on an estimated $300 billion of Chinese goods on Monday.",
            {("US", "China", 10.0, H)},
        ),
        (
            "China's 15% levy on US coal, estimated to hit $2 billion of trade, took effect on"
            " Monday.",
            {("China", "US", 15.0, H)},
        ),
        (
            "Tariffs on Chinese goods rose to 30% on Monday in a move forecasters had expected.",
            {("US", "China", 30.0, H)},
        ),
        (
            "Trump imposed a 25% tariff on Chinese goods on Monday to stop the flow of fentanyl.",
            {("US", "China", 25.0, H)},
        ),
        (
            "To save US industry from the flood of imports, Trump imposed a 25% tariff on Chinese"
            " steel on Monday.",
            {("US", "China", 25.0, H)},
        ),
    ],
)
def test_a_trigger_reaches_only_its_own_figure(text: str, want: set[Key]) -> None:
    assert _keys(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ottawa raised its surtax on Chinese aluminium to 25% on Monday.",
            {("Canada", "China", 25.0, H)},
        ),
        (
            "Mexico put a 30% surcharge on Chinese footwear this week.",
            {("Mexico", "China", 30.0, H)},
        ),
        ("The airline added a 5% fuel surcharge to its tickets.", set()),
    ],
)
def test_a_surtax_or_surcharge_on_goods_is_a_tariff(text: str, want: set[Key]) -> None:
    """ "Surtax" and "surcharge" name a duty when they fall on a country's goods."""
    assert _keys(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Would a 60% tariff on Chinese goods hurt American farmers?",
        "Will Washington raise its levy on Chinese cars to 150%?",
        "Did Beijing really cut its duty on US pork to 5% last week?",
    ],
)
def test_a_yes_no_question_states_no_rate(text: str) -> None:
    """A question about a rate asks; it reports nothing."""
    assert _keys(text) == set()


def test_a_statement_after_a_question_still_counts() -> None:
    """Only the question is set aside: the answer that follows is read as usual."""
    text = "Will the levy go up? Washington raised its tariff on Chinese cars to 150% on Monday."
    assert _keys(text) == {("US", "China", 150.0, H)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Reuters reported that China raised its tariff on US soybeans to 25% on Friday.",
            {("China", "US", 25.0, H)},
        ),
        (
            "It was reported that Washington is weighing a 20% tariff on Chinese drones.",
            {("US", "China", 20.0, SP)},
        ),
    ],
)
def test_a_named_report_is_news_and_hearsay_is_speculation(text: str, want: set[Key]) -> None:
    """A named outlet's report states the fact; "it was reported that" is hearsay."""
    assert _keys(text) == want


def test_a_levy_on_us_goods_is_chinas_only_in_a_us_china_story() -> None:
    """With no imposer named, China levies on US goods only where no other country is named."""
    alone = "Duties on American pork were raised to 20% on Friday."
    elsewhere = "Mexican officials met importers on Monday. " + alone
    assert _keys(alone) == {("China", "US", 20.0, H)}
    assert _keys(elsewhere) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chinese furniture makers have faced a 25% US levy since June.",
            {("US", "China", 25.0, H)},
        ),
        (
            "American growers have paid a 15% Chinese duty on cotton since March.",
            {("China", "US", 15.0, H)},
        ),
    ],
)
def test_a_rate_borne_since_a_date_is_in_force(text: str, want: set[Key]) -> None:
    """ "Have faced/paid N% since" is a present perfect of bearing a rate: it is in force."""
    assert _keys(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The White House has shelved its plan to raise the levy on Chinese tyres to 60%.",
        "Beijing dropped its proposal to lift the duty on US beef to 40%.",
        "Officials abandoned the idea of a 75% tariff on Chinese batteries.",
    ],
)
def test_a_plan_given_up_states_no_rate(text: str) -> None:
    """A shelved, dropped or abandoned plan never takes effect: no rate to report."""
    assert _keys(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Washington and Beijing agreed to lower their tariffs to 12% for six months.",
        "The US and China will cut duties on each other's goods to 12% next week.",
        "The United States and China each cut their levies to 12%.",
        "The United States and China each lowered their levies to 12% on Monday.",
    ],
)
def test_a_mutual_cut_by_a_coordinated_pair_goes_both_ways(text: str) -> None:
    """Two countries setting a rate on each other: one fact each way."""
    keys = _keys(text)
    assert {(k[0], k[1], k[2]) for k in keys} == {("US", "China", 12.0), ("China", "US", 12.0)}
    assert len({k[3] for k in keys}) == 1  # one status for both


def test_a_pair_in_a_different_clause_is_not_mutual() -> None:
    """The pair met; one of them set the rate: one fact."""
    text = "The US and China met in Geneva, and the US cut its tariff on Chinese goods to 30%."
    assert {(k[0], k[1]) for k in _keys(text)} == {("US", "China")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The duty on Chinese bicycles was lifted to 40% last week.", {("US", "China", 40.0, H)}),
        ("The 10% levy on US sorghum was lifted last week.", {("China", "US", 10.0, SU)}),
    ],
)
def test_lifted_to_a_rate_raises_and_lifted_alone_removes(text: str, want: set[Key]) -> None:
    assert _keys(text) == want
