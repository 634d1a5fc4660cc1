"""Cut a sentence into one clause per rate and decide which rates are news.

A sentence such as "China raised its duty on US goods to 125%, hitting back at Trump's 145% on
Chinese goods" states two rates with opposite directions, so every rate gets its own clause:
the text between the neighbouring rates, cut at clause breaks ("; ", ", while", a participle).
A figure becomes a candidate rate only near a tariff word, and is dropped when its wording makes
it background (docs/extraction.md, background: "remains in place", "last month", a year before
publication,
an opener such as "Under the truce agreed in May," that dates every clause, a flashback "in
April, when ..."), a threat recalled to explain something else ("after Trump warned it could
trigger a 200% tariff"), imagined (a total that "would surge to" if another measure is
enacted, duties "stacking atop" others that "could" add up; what "would have" been is the
modality lexicon's counterfactual), a part or bound
("comprising a 125% levy", "more than 25%") or a restatement ("the 145% tariffs" with no
event). Effective dates come from a date with a cue ("from", "effective",
"starting") in the clause or a trailing ", starting August 1", from the next sentence ("The
tariffs take effect Thursday"), or for "with immediate effect" the publication day.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import (
    WEEKDAY,
    DateMention,
    find_dates,
    in_the_future,
    in_the_past,
    said_on,
)
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.literals import Guarded, guarded, guarded_re
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.modality import comment_opening
from watcher.facts.extract.rates import Rate, find_rates
from watcher.facts.extract.recency import BACKGROUND_DAYS, FULL_MONTHS, old_months
from watcher.facts.extract.roles import Role, actors
from watcher.facts.extract.starts import day_referred, implied_start, not_a_start

# Every match holds one of `needs.TARIFF_STEMS` (the relevance gate's tariff words).
TARIFF_WORD = guarded(
    re.compile(
        r"\b(?:tariff\w*|dut(?:y|ies)|lev(?:y|ies|ied)|(?:sur)?tax(?:es|ed)?|surcharges?|reciprocal|"
        # "charged" is one in the passive ("is to be charged 20%") or with no figure after it in
        # its clause; an active "charged 15% on ..." needs a duty or goods as the figure's object
        # (`_levied_on_goods`)
        r"counter-?tariffs?|(?:(?<=\bbe\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|"
        r"(?<=\bbeen\s)|(?<=\bbeing\s))charged|charged(?![^.;:\d]{0,40}\d)|"
        r"countermeasures?)\b",
        re.IGNORECASE,
    )
)
_BREAK = re.compile(
    r";|:\s|\s[\u2013\u2014]\s|,\s+(?:while|whereas|but|as|after|hitting|following|which|"
    r"prompting|saying|compared|up from|down from|with)\b|"
    r"\s(?:while|whereas|after|because)\s|\sand\s+that\s|"
    r",\s+(?!including)[a-z]\w*ing\b|\bin (?:response|retaliation) (?:to|for|against)\b|\s\(see\b",
    re.IGNORECASE,
)

_NOT_A_RATE = guarded_re(
    r"^\s*(?:of\b|stake|share|increase|decrease|rise|drop|decline|gain|loss|fall|jump|surge|"
    r"plunge|growth|chance|probability|majority|owned|lower|higher|more|less|cheaper|interest|"
    r"reduction|cut\b|hike\b)",
    re.IGNORECASE,
)

_PERCENT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

_BACKGROUND = guarded(
    re.compile(
        alternatives("tariff", "background_phrases"),
        re.IGNORECASE,
    )
)


# A level word, a duty noun and a phrase of standing (lexicon `tariff: total_words`,
# `level_nouns`, `standing`), joined in patterns below.
def _words(key: str) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(section("tariff")[key], key=len)[::-1]
    )


# "The overall tariff on Brazilian goods now stands at 50%": a total the text names is the level
# in force, not a standing level restated (docs/extraction.md: total).
@functools.lru_cache(maxsize=1)
def _total_now() -> Guarded:
    return guarded_re(
        rf"\b(?:{_words('total_words')})\b[^.;%]{{0,60}}?\b(?P<now>{_standing()})\b", re.IGNORECASE
    )


# So is one named after the standing phrase: "Tariffs on Chinese goods now stand at a combined
# 145%" (a pattern of its own, tried second: one alternation would test both at every position).
@functools.lru_cache(maxsize=1)
def _now_total() -> Guarded:
    return guarded_re(
        rf"\b(?P<now>{_standing()})\s+(?:an?\s+|the\s+)?(?:{_words('total_words')})\b",
        re.IGNORECASE,
    )


def _standing() -> str:
    return rf"(?:now|currently|presently)\s+(?:{_words('standing')})"


# "Washington cut its fentanyl levy last week. The rate now stands at 47%": in a story that has
# reported a measure, the rate, named only by reference back, is the level that change left.
# So is a standing level that states the level it replaced ("now stands at 47%, down from 57%").
@functools.lru_cache(maxsize=1)
def _rate_now() -> re.Pattern[str]:
    nouns = _words("level_nouns")
    return re.compile(
        rf"\W*(?:the|that|this|its|their)\s+(?:(?:new|{_words('total_words')})\s+)?"
        rf"(?:(?:{nouns})\s+)?(?:{nouns})s?\s+(?P<now>{_standing()})\b",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _standing_now() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<now>{_standing()})\b", re.IGNORECASE)


# "a 50% duty on some chips persists": a level going on, no event (unless the clause reports one).
_PERSISTS = guarded_re(rf"\b(?:{alternatives('tariff', 'persisting_verbs')})\b", re.IGNORECASE)

# A sentence that opens by placing itself in the past recounts background ("Earlier, the US had").
_BACKGROUND_START = re.compile(
    r"^\W*(?:Earlier|Previously|Last (?:month|year)|In (?:19|20)\d\d|Back in)\b", re.IGNORECASE
)

# Words before a figure that make it a part, a bound or an old level rather than a new rate.
_NOT_A_RATE_BEFORE = guarded_re(
    r"\b(?:(?:exceed(?:s|ing)?|above|more than|over|beyond|less than|below|comprising|"
    r"exclud\w+|plus|on top of|in addition to)(?:\s+(?:the|an?))?|includ\w+(?:\s+the)?|"
    r",\s*including\s+an?|"  # "faces 50% tariffs, including a 25% penalty": a part
    r"fell|rose|dropped|gained|lost|down|up|jumped|slid|plunged|climbed|surged|tumbled|sank|"
    r"grew|shrank|by|not|rather than|instead of|than(?:\s+(?:the|a|an|its))?|"
    r"average(?:\s+\w+){0,3}\s+of|"
    # "imports grew at a rate of 3%": a pace of growth
    r"(?:grew|grown|grows?|growing|expand\w*|contract\w*|declin\w*)\s+(?:at\s+)?(?:an?\s+)?"
    r"(?:\w+\s+)?(?:rate|pace)\s+of|"
    r"charges(?:\s+the)?(?:\s+[\w.]+)?|"
    r"(?:the|its|an?|their|his)\s+(?:earlier|previous|prior|existing|current|original))\s+"
    # a hedge leaves the reading: "fell about 11%" is a change, as "fell 11%" is
    r"(?:(?:about|around|roughly|nearly|almost|approximately|some)\s+)?$",
    re.IGNORECASE,
)

# "will cut its 34% tariff", "raised the 10% levy": a change verb's object states the level
# before the change; with no new figure, the sentence states no rate (docs/extraction.md:
# background). Verbs that fix the new level ("double", "halve") and "lift" or "cut" (also a
# removal: "may cut its 10% duty") are read elsewhere.
_CHANGED_LEVEL = re.compile(
    r"\b(?:reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|"
    r"trim(?:s|med|ming)?|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing))\s+"
    r"(?:the|its|his|their|her|our)\s+(?:(?!(?:to|at|by|from|of|on|with)\b)[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)

# "tariffs would come down from 145%", "will be lowered from 145%": with no new figure, the
# rate after "from" is the level before a change of unstated size (a change with its new
# figure, "to 30% from 145%", is one rate with a previous level).
_CHANGED_FROM = re.compile(
    r"\b(?:down|up|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut|cuts|cutting|rais(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|fall|falls|fell|falling|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
    r"ris(?:e|es|ing)|rose|risen|climb(?:s|ed|ing)?|eas(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,5}?from\s+$",
    re.IGNORECASE,
)


def _level_before_change(before: str) -> bool:
    """Whether the words before a lone rate make it the level before a change of unstated
    size: "will cut its 34% tariff", "would come down from 145%"."""
    if _CHANGED_LEVEL.search(before):
        return True
    return "from" in before[-6:] and _CHANGED_FROM.search(before) is not None


# A definite or possessive reference to a rate ("the 145% tariffs", "Trump's 10% tariffs") is a
# restatement unless its clause also reports an event (it took effect, was raised, announced...).
# (a quotation may open there, and "so-called" names a measure already known: "Washington's
# \"so-called 25 percent tariff\"")
_DEFINITE = re.compile(
    r"(?:\b(?:the|his|its|their)|['\u2019]s)\s+[\"\u201c\u2018]?(?:so-called\s+|\w+\s+)?$",
    re.IGNORECASE,
)

_EVENT = guarded_re(
    alternatives("tariff", "event_phrases")
    + r"|\b(?:"
    + alternatives("tariff", "event_stems")
    + r")\w*",
    re.IGNORECASE,
)

# "while Beijing scaled back its own from 125% to 10%": the tariff noun is in the other clause.
_ELLIPSIS = guarded_re(r"\b(?:its|their|his) own\b|\bin kind\b|\bmatching\b", re.IGNORECASE)

# "(that|which) it imposed in March", "imposed in April": a relative clause on the measure's
# origin.
_ORIGIN_RELATIVE = re.compile(
    r"\b(?:(?:that|which)\s+)?(?:(?:it|they|he|she|the\s+\w+|[A-Z][\w.-]+)\s+)?(?:had\s+)?"
    r"(?:imposed|introduced|levied|slapped|announced|put\s+in\s+place|adopted)\b[^,;]*"
)
# ... and after a level borne now, also one set or enacted then: "carry a 100% surtax set last
# year" (after a step, "to 25%, the level it set in March" dates the step itself).
_BORNE_ORIGIN = re.compile(
    r"\b(?:(?:that|which)\s+)?(?:(?:it|they|the\s+\w+|[A-Z][\w.-]+)\s+)?(?:had\s+|was\s+|were\s+)?"
    r"(?:imposed|introduced|levied|slapped|announced|put\s+in\s+place|adopted|enacted|"
    r"set(?!\s+(?:to|for)\b))\b[^,;]*"
)
# A day named without a year ("May 12", "12 May") and words that point ahead of the text.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<month>{FULL_MONTHS})\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d{{4}})|"
    rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{FULL_MONTHS})\b(?!,?\s*\d{{4}}))"
)
_AHEAD = re.compile(
    rf"\b(?:{alternatives('tariff', 'ahead_words')})\b",
    re.IGNORECASE,
)
_ANY_YEAR = guarded_re(r"\b(?:19|20)\d\d\b")
# A firm future before a year-less month makes it the coming one: "will raise ... in January".
# Not "would" (reported, conditional or counterfactual) nor "will remain" (no event).
# So does a start still to come: "approved tariffs ..., to take effect in January".
_FIRM_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|slated|to)|plans?\s+to)\b(?!\s+remain)|"
    # the verb is required: a bare "to force"/"to effect" is a purpose ("in a bid to force talks")
    r"\b(?:to|would)\s+(?:take|come|go|enter)\s+(?:into\s+)?(?:effect|force)\b|"
    r"\b(?:takes|comes|goes|enters)\s+(?:into\s+)?(?:effect|force)\b",
    re.IGNORECASE,
)
# In a sentence about tariffs, "the rate on Canadian steel" names a duty rate.
# "the hike to 20%": a change of a level already in the story, unless another kind of rate
_STEP_TO = re.compile(
    r"\b(?:the|a|an|his|its|their|this|that)\s+(?:\w+\s+)?(?:hike|increase|rise|raise|cut|"
    r"reduction|jump)\s+to\s+(?=\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))(?!.*\b(?:interest|"
    r"central bank|inflation|yield|wages?|prices?|VAT|sales tax|minimum)\b)",
    re.IGNORECASE,
)
# "warns of an additional 25%": in a tariff story, a further layer names a duty rate.
_ADDED_LAYER = re.compile(
    r"\b(?:additional|extra|further)\s+(?=\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)"
    r"(?!\s*(?:of|stake|share|interest|increase|rise|growth|drop|decline|fall|jump)\b))",
    re.IGNORECASE,
)
# "Trump announced new tariffs on India. The rate will be 25%": in a tariff story, "the rate"
# before a figure is the duty's, unless the sentence names another kind of rate.
_RATE_NOUN = re.compile(r"\brates?\b", re.IGNORECASE)
_OTHER_RATE = re.compile(
    rf"\b(?:{alternatives('tariff', 'other_rate_kinds')})\b",
    re.IGNORECASE,
)


def _story_rate(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """ "the rate" in `text[lo:hi]`, in a sentence that names no other kind of rate; or the
    measure resumed as a clause's subject ("The charge will be 15%", "It will be set at 25%")."""
    end = len(text) if hi is None else hi
    if _OTHER_RATE.search(text) is not None:
        return False
    if _RATE_NOUN.search(text, lo, end) is not None:
        return True
    found = _resumed_measure().search(text, lo) or _changed_reference().search(text, lo)
    return found is not None and found.end() <= end


# "the charge", "its new levy", "the final rate": a determiner, a modifier that points back
# (lexicon `deadline: refer_back_modifiers` and `tariff: reference_modifiers`) and one of the
# lexicon's `tariff: reference_nouns`; one definition for the patterns that resume a measure.
@functools.lru_cache(maxsize=1)
def _reference_head() -> str:
    modifiers = "|".join(
        re.escape(w)
        for w in section("deadline")["refer_back_modifiers"]
        + section("tariff")["reference_modifiers"]
    )
    return rf"(?:the|that|this|its|their)\s+(?:(?:{modifiers})\s+)?(?:{_words('reference_nouns')})"


# "Beijing said it would lift the charge to 25%", "The measure ... raises it to 25%": in a tariff
# story, a change verb whose object resumes the measure (a pronoun, or the lexicon's `tariff:
# reference_nouns` after a determiner) moves the duty's rate to the figure right after "to".
@functools.lru_cache(maxsize=1)
def _changed_reference() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_words('change_verbs')})\s+(?:{_reference_head()}|it|them)\s+"
        r"(?:(?:up|down|back)\s+)?to\s+"
        r"(?:about\s+|around\s+|roughly\s+)?(?=\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))",
        re.IGNORECASE,
    )


# "Beijing announced new levies on US pork. The charge will be 15% from next month." / "...
# It will be set at 25%": in a tariff story, a clause whose subject resumes the measure (a
# pronoun, or the lexicon's `tariff: reference_nouns` after a determiner; at a clause's start or
# after a speech verb: "Officials said the charge would rise to 50%") and whose verb sets,
# moves or states its level gives the duty's rate without a tariff word. The figure must come
# right after the verb: "It will be 30% cheaper" is no level (`_NOT_A_RATE`).
@functools.lru_cache(maxsize=1)
def _resumed_measure() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|[,;]\s*(?:and|but)?\s*|\b(?:and|but)\s+|"
        r"\b(?:said|says|added|stated|noted|announced|confirmed)\s+(?:that\s+)?)\W*"
        rf"(?:{_reference_head()}|it|they)\s+"
        r"(?:will|would|could|may|might|is\s+(?:set|due|expected)\s+to|are\s+(?:set|due)\s+to)"
        r"\s+(?:(?:then|further|eventually|later|initially|also)\s+)?"
        r"(?:be(?:\s+(?:set|fixed|raised|lowered|cut|increased|reduced|charged|levied)\s+(?:at|to))?|"
        r"(?:rise|climb|go\s+up|jump|increase|double|triple|fall|drop|come\s+down|start|begin|"
        r"stand)\s+(?:to|at))\s+(?:about\s+|around\s+|roughly\s+)?"
        r"(?=\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent))",
        re.IGNORECASE,
    )


# Figures that are no tariff even after a verb of paying: "paying 5% interest".
_PAID_OTHER = (
    r"(?!\s*(?:more|less|of|interest|in\s+taxes|on\s+(?:loans?|deposits?|bonds?))\b)"
    r"(?!.*\b(?:interest|inflation|yield|wages?|salar\w+|dividends?|VAT|sales tax)\b)"
)


@functools.lru_cache(maxsize=1)
def _paid_rate() -> re.Pattern[str]:
    """ "Brazil is paying 50 per cent": in a tariff story, the rate a payer faces (lexicon
    `tariff: payment_verbs`)."""
    verbs = section("tariff")["payment_verbs"]
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, verbs))})\s+(?:an?\s+|about\s+|around\s+)?"
        r"(?:(?:combined|overall|total|cumulative|effective|average)\s+)?"
        rf"(?=\d+(?:\.\d+)?\s*(?:%|(?:per\s?cent|percent)\b){_PAID_OTHER})",
        re.IGNORECASE,
    )


_RATE_ON_GOODS = re.compile(r"\brates?\s+(?:on|for)\s+(?:imports|goods|[A-Z])")


# "brings the overall rate on Chinese imports down to 47%": a rate on traded goods is a duty
# rate even in a sentence without a tariff word.
# The nouns are the lexicon's (`tariff: goods_nouns`: traded goods and the sectors news names).
@functools.lru_cache(maxsize=1)
def _rate_on_trade() -> re.Pattern[str]:
    return re.compile(
        rf"\brates?\s+(?:on|for)\s+(?:[\w.-]+\s+){{0,2}}?(?:{goods_nouns()})\b", re.IGNORECASE
    )


def goods_nouns() -> str:
    """The alternation of the lexicon's `tariff: goods_nouns`, longest first."""
    return _words("goods_nouns")


# A hedge before a figure ("roughly 47%", "nearly 60%", "some 25%") leaves it the rate.
_HEDGE = rf"(?:(?:{alternatives('tariff', 'figure_hedges')})\s+)?"
# The figure of a rate ("47%", "47 per cent", "47 percent"), as group `rate`.
_FIGURE = r"(?P<rate>\d+(?:\.\d+)?\s*(?:%|\s?per\s?cent\b|percent\b))"
# The nouns of traded goods (lexicon `tariff: traded_goods_nouns`).
_GOODS = rf"(?:{alternatives('tariff', 'traded_goods_nouns')})"
# The nouns of a duty after its figure: "a 30% tariff on", "a 20% duty to".
_DUTY_NOUN = rf"(?:{alternatives('tariff', 'duty_nouns')})(?:s|es)?"
# A level word before a figure: "a combined 55%", "an effective 40%".
_LEVEL = rf"(?:(?:{alternatives('tariff', 'level_adjectives')})\s+)?"


# "The US now charges 47% on most Chinese goods", "charges a 30% tariff on Chinese steel",
# "applies a 20% duty to Chinese-made footwear", "US companies pay 50% on Chinese chips": a
# figure a levying or paying verb (lexicon `tariff: levy_verbs`, `payment_verbs`) puts on traded
# goods, or on goods of a named origin (a capitalised word, checked against the gazetteer in
# `is_tariff_rate`), is a duty rate even in a sentence without a tariff word. Without a duty
# noun, an object the lexicon names as no traded good (`tariff: non_trade_objects`: bills,
# guests, fees ...) is none: "The hotel charged 15% on bills from American guests".
@functools.lru_cache(maxsize=1)
def _levied_on_goods() -> Guarded:
    lex = section("tariff")
    verbs = sorted({*lex["levy_verbs"], *lex["payment_verbs"]}, key=len, reverse=True)
    non_trade = "|".join(map(re.escape, lex["non_trade_objects"]))
    return guarded_re(
        rf"\b(?:{'|'.join(map(re.escape, verbs))})\s+"
        rf"(?:an?\s+)?(?:(?:extra|additional|further|flat|blanket)\s+)?{_LEVEL}{_HEDGE}"
        rf"{_FIGURE}\s+(?:[\w-]+\s+)?(?P<duty>{_DUTY_NOUN}\s+)?(?:on|to)\s+"
        rf"(?(duty)|(?!(?:[\w.-]+\s+){{0,3}}?(?:{non_trade})\b))"
        r"(?:(?:all|most|some|many|its|their)\s+)?(?:(?:[\w.-]+\s+){0,2}?"
        rf"{_GOODS}\b|(?P<origin>(?-i:[A-Z])[\w.-]*)|"
        r"(?:[\w-]+\s+){1,2}?(?:imported\s+|made\s+|shipped\s+)?from\s+(?:the\s+)?"
        r"(?P<source>(?-i:[A-Z])[\w.-]*))",
        re.IGNORECASE,
    )


# "Chinese goods face an overall 130% rate", "face a combined rate of roughly 47%": a figure
# traded goods face or pay is one too.
_PAID_BY_GOODS = guarded_re(
    r"\b(?:imports|goods|products|exports|shipments|exporters|producers|manufacturers|makers)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:face|faces|facing|pay|pays|paying)\s+(?:an?\s+)?(?:(?:[\w-]+\s+){0,2}?|"
    rf"{_LEVEL}(?:tariff\s+|duty\s+)?rate\s+of\s+){_HEDGE}{_FIGURE}",
    re.IGNORECASE,
)
# "importers are paying an average tariff of 38%", "face a combined levy of 50%": the level a
# payer bears, named by a level word and a tariff noun, is no statistic's "average of".
_PAID_LEVEL = re.compile(
    r"\b(?:pay|pays|paying|paid|face|faces|facing|bear|bears|bearing|carry|carries|carrying)\s+"
    rf"(?:an?\s+|the\s+)?{_LEVEL}(?:tariff|duty|levy|rate)\s+(?:rate\s+)?of\s+{_HEDGE}{_FIGURE}",
    re.IGNORECASE,
)


# "charges roughly 30% on Chinese visa applications", "paying an average rate of 12% on bank
# loans": the object a figure falls on ("on", "in", "for" a phrase of up to four words) is no
# traded good but a fee, a tax on income or a financial figure (lexicon `tariff:
# non_trade_objects`). Without a tariff word in its clause, such a figure is no duty rate.
@functools.lru_cache(maxsize=1)
def _non_trade_object() -> re.Pattern[str]:
    nouns = section("tariff")["non_trade_objects"]
    return re.compile(
        r"\s*(?:rates?\s+|levels?\s+)?(?:on|in|for|of|from|against)\s+"
        rf"(?:(?!{_GOODS}\b)[\w\u2019'.-]+\s+){{0,3}}?"
        rf"(?:{'|'.join(map(re.escape, nouns))})\b",
        re.IGNORECASE,
    )


# A figure the text only computes or imagines: the total that "would surge to 104%" if another
# measure is enacted, or duties "stacking atop" earlier ones
# that "could now" add up to a total. None of these is a measure anyone took.
_CHANGE_TO_TOTAL = re.compile(
    r"\b(?:would|could|might)\s+(?:then\s+|now\s+)?(?:surge|soar|rise|climb|jump|balloon|reach|"
    r"increase|go\s+up|shoot\s+up|spike|total|amount)\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?$",
    re.IGNORECASE,
)
_CONDITION_OPENER = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ss]hould)\b")
_TOTAL_WORD = guarded_re(rf"\b(?:{alternatives('tariff', 'level_adjectives')})\b", re.I)
# "... removed from the list after Trump warned that it could trigger a 200% tariff": a threat
# recalled to explain another event is background, not a threat this article reports.
_RECALLED_THREAT = guarded_re(
    r"\b(?:after|following|since|because)\s+(?:[\w\u2019'.-]+\s+){0,5}?(?:had\s+)?"
    r"(?:warned|threatened|vowed)\b(?:(?![;:]|,\s+(?:and|but|so|then)\b|\s[\u2013\u2014]\s)[^.])*$",
    re.IGNORECASE,
)
_STACKING = guarded_re(r"\b(?:stack\w*|atop|on top of)\b", re.IGNORECASE)
_MODAL = re.compile(
    r"\b(?:could|might)\b|\bwould\s+(?:now\s+|then\s+)?(?:face|total|reach|amount|rise|climb)",
    re.IGNORECASE,
)
# "in April, when Trump imposed ...": a flashback to an earlier month.
_FLASHBACK = guarded_re(rf"\b(?:in|since|back in)\s+(?:{FULL_MONTHS})\s*,?\s+when\b", re.IGNORECASE)
# "announced a trade deal in May, which lowered the duty to 30%": a month closing the main
# clause, right before the relative clause that holds the rate, dates the relative's event (the
# deal's terms), however long the main clause is (`_SCENE_OPENER` reads only a short one).
_MONTH_ANTECEDENT = re.compile(
    rf"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:{FULL_MONTHS})(?:\s+(?:19|20)\d\d)?"
    r"\s*,\s+which\b[^,;:]*$",
    re.IGNORECASE,
)
# An adverbial that opens the sentence ("Under the truce agreed in May,") dates every clause;
# one that recounts a trigger ("After the US raised duties in May,") dates only the trigger.
_SCENE_OPENER = re.compile(
    r"^\W*(?=\w)(?!(?:after|when|since|following|before|as|while|if|unless)\b)[^,;.]{3,80},",
    re.IGNORECASE,
)

# "In September 2019 the US raised duties to 25% and followed with a 15% levy": a past year
# opening the sentence with no comma frames every verb coordinated after it ...
_YEAR_OPENER = re.compile(
    rf"^\W*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{FULL_MONTHS})\s+)?(?:19|20)\d\d\b"
    r"(?!\s*,)",
    re.IGNORECASE,
)
# ... up to a break, or a conjunct with a time, a future or a contrast of its own ("and on
# Monday cut it to 10%", "but will ...").
_OWN_TIME = re.compile(
    rf"\b(?:{WEEKDAY}|this|last|next|now|today|yesterday|recently|will|would|shall|plans?|"
    r"set\s+to|but|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# "on Monday, November 10": a weekday may stand between the cue and the date.
_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"
# "effective 12:01 am EST on Monday, November 10": a clock time may stand there too.
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:[A-Z]{2,4}\s+)?)?"
_EFFECT_CUE = re.compile(
    rf"\b(?:{alternatives('tariff', 'start_cues')})\b\W*"
    rf"{_CLOCK}(?:on\s+)?(?:the\s+)?{_WEEKDAY}$",
    re.IGNORECASE,
)

_TAKES_EFFECT = guarded_re(
    rf"\b(?:{alternatives('tariff', 'takes_effect_phrases')})\b", re.IGNORECASE
)

# A verb of coming into force in any tense: with a date opening the clause, that date is the start.
_IN_EFFECT_VERB = re.compile(
    rf"\b(?:{alternatives('tariff', 'in_effect_phrases')})\b", re.IGNORECASE
)
_TRAILING_START = re.compile(
    rf",\s+(?:{alternatives('tariff', 'trailing_start_phrases')})\b[^,;.]{{0,40}}",
    re.IGNORECASE,
)
# "effective immediately", "took effect the same day": the start is a day told before, if any.
# A trailing ", which ... took effect" joins the rate only so: its own date ("which took effect
# on March 4, 2018") may be an old measure's, told as background.
_AT_ONCE = re.compile(
    r"\b(?:with\s+immediate\s+effect|effective\s+immediately|immediately\s+effective|"
    r"(?:t(?:ake|akes|ook|aking)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect))"
    r"\s+(?:immediately|(?P<same>the\s+same\s+day)))\b",
    re.IGNORECASE,
)

# "(see Trump Administration Rolls Out Sweeping 10% Tariff ...)": a link to another story.
_CROSS_REFERENCE = re.compile(r"\(see\b[^)]*$", re.IGNORECASE)
_BY_BEFORE_DATE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_ON_CUE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
# "will raise its duty to 45% next Monday": a coming weekday needs no "on" to date the step.
_NEXT_DAY = re.compile(rf"next\s+{WEEKDAY}\b", re.IGNORECASE)
# "has set April 15 as the date on which the 25% duty takes effect", "fixed July 1 as the start
# date for a 20% levy": a date named as the measure's date is its start, though it comes first.
# The duty is named in the phrase the date heads, with no clause break before it ("as the date of
# the talks and raised its duty to 30%" names no duty's date).
_AS_THE_DATE = re.compile(
    r"\s*,?\s+as\s+the\s+(?:(?:start|starting|effective|entry|new)\s+)?date\s+"
    r"(?:on\s+which|from\s+which|when|for)\b(?:(?!\band\b)[^,;])*$",
    re.IGNORECASE,
)

_PREVIOUS_REACH = 30  # words just before a paired previous rate describe that rate
_VERB_REACH = 45  # the verb that governs a rate sits in the few words before it
# "On Monday, officials said tariffs would rise to 50%": the opening day is the statement's.
_SAID = re.compile(rf"\b(?:{alternatives('tariff', 'said_verbs')})\b", re.IGNORECASE)
_CUE_REACH = 45  # "on or after 12:01 am EST on Monday, " before a date
_NEAR = 80  # a tariff word this close to a figure makes it a candidate rate
_HEADLINE_MIN_WORDS = 3
_HEADLINE_SHARE = 0.7  # share of capitalised words that marks a Title Case line
_LIST_ITEM_WORDS = 4  # ", Vietnam 46%," is a list item of the sentence's tariff list


@dataclass(frozen=True, slots=True)
class Clause:
    """The stretch of a sentence that one rate belongs to, as a span of the sentence."""

    text: str
    lo: int
    hi: int
    rate: Rate
    sentence: str
    before_next_rate: bool = False
    follows_rate: bool = False  # the clause starts right after another rate ("15% on A, 10% on B")
    head: int = 0  # where the first clause of such a run of rates starts: its triggers reach all
    cue: int = 0  # where the break that opens the clause starts: ", warning that ..." is a cue


def is_title(text: str, title: str) -> bool:
    """Whether the sentence is the article's title repeated in its text (the cheap test
    first: the two squash alike only if the title's squashed words open with the sentence's
    first word, which most sentences of an article do not)."""
    if not title:
        return False
    squashed = _squash(title)
    first = _FIRST_WORD.search(text)
    if first is not None and not squashed.startswith(first.group().lower()):
        return False
    return _squash(text) == squashed


def is_headline(text: str) -> bool:
    """Title Case lines (headlines, menus) repeat the story's facts without their details."""
    if text.rstrip("\"\u201d\u2019' ").endswith((".", "!", "?")):  # the cheap test first
        return False
    words = re.findall(r"[A-Za-z][\w'\u2019-]{3,}", text)
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= _HEADLINE_MIN_WORDS and capitals >= _HEADLINE_SHARE * len(words)


_NON_WORD = re.compile(r"\W+")
# A text's first word: lower-cased, the start of its squashed form (`_squash`).
_FIRST_WORD = re.compile(r"\w+")


@per_article
def _squash(text: str) -> str:
    """A text reduced to its words, lower case: the title once per article, not per sentence."""
    return _NON_WORD.sub(" ", text).strip().lower()


def split_clauses(text: str, rates: list[Rate]) -> Iterator[Clause]:
    """One clause per rate: between the neighbouring rates, cut at the nearest clause breaks."""
    head = 0
    for i, rate in enumerate(rates):
        lo = rates[i - 1].end if i else 0
        hi = rates[i + 1].start if i + 1 < len(rates) else len(text)
        breaks = [
            m.span()
            for m in _BREAK.finditer(text, lo, rate.start)
            if not _closed_aside(text, m.start(), m.end(), rate.end)
        ]
        follows_rate = bool(i) and not breaks
        cue, lo = breaks[-1] if breaks else (lo, lo)
        head = head if follows_rate else lo
        after = _BREAK.search(text, rate.end, hi)
        if after and breaks and _paired_dashes(text, cue, after):
            after = _BREAK.search(text, after.end(), hi)  # the aside's predicate follows it
        hi = after.start() if after else hi
        before_next = after is None and i + 1 < len(rates)
        yield Clause(text[lo:hi], lo, hi, rate, text, before_next, follows_rate, head, cue)


# "Ottawa's retaliation \u2014 a 25% surtax on US steel \u2014 was lifted in June": a rate in an
# aside set off by a pair of dashes, a verb right after the closing one: that verb is the
# predicate of the noun the aside renames, and so the rate's.
_DASH = re.compile(r"\s[\u2013\u2014]\s")
_PREDICATE_START = re.compile(
    r"\s*(?:(?:was|were|is|are|has|have|had|will|would|took|takes|came|comes|went|goes)\b|"
    r"(?-i:[a-z]+ed)\b)"
)


def _paired_dashes(text: str, cue: int, after: re.Match[str]) -> bool:
    return (
        _DASH.match(text, cue) is not None
        and _DASH.fullmatch(after.group(0)) is not None
        and _PREDICATE_START.match(text, after.end()) is not None
    )


# A non-restrictive relative clause that closes before the rate's verb is an aside inside the
# rate's own clause: "US tariffs on Chinese goods, which briefly topped 145%, were cut to 30%".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\b", re.IGNORECASE)


def _closed_aside(text: str, lo: int, hi: int, rate_end: int) -> bool:
    return bool(_RELATIVE_OPEN.match(text, lo)) and "," in text[hi:rate_end]


def has_break(text: str) -> bool:
    """Whether `text` contains a clause break ("; ", ", while", ", taking")."""
    return _BREAK.search(text) is not None


# "Beijing hit back with 34% on all American products": in a tariff story, a figure put on
# traded goods (lexicon `tariff: goods_nouns`), of a named origin or none, is a duty rate.
@functools.lru_cache(maxsize=1)
def _figure_on_goods() -> re.Pattern[str]:
    return re.compile(
        r"\d+(?:\.\d+)?\s*(?:%|\s?per\s?cent\b|percent\b)\s+(?:on|against)\s+"
        r"(?:(?:all|most|some|many|its|their)\s+)?(?:(?-i:[A-Z])[\w.-]*\s+)?"
        rf"(?:[\w-]+\s+)??(?:{goods_nouns()})\b",
        re.IGNORECASE,
    )


# "a rebate of 40% on American goods", "a fee of 15% on Chinese products": a noun the figure
# is "of" measures that noun, so only a duty's noun ("a levy of 25% on ...") makes it a duty.
_NOUN_OF = re.compile(
    r"\b([\w-]+)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|up\s+to)\s+)?$", re.IGNORECASE
)


def _figure_put_on_goods(text: str, lo: int, start: int) -> bool:
    """A figure put straight on goods ("hit back with 34% on American goods", "slapped 10% on
    US crude"), not one that measures another noun standing between the verb and it."""
    if not _figure_on_goods().match(text, start):
        return False
    noun = _NOUN_OF.search(text, lo, start)
    return noun is None or bool(
        TARIFF_WORD.fullmatch(noun.group(1))
        or _RATE_NOUN.fullmatch(noun.group(1))
        or noun.group(1).lower() in ("penalty", "penalties")
    )


def names_tariff(text: str, *, story: bool = False) -> bool:
    """Whether a sentence speaks of a tariff; in a tariff story, "the hike to 20%" does."""
    if TARIFF_WORD.search(text) or _rate_on_trade().search(text):
        return True
    if _levied_on_goods().search(text) or _PAID_BY_GOODS.search(text):
        return True
    if (paid := _PAID_LEVEL.search(text)) and _TOTAL_WORD.search(paid.group(0)):
        return True  # "exporters face a combined rate of 50%" (not "face a rate of 7%")
    return story and bool(
        _STEP_TO.search(text)
        or _paid_rate().search(text)
        or _ADDED_LAYER.search(text)
        or _story_rate(text)
        or _figure_on_goods().search(text)
    )


def is_tariff_rate(
    text: str,
    clause: Clause,
    ctx: Context,
    *,
    story: bool = False,
    listed: bool = False,
    resumed: bool = False,
) -> bool:
    """A rate near a tariff word, not a share or a move, and not old background.

    In an article already reporting tariffs (`story`), a rate introduced as the step of a
    change ("signed an order for the hike to 20%") is one even without a tariff word; so is
    one `listed` after a duty rate's object ("will charge 30% on X and 15% on Y"). `resumed`:
    the sentence before had a country or its government as its subject ("it" may be that).
    """
    r = clause.rate
    levied = _levied(text, clause, ctx, resumed=resumed)
    if not _tariff_near(text, clause, story=story, given=listed or levied):
        return False
    if _measures_no_duty(text, clause):
        return False
    before = text[clause.lo : r.start]
    if _NOT_A_RATE_BEFORE.search(before) and not levied:
        return False
    if r.previous is None and _level_before_change(before):
        return False  # "will cut its 34% tariff": the level before a change of unstated size
    if r.previous is not None and not _new_first(text, r):  # "from their current level of 145%":
        before = before[:-_PREVIOUS_REACH]  # that describes the previous ("to 13% from 23%": not)
    # "the surtax on Chinese steel, first imposed last year, will be raised to 50%": an aside
    # closed before the rate dates the measure's origin, not the change
    outside = _without_asides(text, clause.lo, clause.lo + len(before))
    after = _without_comparison(text[r.end : clause.hi])
    if r.previous is not None and _COMPARED.search(text, r.start, r.end):
        after = _COMPARED_REST.sub(" ", after, count=1)  # "down from the 25% it imposed in 2024"
    outside += " " + _without_origin(_without_comment(after), before)
    if listed:  # "will be raised to 50% in March and then to 100% in July": the list's verb
        outside = text[: clause.lo] + outside
    if _restated(text, clause, before, ctx):
        return False
    return not _is_background(text, clause, outside, ctx, story=story)


def _levied(text: str, clause: Clause, ctx: Context, *, resumed: bool = False) -> bool:
    """Whether the rate is put on goods by a country ("Amazon charges 15% on ..." is no duty)
    or paid by goods ("Chinese goods pay 30%", "face a level of 50%")."""
    r = clause.rate
    return (
        any(
            m.start("rate") == r.start
            and _levier(text, m, ctx, resumed=resumed)
            and all(
                m.group(g) is None or _names_country(m.group(g), ctx) for g in ("origin", "source")
            )
            for m in _levied_on_goods().finditer(text, clause.lo)
        )
        or any(m.start("rate") == r.start for m in _PAID_BY_GOODS.finditer(text, clause.lo))
        or any(m.start("rate") == r.start for m in _PAID_LEVEL.finditer(text, clause.lo))
    )


# "It will impose 34% on all US goods": a pronoun subject right before the levy verb.
_PRONOUN_LEVIER = re.compile(r"\b(?:it|they)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _levier(text: str, m: re.Match[str], ctx: Context, *, resumed: bool) -> bool:
    """Whether a country levies the figure: one named before the verb, or "it"/"they" (the
    country of the sentence before: `resumed`) putting it on goods of a named country ("It will
    impose 34% on all US goods"; a pronoun charging on goods of no origin may be a firm's fee,
    and one after a firm's sentence, "Walmart reported ... It will impose 10% on US goods", is
    the firm: a firm's own levy is no tariff)."""
    before = text[: m.start()]
    if ctx.gaz.countries.find(before):
        return True
    return (
        resumed
        and bool(_PRONOUN_LEVIER.search(before))
        and bool(ctx.gaz.countries.find(text[m.end("rate") : m.end()]))
    )


def _tariff_near(text: str, clause: Clause, *, story: bool, given: bool) -> bool:
    """Whether a tariff word governs the rate: near it (the whole text for a list item), out
    of reach but still its subject, or, in a tariff `story`, a step or layer of a change.
    `given`: already known to be a duty (listed after one, or levied on goods)."""
    r = clause.rate
    near = text[max(0, r.start - _NEAR) : r.end + _NEAR]
    if _is_list_item(clause) or _ELLIPSIS.search(clause.text):
        near = text
    if (
        given
        or TARIFF_WORD.search(near)
        or _RATE_ON_GOODS.search(near)
        or _rate_on_trade().search(near)
        or _far_tariff_word(text, clause)
    ):
        return True
    return story and bool(
        _STEP_TO.search(text, clause.lo, r.end)
        or _paid_rate().search(text, clause.lo, r.end)
        or _ADDED_LAYER.search(text, clause.lo, r.end)
        or _story_rate(text, clause.lo, r.start)
        or _figure_put_on_goods(text, clause.lo, r.start)
    )


def _measures_no_duty(text: str, clause: Clause) -> bool:
    """Whether the figure measures something else: a share, another noun's level, a figure of
    another noun on goods, or a levy on something other than trade."""
    r = clause.rate
    if (
        _NOT_A_RATE.match(text[r.end : r.end + 20])
        or _first_is_share(text, r)
        or _measures_other(text, clause)
    ):
        return True
    if _figure_on_goods().match(text, r.start) and not _figure_put_on_goods(
        text, clause.lo, r.start
    ):
        return True  # "offered a rebate of 40% on American goods", even amid a tariff fight
    # "collects about 40% on Chinese investors' capital gains"
    return not TARIFF_WORD.search(clause.text) and bool(
        _non_trade_object().match(text, r.end, clause.hi)
    )


# The nearest measure noun before a figure says what the figure measures: in "Shares rose 25%
# after Washington raised tariffs" or "tariffs would cut their margins to 30%" it is no duty's
# (lexicon `tariff: other_measures`; a tariff word nearer the figure wins).
@functools.lru_cache(maxsize=1)
def _measure_noun() -> re.Pattern[str]:
    others = _words("other_measures")
    return re.compile(rf"(?P<other>\b(?:{others})\b)|{TARIFF_WORD.pattern}", re.IGNORECASE)


def _measures_other(text: str, clause: Clause) -> bool:
    """Whether the measure noun nearest before the rate, in its clause, is no duty's, or is a
    duty's only as what a share of people supports ("support for tariffs on China at 60%")."""
    found = list(_measure_noun().finditer(text, clause.lo, clause.rate.start))
    if not found:
        return False
    nearest = found[-1]
    if nearest.group("other") is not None:
        return True
    return _poll_share().search(text, clause.lo, nearest.start()) is not None


# "support for", "approval of the", "opposition to higher": a share noun (lexicon `tariff:
# poll_shares`) whose complement the tariff word right after it heads.
@functools.lru_cache(maxsize=1)
def _poll_share() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_words('poll_shares')})\s+(?:for|of|to)\s+(?:[\w.-]+\s+){{0,3}}$", re.IGNORECASE
    )


# An aside that closes: opened by one of the lexicon's `modality: aside_openers` after a comma
# and closed by the next comma, or a parenthesis (or `_SINCE_ASIDE`, below).
@functools.lru_cache(maxsize=1)
def _closed_aside_pattern() -> Guarded:
    words = "|".join(map(re.escape, section("modality")["aside_openers"]))
    return guarded_re(
        rf",\s+(?:{words})\b[^,;()]{{0,100}},|\([^()]{{0,100}}\)|{_SINCE_ASIDE}", re.IGNORECASE
    )


# So is an aside of how long the level before has held: "the duty on X, held at zero since the
# probe closed in 2024, will rise to 25%" (its times are the old level's).
_SINCE_ASIDE = r",[^,;()]{0,40}\bsince\b[^,;()]{0,80},"
SINCE_ASIDE_RE = re.compile(_SINCE_ASIDE, re.IGNORECASE)


def _without_asides(text: str, lo: int, hi: int) -> str:
    """`text[lo:hi]` without the asides that close within it ("the duty on X, already raised
    to 50% in January, will climb to 75%": the aside may open before `lo`, in the clause of
    the rate it holds)."""
    masked = text[:hi]
    for m in _closed_aside_pattern().finditer(text, max(0, lo - _ASIDE_REACH), hi):
        if m.end() > lo:
            masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    return masked[lo:hi]


_ASIDE_REACH = 200  # characters before a clause searched for an aside that ends in it
_PARENTHESIS = re.compile(r"\([^()]{0,80}\)")


def _far_tariff_word(text: str, clause: Clause) -> bool:
    """A tariff word out of the figure's reach that still governs it: across parentheses, as
    the subject of the verb that moves the level, or before a figure set off at the end."""
    return (
        _deferred_figure(text, clause)
        or _near_past_asides(text, clause)
        or _duty_moves_to(text, clause)
    )


def _near_past_asides(text: str, clause: Clause) -> bool:
    """ "duties on Chinese cranes (HTS 8426.12.00) and cargo equipment (HTS 8431.39.00) will
    increase to 25%": a tariff word near the rate once the parentheses between them (codes,
    abbreviations, asides) are left out."""
    before = _PARENTHESIS.sub(" ", text[clause.lo : clause.rate.start])
    return len(before) < clause.rate.start - clause.lo and bool(TARIFF_WORD.search(before[-_NEAR:]))


# A verb that moves a level to the figure after it: "will increase to", "were cut to".
# (lexicon `tariff: level_moves`)
@functools.lru_cache(maxsize=1)
def _moves_to() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?:will|would|shall|could|may|might|to)\s+(?:be\s+)?|(?:is|are|was|were|been)\s+)?"
        rf"(?:{_words('level_moves')})"
        r"\s+(?:(?:further|again|sharply|gradually)\s+)?(?:(?:up|down)\s+)?to\s+"
        r"(?:(?:about|around|roughly|nearly|almost)\s+)?$",
        re.IGNORECASE,
    )


# ", rising to 60%", ", dropping to 10% from 25%": a participle of a level move (lexicon
# `tariff: level_moves`, the forms in -ing) opening the rate's clause after the main one.
@functools.lru_cache(maxsize=1)
def _participle_move() -> re.Pattern[str]:
    words = [w for w in section("tariff")["level_moves"] if w.endswith("ing")]
    return re.compile(rf",\s*(?:{'|'.join(map(re.escape, words))})\s*$", re.IGNORECASE)


def participle_subject(text: str, clause: Clause) -> int:
    """Where the subject of a clause opened by a participle of a level move starts, or -1:
    "Tariffs on X will go the other way, rising to 60%" moves the tariffs the main clause
    names (the sentence start, or the last semicolon or colon before the participle)."""
    if clause.cue >= clause.lo or not _participle_move().match(text, clause.cue, clause.lo):
        return -1
    return max(text.rfind(";", 0, clause.cue), text.rfind(":", 0, clause.cue)) + 1


def _duty_moves_to(text: str, clause: Clause) -> bool:
    """ "Duties on Chinese cranes and on the cargo equipment that goes with them will increase
    to 25%": a level moved to the figure whose nearest measure noun in its clause, however
    far back, is a duty (a long subject puts the tariff word out of reach of the figure). The
    subject of a participle (", rising to 60%") is the main clause's."""
    subject = participle_subject(text, clause)
    if not _moves_to().search(text, clause.cue if subject >= 0 else clause.lo, clause.rate.start):
        return False
    # the subject may stand before an aside that holds an earlier rate ("The duty on X, already
    # raised to 50% in January, will climb again to 75%"): the run of rates shares it
    lo = clause.head if clause.follows_rate else clause.lo
    lo = subject if subject >= 0 else lo
    found = list(_measure_noun().finditer(_without_asides(text, lo, clause.rate.start)))
    return bool(found) and found[-1].group("other") is None


# ", of 15%", "at a rate of 15 percent", ", at rates ranging from 25% to 50%"
_DEFERRED = re.compile(
    r"(?:,\s*(?:of|at)|(?:,\s*)?\bat\s+(?:an?\s+)?(?:(?:combined|overall|flat|uniform)\s+)?"
    r"rates?(?:\s+of)?(?:\s+(?:(?:ranging\s+)?from|between|up\s+to))?)\s+$",
    re.IGNORECASE,
)


def _deferred_figure(text: str, clause: Clause) -> bool:
    """ "will impose additional tariffs on a range of US farm products, including chicken,
    wheat, corn and cotton, of 15%" (or "at a rate of 15%"): a figure set off after a long
    object of a duty noun completes that noun, however far back it stands in the clause."""
    if not _DEFERRED.search(text, clause.lo, clause.rate.start):
        return False
    found = list(_measure_noun().finditer(text, clause.lo, clause.rate.start))
    return bool(found) and found[-1].group("other") is None


def _new_first(text: str, r: Rate) -> bool:
    """Whether a change states its new level first ("to 30% on Monday, down from 145%")."""
    first = _PERCENT_FIGURE.search(text, r.start, r.end) if r.previous is not None else None
    number = _NUMBER.match(first.group(0)) if first else None
    return bool(number and float(number.group(0)) == r.value and first and first.end() < r.end)


def _new_figure_end(text: str, r: Rate) -> int:
    """Where the rate's new figure ends: "to 30% on Monday, down from 145%" states the new
    level first, and its date follows it inside the span of the change."""
    if not _new_first(text, r):
        return r.end
    first = _PERCENT_FIGURE.search(text, r.start, r.end)
    return first.end() if first else r.end


def _first_is_share(text: str, r: Rate) -> bool:
    """ "takes 15% of China's exports, down from 19%": a change whose first figure is a share
    or a move (`_NOT_A_RATE` after it) is no duty rate."""
    first = _PERCENT_FIGURE.search(text, r.start, r.end) if r.previous is not None else None
    if first is None or first.end() >= r.end:
        return False
    return _NOT_A_RATE.match(text[first.end() : first.end() + 20]) is not None


def _names_country(word: str, ctx: Context) -> bool:
    """Whether a word names a country or its goods ("Chinese", "Japan")."""
    ends = {len(word), len(word.rstrip("."))}  # "China." ends a sentence, "U.S." keeps its dot
    return any(m.start == 0 and m.end in ends for m in ctx.gaz.countries.find(word))


# "levies 20%, down from the triple-digit rates that applied in April last year": the level
# the rate is compared with, and that level's own times, up to the next break.
_COMPARISON = re.compile(r",?\s+(?:down|up)\s+from\s+[^,;\u2014\u2013()]*", re.IGNORECASE)


_COMPARED = re.compile(r"\b(?:down|up)\s+from\b", re.IGNORECASE)
# The rest of such a comparison after its old figure, up to the next break.
_COMPARED_REST = re.compile(r"^[^,;\u2014\u2013()]*")


def _without_comparison(after: str) -> str:
    """The words after a rate without a comparison with an earlier level: the times in
    ", down from the 25% it imposed in 2024" are that level's, not the rate's (the cheap
    substring test first)."""
    if " from " not in after:
        return after
    return _COMPARISON.sub(" ", after)


def _without_comment(after: str) -> str:
    """The words after a rate up to a trailing comment on the step (", a move that could revive
    cargoes that stopped last year"): the comment's times are its own, not the step's."""
    if ", " not in after:  # the cheap test first
        return after
    found = comment_opening().search(after)
    return after if found is None else after[: found.start()]


# "face a 10% surcharge, the levels agreed in Geneva in May": an appositive naming when the
# level was set; its time is the level's origin, not the time of the level the clause tells.
_LEVEL_ORIGIN = re.compile(
    r",\s+(?:the|a)\s+(?:\w+\s+)?(?:levels?|rates?|figures?|terms?)\s+(?:that\s+)?(?:\w+\s+)?"
    r"(?:agreed|set|struck|reached|fixed|negotiated|settled|imposed)\b[^,;]*",
    re.IGNORECASE,
)


def _without_level_origin(after: str) -> str:
    """The words after a standing rate (no event verb before it: "face", "pay") without an
    appositive on when its level was set."""
    if ", the " not in after and ", a " not in after:  # the cheap test first
        return after
    return _LEVEL_ORIGIN.sub("", after)


def _without_origin(after: str, before: str) -> str:
    """The words after a rate without a relative clause that dates the measure's origin, when
    a verb before the rate reports what happens to it now: in "will remove the 15% tariffs it
    imposed in March" the March is the tariff's start, not the removal's. With no such verb
    ("face a 10% surcharge, the levels agreed in May") an appositive on when the level was set
    is left out alike."""
    if not _EVENT.search(before):
        after = _without_level_origin(after)
        if not _BEARS_NOW.search(before):
            return after
        # "Chinese cars face a 100% levy imposed in 2024": the level borne now, its origin dated
        borne = _BORNE_ORIGIN.search(after)
        return after if borne is None else after[: borne.start()] + after[borne.end() :]
    if " and " in after and (lasts := _LASTS_AFTER.search(after)):  # ", and it will remain ..."
        after = after[: lasts.start()]
    origin = _ORIGIN_RELATIVE.search(after)
    if origin is None:
        return after
    return after[: origin.start()] + after[origin.end() :]


# A present verb of goods bearing a level ("face", "carry", "are subject to"): the level holds now.
_BEARS_NOW = re.compile(
    r"\b(?:faces?|carr(?:y|ies)|bears?|attracts?|(?:is|are)\s+(?:still\s+)?subject\s+to)\s",
    re.IGNORECASE,
)


# After a change, a clause saying how long the changed duty lasts: "will raise it to 50%, and
# it will remain in force until 2027" (the standing level it tells of is the new one).
_LASTS_AFTER = re.compile(
    r",?\s+and\s+(?:it|they|the\s+(?:duty|duties|tariffs?|levy|levies|rate))\s+"
    r"(?:will|would|is\s+to|are\s+to)\s+(?:remain|stay)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


_KEPT_BY_STEP = re.compile(r",\s+keeping\b\s*$", re.IGNORECASE)


# A relative aside right after the rate's clause ("The 25% tariff on X, which the US imposed
# on Monday, ..."): its verb may report the measure's event.
_EVENT_ASIDE = re.compile(r",\s+(?:which|that)\s+(?P<aside>[^,;]*)")


def _event_aside(text: str, lo: int, hi: int, ctx: Context) -> bool:
    """Whether a relative aside opening at `hi` reports a recent event of the measure ("which
    the US imposed on Monday"; "which it imposed in 2018", "which was raised last year" are
    its history, and the reference stays a restatement). The rate's own words (`lo`..`hi`) or
    the aside's object must name a country ("the 25% tariff on Chinese steel, which ...", "the
    25% tariff, which the US imposed on Chinese steel"): a bare "the new 15% tariff, which will
    take effect" restates the article's measure, and a country named after the aside may be a
    comparison's ("is higher than the rate on British goods")."""
    if "which" not in text and "that" not in text:  # most sentences: no scan
        return False
    m = _EVENT_ASIDE.match(text, hi)
    if m is None or _EVENT.search(m.group("aside")) is None:
        return False
    aside = m.group("aside")
    on = aside.find(" on ")  # the aside's object: "which the US imposed on Chinese steel"
    named = ctx.gaz.countries.find(text[lo:hi]) or (on >= 0 and ctx.gaz.countries.find(aside[on:]))
    return bool(named) and not (
        _BACKGROUND.search(m.group("aside")) or _is_old(m.group("aside"), ctx)
    )


_MAIN_AFTER_ASIDE = re.compile(r",\s+(?:which|that)\s+[^,;]{1,100},\s+(?P<main>[^,;]*)")


def _event_after_aside(text: str, clause: Clause, ctx: Context) -> bool:
    """Whether the main clause after a relative aside reports the measure's event ("The 25% duty
    on Chinese cranes, which importers opposed, will take effect on January 2"): the rate's
    own words must name a country, as for an event in the aside (`_event_aside`)."""
    if "which" not in text and "that" not in text:
        return False
    m = _MAIN_AFTER_ASIDE.match(text, clause.hi)
    return (
        m is not None
        and _EVENT.search(m.group("main")) is not None
        and not _BACKGROUND.search(m.group("main"))
        and bool(ctx.gaz.countries.find(text[clause.lo : clause.hi]))
    )


def _restated(text: str, clause: Clause, before: str, ctx: Context) -> bool:
    """ "the 145% tariffs" with no event restates a known rate; "China's paying 55%" does not."""
    if not _DEFINITE.search(before[-25:]) or _EVENT.search(clause.text):
        return False
    if _event_aside(text, clause.lo, clause.hi, ctx) or _event_after_aside(text, clause, ctx):
        return False  # "The 25% tariff on X, which took effect on Monday, hit ...": the aside's
    if _KEPT_BY_STEP.match(text, clause.cue, clause.lo):
        return False  # "would pause its 34% duty, keeping the 10% rate": the level left in force
    return not _paid_rate().search(text, clause.lo, clause.rate.end)


def _is_background(
    text: str, clause: Clause, outside: str, ctx: Context, *, story: bool = False
) -> bool:
    """Recounted, imagined or old: not news of this article (docs/extraction.md: background)."""
    start = clause.rate.start
    if _BACKGROUND_START.match(text) or _CROSS_REFERENCE.search(text, 0, start):
        return True
    total = _total_now().search(text, clause.lo, start) or _now_total().search(
        text, clause.lo, start
    )
    if total is None and story:
        total = _rate_now().match(text, clause.lo, start)
    if total is None and clause.rate.previous is not None:
        total = _standing_now().search(text, clause.lo, start)
    if total:  # the total in force, or the level the story's change left: no background
        lo, hi = total.span("now")
        text = text[:lo] + " " * (hi - lo) + text[hi:]  # positions kept
        outside = outside.replace(total.group("now"), "")
    # what the clause of a later rate says is that rate's ("a 34% tariff, on top of the 20%
    # already imposed": "already" is the 20%'s)
    own = _own_words(text[: clause.hi] if clause.before_next_rate else text, start)
    if (_BACKGROUND.search(own) or _PERSISTS.search(own)) and not _EVENT.search(clause.text):
        return True  # "Tariffs on Canada remain unchanged — goods outside USMCA pay 10%"
    if (
        _imagined(text, clause)
        or _FLASHBACK.search(text, 0, start)
        or _in_passing(text, clause)
        or _old_antecedent(text, start, ctx)
    ):
        return True
    recalled = _RECALLED_THREAT.search(text, max(0, clause.lo - len(" following ")), start)
    if recalled and not _dated_recently(recalled.group(0), ctx):
        return True  # "after Trump warned that targeting it could trigger a 200% tariff"
    # An opener dates the clauses after it; words up to the first comma that hold the rate
    # are its own clause ("China removed the 10% tariff it imposed in March, it said").
    scene = _SCENE_OPENER.match(text, 0, start)
    opener = _OPENER.match(text, 0, start)
    if opener and _NOW.search(text, opener.end(), start):
        outside = outside.replace(opener.group(0), " ")  # the opener's time is the truce's
    elif scene and (_is_old(scene.group(0), ctx) or _past_day(scene.group(0), text, ctx)):
        return True  # "Under the truce agreed in May, A cut ..., while B lowered its own ..."
    return _year_framed(text, start, ctx) or _old_outside(outside, ctx)


def _old_antecedent(text: str, start: int, ctx: Context) -> bool:
    """Whether the rate at `start` sits in a "which" clause after a month more than two weeks
    back that closes the clause before it (`_MONTH_ANTECEDENT`; the cheap test first)."""
    if "which" not in text:
        return False
    found = _MONTH_ANTECEDENT.search(text, 0, start)
    return found is not None and _is_old(found.group(0), ctx)


def _old_outside(outside: str, ctx: Context) -> bool:
    """Whether the words around the rate recount or date it in the past; a "since" phrase
    ("have carried 40% since last year") names when a state that still holds began."""
    if "ince " in outside:  # the cheap test first
        outside = _SINCE_TIME.sub(" ", outside)
    return bool(_BACKGROUND.search(outside) or _is_old(outside, ctx))


# "since last year", "since early 2025", "since March": the time a state still holding began
# (not after a superlative: "the lowest since 2025" compares with then).
_SINCE_TIME = re.compile(
    r"(?<!est )(?<!first )(?<!most )\bsince\s+"
    r"(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?"
    rf"(?:last\s+(?:year|month|week)|(?:19|20)\d\d\b|(?:{FULL_MONTHS})\b(?:\s+(?:19|20)\d\d\b)?)",
    re.IGNORECASE,
)


def _own_words(own: str, start: int) -> str:
    """The rate's sentence without the words about the level before it: a comparison after
    the rate ("down from ... last year") and an aside of how long that level held, closed
    before the rate ("the levy, unchanged since May, will climb to 14%")."""
    own = own[:start] + _without_comparison(own[start:])
    if "since" in own:
        own = SINCE_ASIDE_RE.sub(lambda m: " " if m.end() <= start else m.group(0), own)
    return own


def _year_framed(text: str, start: int, ctx: Context) -> bool:
    """Whether a past year opening the sentence with no comma frames the rate at `start`: no
    break, and no time or future of its own, between the year and the rate."""
    frame = _YEAR_OPENER.match(text, 0, start)
    if frame is None or not _is_old(frame.group(0), ctx):
        return False
    between = text[frame.end() : start]
    return _BREAK.search(between) is None and _OWN_TIME.search(between) is None


# "the tariff on Chinese goods is currently 30%", "is still 30%": the standing level in passing.
_STANDING_IS = re.compile(
    r"\b(?:is|are)\s+(?:currently|still)\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE
)


def _in_passing(text: str, clause: Clause) -> bool:
    """ "The tariff on Chinese goods is currently 30%": a standing level told in passing (a
    total in force, "the combined tariff is currently 47%", stays news)."""
    lo, start = clause.lo, clause.rate.start
    if "currently" not in text and "still" not in text:  # most clauses: no scan
        return False
    return bool(_STANDING_IS.search(text, lo, start)) and not _TOTAL_WORD.search(text, lo, start)


_OPENER = re.compile(r"^\W*(?=\w)[^,;.]{3,80},")  # any phrase opening the sentence
# "Under the truce struck in May, the US currently applies 30%": the clause after the opener
# tells the level now; the opener's time is the truce's (not "In 2019, the US now charged",
# an adverb before a past verb).
_NOW = re.compile(
    r"\b(?:currently|now|presently|at\s+present)\s+(?!\w+ed\b|was\b|were\b|had\b)",
    re.IGNORECASE,
)


def _past_day(scene: str, text: str, ctx: Context) -> bool:
    """ "By May 12, a truce cut ..." in a December article: an opener's day without a year
    that this year lies weeks back, in a sentence with no word pointing ahead, recounts the
    past (a deadline ahead says so: "By March 1, Tokyo must ...")."""
    day = _MONTH_DAY.search(scene)
    if day is None or ctx.published is None or _AHEAD.search(text):
        return False
    name = day.group("month") or day.group("month2")
    month = _MONTHS.index(name[:3]) + 1
    try:
        when = date(ctx.published.year, month, int(day.group("day") or day.group("day2")))
    except ValueError:
        return False
    return (ctx.published - when).days > BACKGROUND_DAYS


def _dated_recently(text: str, ctx: Context) -> bool:
    """Whether `text` dates its event within the last two weeks ("threatened on Monday")."""
    if ctx.published is None:
        return False
    found = find_dates(text, ctx.published, default_year=ctx.default_year)
    return any(
        d.value is not None and (ctx.published - d.value).days <= BACKGROUND_DAYS for d in found
    )


def _imagined(text: str, clause: Clause) -> bool:
    """A total the text computes or imagines rather than a measure someone took.

    "If the extra 50% is enacted, the overall rate would surge to 104%" computes a total (a
    rate of its own or a total word comes first); "If talks fail, duties would rise to 30%"
    stays a threat.
    """
    before = text[clause.lo : clause.rate.start]
    computed = _TOTAL_WORD.search(before) is not None or clause.follows_rate
    if (
        computed
        and _CHANGE_TO_TOTAL.search(before)
        and _CONDITION_OPENER.search(text, 0, clause.rate.start)
    ):
        return True
    return bool(_STACKING.search(text, 0, clause.rate.start) and _MODAL.search(before))


def _is_list_item(clause: Clause) -> bool:
    """ ", Vietnam 46%," in a list of rates: the tariff word is in the list's head."""
    return len(re.findall(r"[A-Za-z]+", clause.text)) <= _LIST_ITEM_WORDS


@functools.lru_cache(maxsize=1)
def _legal_year() -> Guarded:
    """The year in a law's name ("the Trade Expansion Act of 1962", lexicon `tariff:
    legal_instruments`) dates the law, not the measure taken under it."""
    nouns = _words("legal_instruments")
    return guarded_re(rf"\b(?:{nouns})\s+of\s+(?:19|20)\d\d\b")


def _is_old(text: str, ctx: Context) -> bool:
    """Mentions a year before publication, or a month more than two weeks back.

    A month named without a year after a firm future ("will raise ... to 100% in January",
    "is set to take effect in March") is the next such month, not an earlier one.
    """
    ref = ctx.published
    year = ref.year if ref else ctx.default_year
    cited = _legal_year().sub(" ", text)  # "under the Trade Act of 1974": a law's name
    if year is not None and any(int(y) < year for y in _ANY_YEAR.findall(cited)):
        return True
    if ref is None:
        return False
    return any(
        not (_FIRM_FUTURE.search(text, 0, lo) and not re.search(r"\d{4}", text[lo:hi]))
        and not _modal_ahead(text, lo, hi, ref)
        for lo, hi in old_months(text, ref, BACKGROUND_DAYS)
    )


_MODAL_FUTURE = re.compile(r"\b(?:would|could|might|(?-i:may))\s+(?!have\b)", re.IGNORECASE)
_MONTH_NAME = re.compile(rf"(?:{FULL_MONTHS})")


def _modal_ahead(text: str, lo: int, hi: int, ref: date) -> bool:
    """ "tariffs would rise to 100% in September", read in August: a year-less month later in
    the year than publication, after a modal, is the coming one; taken as last year's it would
    be eleven months back, a time no plan told with "would" points to ("would have": never)."""
    name = _MONTH_NAME.search(text, lo, hi)
    if name is None or re.search(r"\d{4}", text[lo:hi]):
        return False
    month = _MONTHS.index(name.group(0)[:3]) + 1
    return month > ref.month and _MODAL_FUTURE.search(text, 0, lo) is not None


Carried = tuple[date, tuple[str | None, str | None], frozenset[str] | None]


def carried_effective(text: str, ctx: Context) -> Carried | None:
    """The start date a rate-less sentence gives the measures just reported, whose, and on
    which goods.

    "The tariffs taking effect Thursday match the rate ..." dates the rate stated before it;
    "China's tariffs will take effect on February 10" dates only China's (the pair returned is
    the imposer and target named before the verb, None where unnamed). Calendar dates win
    over relative words ("after 21 days from today, which will be August 27"). The goods are
    the words of the object the subject's duty names ("The new duties on American sorghum take
    effect on Monday": {"sorghum"}; `subject_goods`), None when it names none or only goods in
    general: a duty on goods of its own is a measure of its own, not the one reported before.
    """
    m = _TAKES_EFFECT.search(text)
    if m is None or find_rates(text):
        return None
    if not (TARIFF_WORD.search(text) or _refers_back().match(text, 0, m.start())):
        return None
    found = [
        d
        for d in find_dates(text, ctx.published, default_year=ctx.default_year)
        if d.value is not None and d.start >= m.start()
    ]
    found.sort(key=lambda d: d.weekday_only)
    if not found or found[0].value is None:
        return None
    head = text[: m.start()]  # the measure that takes effect is named before the verb
    acts = actors(head, ctx.gaz.countries.find(head))
    imposer = next((a.name for a in acts if a.role in (Role.IMPOSER, Role.AGENT)), None)
    target = next((a.name for a in acts if a.role is Role.TARGET), None)
    return found[0].value, (imposer, target), subject_goods(head, ctx)


# The object of a duty named in a sentence's subject: "duties on American sorghum", "the levy on
# Chinese steel pipes" (up to the subject's end: no comma or clause word inside).
_DUTY_OBJECT = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\s+on\s+(?P<obj>[^,;]+?)"
    # the verb's auxiliaries and adverbs before the verb of effect: "will (now) take effect"
    r"(?:\s+(?:will|would|shall|is|are|were|was|set|due|to|now|also|then|\w+ly))*\s*$",
    re.IGNORECASE,
)
# Words of an object that name no goods of their own: goods in general, and function words.
_NOT_GOODS = frozenset(
    {"goods", "imports", "products", "exports", "items", "all", "the", "its", "their", "of", "from"}
)


def subject_goods(head: str, ctx: Context) -> frozenset[str] | None:
    """The goods a subject's duty is on, as lower-case words without a plural "s" and without
    the countries' names ("duties on American sorghum" -> {"sorghum"}); None when the subject
    names no duty's object or only goods in general ("the tariffs on Chinese goods")."""
    m = _DUTY_OBJECT.search(head)
    if m is None:
        return None
    obj = m["obj"]
    for c in reversed(ctx.gaz.countries.find(obj)):
        obj = obj[: c.start] + " " + obj[c.end :]
    words = {w.casefold().removesuffix("s") for w in re.findall(r"[A-Za-z]+", obj)}
    words -= {w.removesuffix("s") for w in _NOT_GOODS}
    return frozenset(words) or None


def carried_at_once(text: str) -> re.Match[str] | None:
    """A rate-less sentence saying the measure just reported, named before its verb, applied at
    once ("The levy took effect immediately", "The duty came into force the same day")."""
    if "imm" not in text and "same day" not in text:
        return None
    m = _AT_ONCE.search(text)
    if m is None or find_rates(text):
        return None
    if TARIFF_WORD.search(text, 0, m.start()) or _refers_back().match(text, 0, m.start()):
        return m
    return None


# "The new rate takes effect on November 10", "The cut kicks in on Monday": a definite subject
# that refers back to the change just reported (lexicon `deadline: refer_back`,
# `refer_back_definite`) dates it as a tariff word would.
@functools.lru_cache(maxsize=1)
def _refers_back() -> re.Pattern[str]:
    data = section("deadline")
    nouns = "|".join(re.escape(w) for w in (*data["refer_back"], *data["refer_back_definite"]))
    return re.compile(
        r"\W*(?:the|this|that|these|those)\s+(?:(?:new|lower|higher|reduced|revised|latest)\s+)?"
        rf"(?:{nouns})\s+(?:[\w,]+\s+){{0,3}}?$",
        re.IGNORECASE,
    )


# A past verb of coming into force: the date it names has come ("went into effect on June 4").
_CAME_INTO_EFFECT = re.compile(
    rf"\b(?:{alternatives('tariff', 'came_into_effect_phrases')})\b",
    re.IGNORECASE,
)


# A future of the clause's own step before its date: the day is ahead ("will impose 10% starting
# Nov. 10" read in March, "is set to raise the levy to 50% on Jan. 1"); "would" of reported
# speech ("said it would impose ... from Nov. 10") points ahead of the saying too.
_TOLD_FORWARD = re.compile(
    r"\b(?:will|shall|would)\b|\b(?:is|are)\s+(?:set|due|scheduled|slated|going)\s+to\b|"
    r"\w['\u2019]ll\b",
    re.IGNORECASE,
)


def _told_past(
    text: str, clause: Clause, d: DateMention, published: date | None, *, dated: bool = True
) -> date:
    """The start date, a year back when a past verb of coming into force names a year-less day
    that would lie ahead of publication ("went into effect on June 4" read in January), a year
    on when the clause's own step is told forward and the nearest year puts the day months
    behind ("will impose 10% starting Nov. 10" read in March: dates.in_the_future). The step's
    verb may follow a fronted date ("From 10 November, goods will face 10%"), up to the rate.
    Only against a real publication day (`dated`): an undated article's year is a guess from
    the years it names, and its day the day it is read, not written."""
    assert d.value is not None
    if _CAME_INTO_EFFECT.search(text, max(clause.lo, d.start - _CUE_REACH), d.start):
        return in_the_past(text, d, published)
    if (
        dated
        and published is not None
        and d.value < published
        and _TOLD_FORWARD.search(text, clause.lo, max(d.start, clause.rate.start))
    ):
        return in_the_future(text, d, published) or d.value
    return d.value


def effective_date(
    text: str,
    clause: Clause,
    dates: list[DateMention],
    published: date | None = None,
    *,
    dated: bool = True,
) -> date | None:
    """The first date in the clause that a cue marks as the start of the rate.

    A trailing ", starting August 1" or ", with the higher rate applying from May 1" still
    belongs to the rate; "with immediate effect" or "took effect the same day" gives the day of
    the step told before it (starts.day_referred).
    """
    trailing = _TRAILING_START.match(text, clause.hi)
    hi = trailing.end() if trailing else clause.hi
    aside = trailing.span("aside") if trailing and trailing.group("aside") else (hi, hi)
    for d in dates:
        if not (clause.lo <= d.start < hi) or d.value is None or aside[0] <= d.start < aside[1]:
            continue  # (the day of a relative aside before the start is the aside's)
        before = text[max(clause.lo, d.start - _CUE_REACH) : d.start]
        if _BY_BEFORE_DATE.search(before) and _CONDITION_OPENER.search(text, clause.lo, d.start):
            continue  # "if Beijing fails to cut its 34% tariff by Tuesday": a deadline
        named = d.end < clause.rate.start and _AS_THE_DATE.match(text, d.end, clause.rate.start)
        if named or _EFFECT_CUE.search(before):
            return _told_past(text, clause, d, published, dated=dated)
        at_start = d.start - clause.lo <= len("On ")
        if at_start and _IN_EFFECT_VERB.search(text, clause.rate.end, clause.hi):
            return d.value  # "Today, the 50% tariff on X has come into effect"
        governs = max(clause.lo, clause.rate.start - _VERB_REACH)  # the verb that governs a rate
        verb = text[d.end : clause.rate.start] if at_start else text[governs : d.start]
        on_cue = (_ON_CUE.search(before) or _NEXT_DAY.match(text, d.start)) and (
            d.start > _new_figure_end(text, clause.rate) or at_start
        )
        if on_cue and not not_a_start(verb) and not (at_start and _SAID.search(verb)):
            if d.start > clause.rate.end and said_on(text, d):
                continue  # ", the White House said on Monday": the day of the statement
            return _told_past(text, clause, d, published, dated=dated)
    if "imm" in text or "same day" in text:
        at_once = _AT_ONCE.search(text, clause.lo, hi)
        if at_once:
            return day_referred(text, at_once.start(), dates, published, now=not at_once["same"])
    return implied_start(text, clause.lo, hi, has_dates=bool(dates), published=published)
