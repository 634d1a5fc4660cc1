"""Tariff-rate facts: who levies what rate on whose goods, since when, and how firmly.

Each rate gets its own clause (`clauses`); roles come from `roles`, product scopes from `scopes`
(gazetteer products or a value of trade), the status from `status`. A clause that names no
country continues an earlier fact: one with the same rate, else the previous sentence's, else
the measure a rate-less previous sentence reported (`frames`), else the only partner the article
pairs its imposer with. Where the roles contradict each other (the passive agent is also the
target) or the rate sits in a quotation that names nobody, no fact is made: a missing fact costs
less than a wrong one.
Repeats within an article merge, the first statement completed by details a later one adds
(`merge`); a recap of the story so far ("Since returning to office, ...") is not news.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from watcher.facts.extract.clauses import (
    Clause,
    carried_at_once,
    carried_effective,
    effective_date,
    goods_nouns,
    has_break,
    is_headline,
    is_tariff_rate,
    is_title,
    names_tariff,
    participle_subject,
    split_clauses,
)
from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import WEEKDAY, DateMention, find_dates
from watcher.facts.extract.factbox import FactBox, fact_box, label_status
from watcher.facts.extract.frames import Frame, in_recap, recap_window, sentence_frame, subject
from watcher.facts.extract.gazetteer import Gazetteer, Mention
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.literals import Guarded, guarded_re
from watcher.facts.extract.measures import instrument_owner
from watcher.facts.extract.merge import GENERAL, dated, drop_weak, merge_repeats
from watcher.facts.extract.modality import modality
from watcher.facts.extract.numbers import word_to_number
from watcher.facts.extract.rates import PERCENT, Rate, find_rates
from watcher.facts.extract.recency import FULL_MONTHS
from watcher.facts.extract.relative import changed_by_amount, is_breakdown, refers_within
from watcher.facts.extract.roles import Actor, Role, actors, coordinated, nearest
from watcher.facts.extract.scopes import (
    COMING_IN,
    GAPPED_OBJECT,
    goods_object,
    next_item,
    products_of,
    sectoral,
    title_goods,
)
from watcher.facts.extract.sentences import Sentence, is_question
from watcher.facts.extract.starts import day_referred, inherit_start, sentence_start
from watcher.facts.extract.status import ANSWERED, not_news, tariff_status
from watcher.facts.kinds.tariff_rate import TariffRate
from watcher.models import Status

_GLOBAL = re.compile(
    rf"\b(?:{alternatives('tariff', 'global_words')})\b",
    re.IGNORECASE,
)
# After a rate, an object of its own ("on its trade partner") or a measure on every origin.
# "on Monday", "on 1 August" is a time, not an object.
_OBJECT_OR_WORLD = re.compile(
    rf"\b(?:on(?!\s+(?:{WEEKDAY}|\d|"
    rf"(?:{FULL_MONTHS})\b))|against|all|every|global|world|worldwide|trading partners|"
    r"countries|baseline)\b",
    re.IGNORECASE,
)
# The rate's own prepositional object: "25% tariff on Swiss goods", "10% levy on all imports",
# "30% for South Africa".
_OWN_OBJECT = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:on|against|for)\s+(?P<obj>[^,;:()\u2013\u2014]{1,50})",
    re.IGNORECASE,
)
# An object phrase that names every origin rather than a country.
_EVERY_ORIGIN = re.compile(
    r"(?:all|every|any)\s+(?:(?:other|foreign|of\s+its)\s+)?(?:imports|goods|countries|country|"
    r"nations?|trading\s+partners?|economies|origins?)\b|"
    # "all foreign-made cars"; "imported footwear": goods by their coming in, from anywhere
    rf"(?:(?:all|every|any)\s+)?{COMING_IN}\s+[a-z]",
    re.IGNORECASE,
)
# "a 10% levy on furniture from all other countries": goods, then every origin.
_FROM_EVERY_ORIGIN = re.compile(r"[\w\s-]{1,30}?\bfrom\s+", re.IGNORECASE)


# "on its goods", "on their exports": the goods of the sentence's first-named country.
# The nouns are the lexicon's `tariff: goods_nouns`.
@functools.lru_cache(maxsize=1)
def _its_goods() -> re.Pattern[str]:
    return re.compile(rf"(its|their)\s+(?:[\w-]+\s+)?(?:{goods_nouns()})\b", re.IGNORECASE)


# A contrast between two clauses: what stands across it belongs to another measure.
_CONTRAST = re.compile(
    r";|,?\s+(?:while|whereas|but|although|though|unlike|compared\s+(?:with|to)|versus)\s",
    re.IGNORECASE,
)
# Between a rate and the subject of a second, gapped change: "to 30% and China to 10%".
_GAP_OPENER = re.compile(r"\s*,?\s+(?:and|while|whereas)\s+(?:the\s+)?", re.IGNORECASE)
# Words between two rates that introduce a different measure rather than continue a list.
_OTHER_MEASURE = re.compile(
    rf"\b(?:{alternatives('tariff', 'other_measure_words')})\b",
    re.IGNORECASE,
)
# A rate in the condition of another ("... if Beijing fails to cut its 34% tariff") is not
# what is threatened.
_IF_UNLESS = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# "... and raise his levy": a bare verb coordinated with the one before shares its modal.
_SHARED_VERB = re.compile(
    r"\W*and\s+(?:then\s+)?(?!(?:the|an?|its|his|her|their|this|that|these|those|it|he|she|"
    r"they|we|i|also|later|now)\b)(?!\w+(?:ed|s|ing)\b)[a-z]+\s"
)


@functools.lru_cache(maxsize=1)
def _own_change() -> re.Pattern[str]:
    """ "removed its 15% tariff on X and cut the duty on Y to 3%": a second verb of change, with
    an object of its own, governs the next rate; the first verb's status (a removal) is not its
    (lexicon `tariff: own_change_verbs`)."""
    verbs = "|".join(map(re.escape, section("tariff")["own_change_verbs"]))
    return re.compile(
        rf"\band\s+(?:then\s+|also\s+)?(?:{verbs})\s+(?:the|its|their|a|an)\b", re.IGNORECASE
    )


# A relative clause right after the rate's clause still describes the measure.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that)\b[^,;]*")
# "charge 30% on Chinese batteries and 15% on ...": the first rate's object, then "and".
# So is a second step of the same change, its verb gapped: "raised to 50% in March and then
# to 100% in July".
# So is the next object with its own step, the verb gapped (`scopes.GAPPED_OBJECT`): "hike
# tariffs on cranes to 100% and on cargo equipment to 50%", "to 100%, on chips to 50%".
_AND_ITEM = re.compile(
    r"\s+(?:on|to|for)\s+[^,;%]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)|"
    r"(?:\s+(?:in|on|from|by|starting)\s+[^,;%]{1,30}?)?,?\s+and\s+(?:then\s+|later\s+)?to\s+|"
    + GAPPED_OBJECT.pattern,
    re.IGNORECASE,
)
# Between two list items: the first item's noun phrase, a comma or "and", an article.
_LIST_GAP = re.compile(r"[^,;]{0,50},\s*(?:and\s+)?(?:an?\s+|the\s+)?", re.IGNORECASE)
# Sector-wide or worldwide tariffs stated with no country ("pharmaceutical imports could face
# 200%", "a baseline of 10% on all trading partners") are, in this domain's news, US measures.
DEFAULT_IMPOSER = "US"
# Who levies on US goods when the text names no one: the other side of the trade war this
# domain follows (a passive "duties on American pork were raised to 20%").
COUNTERPART = "China"
# With no country anywhere near, the "reciprocal" tariff is the US rate on every trading partner.
_RECIPROCAL = re.compile(r"\breciprocal\b", re.IGNORECASE)
# The start of the next rate's noun phrase at a clause's end: ", and a possible " (100%).
_NEXT_RATE_HEAD = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
_FIGURE_AHEAD = re.compile(r"\d")
# A second clause with a subject of its own after the rate: ", and China will suspend its ...",
# "to 10% and China suspended its 24% levy". Its verb governs the next rate, not this one. A
# past verb counts only with an object after it ("and Beijing lifted its"), as in
# `_NEXT_PREDICATE`.
_NEXT_SUBJECT = re.compile(
    r",?\s+(?:and|while|whereas)\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}"
    # "and Beijing's gallium ban was suspended": a possessed subject acts in its own clause
    r"(?:['\u2019]s(?:\s+(?-i:[a-z][\w-]*)){1,2}(?=\s+(?:was|were|is|are|has|had|will)\b))?"
    r"\s+(?:(?:will|would|shall|can|could|may|might|has|have|had|is|are|was|were|also|then|"
    r"agreed|said|plans|intends)\b|(?:[a-z]+ed|cut|set|put|hit)\s+(?:its|their|the|an?)\b)"
)
# "raised its duty to 50% and suspended its 24% levy": a second past verb with an object of its
# own, its subject shared, is a predicate of its own; the first rate's status ends before it.
# So is a bare verb of pausing under a shared modal ("will raise ... and suspend its 10%").
_NEXT_PREDICATE = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ed|cut|set|put|hit|suspend|pause|"
    # "will lower ... and keep suspended the 24% tariff": a pause kept under the shared modal
    r"delay|postpone|freeze|extend|keep(?:\s+(?:suspended|paused|on\s+hold))?)\s+(?:its|their|the|an?)\b"
)
_ANSWER_REACH = 25  # "hitting back against ...": the clause break may fall inside the phrase
_STATUS_REACH = 45  # the verb that governs a rate sits in the few words before it
_CARRY_SENTENCES = (
    2  # "The tariffs take effect Thursday." dates the facts of the 2 sentences before
)


@dataclass(frozen=True, slots=True)
class _Memory:
    """What earlier sentences tell a clause that names no country itself."""

    known: list[TariffRate] = field(default_factory=list)  # facts so far, in text order
    last: TariffRate | None = None  # the last fact of the previous sentence (or this one)
    subject: str | None = None  # the previous sentence's acting country ("Beijing struck back")
    frame: Frame | None = None  # the measure a rate-less previous sentence reported
    recap: int = 0  # sentences left in a "Since returning to office, ..." recap
    named: frozenset[str] = frozenset()  # every country the earlier sentences name
    pair: tuple[str, str] | None = None  # the two countries of the last sentence naming any
    body: str | None = None  # the country whose body opens the last sentence ("Mexico's ministry")
    heading: tuple[str, ...] = ()  # the countries of a previous sentence that opens a list (":")
    speaker: str | None = None  # the country whose body opened the last sentence opening with one
    names: tuple[str, ...] = ()  # the countries the previous sentence names ("Chinese chips")


def tariff_facts(sentences: Iterable[Sentence], ctx: Context) -> list[TariffRate]:
    """All tariff-rate facts of an article, without repeats or restated earlier levels.

    The article's title repeated as its first line yields weak facts: kept only when the body
    does not state the same rate for the same parties. So does a fact-box line ("- US
    reciprocal tariff on China: 10%"): a box sums up what the prose reports.
    """
    facts: list[TariffRate] = []
    weak: set[int] = set()
    dropped: set[int] = set()  # levels before a change, found in a later sentence
    prev_text = ""
    memory = _Memory(frame=_title_frame(ctx))
    starts: list[int] = []  # index in `facts` where each sentence's facts begin
    for sent in sentences:
        starts.append(len(facts))
        acts = actors(sent.text, ctx.gaz.countries.find(sent.text))
        if len(acts) >= _PAIR:  # a speaker after the sentence and an actor in it
            acts = _trailing_speaker(sent.text, acts)
        skip = (
            is_headline(sent.text)
            or in_recap(sent.text, memory.recap, ctx)
            or is_breakdown(sent.text, prev_text)
        )
        prev_text = sent.text
        found = [] if skip else _sentence_facts(sent.text, acts, ctx, memory)
        if found and len(starts) > 1:
            inherit_start(found, facts[starts[-2] :], sent.text)
        dropped.update(_drop_changed_level(found, starts, sent.text))
        if is_title(sent.text, ctx.title) or (found and fact_box(sent.text) is not None):
            weak.update(range(len(facts), len(facts) + len(found)))  # a box sums up the prose
        facts.extend(found)
        frame = None if found else sentence_frame(sent.text, acts, ctx, stated=not skip)
        if frame and frame.listed and len(starts) > 1:
            _add_scope(facts, starts[-2], frame)
        last = found[-1] if found else None
        recap = recap_window(sent.text, memory.recap)
        named = memory.named | {a.name for a in acts}
        names = tuple(dict.fromkeys(a.name for a in acts))
        pair = (names[0], names[1]) if len(names) == _PAIR else None if names else memory.pair
        memory = _Memory(
            facts,
            last,
            subject(sent.text, acts),
            frame,
            recap,
            named,
            pair,
            body := _body(sent.text, acts),
            _heading(sent.text, names, memory.heading) if names or memory.heading else (),
            body or memory.speaker,
            names,
        )
        if not found:
            _carry_effective(facts, starts, sent.text, ctx)
    kept = [i for i in range(len(facts)) if i not in dropped]
    weak = {n for n, i in enumerate(kept) if i in weak}
    return merge_repeats(drop_weak([facts[i] for i in kept], weak), ctx.published)


# ", China said.", ", Beijing's commerce ministry said on Monday.": the speaker of the whole
# sentence, named after it; it speaks of the step, it does not take it.
_SAID_AFTER = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,3}?)?\s*(?:said|says|told\s+\w+|stated|confirmed)\b"
    r"[^,;]{0,30}$"
)
_COMMA_BEFORE = re.compile(r",\s*(?:the\s+)?$")


def _trailing_speaker(text: str, acts: list[Actor]) -> list[Actor]:
    """The actors, the last one made a speaker when a clause of saying after a comma closes
    the sentence with it and an earlier country acts ("The US cut its duty to 10%, China
    said")."""
    tail = text[-60:]
    if "said" not in tail and "says" not in tail:
        return acts  # most sentences: no trailing speech, no scan
    first, last = acts[0], acts[-1]
    if Role.IMPOSER not in (first.role, last.role) or first.name == last.name:
        return acts
    if first.role is not last.role:
        return acts
    if not _COMMA_BEFORE.search(text, 0, last.start):
        return acts
    if not _SAID_AFTER.match(text.rstrip(" .\"\u201d'"), last.end):
        return acts
    return [*acts[:-1], Actor(last.name, last.start, last.end, Role.SPEAKER)]


def _title_frame(ctx: Context) -> Frame | None:
    """The measure a title reports without a rate ("US to raise tariffs on Chinese solar
    cells"), for the lede that gives its rate without naming it again ("The trade office said
    it would increase the rate to 60%")."""
    title = ctx.title.strip()
    if not title:
        return None
    frame = sentence_frame(title, actors(title, ctx.gaz.countries.find(title)), ctx)
    if frame is None or frame.products:
        return frame
    return replace(frame, products=title_goods(title, ctx.gaz))  # carried with its parties


def _drop_changed_level(found: list[TariffRate], starts: list[int], text: str) -> set[int]:
    """The rate that "lowered it by 10%" refers back to is a level before a change: drop it
    from this sentence's facts, or return the index of the previous sentence's last fact."""
    at = changed_by_amount(text)
    if at is None:
        return set()
    if refers_within(text, at):
        before = [r.value for r in find_rates(text) if r.end <= at]
        hit = [i for i, f in enumerate(found) if f.rate_pct == before[-1]]
        if hit:
            del found[hit[-1]]
        return set()
    if len(starts) > 1 and starts[-1] > starts[-2]:
        return {starts[-1] - 1}
    return set()


def _add_scope(facts: list[TariffRate], lo: int, frame: Frame) -> None:
    """ "China imposed 15% tariffs on US exports. Beijing said the duties cover goods including
    chicken and cotton.": the second sentence scopes the unscoped rates of the first."""
    for i in range(lo, len(facts)):
        f = facts[i]
        if f.product == GENERAL and (f.imposer, f.target) == (frame.imposer, frame.target):
            facts[i] = replace(f, product=", ".join(frame.listed))


def _same_goods(fact: TariffRate, goods: frozenset[str] | None) -> bool:
    """Whether a sentence's duty on `goods` (`clauses.subject_goods`) may be the fact's measure:
    it names no goods of its own, or it shares a word with the fact's product ("The duties on
    American coal take effect on Monday" after "a 15% tariff on US coal"). "The new duties on
    American sorghum" are not the 24% tariff on all American goods reported before."""
    if goods is None:
        return True
    product = {w.casefold().removesuffix("s") for w in re.findall(r"[A-Za-z]+", fact.product)}
    return bool(goods & product)


def _carry_effective(facts: list[TariffRate], starts: list[int], text: str, ctx: Context) -> None:
    """Date the facts of the last sentences from "The tariffs take effect on Thursday" (with no
    fact yet, nothing to date: the sentence is not read)."""
    if not facts:
        return
    carried = carried_effective(text, ctx)
    if carried is None:
        _carry_at_once(facts, starts, text, ctx)
        return
    when, (imposer, target), goods = carried
    lo = starts[max(0, len(starts) - 1 - _CARRY_SENTENCES)]
    facts[lo:] = [
        dated(f, when, ctx.published)
        if not f.effective
        and imposer in (None, f.imposer)
        and target in (None, f.target)
        and _same_goods(f, goods)
        else f
        for f in facts[lo:]
    ]


_TOOK = re.compile(r"(?:took|came)\b", re.IGNORECASE)


def _carry_at_once(facts: list[TariffRate], starts: list[int], text: str, ctx: Context) -> None:
    """ "Canada imposed a 25% duty on steel last Thursday. The duty took effect the same day.":
    the rates of the sentence before start on the day it named (starts.day_referred), and a
    rate announced there that "took effect" is in force: happened."""
    at_once = carried_at_once(text) if len(starts) > 1 else None
    if at_once is None:
        return
    took = _TOOK.match(at_once.group(0)) is not None
    for i in range(starts[-2], len(facts)):
        f = facts[i]
        if f.effective is not None or f.status not in (Status.HAPPENED, Status.ANNOUNCED):
            continue
        if f.status is Status.ANNOUNCED and not took:
            continue
        dates = find_dates(f.evidence, ctx.published, default_year=ctx.default_year)
        when = day_referred(
            f.evidence, len(f.evidence), dates, ctx.published, now=not at_once["same"]
        )
        if when is not None:
            facts[i] = replace(f, effective=when, status=Status.HAPPENED)


_PAIR = 2  # the two sides of a mutual cut


def _sentence_facts(
    text: str, acts: list[Actor], ctx: Context, memory: _Memory
) -> list[TariffRate]:
    # a yes/no question asks about a rate and states none ("Would a 60% tariff hurt farmers?")
    if is_question(text, wh=False):
        return []
    rates = find_rates(text)
    story = bool(memory.known) or memory.frame is not None  # a measure is being reported
    if not rates or not names_tariff(text, story=story):
        return []
    products = ctx.gaz.products.find(text)
    dates = find_dates(text, ctx.published, default_year=ctx.default_year)
    out: list[TariffRate] = []
    prev_ok = False  # the clause before, in the same run of rates, was a duty's rate
    head_rejected = False  # "This includes the 25% tariff on X, a 25% duty on Y": one list
    run_start = 0  # index in `out` where the current run of listed rates begins
    clauses = list(split_clauses(text, rates))
    listed_starts = _list_starts(text, clauses, dates)
    for i, clause in enumerate(clauses):
        if not clause.follows_rate:
            run_start = len(out)
        in_list = clause.follows_rate and _LIST_GAP.fullmatch(text[clause.lo : clause.rate.start])
        listed = (
            clause.follows_rate
            and prev_ok
            and bool(_AND_ITEM.fullmatch(text, clause.lo, clause.rate.start))
        )
        own_clause = past_aside(text, clause)[1]  # its own words, the sentence's tariff words
        if (
            (head_rejected and in_list)
            or _compared(text, clause.rate.start)
            or not is_tariff_rate(
                text,
                own_clause,
                ctx,
                story=story or bool(out),
                listed=listed,
                resumed=bool(memory.subject or memory.body),
            )
        ):
            head_rejected = bool(in_list) or not clause.follows_rate
            prev_ok = False
            continue
        head_rejected = False
        prev_ok = True
        here = replace(memory, known=memory.known + out, last=out[-1] if out else memory.last)
        if not acts and memory.pair and _pair_acts(text, clause.rate.start):
            found = _pair_facts(text, clause, memory.pair, dates=dates, ctx=ctx, memory=here)
        else:
            found = _clause_facts(
                text,
                clause,
                acts=acts,
                products=products,
                dates=dates,
                ctx=ctx,
                memory=here,
                listed_start=listed_starts.get(i),
            )
        found = _distributed(text, clause.rate, acts, found)
        if found and own_clause is not clause:
            found = _after_borne_level(out, found)
        if clause.follows_rate and found:
            _share_trailing_start(out, run_start, found, clause, dates)
        out.extend(found)
    return _mirrored(text, acts, out)


# "cut to 30% by the US and 10% by China": each rate's own agent right after it.
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT_REACH = len(" by the ") + 4  # the agent's name starts right after its "by"
_BY_NEXT = re.compile(r"\s+by\s", re.IGNORECASE)
# "The US and China cut their duties to 30% and 10% respectively": the list, then the word.
_RESPECTIVE = re.compile(r"\s*(?:,\s*|\s+and\s+)$")
_COORDINATE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)


def _distributed(
    text: str, rate: Rate, acts: list[Actor], found: list[TariffRate]
) -> list[TariffRate]:
    """The facts of a rate distributed over two parties that levy on each other, one rate
    each: "cut to 30% by the US and 10% by China", "the US and China cut them to 30% and 10%
    respectively"; as found otherwise."""
    if not found or len(acts) < _PAIR:
        return found
    by = _BY_NEXT.match(text, rate.end) is not None
    if not by and "respectively" not in text:  # most rates: neither, no scan
        return found
    parties = _by_agents(text, rate, acts) if by else _respective(text, rate, acts)
    if parties is None:
        return found
    imposer, target = parties
    moved = {(f.product, f.effective): replace(f, imposer=imposer, target=target) for f in found}
    return list(moved.values())


def _by_agents(text: str, rate: Rate, acts: list[Actor]) -> tuple[str, str] | None:
    """(imposer, target) when two rates of the sentence each have their own agent, two
    countries: the rate's own agent levies on the other."""
    agents: dict[int, str] = {}
    for r in find_rates(text):
        agent = next((a for a in acts if 0 <= a.start - r.end < _AGENT_REACH), None)
        if agent is not None and _BY_AGENT.search(text, r.end, agent.start):
            agents[r.start] = agent.name
    sides = set(agents.values())
    if len(sides) != _PAIR or rate.start not in agents:
        return None
    own = agents[rate.start]
    return own, (sides - {own}).pop()


def _respective(text: str, rate: Rate, acts: list[Actor]) -> tuple[str, str] | None:
    """(imposer, target) for one of two rates listed before "respectively", the parties
    coordinated before them in the same order ("The US and China ... to 30% and 10%
    respectively")."""
    word = _RESPECTIVELY_WORD.search(text)
    if word is None:
        return None
    listed = [r for r in find_rates(text) if r.end <= word.start()][-_PAIR:]
    if len(listed) != _PAIR or rate not in listed:
        return None
    if not _RESPECTIVE.fullmatch(text, listed[0].end, listed[1].start) or text[
        listed[1].end : word.start()
    ].strip(" ,"):
        return None
    before = [a for a in acts if a.end <= listed[0].start]
    pair = next(
        (
            (x.name, y.name)
            for x, y in itertools.pairwise(before)
            if x.name != y.name and _COORDINATE.match(text[x.end : y.start] + " ")
        ),
        None,
    )
    if pair is None:
        return None
    return pair if rate == listed[0] else (pair[1], pair[0])


_RESPECTIVELY_WORD = re.compile(r"\brespectively\b", re.IGNORECASE)


# "20% on Vietnam, compared with 30% for China", "versus 30% on Chinese goods": the second
# figure is a yardstick for the first, another party's level the sentence does not report.
# (A yardstick of the same party, "up from 25%", is the level before: `rates` pairs it.)
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$|"
    # "50% on India, double the 25% imposed on China": a figure measured against another
    r",\s+(?:(?:nearly|almost|roughly|about|more\s+than)\s+)?(?:double|triple|twice|three\s+times|"
    r"half)\s+(?:the|its|their)\s+$",
    re.IGNORECASE,
)


def _compared(text: str, start: int) -> bool:
    """Whether the figure at `start` is only the yardstick of a comparison."""
    if not any(w in text for w in ("compar", "vs", "versus", "double", "triple", "twice", "half")):
        return False
    return _COMPARED.search(text, max(0, start - 40), start) is not None


def _list_starts(text: str, clauses: list[Clause], dates: list[DateMention]) -> dict[int, date]:
    """The day after the last item of a gapped-verb list, for the items before it: "cut its
    surtax on X to 10% and on Y to 5% on Monday" dates the one cut of both (its time, and so
    its tense, before the facts are made; `_share_trailing_start` dates a start after them)."""
    out: dict[int, date] = {}
    run: list[int] = []
    for i, clause in enumerate(clauses):
        item = clause.follows_rate and GAPPED_OBJECT.match(text, clause.lo) is not None
        run = [*run, i] if item else [i]
        nxt = clauses[i + 1] if i + 1 < len(clauses) else None
        if len(run) < _PAIR or (nxt and nxt.follows_rate and GAPPED_OBJECT.match(text, nxt.lo)):
            continue
        hi = _item_end(text, clause, dates)
        day = next((d.value for d in dates if d.value and clause.rate.end <= d.start < hi), None)
        if day is not None:
            out.update((j, day) for j in run[:-1])
    return out


def _item_end(text: str, clause: Clause, dates: list[DateMention]) -> int:
    """Where a list's last item ends: at a break that opens words of their own (", officials
    said on Monday"), not at one that only sets off the item's day (", on Monday")."""
    for brk in _CLAUSE_BREAK.finditer(text, clause.rate.end, clause.hi):
        if not any(brk.end() <= d.start <= brk.end() + len(" on ") for d in dates):
            return brk.start()
    return clause.hi


def _share_trailing_start(
    out: list[TariffRate],
    lo: int,
    found: list[TariffRate],
    clause: Clause,
    dates: list[DateMention],
) -> None:
    """ "will impose 15% on coal and 10% on crude oil from December 1": a start date after the
    last rate of a list dates the undated rates listed before it by the same imposer."""
    when = found[-1].effective
    trailing = any(
        d.value == when and clause.rate.end <= d.start < clause.hi for d in dates if when
    )
    if not trailing:
        return
    out[lo:] = [
        replace(f, effective=when) if f.effective is None and f.imposer == found[-1].imposer else f
        for f in out[lo:]
    ]


# "Washington and Beijing agreed to cut their tariffs to 10%", "each cut their duties", "on
# each other's goods": a coordinated pair acting on one another, one rate each way. The verb
# and the reciprocal word follow the pair within its clause.
_MUTUAL = re.compile(
    r"[^,;.]{0,60}?\b(?:their|each\s+other['\u2019]s|one\s+another['\u2019]s|each)\b",
    re.IGNORECASE,
)


# "The two sides agreed to cut their tariffs to 10%": the pair the story has just named.
_PAIR_WORDS = re.compile(
    r"\b(?:the\s+two\s+(?:sides|countries|nations|economies|governments|capitals)|"
    r"both\s+(?:sides|countries|nations|economies|governments|capitals))\b",
    re.IGNORECASE,
)


def _pair_acts(text: str, pos: int) -> bool:
    """Whether a plural for the pair, before the rate, acts on one another ("both countries
    will lower their levies")."""
    return any(_MUTUAL.match(text, m.end()) for m in _PAIR_WORDS.finditer(text, 0, pos))


def _pair_facts(
    text: str,
    clause: Clause,
    pair: tuple[str, str],
    *,
    dates: list[DateMention],
    ctx: Context,
    memory: _Memory,
) -> list[TariffRate]:
    """One rate each way for the pair an earlier sentence named."""
    r = clause.rate
    effective = effective_date(
        text, clause, dates, ctx.published, dated=not ctx.undated
    ) or sentence_start(text, dates, r.start)
    status = _status(text, clause, effective, ctx, memory.last)
    if status is None:
        return []
    base = TariffRate(status, text, pair[0], pair[1], GENERAL, r.value, r.previous, effective)
    return [base, replace(base, imposer=pair[1], target=pair[0])]


def _mirrored(text: str, acts: list[Actor], out: list[TariffRate]) -> list[TariffRate]:
    """The other direction of a rate two coordinated countries set on each other."""
    if len(out) != 1 or len(acts) < _PAIR:
        return out
    fact = out[0]
    first: dict[str, Actor] = {}  # each side's first mention
    for actor in acts:
        if actor.name in (fact.imposer, fact.target):
            first.setdefault(actor.name, actor)
    sides = {fact.imposer, fact.target}
    if len(first) != _PAIR or set(coordinated(text, acts, first[fact.imposer])) != sides:
        return out
    if _MUTUAL.match(text, max(a.end for a in first.values())) is None:
        return out
    return [*out, replace(fact, imposer=fact.target, target=fact.imposer)]


def _clause_facts(
    text: str,
    clause: Clause,
    *,
    acts: list[Actor],
    products: list[Mention],
    dates: list[DateMention],
    ctx: Context,
    memory: _Memory,
    listed_start: date | None = None,
) -> list[TariffRate]:
    whole, clause = _with_head(text, clause)  # "Chinese steel, which has carried 40%, will"
    imposer, targets = _roles(whole, acts, products, gaz=ctx.gaz, memory=memory)
    frame = None if targets else _framed(imposer, acts, memory.frame)
    if frame is not None:  # "Soybeans are among products facing a 10% tariff" after "China ..."
        imposer, targets = frame.imposer, [frame.target]
    elif not (targets or acts or memory.last) and _RECIPROCAL.search(clause.text):
        imposer, targets = DEFAULT_IMPOSER, ["all"]  # "approved a reciprocal tariff rate of 10%"
    if imposer is not None and (urged := _urged(clause, ctx)) is not None:
        imposer = urged or None  # "urged NATO allies to impose ...": not the one who urges
    box = fact_box(text)
    if box is not None and clause.rate.start >= box.value_start:
        imposer = _box_imposer(box, acts, imposer, targets)
    if imposer is None or not targets or imposer in targets:
        return []
    effective = (
        effective_date(text, clause, dates, ctx.published, dated=not ctx.undated)
        or (frame.effective if frame else None)
        or sentence_start(text, dates, clause.rate.start)
        or listed_start
    )
    acted = None if effective else _acted_on(text, clause, dates, ctx.published)
    status = _status(text, clause, effective, ctx, memory.last, acted=acted)
    if box is not None:
        status = _box_status(box, text, clause, status, effective)
    if status is None:  # counterfactual or historical: not news (lexicon `modality:`)
        return []
    if frame and status is Status.ANNOUNCED:  # "The EU is weighing countermeasures. ... 25%"
        status = frame.status
    r = clause.rate
    base = TariffRate(status, text, imposer, "", GENERAL, r.value, r.previous, effective)
    scopes = products_of(whole, products, ctx.gaz, worldwide=targets == ["all"])
    if scopes == [GENERAL]:
        scopes = _unscoped(text, r, box, frame, ctx.gaz)
    return [replace(base, target=t, product=p) for t in targets if t != imposer for p in scopes]


def _box_status(
    box: FactBox, text: str, clause: Clause, status: Status | None, effective: date | None
) -> Status | None:
    """A fact-box line's status: its label's word ("Possible Chinese tariff: 34% on ..."),
    past the colon; a bare level ("- EU tariff on US motorcycles: 50%") is the one in force."""
    if status in _FIRM and (worded := label_status(box)) is not None:
        return worded
    if status is Status.ANNOUNCED and _bare_level(text, clause, effective):
        return Status.HAPPENED
    return status


def _unscoped(
    text: str, r: Rate, box: FactBox | None, frame: Frame | None, gaz: Gazetteer
) -> list[str]:
    """The scope of a rate that names no goods near it: the previous sentence's ("25% tariffs
    on both metals"), a part's kind ("made up of a 10% fentanyl levy and a 10% reciprocal
    tariff"), a fact-box label's goods ("- EU tariff on US motorcycles: 50%"), else all goods."""
    if frame and frame.products:
        return list(frame.products)
    if part_of_total(text, r.start):
        return [_part_name(text, r)]
    if box is not None:
        named = list(dict.fromkeys(p.name for p in gaz.products.find(box.label)))
        return named or list(title_goods(box.label, gaz)) or [_kind_name(box.label)]
    return [GENERAL]


_FIRM = frozenset({Status.ANNOUNCED, Status.HAPPENED})
# "an additional duty of 20%, made up of a 10% fentanyl levy and a 10% reciprocal tariff": the
# parts a total is broken into, each a rate of the same standing as the total.
_BROKEN_INTO = re.compile(
    r"\b(?:made\s+up\s+of|consist(?:s|ing|ed)?\s+of|composed\s+of|split\s+(?:into|between)|"
    r"divided\s+into)\s",
    re.IGNORECASE,
)
# The part's own kind, named between its figure and its noun ("10% reciprocal tariff").
_PART_KIND = re.compile(
    r"\s+(?P<kind>(?-i:[a-z][a-z-]+))\s+(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rate|surcharge)\b",
    re.IGNORECASE,
)


def part_of_total(text: str, start: int) -> bool:
    """Whether the rate at `start` is a part of a total stated before it in the sentence."""
    if "of" not in text and "into" not in text and "between" not in text:
        return False
    m = _BROKEN_INTO.search(text, 0, start)
    return m is not None and any(r.end <= m.start() for r in find_rates(text[: m.start()]))


def _part_name(text: str, r: Rate) -> str:
    """A part's scope by its kind ("reciprocal tariff"), so two parts of one figure stay two
    facts; all goods when it has none ("a 25% penalty")."""
    m = _PART_KIND.match(text, r.end)
    return f"{m.group('kind').lower()} tariff" if m else GENERAL


def _kind_name(label: str) -> str:
    """A fact-box label's kind of duty ("US reciprocal tariff on China": "reciprocal tariff"),
    so that a table's lines on one pair stay apart; all goods when it names none."""
    m = _PART_KIND.search(" " + label)
    if m is None or m.group("kind").lower() in section("tariff")["layer_words"]:
        return GENERAL  # "US additional tariff on most Chinese goods": all goods
    return f"{m.group('kind').lower()} tariff"


# A fact-box value that is only a level: the figure, perhaps its goods ("50%", "up to 45% on
# Chinese cars"), and no date, verb or state after it.
_BARE_VALUE = re.compile(r"\s*(?:on\s+[^,;:()\d]{1,60}?)?\s*\.?\s*$")


def _bare_level(text: str, clause: Clause, effective: date | None) -> bool:
    """Whether a fact-box line states the level in force ("- US reciprocal tariff on China:
    10%"), as a table of current rates does, rather than a step with a date or a verb."""
    return effective is None and _BARE_VALUE.match(text, clause.rate.end) is not None


def _box_imposer(
    box: FactBox, acts: list[Actor], imposer: str | None, targets: list[str]
) -> str | None:
    """Who levies a fact-box line's rate: a party its label names ("Mexico: up to 50% on
    Chinese cars", "US fentanyl tariff: 10%") or whose government body it is, else one its
    value names as acting; None when neither does. No default imposer, no earlier fact: a
    line that names no one is no one's rate (a missing fact costs less than a wrong one)."""
    label = [a for a in acts if a.end <= box.value_start and a.name not in targets]
    named = next((a.name for a in label if a.role is not Role.TARGET), None)
    if named is not None or (named := instrument_owner(box.label)) is not None:
        return named  # "Commerce Department: 50% on ...": the body's country
    value = {a.name for a in acts if a.start >= box.value_start and a.role is not Role.TARGET}
    return imposer if imposer in value else None


def _urged(clause: Clause, ctx: Context) -> str | None:
    """The party urged to impose the rate ("" when it is no known country), None if not urged."""
    r, lo = clause.rate, clause.head
    text = clause.sentence
    found = modality(text[lo : clause.hi], (r.start - lo, r.end - lo))
    if found is None or found.category != "urged":
        return None
    span = text[lo + found.start : r.start]  # "urged Japan to impose": the party is inside
    countries = [m.name for m in ctx.gaz.countries.find(span)]
    leaders = [ctx.gaz.leader_country.get(m.name, "") for m in ctx.gaz.leaders.find(span)]
    return next((c for c in [*countries, *leaders] if c), "")


def _framed(imposer: str | None, acts: list[Actor], frame: Frame | None) -> Frame | None:
    """The previous sentence's measure, when this sentence names no other party."""
    if frame is None or imposer not in (None, frame.imposer):
        return None
    return frame if all(a.name == frame.imposer for a in acts) else None


def _acted_on(
    text: str, clause: Clause, dates: list[DateMention], published: date | None
) -> date | None:
    """The past weekday a clause dates its act by, before the rate ("the EU on Thursday set
    duties of 35%", "On Monday, Ottawa raised ..."): the day of the step, not of its start.
    A change's new figure counts as the rate: "added a 50% tariff on Wednesday, bringing the
    total to 104%" is dated by the day between its figures."""
    if published is None:
        return None
    upto = _new_figure(text, clause.rate)[0]
    for d in dates:
        if not (clause.lo <= d.start < upto) or not d.weekday_only:
            continue
        if d.value is not None and d.value < published and _ON_DAY.search(text, 0, d.start):
            return d.value
    return None


_ON_DAY = re.compile(r"\bon\s+$", re.IGNORECASE)


def _status(
    text: str,
    clause: Clause,
    effective: date | None,
    ctx: Context,
    last: TariffRate | None,
    *,
    acted: date | None = None,
) -> Status | None:
    """The clause's status (None: not news), read past a relative aside that held the rate
    before it ("X, which have carried 100% since 2024, will be charged 35%": the aside is no
    part of the 35%'s predicate)."""
    own_text, own_clause = past_aside(text, clause)
    return _own_status(own_text, own_clause, effective, ctx, last, acted=acted)


def _own_status(
    text: str,
    clause: Clause,
    effective: date | None,
    ctx: Context,
    last: TariffRate | None,
    *,
    acted: date | None = None,
) -> Status | None:
    """The clause's status (None: not news); a rate listed after another shares its verb.

    In "would levy 15% on coal and 10% on crude oil" the 10% is as firm as the 15%. The words
    between a paired rate's two figures are left out when they hold a clause of their own
    ("an extra 25% on India after it warned ..., taking the total to 50%").
    """
    gap = clause.text[: clause.rate.start - clause.lo]
    r = clause.rate
    if clause.follows_rate and not_news(
        text[clause.head : clause.hi], (r.start - clause.head, r.end - clause.head)
    ):
        return None  # "had left A facing 30% and B hit with 10%": the list shares its trigger
    decided, construed = _construction(text, r)
    if decided:
        return construed
    # ", and China will suspend its 24%", "and suspended its 24%": a predicate of its own
    # (the predicate may follow the first rate's adjuncts: "to 5% on the same day and keep ...")
    own_subject = bool(_NEXT_SUBJECT.match(gap) or ("and" in gap and _NEXT_PREDICATE.search(gap)))
    shared = not (_OTHER_MEASURE.search(gap) or own_subject or _own_change().search(gap))
    if clause.follows_rate and last and last.evidence == text and shared:
        return last.status
    if last and last.evidence == text and _same_step(text, clause):
        return None if _left_by_pause(text, clause, last) else last.status
    condition = _IF_UNLESS.search(gap) if clause.follows_rate else None
    # "unless Tokyo cuts its 20%": the condition's own words; else from the break (", warning")
    lo = clause.lo + condition.end() if condition else clause.cue
    body = text[lo : _own_clause_end(text, clause)]
    new = _new_figure(text, r)
    anchor = (new[0] - lo, new[1] - lo)
    if _SHARED_VERB.match(body):  # "is set to remove ... — and raise his levy to 25%"
        body, anchor = text[: clause.hi], (0, clause.hi)  # shares every trigger before it
    if has_break(text[r.start : r.end]):
        body = text[lo : r.start] + " " + text[r.end : clause.hi]
        anchor = (r.start - lo, r.start - lo + 1)
    if relative := _RELATIVE_CLAUSE.match(text, clause.hi):  # ", which Trump had warned about"
        body += relative.group(0)
    status = tariff_status(
        body,
        local=text[_local_start(text, clause, new) : clause.hi],
        prefix=text[: clause.lo],
        effective=effective,
        published=ctx.published,
        anchor=anchor,
        changed=r.previous is not None,
        acted=acted,
        old_at=r.start - lo if new[0] > r.start else -1,
    )
    if status is None:
        return None
    if status is Status.HAPPENED and action_item(text):
        status = Status.ANNOUNCED  # "• Reducing the 20% duty (imposed in May) to 10%"
    answered = ANSWERED.search(text, max(0, clause.lo - _ANSWER_REACH), r.start)
    done = answered or _after_past_step(text, clause, gap)
    return Status.HAPPENED if done and status is Status.ANNOUNCED else status


def _same_step(text: str, clause: Clause) -> bool:
    """Whether the rate tells the same step as the rate before it in its sentence: its result
    (", bringing the overall rate to 47%") or a part of its total ("a 20% duty, made up of a
    10% levy and a 10% tariff")."""
    return bool(_result_participle().search(text, 0, clause.lo)) or part_of_total(
        text, clause.rate.start
    )


_LEAVING = re.compile(r",\s*leaving\s*$", re.IGNORECASE)


def _left_by_pause(text: str, clause: Clause, last: TariffRate) -> bool:
    """ "keep its 24% levy suspended, leaving the rate charged at 10%": the level a pause leaves
    in force is a standing level, neither suspended nor news (dev README, rule 3)."""
    return (
        last.status is Status.SUSPENDED
        and "leaving" in text[max(0, clause.lo - 20) : clause.lo]
        and _LEAVING.search(text, 0, clause.lo) is not None
    )


def _local_start(text: str, clause: Clause, new: tuple[int, int]) -> int:
    """Where the words that may state a rate's own force begin: a few words before it, or,
    for a change whose old level stands in an aside before the new figure ("Tariffs, now at
    145%, will be cut to 30% on Wednesday"), after that old figure: "now at" is the old
    level's, and the cut is still to come."""
    r = clause.rate
    lo = max(clause.lo, r.start - _STATUS_REACH)
    if new[0] <= r.start:
        return lo
    old = PERCENT.search(text, r.start, new[0])
    return max(lo, old.end()) if old else lo


def _construction(text: str, r: Rate) -> tuple[bool, Status | None]:
    """(True, status) when the sentence's construction alone decides the rate's status (None:
    no fact); (False, None) when the clause's wording is to be read."""
    if _talked_of(text, r):
        return True, None  # "Raising tariffs to 60% would hurt", "calls 50% tariffs a deal"
    if _hypothetical(text, r):
        return True, Status.SPECULATED  # "a 60% tariff would cut growth by 2 points": a what-if
    if _standing_aside(text, r.start):
        return True, None  # "Canada, which levies 100% on the same cars, said ...": in passing
    if inverted := _inverted_condition(text, r.start):  # "Had the US imposed a 60% tariff, ..."
        return True, None if inverted == "had" else Status.SPECULATED  # never in force; what-if
    return False, None


@functools.lru_cache(maxsize=1)
def _past_step() -> re.Pattern[str]:
    """ "Beijing removed its 15% tariff on X and cut the duty on Y to 3%": a verb coordinated
    with a past step, with no modal or "to" before it, tells a step taken too ("cut" has one
    form; lexicon `tariff: past_step_verbs`)."""
    verbs = "|".join(map(re.escape, section("tariff")["past_step_verbs"]))
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE)


_NOT_YET = re.compile(
    r"\b(?:will|would|shall|could|may|might|plans?|planning|intends?|to)\b|\w['\u2019]ll\b",
    re.IGNORECASE,
)


def _after_past_step(text: str, clause: Clause, gap: str) -> bool:
    """Whether the rate's own verb is coordinated with a past step before it in the sentence."""
    if not clause.follows_rate or not _own_change().search(gap):
        return False
    before = text[: clause.lo]
    return bool(_past_step().search(before)) and not _NOT_YET.search(before)


# A gerund of a change in a duty: with no finite verb of its own, a line it heads ("• Reducing
# the 20% tariffs on X to 10%", a headline or one of a list of measures) is the action the
# document announces.
@functools.lru_cache(maxsize=1)
def _gerund() -> str:
    """The gerunds of a change in a duty (lexicon `tariff: action_gerund_stems`, plus "ing")."""
    return rf"(?:{'|'.join(section('tariff')['action_gerund_stems'])})ing"


@functools.lru_cache(maxsize=1)
def _gerund_words() -> frozenset[str]:
    return frozenset(stem + "ing" for stem in section("tariff")["action_gerund_stems"])


@functools.lru_cache(maxsize=1)
def _action_item_re() -> re.Pattern[str]:
    return re.compile(rf"[\W_]*(?-i:(?=[A-Z])){_gerund()}\s", re.IGNORECASE)


# The same gerund as the subject of a verb ("Raising tariffs on X to 60% would hurt buyers",
# "critics say cutting the duty to 10% is a mistake"): a step talked about, not taken.
@functools.lru_cache(maxsize=1)
def _gerund_subject_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^[\W_]*|\b(?:says?|said|argue[sd]?|warn(?:s|ed)?|think|thinks|believes?|that)\s+)"
        rf"{_gerund()}\s[^,;:.]{{0,80}}$",
        re.IGNORECASE,
    )


_GERUND_REACH = 120  # characters before a rate where the gerund that heads its phrase sits
_SUBJECT_VERB = re.compile(
    r"[^,;:.%]{0,60}?\s(?:would|could|might|may|should|can|will|is|was|has|isn['\u2019]t|"
    r"wouldn['\u2019]t|won['\u2019]t)\s",
    re.IGNORECASE,
)


# A verb of comment whose object the rate modifies ("Trump calls 50% India tariffs a big deal",
# "defends 145% tariffs", "praised the 10% levy"): a measure talked about, already in place.
@functools.lru_cache(maxsize=1)
def _comment_verbs() -> frozenset[str]:
    return frozenset(section("tariff")["comment_verbs"])


_DETERMINERS = frozenset(["the", "his", "her", "its", "their", "those", "these"])
_COMMENT_REACH = 30


def _talked_of(text: str, r: Rate) -> bool:
    """Whether the rate's measure is only talked of: the gerund subject of a verb ("Raising
    tariffs to 60% would hurt farmers"), the object of a verb of comment ("Trump calls 50% India
    tariffs a big deal", a measure in place) or a gerund headline asked as a question
    ("Raising tariffs on chips to 100%: who pays?")."""
    return (
        _gerund_subject(text, r)
        or _talked_about(text, r.start)
        or (text.rstrip().endswith("?") and action_item(text))
        or _effect_subject(text, r)
    )


# The verb of effect right after the rate's noun phrase (`gap`: the rest of that phrase, up to
# eight words, no comma): a modal or a finite form, then the economic quantity it acts on within
# three words ("will raise prices", "would cut its margin", "pushed up costs").
@functools.lru_cache(maxsize=1)
def _effect_re() -> re.Pattern[str]:
    data = section("tariff")
    verbs = "|".join(data["effect_verbs"])
    objects = "|".join(data["effect_objects"])
    return re.compile(
        rf"(?P<gap>(?:\s+[\w'\u2019%$.-]+){{0,8}}?)\s+(?:(?:will|would|could|may|might|can)\s+"
        rf"(?:\w+\s+)?)?(?:{verbs})\s+(?:up\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?(?:{objects})\b",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _effect_cues() -> tuple[str, ...]:
    """Substrings of the effect objects (their first five letters): the cheap test first."""
    return tuple(sorted({word[:5] for word in section("tariff")["effect_objects"]}))


# A verb of a step on a duty before the rate: the rate is that step's object, not a subject.
_STEP_BEFORE = re.compile(
    r"\b(?:impos|rais|hik|slap|levi|levy|cut|lower|reduc|doubl|tripl|halv|increas|set|sets|"
    r"announc|add|put|plac|introduc|approv|unveil|order|lift|slash|extend|keep|kept|retain|"
    r"appl|charg|face|pay|bear|suspend|paus|remov|scrap|match|reach|rose|rise|climb|jump|fell|"
    r"drop|stood|stand|to)\w*",
    re.IGNORECASE,
)
# A predicate of its own inside the gap: "took effect on Monday and will raise prices" states
# the step, and the effect is a second predicate.
_GAP_PREDICATE = re.compile(
    rf"\b(?:{alternatives('tariff', 'gap_predicate_words')})\b",
    re.IGNORECASE,
)
_SUBJECT_REACH = 80  # characters before a rate searched for a verb it is the object of


def _effect_subject(text: str, r: Rate) -> bool:
    """Whether the rate sits in the subject of a verb of effect on an economic quantity ("the
    50% tariff on chips will raise prices"): no step verb before it in its clause, the verb of
    effect right after its phrase (the cheap substring test first: most sentences name no such
    quantity)."""
    tail = text[r.end : r.end + 160].lower()
    if not any(cue in tail for cue in _effect_cues()):
        return False
    m = _effect_re().match(text, r.end)
    if m is None or _GAP_PREDICATE.search(m.group("gap")) or _STEP_BEFORE.search(m.group("gap")):
        return False
    lead = _CLAUSE_SPLIT.split(text[max(0, r.start - _SUBJECT_REACH) : r.start])[-1]
    return _STEP_BEFORE.search(lead) is None


_CLAUSE_SPLIT = re.compile(r"[,;:]|\b(?:said|says|that)\b", re.IGNORECASE)


def _talked_about(text: str, start: int) -> bool:
    """Whether the rate at `start` modifies the object of a verb of comment, right before it
    or before its determiner (word tests: this runs for every rate)."""
    before = text[max(0, start - _COMMENT_REACH) : start]
    if not before[-1:].isspace():
        return False
    words = before.lower().split()[-2:]
    if words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _comment_verbs()


# A main clause after a participial opener: "Raising its duty to 25%, China hit back ...".
_MAIN_CLAUSE = re.compile(
    r",\s+(?:(?-i:[A-Z])[\w.-]*|it|he|she|they|the\s+[\w-]+)\s+(?:[\w-]+\s+)?"
    r"(?:said|says|has|have|had|will|would|is|was|are|were|hit|struck|took|made|put|set|"
    r"[a-z]+ed)\b"
)


def action_item(text: str) -> bool:
    """Whether a sentence is a verbless action item headed by a gerund of change (not a
    participial opener before a main clause)."""
    if "ing " not in text[:30] or _action_item_re().match(text) is None:
        return False
    return _MAIN_CLAUSE.search(text) is None


def _gerund_subject(text: str, r: Rate) -> bool:
    """Whether the rate sits in a gerund phrase that is the subject of a verb after it."""
    lo = max(0, r.start - _GERUND_REACH)
    lead = text[lo : r.start]
    if "ing " not in lead or _gerund_words().isdisjoint(lead.lower().split()):  # most: no scan
        return False
    if _gerund_subject_re().search(text, lo, r.start) is None:
        return False
    return _SUBJECT_VERB.match(text, r.end) is not None


# "Canada, which levies 100% on the same cars, said it would ...": a present levy in an aside
# on a party describes where it stands, told in passing to introduce what it says or does.
_STANDING_ASIDE = re.compile(
    r",\s+(?:which|who)\s+(?:already\s+|also\s+|still\s+)?(?:levies|charges|applies|imposes|"
    r"collects|maintains)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


def _standing_aside(text: str, start: int) -> bool:
    """Whether the rate at `start` is the object of a present levy in a relative aside."""
    if "which" not in text and "who" not in text:  # most sentences: no scan
        return False
    return _STANDING_ASIDE.search(text, max(0, start - 40), start) is not None


# A condition told by inversion at the start of a sentence: "Had the US imposed a 60% tariff,
# ..." (counterfactual: no fact), "Were Beijing to raise ...", "Should Washington impose ..." (a
# what-if). The condition is a clause of its own: it runs to the first comma and never across a
# colon ("Had enough: China imposes 84% ..." is a headline's aside, then the news).
_INVERTED = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?:(?P<had>Had)|Were|Should)\s+(?!you\b)[^,;:]{1,120}$"
)


def _inverted_condition(text: str, start: int) -> str | None:
    """ "had" for a rate inside a past counterfactual told by inversion, "were" for a future
    what-if, None when the rate is in no such condition."""
    if text[:8].lstrip(" \"\u201c'(")[:3] not in ("Had", "Wer", "Sho", "But", "And", "Yet"):
        return None  # most sentences: no scan
    found = _INVERTED.match(text, 0, start)
    if found is None or "," not in text[start:]:  # no consequence clause after: no condition
        return None
    return "had" if found.group("had") else "were"


# An indefinite rate phrase as the subject of a modal consequence: "a 60% tariff on Chinese
# goods would cut growth by 2 points", "a tariff of 50% could cost ...": an analyst's or a
# critic's what-if, not a step anyone took (the verbs say what the duty does to an economy;
# "would take effect", "would apply" are a measure's own and stay out).
_INDEFINITE_RATE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?:tariff|duty|levy|surcharge)\s+(?:rate\s+)?of\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies|surcharges?|rate))?"
    r"(?:\s+(?:on|against|for)\s+(?:(?!\b(?:that|which|who)\b)[^,;.%]){1,50}?)?"
    r"\s+(?:would|could|might)\s+(?:\w+ly\s+)?"
    r"(?:cost|hurt|shave|cut|raise|reduce|lower|boost|add|push|drive|knock|wipe|dent|damage|"
    r"drag|slow|erase|crush|devastate|fuel|spur|mean|trim|shrink|weaken|wreck|cripple|"
    r"destroy|increase|decrease|slash|halve|double)\b",
    re.IGNORECASE,
)


def _hypothetical(text: str, r: Rate) -> bool:
    """Whether the rate is a what-if: an indefinite rate phrase whose modal verb tells what the
    duty would do ("a 60% tariff would cut China's growth"), not what anyone will do."""
    if "ould" not in text and "might" not in text:  # most sentences: no modal, no scan
        return False
    if not _INDEFINITE_RATE.search(text, max(0, r.start - 40), r.start):
        return False
    return _CONSEQUENCE.match(text, r.end) is not None


# "its 100% tariff on Chinese EVs to 6.1%": the old level, its noun and object, then "to".
_OLD_AS_OBJECT = re.compile(
    r"^\S+\s+(?:[\w-]+\s+)?(?:tariffs?|duty|duties|levy|levies|surtax|surcharge)\b"
    r"(?!.*\bfrom\b).*\bto\s+\S+$",
    re.IGNORECASE | re.DOTALL,
)


def _new_figure(text: str, r: Rate) -> tuple[int, int]:
    """The span of a change the modality of its new figure is read at. An aside between the
    two figures ("Tariffs, which briefly topped 145% in April, were cut to 30%") holds the old
    level and its history; the new figure is the one whose verb says what happens. A change
    told without an aside ("from 145% to 30%") is read as a whole. So is the old level as the
    object of the verb ("drop its 100% tariff on EVs to 6%"): the verb ("drop its") is a cut to
    the new figure, not a removal of the old one."""
    if r.previous is None:
        return r.start, r.end
    span = text[r.start : r.end]
    if "," not in span and not _OLD_AS_OBJECT.search(span):
        return r.start, r.end
    figures = PERCENT.finditer(text, r.start, r.end)
    new = [m for m in figures if word_to_number(m.group("num")) == r.value]
    return new[-1].span() if new else (r.start, r.end)


@functools.lru_cache(maxsize=1)
def _result_participle() -> re.Pattern[str]:
    """A clause opened by ", bringing" states the result of the change before it (lexicon
    `tariff: result_participles`)."""
    words = section("tariff")["result_participles"]
    return re.compile(rf",\s*(?:{'|'.join(map(re.escape, words))})\s*$", re.IGNORECASE)


def _own_end(text: str, hi: int) -> int:
    """Where a clause's own words end: ", and a possible 100%" opens the next rate's phrase, so
    "possible" qualifies that rate, not the one before it."""
    head = _NEXT_RATE_HEAD.search(text, 0, hi)
    if head and _FIGURE_AHEAD.match(text, hi):
        return head.start()
    return hi


# "Chinese kettles, which have carried a 100% duty since 2024, will be charged 35%": a rate
# inside a non-restrictive relative clause, which the next comma closes; the predicate after it
# is the head noun's, not the relative clause's.
_OPEN_RELATIVE = re.compile(r",\s+(?:which|whose|who)\b[^,;]*$", re.IGNORECASE)
_RELATIVE_REACH = 120  # characters before a rate searched for the relative pronoun


def _relative_aside(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """Where the relative aside that holds the rate at `start` opens and closes, when it
    closes before `hi` (the cheap test first: a comma after the rate)."""
    comma = text.find(",", start, hi)
    if comma < 0:
        return None
    opened = _OPEN_RELATIVE.search(text, max(0, start - _RELATIVE_REACH), start)
    return None if opened is None else (opened.start(), comma)


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _after_borne_level(out: list[TariffRate], found: list[TariffRate]) -> list[TariffRate]:
    """The facts of a rate told right after a relative aside, the level that aside told of the
    same parties taken as their level before ("X, which have carried 100% since 2024, will be
    charged 35%": 35% from 100%, as "will cut its 100% tariff to 35%" reads; docs/extraction.md:
    a level before a change is no fact of its own)."""
    if not out or out[-1].status is not Status.HAPPENED:
        return found
    level = out[-1]
    same = [f for f in found if (f.imposer, f.target) == (level.imposer, level.target)]
    if not same or level.rate_pct == same[0].rate_pct:
        return found
    while out and out[-1].rate_pct == level.rate_pct and out[-1].evidence == level.evidence:
        out.pop()
    return [
        replace(f, previous_pct=level.rate_pct) if f in same and f.previous_pct is None else f
        for f in found
    ]


def _with_head(text: str, clause: Clause) -> tuple[Clause, Clause]:
    """The clause whose parties and goods the rate takes, and the one whose time and force it
    takes. A participle of a level move has the main clause's subject, time and force
    ("Tariffs on X fell on Monday, dropping to 10%"); a rate in a relative aside or right after
    it takes its parties and goods from the noun the aside hangs on ("Chinese kettles, which
    have carried 100% since 2024, will be charged 35%": "which" is the kettles)."""
    if (subject := participle_subject(text, clause)) >= 0:
        whole = replace(clause, lo=subject, cue=subject, text=text[subject : clause.hi])
        return whole, whole
    if ", wh" not in text:  # the cheap test first
        return clause, clause
    aside = _relative_aside(text, _new_figure(text, clause.rate)[0], len(text))
    if aside is None or aside[0] > clause.lo:
        own = past_aside(text, clause)[1]
        if own is clause:
            return clause, clause
        aside = (text.rfind(",", 0, own.lo - 1), own.lo)
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, aside[0]))
    lo = breaks[-1].end() if breaks else 0
    return replace(clause, lo=lo, text=text[lo : clause.hi]), clause


def past_aside(text: str, clause: Clause) -> tuple[str, Clause]:
    """The sentence and clause of a rate as its own predicate tells it, when the rate before
    sat in a relative aside closed between them ("X, which have carried 100% since 2024, will
    be charged 35%": the 35% is the head noun's, the aside no part of its clause); else both
    as they are."""
    if not clause.follows_rate or "," not in text[clause.lo : clause.rate.start]:
        return text, clause
    aside = _relative_aside(text, clause.lo, clause.rate.start)
    if aside is None:
        return text, clause
    lo, hi = aside[0], aside[1] + 1
    masked = text[:lo] + " " * (hi - lo) + text[hi:]
    own = replace(
        clause,
        text=text[hi : clause.hi],
        lo=hi,
        cue=hi,
        head=hi,
        sentence=masked,
        follows_rate=False,
    )
    return masked, own


def _own_clause_end(text: str, clause: Clause) -> int:
    """Where the rate's own clause ends: before the next rate's, also before a coordinated
    clause with a subject of its own ("to 47%, and China will suspend its 24% levy") and at
    the close of a relative aside that holds the rate."""
    hi = _own_end(text, clause.hi)
    if (aside := _relative_aside(text, _new_figure(text, clause.rate)[0], hi)) is not None:
        return aside[1]
    # "halved its duty to 10% and Beijing paused its export regime": the other subject's verb
    # is not this rate's, whether or not a rate follows
    nxt = _NEXT_SUBJECT.search(text, clause.rate.end, hi)
    if not clause.before_next_rate:
        return nxt.start() if nxt else hi
    if nxt is None and " and " in text[clause.rate.end : hi]:  # the cheap test first
        nxt = _NEXT_PREDICATE.search(text, clause.rate.end, hi)
    return nxt.start() if nxt else hi


def _roles(
    clause: Clause,
    acts: list[Actor],
    products: list[Mention],
    *,
    gaz: Gazetteer,
    memory: _Memory,
) -> tuple[str | None, list[str]]:
    """(imposer, targets) for one rate: clause roles first, then the sentence, then defaults."""
    pos = clause.rate.start
    if not acts and _quoted(clause.sentence, pos):
        return None, []  # "“A 15% rate was the best we could get,” she said": whose, on whom?
    # a rate before a gapped list item takes origin and goods only up to where that item starts
    own_hi = next_item(clause)
    inside = [a for a in acts if clause.lo <= a.start < own_hi and not _heads_next(a, clause)]
    own = _own_object(clause, inside, acts, own_hi) or _gapped_every_origin(clause)
    if own == "all":  # "a 10% tariff on all imports, while China faces 30%"
        return _imposer(inside, acts, [], pos) or DEFAULT_IMPOSER, ["all"]
    anchor = (
        own
        if isinstance(own, Actor)
        else nearest([a for a in inside if a.role is Role.TARGET], pos)
    )
    targets = coordinated(clause.sentence, acts, anchor) if anchor else []
    if any(a.role is Role.AGENT and a.name in targets for a in inside):
        return None, []  # "answer 25% tariffs imposed by the US with its own duties on US goods"
    name = _imposer(*_before_next_subject(clause, inside, acts), targets, pos)
    name, targets = _same_parties(name, targets, clause, bool(inside), memory)
    targets = targets or _demonstrative_origin(clause, name, acts, memory)
    if name is None and not targets:
        same = [f for f in memory.known if f.rate_pct == clause.rate.value]
        if same and not acts:  # "The 125 per cent tariffs ... will apply from Saturday"
            return same[-1].imposer, [same[-1].target]
        # "Duties on kitchen cabinets will rise to 50%" opening a story: a sector measure
        worldwide = not acts and bool(
            _GLOBAL.search(clause.text) or (not memory.known and goods_object(clause))
        )
        if worldwide or sectoral(clause, products, gaz):
            return DEFAULT_IMPOSER, ["all"]
    if not targets:
        targets = _default_targets(clause, acts, name, sectoral(clause, products, gaz))
        if not targets:
            name, targets = _continued(name, clause, memory, {a.name for a in inside})
    if name is None and targets:
        name = _anaphoric(clause.sentence, targets, memory) or _default_imposer(
            acts, targets, memory
        )
    return name, _not_transshipped(clause, acts, list(dict.fromkeys(targets)))


def _before_next_subject(
    clause: Clause, inside: list[Actor], acts: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """The actors that may levy the rate: not the subject of a coordinated clause after it
    with a verb of its own ("halved its duty to 10% and Beijing paused its export regime":
    Beijing acts in its own clause)."""
    if " and " not in clause.sentence and " while " not in clause.sentence:
        return inside, acts  # the cheap test first
    nxt = _NEXT_SUBJECT.search(clause.sentence, clause.rate.end, clause.hi)
    if nxt is None:
        return inside, acts
    cut = nxt.start()
    return [a for a in inside if a.start < cut], [a for a in acts if a.start < cut]


# "the duty on those chips", "a levy on such lumber": goods named by a demonstrative point back
# to goods the previous sentence named with their origin ("Importers of Chinese chips ...").
_DEMONSTRATIVE_GOODS = re.compile(r"\bon\s+(?:those|these|such)\s+(?-i:[a-z])", re.IGNORECASE)


def _demonstrative_origin(
    clause: Clause, imposer: str | None, acts: list[Actor], memory: _Memory
) -> list[str]:
    """The origin of goods the rate's clause names by "those", "these" or "such": the one
    country of the previous sentence that is neither the imposer nor named in this one
    (none when it names several): "Importers of Chinese chips ... the duty on those chips"."""
    text = clause.sentence[clause.lo : clause.hi]
    if " th" not in text and "such" not in text:  # the cheap test first
        return []
    if not memory.names or _DEMONSTRATIVE_GOODS.search(text) is None:
        return []
    here = {imposer} | {a.name for a in acts}
    others = [n for n in memory.names if n not in here]
    return others if len(others) == 1 else []


# "a 40% rate on goods transshipped through Vietnam from China": the origin named after a
# transshipment is where the goods began, not the party the rate is levied on.
_TRANSSHIPPED = re.compile(r"\btrans-?ship\w*|\bre-?rout\w*|\brouted\s+through", re.IGNORECASE)


def _heading(text: str, names: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    """The countries of a sentence that opens a list ("The White House issued two orders on
    China:"), for the items under it that name none; an item keeps its heading's."""
    if text.rstrip()[-1:] == ":":
        return names
    return before if before and action_item(text) else ()  # most sentences: no list open


def _item_parties(text: str, memory: _Memory) -> tuple[str | None, list[str]]:
    """(imposer, targets) of an action item naming no country ("• Reducing the 20% IEEPA
    tariffs down to 10%"): the party its legal instrument names, acting on the other party of
    the list's heading; with no instrument, the heading's one country is the target and the
    imposer is inferred as for a finite verb (None: `_roles` infers it)."""
    owner = instrument_owner(text)
    others = [n for n in memory.heading if n != owner]
    if len(others) != 1:
        return None, []
    return owner, others


def _not_transshipped(clause: Clause, acts: list[Actor], targets: list[str]) -> list[str]:
    """The targets without a country named only as the first origin of transshipped goods."""
    text, end = clause.sentence, clause.rate.end
    if "ship" not in text and "rout" not in text:  # most sentences: no scan
        return targets
    shipped = _TRANSSHIPPED.search(text, end)
    if shipped is None:
        return targets
    later = {a.name for a in acts if a.start > shipped.end()}
    earlier = {a.name for a in acts if a.start < shipped.start()}
    return [t for t in targets if t not in later or t in earlier]


@functools.lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    """A sentence whose subject points back to the previous one's actor: "Canada's finance
    ministry said ... . It imposed a 100% duty on Chinese cars", "The ministry will also levy
    ..." (lexicon `tariff: government_bodies`)."""
    bodies = "|".join(section("tariff")["government_bodies"])
    return re.compile(
        rf"\s*(?:(?:[\w ]{{1,30}}),\s+)?(?:It|The\s+(?:{bodies}))\s+(?:\w+\s+)?"
        r"(?:\w+ed|will|would|has|had|is|was|plans|said|also)\b"
    )


@functools.lru_cache(maxsize=1)
def _body_of() -> Guarded:
    """ "Mexico's economy ministry", "Canada's finance department": a country's government body
    (lexicon `tariff: government_bodies`)."""
    bodies = "|".join(section("tariff")["government_bodies"])
    return guarded_re(rf"(?:'s|\u2019s)\s+(?:[\w-]+\s+){{0,2}}?(?:{bodies})\b", re.IGNORECASE)


_OPENING = len("The ")  # a sentence's subject country starts within its first word or two


# A wire dateline before the subject: "BEIJING — ", "OTTAWA, May 2 (Reuters) - ".
_DATELINE = re.compile(r"(?-i:[A-Z][A-Z./ ]+)(?:,[^-–—]{1,30})?\s+[-–—]{1,2}\s+")


def _body(text: str, acts: list[Actor]) -> str | None:
    """The country whose government body opens the sentence ("Mexico's economy ministry
    published the decree", after a dateline too), the one "It" or "The ministry" of a later
    sentence points to."""
    if not acts or not _body_of().match(text, acts[0].end):
        return None
    opening = _DATELINE.match(text)
    if acts[0].start > _OPENING + (opening.end() if opening else 0):
        return None
    return acts[0].name


def _anaphoric(text: str, targets: list[str], memory: _Memory) -> str | None:
    """The previous sentence's acting country, for a sentence opened by "It" or "The ministry":
    the body that spoke there acts here, whoever the default imposer of the domain is. When
    that country is the rate's target, "The ministry" is the body named at the opening of an
    earlier sentence (`speaker`): "China's commerce ministry added ... . The step follows
    Washington's move ... . The ministry also rejected ..." """
    if not _anaphor().match(text):
        return None
    body = memory.speaker if text.lstrip()[:4] == "The " else None
    return next((a for a in (memory.subject or memory.body, body) if a and a not in targets), None)


def _same_parties(
    name: str | None, targets: list[str], clause: Clause, named: bool, memory: _Memory
) -> tuple[str | None, list[str]]:
    """ "raise tariffs on Chinese EVs to 100%, on chips to 50%": an item of a list in the
    sentence of the last fact, naming no party of its own (`named`), has that fact's parties."""
    last = memory.last
    if targets or named or not clause.follows_rate or last is None:
        return name, targets
    if last.evidence != clause.sentence or name not in (None, last.imposer):
        return name, targets
    return last.imposer, [last.target]


def _own_object(
    clause: Clause, inside: list[Actor], acts: list[Actor], own_hi: int
) -> Actor | str | None:
    """The object of the rate's own noun phrase ("a 39% tariff on Switzerland"), which governs
    the rate before any other target of its clause ("on India and a 39% tariff on ...");
    "all" when that phrase is on every origin ("a 10% levy on all imports").
    """
    phrase = _OWN_OBJECT.match(clause.sentence, clause.rate.end, own_hi)
    if phrase is None:
        return None
    lo, hi = phrase.start("obj"), phrase.end()
    named = [a for a in inside if lo <= a.start < hi and a.role is Role.TARGET]
    if named:
        return named[0]
    if its := _its_goods().match(clause.sentence, lo, hi):  # "... a 30% US tariff on its goods"
        before = [a for a in acts if a.end <= clause.rate.start]
        if its.group(1).lower() == "its":  # the clause's own subject first ("while India will
            own = [a for a in before if a.start >= clause.lo]  # face 25% on its rods")
            pool = own or before
            return pool[0] if pool else None
        pairs = [a for a in before if len(coordinated(clause.sentence, acts, a)) > 1]
        return pairs[-1] if pairs else None
    if _EVERY_ORIGIN.match(clause.sentence, lo, hi):
        return "all"
    goods = _FROM_EVERY_ORIGIN.match(clause.sentence, lo, hi)
    return "all" if goods and _EVERY_ORIGIN.match(clause.sentence, goods.end(), hi) else None


_ON_FOR = re.compile(r"\b(?:on|for)\s+", re.IGNORECASE)


def _gapped_every_origin(clause: Clause) -> str | None:
    """ "... to 100% and on imported steel to 50%": a gapped list item whose own object, before
    its rate, names goods from every origin is on "all", not the previous item's country."""
    if not clause.follows_rate:
        return None
    gap = GAPPED_OBJECT.fullmatch(clause.sentence, clause.lo, clause.rate.start)
    on = _ON_FOR.search(clause.sentence, clause.lo, clause.rate.start) if gap else None
    if on and _EVERY_ORIGIN.match(clause.sentence, on.end(), clause.rate.start):
        return "all"
    return None


def _continued(
    name: str | None, clause: Clause, memory: _Memory, own: set[str]
) -> tuple[str | None, list[str]]:
    """A rate with no target of its own continues an earlier fact of the article.

    A country that only speaks about a rate it was earlier said to face is its target, not its
    imposer ("Japan's prime minister confirmed the cut in auto tariffs to 15%"); otherwise the
    rate continues the last fact ("Most goods would face a 25% tariff"), unless its clause names
    a country that fact does not hold (`own`: "hit A with 50%, while B's rate stands at 30%").
    """
    faced = [f for f in memory.known if f.rate_pct == clause.rate.value and f.target == name]
    if faced:
        return faced[-1].imposer, [faced[-1].target]
    ref = memory.last
    foreign = ref is not None and bool(own - {ref.imposer, ref.target})
    if ref is not None and name in (None, ref.imposer) and not foreign:
        return ref.imposer, [ref.target]
    pairs = [(f.imposer, f.target) for f in memory.known if name in (f.imposer, f.target)]
    partners = {b if a == name else a for a, b in pairs} - {"all"}
    if name is not None and len(partners) == 1 and not foreign:  # its only partner so far
        return name, [partners.pop()]
    if name is not None and not own - {name} and memory.subject not in (None, name):
        return name, [memory.subject]  # "B agreed to pause X. In return, A will cut its duty"
    if name is None and not own and action_item(clause.sentence):
        return _item_parties(clause.sentence, memory)  # "• Reducing the 20% tariffs to 10%"
    return name, []


def _quoted(text: str, pos: int) -> bool:
    """Whether position `pos` lies inside a direct quotation."""
    before = text[:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _default_imposer(acts: list[Actor], targets: list[str], memory: _Memory) -> str | None:
    """Without a named imposer: for others' goods the US, or the imposer the article's earlier
    facts on them establish (`_levying_on`); for US goods, the country acting in
    this sentence or the previous one ("Beijing struck back. Those include 15% on US coal"),
    else the last country the article has levying on US goods, else, with no other country
    named in the article so far, the US's counterpart in this domain ("Duties on American pork
    were raised to 20%": China's; not after "Mexican officials spoke to reporters")."""
    if DEFAULT_IMPOSER not in targets:
        return _levying_on(targets, memory)
    others = [a.name for a in acts if a.role is Role.NEUTRAL and a.name not in targets]
    if others:
        return others[0]
    subject = memory.subject
    if subject is not None:
        return subject if subject not in targets else None
    levying = [f.imposer for f in memory.known if f.target == DEFAULT_IMPOSER]
    if levying:
        return levying[-1]
    named = memory.named | {a.name for a in acts}
    return COUNTERPART if named <= {DEFAULT_IMPOSER, COUNTERPART} else None


def _levying_on(targets: list[str], memory: _Memory) -> str | None:
    """The imposer of a rate on others' goods with none named: the one the article's earlier
    facts on those goods establish ("Canada raised its duty on Chinese steel ... The duty on
    Chinese batteries may climb to 40%": Canada's), none when they name several, else the US."""
    levying = {f.imposer for f in memory.known if f.target in targets}
    if not levying and memory.subject not in (None, *targets):
        return memory.subject  # "Ottawa cut its surtax on steel. Aluminium from China, which ..."
    if not levying or DEFAULT_IMPOSER in levying:
        return DEFAULT_IMPOSER
    return levying.pop() if len(levying) == 1 else None


def _heads_next(actor: Actor, clause: Clause) -> bool:
    """In "EU 20%, Vietnam 46%" the name after a rate and before the next belongs to the next,
    and so does the gapped subject of a second change ("to 30% and China to 10%")."""
    if not clause.before_next_rate or actor.start <= clause.rate.end:
        return False
    near_end = clause.hi - actor.end <= len(", ")
    return near_end or (
        actor.role is Role.IMPOSER
        and _GAP_OPENER.fullmatch(clause.sentence, clause.rate.end, actor.start) is not None
    )  # "cut its levy to 30% and China to 10%": the subject of the next change


def _imposer(inside: list[Actor], acts: list[Actor], targets: list[str], pos: int) -> str | None:
    """The passive agent ("by the US") first, then the nearest imposer in the clause or sentence."""
    for pool in (
        [a for a in inside if a.name not in targets],
        [a for a in acts if a.name not in targets],
    ):
        agent = nearest([a for a in pool if a.role is Role.AGENT], pos)
        found = agent or nearest([a for a in pool if a.role is Role.IMPOSER], pos)
        if found is not None:
            return found.name
    return None


def _default_targets(
    clause: Clause, acts: list[Actor], imposer: str | None, has_product: bool
) -> list[str]:
    reach = _same_side(clause, acts)
    sentence_targets = [a.name for a in reach if a.role is Role.TARGET and a.name != imposer]
    if imposer is None:
        return _coordinated(sentence_targets)
    # the other party speaking of the measure ("Beijing said Washington would cut ...") faces it
    speakers = [a.name for a in acts if a.role is Role.SPEAKER and a.name != imposer]
    if imposer == DEFAULT_IMPOSER and has_product and not speakers:
        return ["all"]
    first = next((a for a in reach if a.role is Role.TARGET and a.name != imposer), None)
    # "agreements with Indonesia and the Philippines, which will face 19%": both face it
    named = [n for n in coordinated(clause.sentence, acts, first) if n != imposer] if first else []
    named = named or speakers[:1]
    return named or _unnamed_targets(clause, acts, imposer, has_product=has_product)


def _same_side(clause: Clause, acts: list[Actor]) -> list[Actor]:
    """The actors not set against the rate by a contrast ("hit A with 50%, while B's rate
    stands at 30%"): a target across "while" or "but" is another measure's."""
    text, pos = clause.sentence, clause.rate.start
    return [a for a in acts if not _CONTRAST.search(text, min(a.end, pos), max(a.start, pos))]


def _unnamed_targets(
    clause: Clause, acts: list[Actor], imposer: str, *, has_product: bool
) -> list[str]:
    """No target named: the other side of a two-way change, else the US for another imposer,
    all origins for a worldwide US measure."""
    if other := _other_side(clause, acts, imposer) or _partner(clause, acts, imposer):
        return [other]
    if imposer != "US":
        if any(a.name == "US" for a in acts):
            return ["US"]
        # "the EU imposed a 50% duty on steel imports": a sector measure on every origin
        # "India raised the import duty on yellow peas to 30%": goods named, no origin
        named = has_product or goods_object(clause) is not None
        return ["all"] if named and _GLOBAL.search(clause.text) else []
    partners = {a.name for a in acts if a.role is Role.NEUTRAL and a.name != imposer}
    after = clause.sentence[clause.rate.start : clause.hi]
    if not has_product and len(partners) == 1 and not _OBJECT_OR_WORLD.search(after):
        return list(partners)  # "his trade war with China, warning he would impose 100%"
    if (
        has_product
        or _GLOBAL.search(clause.text)
        or (len(acts) <= 1 and _GLOBAL.search(clause.sentence))
    ):
        return ["all"]
    return []


def _other_side(clause: Clause, acts: list[Actor], imposer: str) -> str | None:
    """In "A cut its levy to 30% and B (its own) to 10%" each side's rate is on the other: the
    gapped subject after this rate, or this clause's gapped subject's counterpart before it."""
    after = [a.name for a in acts if a.name != imposer and _heads_next(a, clause)]
    if after:
        return after[0]
    text, lo = clause.sentence, clause.lo
    gapped = any(
        a.name == imposer
        and lo <= a.start < clause.rate.start
        and _GAP_OPENER.fullmatch(text, lo, a.start)
        for a in acts
    )
    before = [a.name for a in acts if a.end <= lo and a.role is Role.IMPOSER and a.name != imposer]
    return before[-1] if gapped and before else None


def _partner(clause: Clause, acts: list[Actor], imposer: str) -> str | None:
    """ "Japan and Canada each raised their duties to 20%": the other one of a coordinated pair
    acting on one another (`_MUTUAL` after the pair; `_mirrored` adds the other direction)."""
    text = clause.sentence
    first = next((a for a in acts if a.name == imposer and a.end <= clause.rate.start), None)
    if first is None:
        return None
    pair = coordinated(text, acts, first)
    if len(pair) != _PAIR:
        return None
    last = max(a.end for a in acts if a.name in pair and a.end <= clause.rate.start)
    if _MUTUAL.match(text, last) is None:
        return None
    return next(n for n in pair if n != imposer)


def _coordinated(targets: list[str]) -> list[str]:
    """Targets named together elsewhere in the sentence ("with Indonesia and the Philippines")."""
    return list(dict.fromkeys(targets))
