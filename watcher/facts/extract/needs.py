"""What each kind's extractor cannot do without: its `needs`, the relevance gate's terms.

Building the gate (`watcher.facts.registry.gate_for`) happens in every run that reads a new
article, including the runs whose articles the gate then turns away. The needs therefore live
here, apart from the extractors: importing the four extractors compiles hundreds of patterns
(about 0.15 s), while the needs only read the lexicon, the leaders file and a few word lists.
The word lists the extractors' own patterns are built around are defined here too (each
pattern's comment names its list), so that a need stays a superset of what the kind requires;
`tests/test_gate.py` checks on both dev corpora that the gate loses no fact.
"""

from __future__ import annotations

import functools

from watcher.facts.extract.dates import date_terms
from watcher.facts.extract.gazetteer import Gazetteer, packaged
from watcher.facts.extract.lexicon import section
from watcher.facts.extract.vague import vague_terms
from watcher.facts.gate import Need, alternation, any_of, phrases, words

# One of these is in every rate's unit (`watcher.facts.extract.rates._UNIT`; held so by
# `tests/test_gate_terms.py`). Written here, not imported, so that building the gate compiles
# neither the rate patterns nor the measure patterns: about 10 ms in every run that reads an
# article, kept or turned away.
UNIT_STEMS = ("%", "cent", "pc")

# One of these is in every TARIFF_WORD match (`watcher.facts.extract.clauses`).
TARIFF_STEMS = (
    "tariff",
    "duty",
    "duties",
    "levy",
    "levies",
    "levied",
    "tax",
    "surcharge",
    "reciprocal",
    "charged",
    "countermeasure",
)
TRADE_STEMS = (  # one is in every _TRADE match (`watcher.facts.extract.deadlines`)
    "tariff",
    "trade",
    "duties",
    "reciprocal",
    "deal",
    "agreement",
    "negotiat",
    "levies",
    "truce",
    "pause",
    "talks",
)
_PAIR_SIZE = 2  # leaders of a contact


def _levy_verbs() -> str:
    """The verbs of `clauses._levied_on_goods` (lexicon `tariff: levy_verbs`, `payment_verbs`)
    as one alternation of the phrase syntax."""
    lex = section("tariff")
    return "|".join(sorted({*lex["levy_verbs"], *lex["payment_verbs"]}))


def tariff_rate(gaz: Gazetteer) -> tuple[Need, ...]:
    """What a tariff fact cannot do without: a rate's unit ("%", "per cent") and a tariff
    word. An article's first fact needs both in one sentence (`names_tariff` outside a tariff
    story); the later ones build on it. "The overall rate on Chinese imports" names a duty
    rate without a tariff word (`names_tariff`), so that construction stands in for one."""
    tariff_word = any_of(*TARIFF_STEMS).terms + phrases(
        "rate* on|for ... imports|goods|products|exports",
        # "China will impose 34% on all US goods", "China charges 10% on US goods": a levy or
        # payment verb on goods states a duty without a duty noun (`clauses._levied_on_goods`,
        # whose verbs these are; a title-only news item may hold no other)
        f"{_levy_verbs()} ... %|cent on ... {'|'.join(section('tariff')['goods_nouns'])}",
    )
    return any_of(*UNIT_STEMS), Need(tariff_word)


def deadline(gaz: Gazetteer) -> tuple[Need, ...]:
    """What a deadline cannot do without: a date (or a date named loosely, `vague`: "by the
    end of the year"), and a trade word (the "deadline" wordings need one in the date's
    sentence), a measure noun (a dated measure needs one in its sentence or in the one it
    carries the measure from) or a verb of buying (a purchase commitment's end)."""
    trade = (*words(*TRADE_STEMS, "buy", "purchas"), *measure_terms())
    return Need((*date_terms(), *vague_terms())), Need(trade)


def leader_contact(gaz: Gazetteer) -> tuple[Need, ...]:
    """What a contact cannot do without: two different leaders, each by a name or by a title
    (held or not: the gate does not know the day). Every pair is two leaders the article
    names, in one sentence or carried over from recent ones.

    Each leader's terms are one alternation, each term once (a leader with two seats lists
    the same country phrases twice), and the country's one-word names are one word of a
    phrase ("US|America counterpart") rather than a phrase each: the same texts match, and
    the set the gate compiles is a fraction of the size (issue 13, seventh round)."""
    terms: dict[str, dict[str, None]] = {}  # leader -> its terms, in order, each once
    by_country: dict[str | None, tuple[str, ...]] = {}  # two leaders of a country share them

    def add(name: str, new: tuple[str, ...]) -> None:
        terms.setdefault(name, {}).update(dict.fromkeys(new))

    for alias, (name, _) in gaz.leaders.lookup.items():
        add(name, words(alias, case_sensitive=True))
    for name, role_phrases in role_phrases_by_leader():
        add(name, words(*role_phrases))
    for name, places in seat_places_by_leader():  # "visited Moscow": Putin's seat, visited
        add(name, _visits(places))
        country = gaz.leader_country.get(name)
        if country not in by_country:
            by_country[country] = _country_phrases(gaz, country)
        add(name, by_country[country])
    terms[_GROUP] = dict.fromkeys(_GROUP_TERMS)  # counts as the second leader
    return (Need(tuple(alternation(t) for t in terms.values()), distinct=_PAIR_SIZE),)


# "The two leaders met", "their Busan summit" with one leader named: the other is inferred from
# the headline, the article's subject or the countries named nearby (`contact.parties.
# inferred_pair`, run on the lexicon's `group_of_leaders`), so such a phrase stands in for the
# second leader. A superset of `group_of_leaders`: "the two leaders" holds "two leaders", and
# "their Busan summit" holds "summit" (the word alone: "their [*] summit" cost the gate's scan
# ~0.2% of a dev extraction under callgrind, and admitted no more dev, dev2 or feed articles).
_GROUP = "(the two leaders)"  # a key that is no leader's name
# "the leaders of the world's two largest economies" (lexicon `contact: us_china_leaders`)
# names two leaders at once; "largest|biggest economies" is in every such epithet.
_GROUP_TERMS = phrases("two|both leaders|presidents|heads", "summit", "largest|biggest economies")


def _visits(places: tuple[str, ...]) -> tuple[str, ...]:
    """A visit to one of `places` ("visited Moscow", "a visit to New Delhi"): the one-word
    places as one word of a phrase, each longer one as a phrase of its own."""
    single = "|".join(p for p in places if " " not in p)
    longer = [p for p in places if " " in p]
    return phrases(*(f"visit* [to] {p}" for p in ([single] if single else []) + longer))


def _country_phrases(gaz: Gazetteer, country: str | None) -> tuple[str, ...]:
    """The phrases that name the leader of `country` by its one-word names: "his US
    counterpart" (`contact.parties._counterparts`), "the US and Chinese presidents", "the
    leaders of the US and China" (`contact.parties._coordinated_offices`)."""
    names = "|".join(
        a for a, (c, _) in gaz.countries.lookup.items() if c == country and " " not in a
    )
    if not names:
        return ()
    office = "presidents|leaders|heads"
    return phrases(
        f"{names} counterpart",
        f"the|both {names} and * {office}",
        f"and {names} {office}",
        f"{office} of [the] {names} and",  # "of US and", "of the US and"
        f"{office} of the|* [*] and [the] {names}",  # "of the|* and", "of the|* * and the", ...
    )


# Up to four optional words: the gap the export-control extractor allows between a verb and
# its object (`_FEW_WORDS` in `watcher.facts.kinds.export_control.extract`).
_FEW = " [*]" * 4


def export_control(gaz: Gazetteer) -> tuple[Need, ...]:
    """What an export control cannot do without: its anchor, one of the `anchors` phrases, or
    a restriction noun or verb and, later, an export's object (the extractor's two built
    anchors, `restriction_nouns` and `object_verbs`, here with a gap of any length), or an
    item word right before a restriction noun, or before "export" and one ("rare earth
    controls", "chip export rules": here "export" and the noun), a permission to sell
    ("will allow Nvidia to sell"), or a withdrawal of a
    permit ("revoked the licences", "the licences were revoked")."""
    data = section("export_control")
    objects = "|".join(o for o in data["export_objects"] if " " not in o)
    built = [f"{'|'.join(data['restriction_nouns'])} on"]
    built += [
        f"{'|'.join(w for w in verbs if ' ' not in w)} ... {objects}"
        for verbs in data["object_verbs"].values()
    ]
    phrasal = [w for vs in data["object_verbs"].values() for w in vs if " " in w]  # "cut* off"
    built += [f"{w} ... {objects}" for w in phrasal]
    # the passive, the export first: "shipments of gallium were (not) (quietly) halted"
    # (`passive_gap`; the auxiliaries of the extractor's `_PASSIVE_STEP`)
    passive = f"{objects} ... was|were|been|be [*] [*]"
    built += [
        f"{passive} {'|'.join(w for w in verbs if ' ' not in w)}"
        for verbs in data["object_verbs"].values()
    ]
    built += [f"{passive} {w}" for w in phrasal]
    # "barred Micron from selling", "will allow Nvidia to sell": the act at most `_FEW` words
    # after its verb, as in the extractor's pattern; so too the first word of an object of two
    # ("halted the supply of"): "supply" is common, and a gap of any length would admit
    # articles that only tell of a supply ("... could disrupt the supply of"); one more word
    # in these terms costs the gate far less than terms of their own
    firsts = [o.split()[0] for o in data["export_objects"] if " " in o]
    acts = "|".join([*data["export_acts"], *firsts])
    verbs = [w for vs in data["object_verbs"].values() for w in vs]
    built += [f"{w}{_FEW} {acts}" for w in verbs]
    built.append(f"{'|'.join(data['permissions'])}{_FEW} {'|'.join(data['permitted_acts'])}")
    nouns = "|".join(data["restriction_nouns"])
    built += [f"{w} {nouns}" for ws in data["items"].values() for w in ws]  # "chip curbs"
    built.append(f"export {nouns}")  # "chip export rules": an item word, export, the noun
    grants = "|".join(data["grants"])
    built += [  # "revoked the licences"
        f"{w} ... {grants}" for verbs in data["permit_steps"].values() for w in verbs
    ]
    built += [  # "licences held by two chipmakers were revoked"
        f"{grants} ... {w}" for vs in data["permit_steps"].values() for w in vs if " " not in w
    ]
    # "require exporters to obtain licences": an obligation, then a permit (the gate's gap is
    # any length; the extractor's is `obligation_gap` words)
    built += [f"{w} ... licen*|permit*" for w in data["obligations"]]
    return (Need(phrases(*data["anchors"], *built)),)


def measure_terms() -> tuple[str, ...]:
    """Every measure noun (`measures` of the lexicon's deadline section) as a gate term: a
    dated measure (`watcher.facts.extract.measures`) needs one in its article, in its own
    sentence or in the one it carries its measure from."""
    data = section("deadline")
    # The construction's modifier alone, as a whole word: "port service fees" has words between
    # it and its head, and "report" or "support" holds no "port".
    mods = [
        m
        for group in ("measure_modifiers", "measure_objects")
        for ms in data[group].values()
        for m in ms
    ]
    mods += data["obligation_topics"]  # an obligation's tie to a measure (`ties_measure`)
    built = tuple(rf"(?i)\b{w.removeprefix('(?i)')}\b" for w in words(*mods))
    return phrases(*sorted({n for nouns in data["measures"].values() for n in nouns})) + built


@functools.cache
def role_phrases_by_leader() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases of each date-bounded title of data/leaders.yaml (`roles`), with the leader
    who holds it, in file order: the contact extractor's titles (`contact.parties._load_roles`)."""
    data = packaged("leaders")  # parsed once, with the gazetteer's table
    return tuple(
        (name, tuple(role["phrases"]))
        for name, entry in data.items()
        for role in entry.get("roles", [])
    )


@functools.cache
def seat_places_by_leader() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The capitals of each leader's `seats` in data/leaders.yaml (held or not: the gate does
    not know the day), with the leader: a visit there names the leader
    (`contact.parties.visits`)."""
    data = packaged("leaders")
    return tuple(
        (name, tuple(seat["places"]))
        for name, entry in data.items()
        for seat in entry.get("seats", [])
    )
