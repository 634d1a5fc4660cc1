"""Find tariff rates in a sentence and pair each new rate with the rate it replaces.

A rate is a number ("25", "12.5", "twenty-five") followed by "%", "percent", "per cent" or "pc".
"Percentage points" are a difference, not a rate, and never match. Pairings that news uses for a
change ("from 84% to 125%", "to 10%, down from 125%", "145% levies will be cut to 30%", "doubled
to 20%", "halved the 20% duty") turn the older figure into `previous` so that it is not reported
as a separate fact; ranges ("between 50% and 65%", "10-25%") keep the lower bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.numbers import TENS, UNITS, word_to_number

_UNITS = UNITS
_TENS = TENS
_WORD_NUM = (
    r"(?:(?:one|two)\s+hundred(?:\s+and)?\s+)?"
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)})"
    r"|(?:one|two)\s+hundred"
)
PERCENT = guarded_re(
    rf"(?P<num>\d+(?:\.\d+)?|\b(?:{_WORD_NUM}))\s*(?:%|\s?per\s?cent\b|percent\b|pc\b)"
    r"(?!\s*(?:age\s+)?points?\b)",
    re.IGNORECASE,
)
_UNIT = guarded_re(r"%|per\s?cent|pc\b", re.IGNORECASE)  # "20pc" too
# "50 to 100 per cent", "50-100%", "from 20 to 30 percent": the first figure shares the unit.
_BARE_FIRST = re.compile(
    r"(?<![\w.$\u20ac\u00a3,])(?P<num>\d+(?:\.\d+)?)(?=\s*(?:-|\u2013|to)\s*\d+(?:\.\d+)?\s*"
    r"(?:%|\s?per\s?cent\b|percent\b))",
    re.IGNORECASE,
)
# "from ten to twenty-five percent", "between five and 15 per cent": a first figure in words,
# or one joined by "and" after "between", shares the unit too. Read only in the few words
# before a figure with its unit (cheap: no scan of the whole sentence for number words).
_WORD_FIRST = re.compile(
    rf"(?:(?<![\w.$\u20ac\u00a3,-])(?P<num>{_WORD_NUM})\s*(?:to|\u2013)|"
    rf"(?<=\bbetween\s)(?P<low>\d+(?:\.\d+)?|{_WORD_NUM})\s+and)\s+$",
    re.IGNORECASE,
)
_WORD_FIRST_REACH = 40  # "between one hundred and twenty and "
_JOINERS = frozenset(("to", "and", "\u2013"))
_NUMBER_WORDS = frozenset((*_UNITS, *_TENS, "hundred"))
# A verb of a rate's change ("lift its 25% tariff to 50%": lifting to a figure raises the duty).
_CHANGE_VERB = rf"(?:{alternatives('tariff', 'rate_change_verbs')})"
# A hedge right before a figure ("to roughly 47%", "from about 57%") leaves the pairing as is.
_HEDGE = rf"(?:\s*\b(?:{alternatives('tariff', 'figure_hedges')}))?"
_FROM_TO = re.compile(
    rf"^\W*(?:(?:down|up)\s+)?(?:to|and)\s*(?P<between>between\s+)?{_HEDGE}\s*$", re.IGNORECASE
)  # "from 20% to 15%", "from 20% down to 15%", "from about 57% to roughly 47%"
_ARROW = re.compile(r"^\s*(?:\u2192|->|=>|\u21d2|\u27a1\ufe0f?)\s*$")
_RANGE = re.compile(r"^\s*(?:and|to|-|\u2013)\s*$")
# "30% and 10% respectively": two parties' rates, each its own, not one range.
_RESPECTIVELY = re.compile(r"\W{0,3}respectively\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,4}$")
# "rates ranging from 10% to 41%": the two figures bound a range, they are no change.
_RANGING_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+$", re.IGNORECASE)
_DOWN_FROM = re.compile(
    rf"^\s*(?:{alternatives('tariff', 'rate_nouns')})?\W{{0,3}}"
    # the day of the change may stand between: "fell to 13% on Monday from 23%"
    rf"(?:(?:{alternatives('tariff', 'change_days')})\s+)?"
    rf"(?:(?:{alternatives('tariff', 'old_level_adverbs')}|"
    rf"a\s+(?:{alternatives('tariff', 'change_nouns')}))\s+)?"
    r"from\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?$",  # "down from a staggering 145%"
    re.IGNORECASE,
)
_CHANGE_TO = re.compile(rf"\b{_CHANGE_VERB}\b[^%]{{0,60}}\bto{_HEDGE}\s*$", re.IGNORECASE)
# "reducing the 20% tariffs on X to 10%": the verb names the change before the old figure.
_VERB_BEFORE = re.compile(
    rf"\b{_CHANGE_VERB}\s+(?:the|its|his|their|her|our)\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)
# An aside in brackets may stand between: "the 20% tariffs (imposed under an order of 2024) to".
_TO_END = re.compile(rf"^(?:[^%,;.()]|\([^()%]{{1,60}}\)){{0,90}}?\bto{_HEDGE}\s*$", re.IGNORECASE)
_MULTIPLIER = guarded_re(  # not across a participle clause: "was halved, cutting the total to"
    r"\b(?P<verb>doubl|tripl|quadrupl|halv)\w*\b(?:(?!,\s*\w+ing\b)[^%.;]){0,80}\bto\s*$",
    re.IGNORECASE,
)
_HALVED = guarded_re(r"\bhalv(?:e|ed|es|ing)\s+(?:the\s+|its\s+|a\s+|his\s+)?$", re.IGNORECASE)
# "will double its 10% levy", "tripled the 5% duty": the old level is the object, the new one
# is the factor times it.
_MULTIPLIED = guarded_re(
    r"\b(?P<verb>doubl|tripl|quadrupl)(?:e|ed|es|ing)\s+(?:the|its|their|his|her|a)\s+$",
    re.IGNORECASE,
)
# "50% on India, double the 25% imposed on China", "is double the 25%": the bare word after a
# comma or a copula measures one figure against another (a yardstick, not a step).
_MEASURE_OF = re.compile(
    r"(?:,|\b(?:is|are|was|were|be|been|nearly|almost|roughly|about|more\s+than))\s+"
    r"(?:double|triple|quadruple)\s+(?:the|its|their|his|her|a)\s+$",
    re.IGNORECASE,
)
# "an extra 25% tariff ..., taking the total levy to 50%": the total is the rate
# (docs/extraction.md: total).
_ADDITIONAL = re.compile(
    r"\b(?:extra|additional|further|another|add(?:s|ed|ing)?(?:\s+an?)?)\s+$", re.IGNORECASE
)  # "added 10% to its tariffs ..., for a total of 20%"
_TOTAL = re.compile(
    r"\b(?:(?:taking|bringing|raising|lifting|pushing|doubling|increasing)\s+(?:the\s+)?"
    r"(?:total|overall|combined|"
    r"cumulative)\s+(?:\w+\s+)?(?:to|at)|"
    r"(?:for|to)\s+an?\s+(?:total|overall|combined|cumulative)(?:\s+\w+)??(?:\s+of)?)\s+$",
    re.IGNORECASE,
)  # ", taking the total levy to 50%", ", for a total of 50%", "for a combined rate of 50%"
_UP_FROM = re.compile(
    r",\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?"
    rf"{_HEDGE}\s*$",
    re.IGNORECASE,
)
# "50% on India, compared with 30% for China": a figure for another party is no level before.
# So is one another party levies: "compared with 2.5% charged by the US on European cars", or
# one levied in another market: "compared with 100% in the United States".
# So is one a named party levies, told as a contact clause: "versus the 104% Washington imposed".
_OTHER_PARTY = re.compile(
    r"\s*(?:(?:charged|levied|imposed|applied|collected|set)\s+by|for|on|against|"
    r"in(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))\s+(?:the\s+)?"
    r"(?-i:[A-Z])|"
    r"\s+(?:[\w-]+\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?\s+(?:has\s+|had\s+)?"
    r"(?:imposed|levied|charged|charges|levies|imposes|applied|applies|set)\b"
)
# "The duty, which had been 25%, rises to 35%": a relative clause gives the level before.
# So does one that tells where the level went before: "which briefly topped 145%", "which had
# climbed to 145%" (a rise told in the aside is history; the main verb's figure is the news).
_WAS_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:\w+ly\s+)?(?:had\s+)?(?:been|was|were|stood\s+at|topped|reached|hit|"
    r"peaked\s+at|(?:climbed|rose|risen|soared|jumped|surged|spiked|went\s+up|gone\s+up)"
    r"(?:\s+to)?)\s+(?:as\s+high\s+as\s+)?$",
    re.IGNORECASE,
)
# "The duty, currently 20%, will be cut to 10%", "already 100%, will rise to 150%": an
# appositive gives the level before.
_NOW_BEFORE = re.compile(
    r",\s*(?:currently|now|at\s+present|presently|already)\s+(?:at\s+|of\s+)?$", re.IGNORECASE
)
# The aside may place the old level in time before it closes: "which topped 145% in April, will
# be cut to 30%".
_WAS_THEN_TO = re.compile(r"^[^%;.,]{0,30},\s*[^%;.]{0,60}\bto\s*$", re.IGNORECASE)
# A conjunction that opens a second clause between two figures: its own subject and verb
# ("and raised the levy on China to", "while Beijing lowered its own to") or a gapped verb
# ("and China to"): the figures belong to two changes.
_NEW_PREDICATE = re.compile(
    rf"\b(?:and|while|whereas|but)\s+(?:(?:then|also|later)\s+)?"
    rf"(?:(?:[A-Z][\w.-]*\s+){{1,3}}(?:(?:its|their|his|her)\s+[^%]{{0,30}})?(?:to\s*$|"
    rf"(?:\w+\s+)?{_CHANGE_VERB}\b)|"
    rf"(?:it|they|he|she|the\s+\w+\s+)?{_CHANGE_VERB}\b)|"
    # a subordinate clause with a named subject of its own: "grew 18% after Beijing cut its
    # tariff on US soybeans to 3%" (the growth is no earlier level of the tariff)
    r"\b(?:after|before|since|when|because|as|once)\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,3}"
    # (or told by it: "after Beijing said it would cut its tariff on US soybeans to 3%")
    rf"(?:\w+\s+|(?:said|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:would|will)\s+)?"
    rf"{_CHANGE_VERB}\b|"
    # a subject of its own, then a modal: "while China's duties on US goods will drop to"; after
    # "and" the subject must name a duty ("on steel and copper will be cut" is one noun phrase)
    r"\b(?:while|whereas|but)\s+(?!(?:then|also|later|now|so|thus|still|eventually|will|would|"
    r"could|may|might|shall)\b)[^%,;]{1,60}?\s(?:will|would|could|may|might|shall)\s|"
    r"\band\s+[^%,;]{0,30}?\b(?:tariffs?|duties|duty|levies|levy|rates?)\b[^%,;]{0,40}?"
    r"\s(?:will|would|could|may|might|shall)\s"
)
_MAX_CHANGE_GAP = 90  # characters between "145% levies ... cut to" and "30%"
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
# "rose by 25 percentage points to 50%", "will cut it 10 points to 47%": the step gives the
# level before, in the direction of the verb.
_POINTS_TO = guarded_re(
    r"\b(?P<verb>(?:rais|rise|rose|risen|hik|increas|lift|jump|climb|surg|add)\w*|went\s+up|"
    r"(?:cut|reduc|lower|drop|fall|fell|slash|trim|decreas|shav)\w*|came\s+down)"
    r"[^%.;]{0,60}?\b(?:by\s+)?(?P<points>\d+(?:\.\d+)?)\s+(?:percentage\s+)?points?\s+"
    rf"(?:to|at){_HEDGE}\s*$",
    re.IGNORECASE,
)
_UP = re.compile(alternatives("tariff", "rising_stems"), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rate:
    """A rate that a fact may be built on, with the span of the figure(s) that state it."""

    value: float
    start: int
    end: int
    previous: float | None = None


@dataclass(frozen=True, slots=True)
class _Num:
    value: float
    start: int
    end: int


def find_percents(text: str) -> list[_Num]:
    """Every percentage figure in `text`, in order."""
    return list(_percents(text))


@per_article
def _percents(text: str) -> tuple[_Num, ...]:
    """`find_percents`, remembered for the article: the rate finder and the sentence frame
    read the same sentences (about half of the calls on the dev texts repeat one)."""
    if not _UNIT.search(text):  # most sentences state no percentage: skip the number scan
        return ()
    found = [
        _Num(word_to_number(m.group("num")), m.start(), m.end())
        for m in (*PERCENT.finditer(text), *_BARE_FIRST.finditer(text))
    ]
    found += _words_first(text, found)
    return tuple(sorted(found, key=lambda n: n.start))


def _words_first(text: str, found: list[_Num]) -> list[_Num]:
    """The first figures of ranges in words ("ten to twenty-five percent") or joined by "and"
    after "between" ("between five and 15 per cent"), read right before each figure."""
    firsts = []
    for num in found:
        lo = max(0, num.start - _WORD_FIRST_REACH)
        *_, first, joiner = ["", "", *text[lo : num.start].split()]  # the cheap test first:
        if joiner.lower() not in _JOINERS:  # "<number> to" or "between <number> and" ends it
            continue
        if first.lower().rsplit("-", 1)[-1] not in _NUMBER_WORDS and joiner != "and":
            continue
        m = _WORD_FIRST.search(text, lo, num.start)
        if m:
            first = m.group("num") or m.group("low")
            start = m.start("num") if m.group("num") else m.start("low")
            firsts.append(_Num(word_to_number(first), start, start + len(first)))
    return firsts


def find_rates(text: str) -> list[Rate]:
    """The rates stated in a sentence, each with the older rate it replaces where stated."""
    nums = find_percents(text)
    rates: list[Rate] = []
    i = 0
    while i < len(nums):
        up_from = rates and rates[-1].previous is None and _UP_FROM.search(text[: nums[i].start])
        if up_from and not _OTHER_PARTY.match(text, nums[i].end):
            last = rates.pop()  # "35% on Canadian goods ..., up from 25%"
            rates.append(Rate(last.value, last.start, nums[i].end, nums[i].value))
            i += 1
            continue
        if rates and rates[-1].previous is None and _from_only(text, nums, i):
            last = rates.pop()  # "'China pays 40%,' he said, signing an order lifting it from 30%"
            rates.append(Rate(last.value, last.start, nums[i].end, nums[i].value))
            i += 1
            continue
        rate, used = _pair(text, nums[i], nums[i + 1 : i + 3])
        rates.append(rate)
        i += used
    return [_absorb_previous(text, r) for r in rates]


# "..., signing an order that raises the duty from 45%", "an order lifting the levy on Chinese
# imports from 30%": a change told in a relative or participle clause with only its old level;
# the new level is the figure stated before it.
_CHANGED_FROM = re.compile(
    rf"(?:\b(?:that|which)\s+(?:\w+ly\s+)?{_CHANGE_VERB}|\b(?:rais|lift|increas|hik|cut|lower|"
    r"reduc)ing)\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,5}?from\s+$",
    re.IGNORECASE,
)
_OTHER_CLAUSE = re.compile(r"\b(?:and|while|whereas|but|or)\b|;", re.IGNORECASE)
_FROM_ONLY_REACH = 90  # characters before the old level searched for its clause


def _from_only(text: str, nums: list[_Num], i: int) -> bool:
    """Whether the last figure of the sentence is the old level of a change told with "from"
    and no new figure after it (`_CHANGED_FROM`)."""
    if i != len(nums) - 1 or "from" not in text:
        return False
    num, gap = nums[i], text[nums[i - 1].end : nums[i].start]
    if _OTHER_CLAUSE.search(gap):  # "..., while the order that lifts it from 30% was shelved"
        return False
    lo = max(nums[i - 1].end, num.start - _FROM_ONLY_REACH)
    return _CHANGED_FROM.search(text, lo, num.start) is not None


def _pair(text: str, num: _Num, nxt: list[_Num]) -> tuple[Rate, int]:
    """Combine `num` with the next figure(s) when they state one change or one range."""
    if not nxt:
        return Rate(num.value, num.start, num.end), 1
    before = text[max(0, num.start - 40) : num.start]
    gap = text[num.end : nxt[0].start]
    from_to = _FROM_TO.match(gap)
    ranged = bool(from_to and (_BETWEEN.search(before) or _RANGING_FROM.search(before)))
    if _FROM_BEFORE.search(before) and from_to and not _RANGING_FROM.search(before):
        return _from_to(text, num, nxt, between=bool(from_to.group("between")))
    if (_RANGE.match(gap) or ranged) and not _RESPECTIVELY.match(text, nxt[0].end):
        return Rate(min(num.value, nxt[0].value), num.start, nxt[0].end), 2
    if _DOWN_FROM.match(gap):
        return Rate(num.value, num.start, nxt[0].end, nxt[0].value), 2
    was = _WAS_BEFORE.search(before) or _NOW_BEFORE.search(before)
    if (was and _WAS_THEN_TO.match(gap)) or _ARROW.match(gap):  # "57% → 47%" too
        return Rate(nxt[0].value, num.start, nxt[0].end, num.value), 2
    return _change(num, nxt[0], before, gap)


def _change(num: _Num, nxt: _Num, before: str, gap: str) -> tuple[Rate, int]:
    """ "an extra 25% ..., taking the total to 50%" or "145% levies ... cut to 30%".

    A gap that opens a new predicate ("to 30% while China lowered its rate to 10%", "to 30%
    and China to 10%") joins two changes, not the two ends of one.
    """
    if _ADDITIONAL.search(before) and _TOTAL.search(gap):
        earlier = nxt.value - num.value  # a total below the layer added states no earlier rate
        return Rate(nxt.value, num.start, nxt.end, earlier if earlier >= 0 else None), 2
    if _NEW_PREDICATE.search(gap):
        return Rate(num.value, num.start, num.end), 1
    if len(gap) < _MAX_CHANGE_GAP and not re.search(r"[%,;]", gap) and _CHANGE_TO.search(gap):
        return Rate(nxt.value, num.start, nxt.end, num.value), 2
    if _VERB_BEFORE.search(before) and _TO_END.match(gap):
        return Rate(nxt.value, num.start, nxt.end, num.value), 2
    return Rate(num.value, num.start, num.end), 1


def _from_to(text: str, num: _Num, nxt: list[_Num], *, between: bool) -> tuple[Rate, int]:
    """ "from 145% to 30%", or "from 145% to between 50% and 65%" (the lower bound)."""
    if between and len(nxt) > 1 and _RANGE.match(text[nxt[0].end : nxt[1].start]):
        return Rate(nxt[0].value, num.start, nxt[1].end, num.value), 3
    return Rate(nxt[0].value, num.start, nxt[0].end, num.value), 2


def _absorb_previous(text: str, rate: Rate) -> Rate:
    """'doubled ... to 20%' implies 10% before; 'halved the 20%' means 10% now, 20% before."""
    if rate.previous is not None:
        return rate
    before = text[max(0, rate.start - 100) : rate.start]
    m = _MULTIPLIER.search(before)
    factor = _FACTORS.get(m.group("verb").lower()) if m else None
    if factor:
        return Rate(rate.value, rate.start, rate.end, rate.value / factor)
    if _HALVED.search(before):
        return Rate(rate.value / 2, rate.start, rate.end, rate.value)
    if (times := _MULTIPLIED.search(before)) and not _MEASURE_OF.search(before, 0, times.end()):
        factor = _FACTORS[times.group("verb").lower()]
        return Rate(rate.value * factor, rate.start, rate.end, rate.value)
    if step := _POINTS_TO.search(before):
        points = float(step.group("points"))
        up = _UP.match(step.group("verb")) is not None
        earlier = round(rate.value - points if up else rate.value + points, 2)
        return Rate(rate.value, rate.start, rate.end, earlier) if earlier >= 0 else rate
    return rate
