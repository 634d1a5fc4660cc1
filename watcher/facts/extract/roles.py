"""Decide who levies a tariff and whose goods it hits, from the words around each country name.

Direction is the error that matters most ("US tariffs on Chinese goods" vs "China's tariffs on US
products"), so each country mention is given a role from its immediate context: the object of
"on", "against" or "imports from", an origin adjective before "goods", a country directly before
its rate ("Vietnam 46%") or one that "faces" or "is charged" a rate is a target; a possessive or
adjective before a tariff noun ("China's duties", "U.S. levies"), a sentence subject followed by
its verb, the agent after "by", or the country goods are sent to ("exports to the US") is an
imposer. Everything else is neutral.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.literals import Guarded, guarded, guarded_re
from watcher.facts.extract.memo import per_article

_GOODS = r"(?:goods|imports|products|exports|vehicles|cars|autos|steel|alumin\w+|items|shipments|"
_GOODS += r"coal|energy|farm|agricultural|companies|firms|made|origin|crude|soybeans|"
# "Chinese exporters face 40%": the makers and sellers of goods bear the duty on them
_GOODS += r"exporters|producers|manufacturers|makers|suppliers|sellers|growers|farmers)"
_Q = rf"(?:{alternatives('tariff', 'goods_quantifiers')})"
_TARGET_BEFORE = guarded_re(
    rf"(?:\b(?:on|against|to\s+hit)\s+(?:(?:{_Q}|imported)\s+)*"
    r"(?:(?:imports|goods|products)\s+(?:of|from)\s+)?"
    rf"(?:{_Q}\s+)*|\b(?:imports?|imported|goods|products|exports|shipments|made|originating|"
    # "lumber shipped from Canada", "every product coming out of China": the goods' journey
    r"vehicles|cars|resources|commodities|shipped|sent|exported|coming|arriving)\s+"
    r"(?:\w+\s+){0,2}?(?:from|out\s+of)\s+(?:the\s+)?|"
    # "tariffs on cars, steel and textiles from China": the goods a duty is on, then their origin
    # ("on foreign cars, including those from Canada" is on every origin)
    r"\bon\s+(?:(?!(?:including|excluding|except|those|such|especially)\b)"
    r"(?-i:[a-z][\w-]*),?\s+){1,6}?from\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
# "applies a 20% duty to Chinese-made footwear": a duty applied "to" goods of an origin (an
# adjective; "pay tariffs to the United States" names who collects).
_DUTY_TO = guarded(
    re.compile(
        r"\b(?:tariffs?|levies|levy|duties|duty|surtax(?:es)?|surcharges?)\s+to\s+"
        rf"(?:(?:{_Q}|imported)\s+)*$",
        re.IGNORECASE,
    )
)
# "compared with 30% for China": the party a rate is stated for faces it.
_RATE_FOR = guarded_re(r"(?:%|\bper\s?cent|\bpercent)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


def _words(key: str) -> str:
    """The alternation of the lexicon's `tariff: <key>`, longest first (phrases: any run of
    whitespace between their words)."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(section("tariff")[key], key=len)[::-1]
    )


# Words after a name that make it the goods' origin. A verb of saying after the name opens its
# reported clause (lexicon `tariff: saying_verbs`): "Chile said goods from ..." names no Chilean
# goods.
@functools.lru_cache(maxsize=1)
def _target_after() -> re.Pattern[str]:
    says = rf"(?!(?:{_words('saying_verbs')})\b)"
    after = _TARGET_AFTER.replace("{_SAYS}", says).replace("{_BEARS}", _words("bearing_verbs"))
    return re.compile(after, re.IGNORECASE)


_TARGET_AFTER = (
    rf"^(?:\s*(?:{{_SAYS}}\w+\s+)?{_GOODS}\b|\s+(?:at\s+|with\s+)?(?:\d|a\s+\d)|['\u2019]s\s+(?:\w+\s+)?{_GOODS}|"
    r"\s+(?:\w+\s+){0,2}?(?:is|was|are|were|will|would|has|have|had)\s+(?:\w+\s+){0,2}?"
    r"(?:charged|tariffed|hit|slapped|subject|subjected|facing)\b|"
    r"\s+(?:hit|slapped|struck)\s+with\b|"  # the headline passive: "India hit with 50% tariff"
    # "Chinese-made solar panels will face", "US wine will carry": the goods bear the rate
    # (also in a relative clause on them: "Chinese kettles, which have carried")
    r"(?:-\w+)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[\w-]+,\s+(?:which|that)\s+(?:(?:still|now|already|currently|also)\s+)?)?"
    # "Canadian lumber entering the United States faces": the market the goods come into
    r"(?:(?:entering|imported\s+into|shipped\s+(?:in)?to|arriving\s+in|sold\s+in)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w.]*\s+){1,3})?"
    r"(?:{_BEARS})\b|"
    r"['\u2019]s\s+(?:paying|facing)\b|"
    r"(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w ]{2,30})?,?\s+(?:which|who|that)\s+"
    r"(?:will|would|now)\s+(?:\w+\s+)?(?:face|pay|be charged|be hit)\b)"
)
_TARIFF_NOUN = rf"(?:{alternatives('tariff', 'tariff_noun_forms')})"


# The subject of a measure verb acts ("China's tariffs", "Beijing will impose", "Ottawa, in a
# statement, raised"): the start of the words after a name, up to the verb, ...
_IMPOSER_AFTER_HEAD = (
    rf"^(?:['\u2019]s?\s+(?:[\w%.-]+\s+){{0,4}}?{_TARIFF_NOUN}|\s+(?:[\w-]+\s+){{0,2}}?{_TARIFF_NOUN}\b|"
    r"(?:['\u2019]s)?(?:,[^,]{1,60},)?\s+(?:[^\s,;]+\s+){0,5}?"
)
# ... and the measure verbs themselves. The levying verbs of the lexicon (`tariff:
# levy_verbs`: "Mexico applies a 20% duty to ...") join them in `_imposer_after`.
_MEASURE_VERBS = (
    r"will|would|has|have|had|is|was|announced|"
    r"impos\w*|slap\w*|hits?|retaliat\w*|rais\w*|hik\w*|increas\w*|lower\w*|cuts?|reduc\w*|"
    r"sets?|said|says|approv\w*|agreed|levie?\w*|implement\w*|introduc\w*|strikes|struck|"
    r"responded|answer(?:ed|s)|counter(?:ed|s)|match\w*|decided|ordered|signed|plans?|intends?|threaten\w*|warned|added|"
    r"doubl\w*|halv\w*|unveil\w*|confirm\w*|scal\w*|matched|hits?\s+back|"
    r"(?:lift|remov|scrapp|cancell?|repeal|rescind|revok|terminat|suspend|paus|eliminat)(?:ed|es|s)|"
    r"withdrew|scraps|put|puts|plac(?:ed|es)|propos(?:ed|es)|charg(?:es|ed|ing)|collect(?:s|ed|ing)"
)


@functools.lru_cache(maxsize=1)
def _imposer_after() -> re.Pattern[str]:
    levy = "|".join(re.escape(v) for v in section("tariff")["levy_verbs"])
    return re.compile(rf"{_IMPOSER_AFTER_HEAD}(?:{levy}|{_MEASURE_VERBS})\b)", re.IGNORECASE)


# "American importers of Chinese furniture pay 45%", "European buyers ... pay a duty of 12%":
# the country of those who pay a duty on arrival (lexicon `tariff: payer_nouns`) levies it.
@functools.lru_cache(maxsize=1)
def _payer_after() -> Guarded:
    lex = section("tariff")
    nouns = "|".join(re.escape(v) for v in lex["payer_nouns"])
    pays = "|".join(re.escape(v) for v in lex["payment_verbs"])
    return guarded_re(
        rf"^\s+(?:[\w-]+\s+)?(?:{nouns})\b[^,;]{{0,60}}?\b(?:{pays})\b", re.IGNORECASE
    )


# "Canadian imports of Chinese cars carry 100%": the importing country's imports of another's
# goods are taxed on arrival there.
_IMPORTS_OF = re.compile(r"^\s+imports\s+of\s", re.IGNORECASE)


# "a freeze on Mexico's 35% levy": a possessive on a tariff noun levies it, after "on" too.
_OWN_TARIFF = guarded_re(rf"^['\u2019]s\s+(?:[\w%.-]+\s+){{0,3}}?{_TARIFF_NOUN}\b", re.IGNORECASE)


# "pay a 9% levy in Mexico", "bears a 30% tariff in the United States": the market a duty is
# paid in levies it.
# So is the market after the goods a duty is on: "tariffs on Chinese electric vehicles in
# Canada stand at 100%".
_LEVIED_IN = guarded_re(
    rf"(?:\b{_TARIFF_NOUN}|%|\bper\s?cent|\bpercent)(?:\s+on\s+[^,;%]{{1,50}}?)?\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "cars built in China", "steel produced in Vietnam": the goods' origin, not a market.
_MADE_IN = guarded_re(
    r"\b(?:made|built|produced|manufactured|assembled|grown|mined|processed)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the agreement reached in Kuala Lumpur", "talks held in Geneva": the place of an event is
# no party to the measure; nor is where a traveller comes back from.
# (lexicon `tariff: venue_words`, and `journey_words` for "on his way back from South Korea")
@functools.lru_cache(maxsize=1)
def _venue_before() -> Guarded:
    return guarded_re(
        rf"\b(?:{_words('venue_words')})\s+in\s+(?:the\s+)?$|"
        rf"\b(?:{_words('journey_words')})\s+from\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


_IMPOSER_BEFORE = guarded_re(
    r"\b(?:imposed|levied|set|announced)?\s*by\s+(?:the\s+)?$", re.IGNORECASE
)
# The object of a warning or a strike is the country whose goods are hit ("threatened Japan").
_OBJECT_TARGET = guarded_re(
    r"\b(?:warn\w*|threaten\w*|hit(?:ting)?|slapp\w*|target\w*|punish\w*|penali[sz]\w*|"
    r"sanction\w*|struck)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Vietnamese exports to the US face 46%": the country goods are sent to is the one that taxes
# them on arrival, even when it stands before "face".
_DESTINATION = guarded_re(
    r"\b(?:(?:exports|shipments|goods|products|sales|imports)\s+(?:\w+\s+){0,2}?(?:to|into)|"
    # "lumber shipped from Canada to the US": the journey's end, after its origin
    r"(?:imported|shipped|sent|brought|exported)\s+(?:from\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.]*\s+){1,3})?"
    r"(?:in)?to|entering|"
    # "pay 40% in duties to sell in the US": the market goods are sold in taxes them
    r"(?:sell|selling|sold|ship|shipping)\s+(?:\w+\s+)?(?:in|into|to)|bound\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FACES = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:faces?|facing|pays?|paying|bears?|bearing|carr(?:y|ies|ying)|"
    r"(?:is|are)\s+subject|"
    r"(?:has|have)\s+(?:faced|paid|carried|borne))\b",
    re.IGNORECASE,
)
# ", and the EU announced ...": after a comma, "and" opens a new clause whose subject acts.
# A rate's figure closes a clause as a comma does: "cut its levy to 10% and China suspended ..."
# ("trade between the US and China" keeps "and" a joiner of objects).
_CLAUSE_OPENER = re.compile(
    r"(?:[,;]|%|\bper\s?cent|\bpercent)\s*(?:and|but)\s+(?:the\s+)?$", re.IGNORECASE
)
_OBJECT_NEUTRAL = guarded_re(
    r"\b(?:told|tell|urged|accused|asked|pressed|called on|with|and|between|for|over|of|against)"
    r"\s+(?:the\s+)?(?:(?:President|Prime Minister|Premier|Chancellor|Donald|Mr\.?)\s+)*$",
    re.IGNORECASE,
)

# A gapped second change: "the US cut its levy to 30% and China (its own) to 10%". The country
# that follows a rate and "and" with only "to" and a figure after it is the gapped subject.
_GAPPED_BEFORE = guarded_re(
    r"(?:%|\bper\s?cent|\bpercent)\s*,?\s+(?:and|while|whereas)\s+(?:the\s+)?$", re.IGNORECASE
)
_GAPPED_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2})?to\s+\d",
    re.IGNORECASE,
)

# "China tariffs could come down", "the overall Japan rate": a bare name before the tariff noun
# is the taxed country, as in "steel tariffs" (only the home market's own "US tariffs" names the
# imposer this way).
_HOME = "US"
# ... while "US rates" (the home's rates, with no word between) are its own duties.
_HOME_RATE = guarded_re(r"^\s+(?:tariff\s+)?rates?\b", re.IGNORECASE)
# "a ceiling on US tariffs", "exempt from US duties": the home market's name before its tariff
# noun names the imposer wherever it stands.
# So does "US steel and aluminium tariffs": lower-case goods words may stand between.
_HOME_TARIFF = guarded_re(
    r"^\s+(?:(?!(?:with|of|on|to|for|from|by|in|at|as|its|their|his|her|the|an?|own)\b)"
    r"(?-i:[a-z][\w-]*)\s+){0,3}?(?:tariffs?|duties|duty|levies|levy)\b",
    re.IGNORECASE,
)
# ("Mexico levies 15% on ...", "Canada levies an extra 10%": the verb, its rate after it)
_NOUN_ADJUNCT = re.compile(
    r"^\s+(?:tariffs?|duties|levies(?!\s+(?:an?\s+)?(?:(?!(?:to|of|at|from|by)\b)[\w-]+\s+){0,2}?\d)|(?:tariff\s+)?rates?)\b"
    r"(?!\s+(?:on|against)\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> Guarded:
    """What lies between a speaker and the subject of its reported clause (lexicon `tariff:`)."""
    data = section("tariff")
    verbs = "|".join(re.escape(v) for v in data["speech_verbs"])
    return guarded_re(
        rf"(?:['\u2019]s?)?(?:\s+[\w-]+){{0,4}}?\s+(?:{verbs})(?:\s+(?:on|in)\s+\w+)?"
        r"(?:,\s+[^,]{1,40},)?\s+(?:that\s+)?(?:the\s+)?",
        re.IGNORECASE,
    )


class Role(Enum):
    """How a country mention relates to a tariff in its sentence."""

    IMPOSER = "imposer"
    AGENT = "agent"  # the "by X" of a passive: the surest imposer
    TARGET = "target"
    NEUTRAL = "neutral"
    SPEAKER = "speaker"  # "Beijing said Washington would cut ...": speaks, does not act


@dataclass(frozen=True, slots=True)
class Actor:
    """A country mention with the role its context gives it."""

    name: str
    start: int
    end: int
    role: Role


def _word_end(before: str) -> str:
    """The last letter of the word `before` ends on when whitespace follows it ("" if none).

    The cheap test first: a pattern that ends in "<word>\\s+(?:the\\s+)?$" can match only
    where that letter is its word's or "the"'s last. The sets below hold every IGNORECASE
    fold of their letters: none of n, m, e, y, o, g, r, d, t has another; s also has the long
    s, U+017F."""
    tail = before.rstrip()
    return tail[-1] if tail and len(tail) < len(before) else ""


_IN_END = frozenset("nNeE")  # "in", "the"
_BY_END = frozenset("yYeE")  # "by"
_TO_END = frozenset("oOnNgGeErR")  # "to", "into", "in", "entering", "bound for"
_FOR_END = frozenset("rReE")  # "for"
_AND_END = frozenset("dDeEsS\u017f")  # "and", "while", "whereas"
_OPENER_END = frozenset("dDtTeE")  # "and", "but"
_VENUE_END = frozenset("nNmMeE")  # "in", "from"


# "goods that contain Chinese components": the origin of parts, not of the goods taxed.
_CONTAINED = re.compile(
    r"\b(?:contain(?:s|ing)?|incorporat(?:e|es|ing))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)

# "an extra 25% duty as a penalty for importing Russian crude", "over its purchases of oil from
# Iran": the goods named in the reason for a duty are what the taxed party bought, not the goods
# taxed; their origin is no party to the measure.
_REASON = re.compile(
    r"\b(?:for|over)\s+(?:(?:its|their|his|her|the)\s+)?(?:continued\s+|ongoing\s+)?"
    r"(?:buying|purchasing|importing|(?:purchases|imports|buying)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:from\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _in_reason(tail: str) -> bool:
    """Whether a mention ends a reason adjunct of what the taxed party buys (`_REASON`; the
    substring tests first: they are cheap)."""
    return ("buy" in tail or "purchas" in tail or "import" in tail) and (
        _REASON.search(tail) is not None
    )


@per_article
def classify(text: str, mention: Mention) -> Role:
    """The role of one country mention, from up to 80 characters either side."""
    tail = text[max(0, mention.start - 40) : mention.start]
    if mention.adjective and _in_parts(tail):
        return Role.NEUTRAL
    if _in_reason(tail):
        return Role.NEUTRAL
    return _classify(text, mention)


def _in_parts(tail: str) -> bool:
    """ "goods that contain Chinese components": the country named is the parts' origin
    (the substring tests first: they are cheap)."""
    return ("contain" in tail or "incorporat" in tail) and _CONTAINED.search(tail) is not None


def _classify(text: str, mention: Mention) -> Role:
    """`classify` for a mention that names no parts' origin."""
    before = text[max(0, mention.start - 80) : mention.start]
    after = text[mention.end : mention.end + 80]
    end = _word_end(before)
    home_tariff = (
        mention.name == _HOME
        and _HOME_TARIFF.match(after) is not None
        and not (end in _BY_END and _IMPOSER_BEFORE.search(before))  # "by the US": the agent
    )
    # "cars built in China": the origin
    made_in = end in _IN_END and _MADE_IN.search(before[-30:]) is not None
    if not made_in and (
        home_tariff
        or _payer_after().match(after)
        or (mention.adjective and _IMPORTS_OF.match(after) is not None)
        or (not mention.adjective and _OWN_TARIFF.match(after) is not None)
        or (  # "a 15% ceiling on US tariffs": the home's own, even after "on"
            not mention.adjective
            and (
                _is_destination(before, after)
                or _gapped(before, after)
                or (end in _IN_END and _LEVIED_IN.search(before))
            )
        )
    ):
        return Role.IMPOSER
    if made_in or _is_target(before, after) or (mention.adjective and _DUTY_TO.search(before)):
        return Role.TARGET
    if not mention.adjective and mention.name != _HOME and _NOUN_ADJUNCT.match(after):
        return Role.TARGET
    home_rate = mention.name == _HOME and _HOME_RATE.match(after) is not None  # "US rates to 30%"
    if mention.adjective and not (
        home_rate or re.match(rf"^\s*(?:[\w-]+\s+){{0,2}}?{_TARIFF_NOUN}", after)
    ):
        return Role.NEUTRAL
    if end in _BY_END and _IMPOSER_BEFORE.search(before):
        return Role.AGENT
    tail = before[-45:]
    acts = (home_rate or _imposer_after().match(after)) and (
        not _OBJECT_NEUTRAL.search(tail) or (end in _OPENER_END and _CLAUSE_OPENER.search(tail))
    )
    return Role.IMPOSER if acts else Role.NEUTRAL


def _venue(text: str, mention: Mention) -> bool:
    """ "the agreement reached in Kuala Lumpur": where something happened, not who acts."""
    lo = max(0, mention.start - 40)
    return (
        not mention.adjective
        and _word_end(text[lo : mention.start]) in _VENUE_END
        and bool(_venue_before().search(text, lo, mention.start))
    )


def _gapped(before: str, after: str) -> bool:
    """The gapped subject of a second change: "cut its tariff to 30% and China (its own) to
    10%" (China acts; its verb is the first clause's)."""
    return bool(
        _word_end(before) in _AND_END
        and _GAPPED_BEFORE.search(before)
        and _GAPPED_AFTER.match(after)
    )


def _is_destination(before: str, after: str) -> bool:
    """The country goods are sent to, when they are taxed there: "tariffs on exports to the US",
    "exports to the US face 46%" (not "export controls on chip sales to China": the exporter
    restricts those, and the destination is the target)."""
    if _word_end(before) not in _TO_END or not _DESTINATION.search(before[-45:]):
        return False
    # "pay a combined 76% to ship to America": a rate before says so as well as a tariff noun
    taxed = re.search(rf"\b{_TARIFF_NOUN}\b|%|\bper\s?cent\b|\bpercent\b", before[-60:], re.I)
    return bool(taxed) or _FACES.match(after) is not None


# "imports from countries without a trade agreement with Mexico, including China": a country
# named as one of the origins a measure is on.
# (lexicon `tariff: origin_groups` and `origin_list_openers`)
@functools.lru_cache(maxsize=1)
def _origin_listed() -> Guarded:
    return guarded(
        re.compile(
            rf"\b(?:from|on)\s+(?:[\w-]+\s+){{0,3}}?(?:{_words('origin_groups')})\b"
            rf"[^;.%]{{0,60}}?,?\s+(?:{_words('origin_list_openers')})\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
    )


# "Aluminium from China, which faces a 25% surcharge, was left out": the goods' origin, named
# after "from" and followed by a relative clause in which the goods bear the duty, is the target
# (the imposer is named elsewhere; "China, which faces US tariffs, said ..." keeps its subject).
_FROM_END = frozenset("mMeE")  # "from", "the"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_WHICH_BEARS = re.compile(
    r"^,\s+(?:which|that)\s+(?:(?:still|now|already|currently|also)\s+)?"
    r"(?:faces|pays|bears|carries|attracts|(?:has|have)\s+(?:faced|paid|borne|carried))\b",
    re.IGNORECASE,
)


def _origin_bears(before: str, after: str) -> bool:
    """ "Sorghum from America, which faces a 10% tariff": the origin of goods that bear a duty
    (the cheap tests first: a comma after, "from" before)."""
    return (
        after.startswith(",")
        and _word_end(before) in _FROM_END
        and _FROM_BEFORE.search(before[-12:]) is not None
        and _WHICH_BEARS.match(after) is not None
    )


def _is_target(before: str, after: str) -> bool:
    return bool(
        _TARGET_BEFORE.search(before)  # searched before every actor: behind its guard
        or _origin_bears(before, after)
        or _origin_listed().search(before)
        or (_word_end(before) in _FOR_END and _RATE_FOR.search(before))
        or _OBJECT_TARGET.search(before[-30:])
        or _target_after().match(after)
        or _accepts_rate().match(after)
    )


@functools.lru_cache(maxsize=1)
def _accepts_rate() -> Guarded:
    """ "Japan secured a 15% rate", "the EU agreed to a 15% US tariff": the party that accepts
    or wins a rate in a deal faces it; the one that sets it is named elsewhere or is the
    default (lexicon `tariff: accept_verbs`)."""
    verbs = "|".join(re.escape(v) for v in section("tariff")["accept_verbs"])
    return guarded_re(
        rf"^(?:['\u2019]s\s+\w+)?\s+(?:\w+\s+){{0,2}}?(?:{verbs})\s+(?:to\s+)?(?:an?|the)\s+"
        r"(?:[\w-]+\s+){0,2}?\d(?![^,;.]{0,40}\b(?:on|against)\s+(?:the\s+)?(?-i:[A-Z]))",
        re.IGNORECASE,
    )


def actors(text: str, mentions: list[Mention]) -> list[Actor]:
    """Every country mention of a sentence with its role; coordinated targets share the role.

    Syntax gives roles, not proximity: in "Beijing said Washington would cut its levy" the
    subject of the measure verb (Washington) acts and the subject of the speech verb speaks.
    """
    return list(_actors(text, tuple(mentions)))


@per_article
def _actors(text: str, mentions: tuple[Mention, ...]) -> tuple[Actor, ...]:
    """`actors`, remembered for the article: the tariff and deadline extractors ask for the
    roles of the same sentence's mentions (about half of the calls on the dev texts repeat)."""
    out = [
        Actor(m.name, m.start, m.end, Role.NEUTRAL if _venue(text, m) else classify(text, m))
        for m in mentions
    ]
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        speaks = cur.role in (Role.IMPOSER, Role.NEUTRAL) and nxt.role is Role.IMPOSER
        if speaks and cur.name != nxt.name and _speech_verbs().fullmatch(text[cur.end : nxt.start]):
            out[i] = Actor(cur.name, cur.start, cur.end, Role.SPEAKER)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        gap = text[prev.end : cur.start]
        if prev.role is Role.TARGET and _COORDINATION.fullmatch(gap):
            role = Role.SPEAKER if _speaks(text, cur) else Role.TARGET
            out[i] = Actor(cur.name, cur.start, cur.end, role)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _speaks_after() -> re.Pattern[str]:
    """A speech verb right after a mention ("..., Brussels said", "the ministry said")."""
    verbs = "|".join(re.escape(v) for v in section("tariff")["speech_verbs"])
    return re.compile(
        rf"(?:['\u2019]s?)?(?:\s+[\w-]+){{0,3}}?\s+(?:{verbs})\b(?!\s+to\b)", re.IGNORECASE
    )


def _speaks(text: str, actor: Actor) -> bool:
    """ "goods from China, Brussels said": a mention after a comma that is the subject of a
    speech verb opens the speaker's clause; it is not one more item of the list before it."""
    return _speaks_after().match(text, actor.end, actor.end + 40) is not None


_COORDINATION = re.compile(r"\s*(?:,|and|or|&|,\s*and)\s*(?:the\s+)?")


def coordinated(text: str, acts: list[Actor], anchor: Actor) -> list[str]:
    """`anchor` and the actors joined to it by "and", "or" or commas ("Canada and Mexico")."""
    i = acts.index(anchor)
    lo = hi = i
    while lo > 0 and _COORDINATION.fullmatch(text[acts[lo - 1].end : acts[lo].start]):
        lo -= 1
    while (
        hi + 1 < len(acts)
        and _COORDINATION.fullmatch(text[acts[hi].end : acts[hi + 1].start])
        and not _speaks(text, acts[hi + 1])
    ):
        hi += 1
    return list(dict.fromkeys(a.name for a in acts[lo : hi + 1]))


def nearest(candidates: list[Actor], pos: int) -> Actor | None:
    """The actor closest to character position `pos`."""
    return min(candidates, key=lambda a: min(abs(a.start - pos), abs(a.end - pos)), default=None)
