"""Invented sentences for the news-wording patterns of the tariff, contact and deadline rules.

`tests/test_extract.py` runs these with its own table (`PATTERN_CASES` is appended to `CASES`);
they live here to keep each module short. Every sentence is written for the test, none is
copied from an article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from watcher.models import Status

FRIDAY = date(2025, 6, 6)  # a Friday
SATURDAY = date(2025, 4, 5)
MONDAY = date(2025, 7, 7)


@dataclass(frozen=True)
class Case:
    """A sentence, its publication date, and the facts (as partial dicts) it must yield."""

    id: str
    text: str
    expected: list[dict[str, Any]]
    published: date | None = FRIDAY
    kinds: tuple[str, ...] = field(default=("tariff_rate", "leader_contact", "deadline"))


PATTERN_CASES = [
    Case(
        "rate-in-the-condition-is-not-the-threat",
        "The president said he would impose an extra 30% tariff on Japanese goods unless Tokyo "
        "cuts a 20% duty on U.S. rice by Friday.",
        [
            {"imposer": "US", "target": "Japan", "rate_pct": 30.0, "status": Status.THREATENED},
            {"imposer": "Japan", "target": "US", "status": Status.ANNOUNCED, "effective": None},
        ],
        published=date(2025, 6, 3),
        kinds=("tariff_rate",),
    ),
    Case(
        "hypothetical-total-if-enacted",
        "If the extra 25% levy goes ahead, the combined duty on Indian goods would climb to 50%.",
        [],
    ),
    Case(
        "conditional-rise-without-a-total-stays-a-threat",
        "If the deal collapses, duties on Mexican goods would rise to 30%.",
        [{"imposer": "US", "target": "Mexico", "rate_pct": 30.0, "status": Status.THREATENED}],
    ),
    Case(
        "counterfactual-would-have",
        "Without the deal, the duty on Korean cars would have risen to 40%, analysts said.",
        [],
    ),
    Case(
        "stacked-total-is-arithmetic",
        "With the new duties stacked on top of existing ones, Mexican steel could face a 50% "
        "tariff.",
        [],
    ),
    Case(
        "stacking-with-reported-speech-is-still-a-rate",
        "On top of existing duties, Beijing said it would add a 10% levy on US pork.",
        [{"imposer": "China", "target": "US", "rate_pct": 10.0}],
    ),
    Case(
        "would-have-elsewhere-in-the-sentence",
        "Trump, who said he would have preferred a deal, imposed a 25% tariff on Canadian goods.",
        [{"imposer": "US", "target": "Canada", "rate_pct": 25.0}],
    ),
    Case(
        "flashback-month-when",
        "The reprieve ends an escalation of tariffs that began in March, when Washington raised "
        "its duties on Canadian goods to 35%.",
        [],
        published=date(2025, 5, 2),
    ),
    Case(
        "old-scene-opener-dates-both-clauses",
        "Under the accord reached in Madrid in March, Washington cut its duties on Spanish goods "
        "from 40% to 15%, while Madrid lowered its own from 30% to 5%.",
        [],
        published=date(2025, 9, 1),
    ),
    Case(
        "recent-scene-opener-keeps-both-clauses",
        "Under the accord reached in Madrid on Monday, Washington cut its duties on Spanish goods "
        "from 40% to 15%, while Madrid lowered its own from 30% to 5%.",
        [
            {"imposer": "US", "target": "Spain", "rate_pct": 15.0, "previous_pct": 40.0},
            {"imposer": "Spain", "target": "US", "rate_pct": 5.0, "previous_pct": 30.0},
        ],
    ),
    Case(
        "rate-on-goods-is-a-duty",
        "Hours before the new tariffs kicked in, the president threatened to raise the rate on "
        "Mexican steel to 50 percent.",
        [{"imposer": "US", "target": "Mexico", "rate_pct": 50.0, "status": Status.THREATENED}],
    ),
    Case(
        "quoted-rate-without-parties",
        "Asked about the farm sector, the minister said: \u201ca 12% tariff was the most we could "
        "accept.\u201d",
        [],
    ),
    Case(
        "agent-contradicts-target",
        "Ottawa said it would answer the 35% tariffs imposed by the United States with duties of "
        "its own on U.S. goods.",
        [],
    ),
    Case(
        "second-predicate-has-its-own-products",
        "In response, Ottawa raised duties on US goods to 25% and added new levies on steel.",
        [{"imposer": "Canada", "target": "US", "rate_pct": 25.0, "product": "all goods"}],
    ),
    Case(
        "current-level-could-come-down",
        "Vietnam tariffs could come down from their current level of 46 percent to 20 percent, "
        "the newspaper reported.",
        [
            {
                "imposer": "US",
                "target": "Vietnam",
                "rate_pct": 20.0,
                "previous_pct": 46.0,
                "status": Status.SPECULATED,
            }
        ],
    ),
    Case(
        "parties-from-previous-sentence",
        "Ottawa said it would levy new duties on American goods. Whisky, orange juice and "
        "motorcycles are among the products facing a 25% tariff.",
        [{"imposer": "Canada", "target": "US", "rate_pct": 25.0, "status": Status.ANNOUNCED}],
    ),
    Case(
        "sector-and-start-from-previous-sentence",
        "Duties on copper imports came into force on Friday, the White House said. The "
        "president's decision to impose 50 percent tariffs on the metal will lift prices.",
        [
            {
                "imposer": "US",
                "target": "all",
                "product": "copper",
                "status": Status.HAPPENED,
                "effective": FRIDAY,
            },
            # a start told as past on a weekday the dated article pins (bench/README.md,
            # labelling convention 1): the day the duties came into force
            {
                "kind": "deadline",
                "imposer": "US",
                "target": "all",
                "status": Status.HAPPENED,
                "date": FRIDAY,
            },
        ],
    ),
    Case(
        "hedge-from-previous-sentence",
        "Brussels is weighing countermeasures against American products. Diplomats expect "
        "tariffs of around 25% in the end.",
        [{"imposer": "EU", "target": "US", "rate_pct": 25.0, "status": Status.SPECULATED}],
    ),
    Case(
        "opener-country-is-not-the-next-target",
        "Alongside the Brazil tariff hike, the president also offered relief to dozens of "
        "countries in talks. Most goods would face a duty of 12% for now.",
        [],
    ),
    Case(
        "reciprocal-rate-without-country",
        "The president also signed off on a lower reciprocal tariff rate of 10% for ninety days.",
        [{"imposer": "US", "target": "all", "rate_pct": 10.0}],
    ),
    Case(
        "one-country-sectors-stay-one-fact",
        "Washington will raise its tariffs on Brazilian steel and aluminum to 40% next month.",
        [{"imposer": "US", "target": "Brazil", "rate_pct": 40.0, "product": "steel, aluminium"}],
    ),
    Case(
        "recap-after-since",
        "Since returning to office, the president has raised duties on several partners. Ottawa "
        "has answered with 25% tariffs on American goods.",
        [],
    ),
    Case(
        "dated-news-after-recap",
        "Since returning to office, the president has raised duties on several partners. On "
        "Thursday, Ottawa announced 25% tariffs on American goods.",
        [{"imposer": "Canada", "target": "US", "rate_pct": 25.0}],
    ),
    Case(
        "target-country-confirming-its-rate",
        "The United States set a 20% tariff on Korean goods on Monday. Seoul confirmed the cut "
        "in auto tariffs to 20% on Tuesday.",
        [
            {"imposer": "US", "target": "South Korea", "product": "all goods"},
            {"imposer": "US", "target": "South Korea", "product": "autos"},
        ],
    ),
    Case(
        "threat-not-averted-happened",
        "Talks failed to head off the president's threat of 30% duties on Mexican goods.",
        [{"imposer": "US", "target": "Mexico", "rate_pct": 30.0, "status": Status.HAPPENED}],
    ),
    Case(
        "rate-answered-was-done",
        "Ottawa raised its duties on US goods to 30%, hitting back against Washington's decision "
        "to lift tariffs on Canadian steel to 50%.",
        [
            {"imposer": "Canada", "target": "US", "rate_pct": 30.0},
            {"imposer": "US", "target": "Canada", "rate_pct": 50.0, "status": Status.HAPPENED},
        ],
    ),
    Case(
        "hike-to-in-a-tariff-story-with-its-only-partner",
        "China imposed 15% tariffs on US farm goods on Monday. The yuan was steady. Beijing "
        "acted hours after President Trump signed an order for the hike to 20%, citing fentanyl.",
        [
            {"imposer": "China", "target": "US", "rate_pct": 15.0},
            {"imposer": "US", "target": "China", "rate_pct": 20.0},
        ],
    ),
    Case(
        "hike-to-without-tariff-story-is-not-a-rate",
        "Markets slipped after the central bank signed off on the hike to 5%.",
        [],
    ),
    Case(
        "coordinated-verb-shares-the-plan",
        "The administration is set to end the exemptions next week \u2014 a step long promised "
        "\u2014 and raise its duty on Indian goods to 30%.",
        [{"imposer": "US", "target": "India", "rate_pct": 30.0, "status": Status.PLANNED}],
    ),
    Case(
        "products-listed-in-next-sentence",
        "Ottawa imposed 25% tariffs on American goods on Tuesday. Ottawa said the levies target "
        "American goods including pork and soybeans.",
        [{"imposer": "Canada", "target": "US", "rate_pct": 25.0, "product": "farm products"}],
    ),
    Case(
        "further-measure-in-next-sentence-keeps-scope",
        "Ottawa imposed 25% tariffs on American goods on Tuesday. Ottawa also said it would add "
        "levies on American goods such as steel.",
        [{"imposer": "Canada", "target": "US", "rate_pct": 25.0, "product": "all goods"}],
    ),
    Case(
        "deadline-target-is-the-other-side-of-the-truce",
        "The White House on Friday extended its tariff truce with Mexico by 30 days, moving the "
        "deadline to March 3.",
        [{"kind": "deadline", "date": date(2025, 3, 3), "target": "Mexico"}],
        published=date(2025, 1, 31),
        kinds=("deadline",),
    ),
    Case(
        "weekday-due-by-lies-ahead",
        "If Tokyo does not scrap its rice duty by Friday, Washington will raise tariffs on "
        "Japanese cars.",
        [{"kind": "deadline", "date": date(2025, 6, 6), "target": "Japan"}],
        published=date(2025, 6, 3),
        kinds=("deadline",),
    ),
    Case(
        "threat-recalled-after-warned-is-background",
        "Whisky was dropped from the list after the president warned that taxing it could "
        "bring a 150% tariff on French wine.",
        [],
    ),
    Case(
        "rate-before-an-after-threatened-clause-is-news",
        "Beijing imposed 34% tariffs on US goods on Thursday after Washington threatened new "
        "levies.",
        [{"imposer": "China", "target": "US", "rate_pct": 34.0, "status": Status.HAPPENED}],
        kinds=("tariff_rate",),
    ),
    Case(
        "value-of-trade-is-the-scope",
        "Mexico said it would answer with 20% tariffs on about $30 billion worth of American "
        "goods.",
        [
            {
                "imposer": "Mexico",
                "target": "US",
                "rate_pct": 20.0,
                "product": "goods worth $30 billion",
            }
        ],
        kinds=("tariff_rate",),
    ),
    Case(
        "tariff-start-is-the-deadline-for-deals",
        "Exporters are racing to seal agreements with Washington before new duties, which are set "
        "to take effect on August 12.",
        [{"kind": "deadline", "date": date(2025, 8, 12), "status": Status.ANNOUNCED}],
        published=date(2025, 7, 30),
        kinds=("deadline",),
    ),
    Case(
        "tariff-start-without-deal-pressure-is-a-dated-measure",
        "The new duties on steel are set to take effect on August 12.",
        [{"kind": "deadline", "date": date(2025, 8, 12), "status": Status.ANNOUNCED}],
        published=date(2025, 7, 30),
        kinds=("deadline",),
    ),
    Case(
        "signed-deal-with-a-start-date-is-a-dated-measure",
        "The two sides signed a trade agreement on Monday, and the lower tariffs will apply from "
        "August 1.",
        [{"kind": "deadline", "date": date(2025, 8, 1), "status": Status.ANNOUNCED}],
        published=date(2025, 7, 30),
        kinds=("deadline",),
    ),
    Case(
        "tariff-start-already-past-is-no-deadline",
        "Exporters had raced to seal agreements before the duties, which were set to take effect "
        "on July 9.",
        [],
        published=date(2025, 7, 30),
        kinds=("deadline",),
    ),
    Case(
        "pause-extended-until-a-date",
        "The White House extended the pause on higher tariffs until November 10, giving "
        "negotiators more time.",
        [{"kind": "deadline", "date": date(2025, 11, 10), "status": Status.ANNOUNCED}],
        published=date(2025, 8, 12),
        kinds=("deadline",),
    ),
    Case(
        "tariff-start-unless-a-deal-is-reached",
        "Trump said a 30% tariff on Mexican goods will take effect on August 1 unless a deal is "
        "reached.",
        [{"kind": "deadline", "date": date(2025, 8, 1), "status": Status.ANNOUNCED}],
        published=date(2025, 7, 12),
        kinds=("deadline",),
    ),
    Case(
        "trailing-starting-date-is-the-effective-date",
        "The president announced a 40% tariff on Swiss watches, starting September 1.",
        [{"imposer": "US", "target": "Switzerland", "effective": date(2025, 9, 1)}],
        published=date(2025, 8, 20),
        kinds=("tariff_rate",),
    ),
    Case(
        "immediate-effect-is-the-publication-day",
        "Ottawa raised its duty on US steel to 50% with immediate effect.",
        [{"imposer": "Canada", "effective": date(2025, 8, 20), "status": Status.HAPPENED}],
        published=date(2025, 8, 20),
        kinds=("tariff_rate",),
    ),
    Case(
        "hit-with-a-tariff-has-happened",
        "Brazilian coffee was hit with a 50% tariff by Washington.",
        [{"imposer": "US", "target": "Brazil", "rate_pct": 50.0, "status": Status.HAPPENED}],
        kinds=("tariff_rate",),
    ),
    Case(
        "threat-of-this-week-in-an-after-clause-is-news",
        "Beijing vowed to fight back after Trump threatened on Monday to impose an extra 50% "
        "tariff on Chinese goods.",
        [{"imposer": "US", "target": "China", "rate_pct": 50.0, "status": Status.THREATENED}],
        published=date(2025, 4, 8),
        kinds=("tariff_rate",),
    ),
]
