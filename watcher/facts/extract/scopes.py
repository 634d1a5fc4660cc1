"""The goods a tariff rate applies to: gazetteer products near the rate, or a value of trade.

A rate's scope is named a few words before it ("25% steel tariffs") or within a line after it
("15% on US coal and liquefied natural gas"); a second verb ("... and added levies on
soybeans") starts another measure. With no product named, a stated value of trade ("25% tariffs
on up to $155 billion in imports") is the scope, named the same way whatever the wording ("goods
worth $155 billion") so that articles about one measure share its key; else all goods.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from watcher.facts.extract.clauses import SINCE_ASIDE_RE, Clause
from watcher.facts.extract.gazetteer import Gazetteer, Mention
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.merge import GENERAL

# "... to 125% and added extra levies on ...": a second verb starts another measure; so does a
# second infinitive ("agreed to cut X to 5% and to extend its purchases of soybeans").
_NEW_PREDICATE = re.compile(
    r"\band\s+(?:also\s+|has\s+|have\s+)?(?:added|imposed|announced|slapped|put|placed|levied|"
    r"introduced|expanded|extended|targeted|hit|adds|imposes|announces|slaps|puts|places|levies)\b|"
    r"\band\s+(?:also\s+)?to\s+(?!(?:the|a|an|its|their|his|her|about|around)\b)(?-i:[a-z]{3,})\b",
    re.IGNORECASE,
)

# "25% tariffs on up to $155 billion in imports": a measure scoped by the value of trade it hits.
_VALUE_SCOPE = re.compile(
    r"\bon\s+(?:(?:up\s+to|about|around|some|nearly|almost|roughly|over)\s+)?"
    r"(?:[A-Z]{1,2}\s?)?(?P<symbol>[$\u20ac\u00a3])\s?(?P<amount>\d[\d.,]*)\s*"
    r"(?P<unit>billion|bn|million|trillion)\b"
    r"(?:\s*\([^()]{0,40}\))?(?:\s+worth)?\s+(?:of|in)\s+(?:[\w.\u2019'-]+\s+){0,3}?"
    r"(?:imports|goods|products|exports)",
    re.IGNORECASE,
)
# "... on US goods worth C$30 billion": the value named after the goods.
_WORTH_SCOPE = re.compile(
    r"\b(?:goods|imports|products|exports)\s+worth\s+(?:(?:up\s+to|about|around|some|nearly|"
    r"almost|roughly|over)\s+)?(?:[A-Z]{1,2}\s?)?(?P<symbol>[$\u20ac\u00a3])\s?"
    r"(?P<amount>\d[\d.,]*)\s*(?P<unit>billion|bn|million|trillion)\b",
    re.IGNORECASE,
)
_UNITS = {"bn": "billion"}
# "25% on US motorcycles unless Washington drops its steel levies": a subordinate clause after
# the rate names another measure's goods.
_SUBORDINATE = re.compile(rf"\b(?:{alternatives('tariff', 'subordinators')})\b", re.IGNORECASE)

# "answered US steel tariffs with 25% duties": a tariff noun and "with" between the goods and
# the rate (not "hit US steel with 25% duties", where the goods are what is hit).
_WITH = re.compile(r"\b(?:tariffs?|duties|duty|levies|levy)\b[^%]*\bwith\b", re.IGNORECASE)
# "raise tariffs on EVs to 100%, on semiconductors to 50% and on solar cells to 50%": each
# object of a list whose verb is gapped comes before its own step "to".
# (`tariffs._AND_ITEM` reuses it as the gapped item of a list.)
GAPPED_OBJECT = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:on|for)\s+[^,;%]{1,60}?\s+to\s+(?:about\s+)?(?=\d|$)",
    re.IGNORECASE,
)
_SCOPE_REACH = 90  # the goods a rate applies to follow it within a line


def next_item(clause: Clause) -> int:
    """Where the next item of a gapped-verb list starts after the rate ("to 100% and on
    imported steel to 50%"): the rate's own object, origin and goods end there."""
    nxt = GAPPED_OBJECT.search(clause.sentence, clause.rate.end, clause.hi + 1)
    return nxt.start() if nxt else clause.hi


# "batteries for electric vehicles", "chips used in cars", "goods that contain Chinese steel":
# goods named in a modifier of a head noun say what the goods are for or hold, not what they
# are. (Not after a levy word or a figure: "a 25% tariff for cars" is on cars.)
_MODIFIER_CUES = (" for ", " use", " destined ", " intended ", " meant ", "contain", "incorporat")
_MODIFIER = re.compile(
    r"(?<!\S)(?!(?:tariffs?|duties|duty|levies|levy|rates?|surtax\w*)\b)"
    r"(?-i:[a-z][\w-]*)\s+"
    r"(?:for(?:\s+use\s+in)?|used\s+(?:in|by|for)|(?:destined|intended|meant)\s+for|"
    r"(?:that|which)\s+(?:contain|use|incorporate)s?|containing|incorporating)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def in_scope(clause: Clause, products: list[Mention]) -> list[Mention]:
    """Products named in the clause, a few words before the rate or up to a line after it.

    In a list ("15% on coal, and 10% on crude oil") the words before a rate name the previous
    rate's products, so only the words after it count.
    """
    lo = clause.rate.start if clause.follows_rate else _words_before(clause)
    own = GAPPED_OBJECT.fullmatch(clause.sentence, clause.lo, clause.rate.start)
    if clause.follows_rate and own:
        lo = clause.lo  # "..., on semiconductors to 50%": this rate's own object, before it
    hi = min(clause.hi, clause.rate.end + _SCOPE_REACH)
    hi = min(hi, next_item(clause))  # the next rate's object
    if more := _NEW_PREDICATE.search(clause.sentence, clause.rate.end, hi):
        hi = more.start()  # "raised duties to 125% and added levies on soybeans": another measure
    if other := _SUBORDINATE.search(clause.sentence, clause.rate.end, hi):
        hi = other.start()
    r = clause.rate.start
    found = [  # "answered US steel tariffs with 25% duties": steel is the answered measure's
        p
        for p in products
        if lo <= p.start < hi and not (p.end <= r and _WITH.search(clause.sentence, p.end, r))
    ]
    text = clause.sentence
    if found and any(cue in text[lo:hi] for cue in _MODIFIER_CUES):  # the cheap test first
        found = [p for p in found if not _MODIFIER.search(text, max(lo, p.start - 50), p.start)]
    return _not_in_total(clause, found, lo, hi) if found else found


_BEFORE_REACH = 60  # the goods may stand a few words before the rate


def _words_before(clause: Clause) -> int:
    """Where the words before a rate that may name its goods start: a few words back, and as
    far again before an aside on how long the old level held ("the duty on those chips, held
    at zero since the probe closed, will rise to 25%"). The cheap substring test first."""
    lo = max(clause.lo, clause.rate.start - _BEFORE_REACH)
    if "since" not in clause.sentence[lo : clause.rate.start]:
        return lo
    aside = SINCE_ASIDE_RE.search(clause.sentence, clause.lo, clause.rate.start)
    if aside is None or aside.end() < lo:
        return lo
    return max(clause.lo, aside.start() - _BEFORE_REACH)


# "a combined 20% in fentanyl and reciprocal tariffs": the names of two or more tariffs joined
# before their noun. A total over them is the overall level, the scope of none of them.
_JOINED_TARIFFS = re.compile(
    r"[\w-]+,?\s+(?:and|plus|&)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:tariffs?|duties|duty|levies|levy)\b",
    re.IGNORECASE,
)
_TOTAL_REACH = 60  # "cut the combined fentanyl and reciprocal tariff on Chinese goods to 20%"


@functools.lru_cache(maxsize=1)
def _total_word() -> re.Pattern[str]:
    """A level word of the lexicon (`tariff: total_words`): "combined", "total", "overall"."""
    words = "|".join(map(re.escape, section("tariff")["total_words"]))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _not_in_total(clause: Clause, found: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The products without the tariff names a total rate sums over ("a total of 30% in
    reciprocal and fentanyl duties"); a total over one named tariff ("a combined 20% fentanyl
    tariff", two rounds of it) keeps its name."""
    text, r = clause.sentence, clause.rate
    if " and " not in text and " plus " not in text and "&" not in text:
        return found  # the cheap test first
    near = text[max(clause.lo, r.start - _TOTAL_REACH) : min(clause.hi, r.end + 12)]
    if not _total_word().search(near):
        return found
    joined = [m.span() for m in _JOINED_TARIFFS.finditer(text, max(0, lo - 30), hi + 30)]
    return [p for p in found if not any(a <= p.start and p.end <= b for a, b in joined)]


def products_of(
    clause: Clause, products: list[Mention], gaz: Gazetteer, *, worldwide: bool
) -> list[str]:
    """The clause's scope: one fact per sector for a worldwide sectoral measure ("steel and
    aluminium imports"), one joined scope for a measure on one country ("Canadian steel and
    aluminium")."""
    names = list(dict.fromkeys(p.name for p in in_scope(clause, products)))
    if not names:
        hi = min(clause.hi, clause.rate.end + _SCOPE_REACH)
        value = _VALUE_SCOPE.search(clause.sentence, clause.rate.end, hi) or _worth_after(
            clause.sentence, clause.rate.end, hi
        )
        if value:
            return [_worth(value)]
        named = part_of_goods(clause) or (
            goods_object(clause) if worldwide else origin_goods(clause, gaz)
        )
        return [named] if named else [GENERAL]
    if worldwide and all(n in gaz.separate_products for n in names):
        return names
    return [", ".join(names)]


# Up to three lower-case words of goods, ended by a word that opens another phrase.
_GOODS = (
    r"(?P<goods>(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+)){0,2}?)"
    rf"(?=\s*(?:[,.;:\"\u201d)]|$|\s(?:{alternatives('tariff', 'goods_enders')})\b))"
)
# "tariffs on kitchen cabinets", "a 25% duty on heavy trucks": the goods a rate is levied on,
# named in lower-case words right after "on" (before or after the rate, in its clause).
_GOODS_OBJECT = re.compile(
    r"\b(?:tariffs?|duties|duty|levies|levy|%|per\s?cent|percent)\s+"
    # "on imports of pork" first: the other reading would take "imports" (every origin's)
    r"(?:on\s+imports\s+of|(?:[\w-]+\s+){0,2}?on)\s+"
    r"(?:(?:some|certain|most|many)\s+)?" + _GOODS,
    re.IGNORECASE,
)
# "Heavy trucks imported into the US will face 25%": the goods as the subject that is shipped.
_SHIPPED_GOODS = re.compile(
    r"(?P<goods>(?-i:[A-Za-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+)){0,2}?)\s+"
    r"(?:imported|shipped|brought|entering)\b",
    re.IGNORECASE,
)
# Words that name every origin's goods rather than one sector's.
_ANY_GOODS = re.compile(rf"^(?:{alternatives('tariff', 'any_goods_words')})\b", re.IGNORECASE)


def goods_object(clause: Clause) -> str | None:
    """The lower-case goods a rate's clause levies on ("duties on kitchen cabinets"), unless
    they are every origin's goods ("on all imports")."""
    text = clause.sentence
    lo = clause.rate.start if clause.follows_rate else clause.lo  # "..., 50% on cabinets"
    for pattern in (_GOODS_OBJECT, _SHIPPED_GOODS):
        for m in pattern.finditer(text, lo, clause.hi):
            goods = _COMING_IN.sub("", m.group("goods"))  # "imported footwear": footwear
            if goods and not _ANY_GOODS.match(goods):
                return goods.lower()
    return None


# "the tariff on Chinese solar cells could rise": a one-country measure's lower-case goods after
# their origin, read as a title's are (`title_goods`). The origin must be a country's adjective
# ("Chinese", "US", "Canadian-made"): in "tariffs on China took effect" no goods are named.
# The origin may be a compound ("US-grown", "American-built", "China-assembled").
_MADE_WORDS = tuple(section("tariff")["made_words"])
_MADE = rf"(?:{'|'.join(_MADE_WORDS)}|origin)"
_ORIGIN = rf"(?:(?:[A-Z][a-z]+(?:ese|an|ish)|[A-Z][A-Z.]+)(?:-{_MADE})?|[A-Z][\w.]*-{_MADE})"
_COUNT = (
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|at\s+least)\s+)?"
    r"(?!(?:19|20)\d\d\b)(?P<count>\d[\d,]*)(?!\s*(?:%|per|percent|pc|billion|million|trillion|bn)\b)\s+"
)
_ORIGIN_GOODS = re.compile(rf"\bon\s+(?P<origin>{_ORIGIN})\s+" + _GOODS)
# Goods ended by the phrase that names their origin ("made in", "imported from"), so they may be
# a short list: "drones and drone components made in China".
_WORD = r"(?-i:[a-z][a-z-]+)"
_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
_GOODS_LIST = rf"(?P<goods>{_WORDS}(?:,?\s+(?:and|or)\s+{_WORDS})?)"
_NAMED_ORIGIN = r"(?:the\s+)?(?P<origin>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
# "electric bicycles made in China": the origin after the goods.
_GOODS_MADE_IN = re.compile(r"\bon\s+" + _GOODS_LIST + rf"\s+{_MADE}\s+in\s+" + _NAMED_ORIGIN)
# "brandy imported from the European Union", "footwear shipped from China": the goods' journey
# names their origin.
_SHIPPED = tuple(section("tariff")["shipped_words"])
# ("on certain excavators from China": the journey's verb may be left out, and is no goods)
_UNSHIPPED = rf"(?!(?:{'|'.join(_SHIPPED)})\b){_WORD}"
_UNSHIPPED_LIST = (
    rf"(?P<goods>{_UNSHIPPED}(?:\s+{_UNSHIPPED}){{0,2}}(?:,?\s+(?:and|or)\s+{_WORDS})?)"
)
_GOODS_FROM = re.compile(
    r"\bon\s+(?:(?:some|certain|most|many)\s+)?"
    + _UNSHIPPED_LIST
    + rf"\s+(?:(?:{'|'.join(_SHIPPED)})\s+)?from\s+"
    + _NAMED_ORIGIN
)
# "Chinese-made drones would face a 60% tariff": the goods as the subject that bears the rate;
# "buyers of Chinese furniture pay 30%": the goods their payers buy.
_BEARS = (
    # "Canadian lumber entering the United States has faced ...": the market they come into
    r"(?:\s+(?:entering|imported\s+into|shipped\s+(?:in)?to|arriving\s+in|sold\s+in|(?:in)?to)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)?"
    # "Maple syrup from Canada, which faces a 14% duty": a relative clause may bear it
    r"(?:,\s+(?:which|that))?"
    r"\s+(?:(?:will|would|could|now|to|must|may|still|already|(?:are|is)(?:\s+still)?)\s+)?"
    r"(?:face|faces|facing|carry|carries|attract|attracts|pay|pays|paying|be\s+subject\s+to|"
    r"(?:is|are)\s+subject\s+to|(?:has|have)\s+(?:faced|paid|carried|borne|attracted))\b"
)
_SUBJECT_GOODS = re.compile(rf"(?P<origin>{_ORIGIN})\s+" + _GOODS + _BEARS)


# "Solar panels shipped from Malaysia will face 40%": the subject goods with their origin after
# them (as after "on": `_GOODS_FROM`, `_GOODS_MADE_IN`).
@functools.lru_cache(maxsize=1)
def _subject_goods_from() -> re.Pattern[str]:
    """The subject opens its clause, and no verb of saying is one of its words: "Officials
    said solar panels from ..." names no goods (lexicon `tariff: saying_verbs`)."""
    says = "|".join(re.escape(v) for v in section("tariff")["saying_verbs"])
    word = rf"(?!(?:{says})\b)"
    return re.compile(
        r"(?:^|(?<=[,;:(\"\u201c\u2018\u2014\u2013]\s)|(?<=[\"\u201c\u2018(])|(?<=\bthat\s)|"
        r"(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))"
        rf"(?P<goods>{word}(?-i:[A-Za-z][a-z-]+)(?:\s+{word}(?-i:[a-z][a-z-]+)){{0,2}}?)\s+"
        rf"(?:(?:(?:{'|'.join(_SHIPPED)})\s+)?from|{_MADE}\s+in)\s+" + _NAMED_ORIGIN + _BEARS
    )


# "Chinese exporters face 30%", "Canadian farmers pay": the payers, not the goods.
_PARTY_NOUN = re.compile(
    r"\b(?:\w*makers?|firms?|compan(?:y|ies)|businesses|exporters?|importers?|buyers?|sellers?|"
    r"consumers?|shoppers?|households?|farmers?|growers?|manufacturers?|producers?|suppliers?|"
    r"retailers?|brands?|industr(?:y|ies)|workers?|people|customers?|traders?|purchasers?|"
    r"sectors?|factories|families)$"
)
# "some 600 items from the United States", "roughly 300 products": a counted part of the goods.
_COUNTED_GOODS = re.compile(rf"\bon\s+{_COUNT}(?:[A-Z][\w.-]*\s+)?" + _GOODS)
# "Mexican goods that contain Chinese components": goods picked out by what they contain.
_CONTAINING = re.compile(
    r"\bon\s+(?:[A-Z][\w.-]*\s+)?(?P<goods>goods|products|imports|items|exports)\s+"
    r"(?:(?:that|which)\s+(?:contain|include|incorporate|use)s?|containing|incorporating)\s+"
    r"(?P<what>(?:(?-i:[A-Z])[\w-]*\s+)?(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+))?)"
    r"(?=\s*(?:[,.;:]|$|\s(?:from|to|at|by|in|into|on|under|starting|beginning|effective|and|or|"
    r"with|calling|was|is|will|would)\b))"
)
# The levy word before "on", up to two words away ("tariff on", "duties of 25% on").
_LEVY_BEFORE = re.compile(
    r"\b(?:tariffs?|duties|duty|levies|levy|%|per\s?cent|percent)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def origin_goods(clause: Clause, gaz: Gazetteer) -> str | None:
    """The lower-case goods of one country a rate's clause levies on ("tariffs on Chinese
    solar cells", "on electric bicycles made in China"), or that bear it as the subject
    ("Chinese-made drones would face 60%"), unless they are all its goods ("on Chinese
    imports"). The case-sensitive origin is searched first (cheap), the levy word only then."""
    text = clause.sentence
    # a gapped list item's goods stand before its rate ("... to 10% and on US wine to 5%"); a
    # rate's own goods end where the next item starts
    item = GAPPED_OBJECT.match(text, clause.lo) if clause.follows_rate else None
    lo = clause.rate.start if clause.follows_rate and item is None else clause.lo
    hi = min(clause.hi, next_item(clause))
    for pattern in _origin_patterns(text):
        for m in pattern.finditer(text, lo, hi):
            goods = m.group("goods")
            if (
                # the gapped item's "on" is the object of the list's levy verb
                (
                    (item is not None and m.end() <= item.end())
                    or _LEVY_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                )
                and not _ANY_GOODS.match(goods)
                and gaz.countries.find(m.group("origin"))
            ):
                return goods.lower()
    if "face" in text or "carr" in text or "attract" in text or "subject" in text or "pay" in text:
        for m in _subject_goods(text, clause):
            goods = m.group("goods")
            if (
                not _ANY_GOODS.match(goods)
                and not _PARTY_NOUN.search(goods)
                and gaz.countries.find(m.group("origin"))
            ):
                return goods.lower()
    return None


def _subject_goods(text: str, clause: Clause) -> Iterator[re.Match[str]]:
    """The goods that bear the rate as the subject of its clause, the origin before them
    ("Chinese-made drones") or after them ("drones made in China", "drones from China")."""
    yield from _SUBJECT_GOODS.finditer(text, clause.lo, clause.rate.start)
    if " from " in text or " in " in text:
        # "Maple syrup from Canada, which faces a 14% duty": the head of the relative clause
        # stands before it; the verb it bears the rate by must be the one right before the rate
        lo = max(0, clause.lo - _HEAD_REACH)
        for m in _subject_goods_from().finditer(text, lo, clause.rate.start):
            if _RIGHT_BEFORE_RATE.fullmatch(text, m.end(), clause.rate.start):
                yield m


_HEAD_REACH = 80  # a relative clause's head noun, before the clause
# Between the bearing verb and the rate: an article and up to three words ("a combined").
_RIGHT_BEFORE_RATE = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?")


def _origin_patterns(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns whose origin phrase the sentence has (a substring test is cheaper than a
    regex that cannot match)."""
    made_in = any(f"{made} in " in text for made in _MADE_WORDS)
    shipped = " from " in text
    return (
        _ORIGIN_GOODS,
        *((_GOODS_MADE_IN,) if made_in else ()),
        *((_GOODS_FROM,) if shipped else ()),
    )


# "most goods face 25%, with a few categories subject to 10%": a quantified part of the goods
# that bears the rate right after it, the words of the part as its scope.
_SUBSET_BEARS = re.compile(
    r"\b(?P<part>(?:a\s+few|a\s+handful\s+of|a\s+small\s+number\s+of|some|certain|several)\s+"
    r"(?:[a-z-]+\s+)?(?:categories|products|items|goods|lines|sectors|types)(?:\s+of\s+[a-z-]+)?)"
    r"\s+(?:(?:would|will)\s+(?:be\s+)?|(?:are|were)\s+)?(?:subject\s+to|fac(?:e|ing)|taxed\s+at|at)"
    r"\s+(?:(?:an?|the)\s+)?(?:(?:lower|higher|reduced|smaller)\s+)?$"
)


def part_of_goods(clause: Clause) -> str | None:
    """A scope that is a part of the goods, not all of them: a counted part ("on roughly 300
    Chinese industrial products": "300 industrial products"), the goods that contain
    something ("on Mexican goods that contain Chinese components"), or a quantified part
    that bears the rate ("with a few categories subject to 10%")."""
    text = clause.sentence
    if " subject to " in text or " fac" in text or " at " in text:  # the cheap test first
        part = _SUBSET_BEARS.search(text, max(0, clause.rate.start - 80), clause.rate.start)
        if part is not None:
            return part.group("part")
    lo = clause.rate.start if clause.follows_rate else clause.lo
    hi = min(clause.hi, next_item(clause))
    if "contain" in text or "incorporat" in text or "include" in text or " use" in text:
        for m in _CONTAINING.finditer(text, lo, hi):
            if _LEVY_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
                return f"{m.group('goods').lower()} containing {m.group('what')}"
    for m in _COUNTED_GOODS.finditer(text, lo, hi):
        if _LEVY_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            return f"{m.group('count')} {m.group('goods').lower()}"
    return None


# Goods named by their coming in from anywhere: "on imported footwear" levies on footwear.
# (`tariffs._EVERY_ORIGIN` reads the same words as every origin.)
COMING_IN = r"(?:imported|foreign(?:-made|-built)?)"
_COMING_IN = re.compile(rf"^{COMING_IN}\s+(?=[a-z])", re.IGNORECASE)
# A title's tariff object ("US to raise tariffs on Chinese solar cells"), up to a word that
# opens another phrase ("... on Chinese steel over dumping").
_TITLE_OBJECT = re.compile(
    r"\b(?:tariffs?|duties|duty|levies|levy)\s+on\s+(?P<obj>[^,;:]+?)"
    r"(?=\s+(?:over|amid|after|as|for|in|to|from|despite|because|with|by|until|since)\b|[,;:]|$)",
    re.IGNORECASE,
)
# The origin before the goods: "Chinese", "US-made", "imported".
_ORIGIN_WORDS = re.compile(rf"^(?:(?:(?-i:[A-Z])[\w.-]*|{COMING_IN})\s+)+")
_LOWER_GOODS = re.compile(r"(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+)){0,2}")


def title_goods(title: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The goods a title's measure is on, scoped as a one-country measure's are: the
    gazetteer's products joined ("US steel and aluminium"), else its lower-case goods ("solar
    cells"); nothing for every good ("Chinese goods")."""
    m = _TITLE_OBJECT.search(title)
    if m is None:
        return ()
    obj = m.group("obj")
    names = list(dict.fromkeys(p.name for p in gaz.products.find(obj)))
    if names:
        return (", ".join(names),)
    goods = _ORIGIN_WORDS.sub("", obj)
    if _LOWER_GOODS.fullmatch(goods) and not _ANY_GOODS.match(goods):
        return (goods,)
    return ()


_ALL_BEFORE = re.compile(r"\ball\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _worth_after(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """ "on US goods worth C$30 billion" (not "on all Chinese imports worth $500 billion": every
    good of that origin, whatever its value)."""
    m = _WORTH_SCOPE.search(text, lo, hi)
    return None if m is None or _ALL_BEFORE.search(text, lo, m.start()) else m


def sectoral(clause: Clause, products: list[Mention], gaz: Gazetteer) -> bool:
    """A rate on a sector-wide product ("pharmaceutical imports") with no country named."""
    return any(p.name in gaz.separate_products for p in in_scope(clause, products))


def _worth(m: re.Match[str]) -> str:
    """A stable name for a value scope, whatever the wording: "goods worth $155 billion"."""
    unit = m.group("unit").lower()
    return f"goods worth {m.group('symbol')}{m.group('amount')} {_UNITS.get(unit, unit)}"
