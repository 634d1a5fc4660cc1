"""Leader-contact facts: which two leaders spoke or met, when, and whether it really happened.

A sentence yields contacts when it names a call or meeting and two heads of state or government
(from the leaders gazetteer), or one leader plus "the two leaders" / "his counterpart" referring
back to the pair last named together. One leader is the hub and is paired with each other leader
in the same clause; a leader after "after", "before" or "since" belongs to a different event.
The mode comes from the cue nearest before each partner ("spoke with X and met Y"). Hedged
wording ("expected to", "may", "pushing for") makes a contact `speculated`; a firm future with
a fixed time makes it `planned`; "first call since January 17" adds the earlier call as well.
"Xi told Spain's Prime Minister, Pedro Sanchez, in Beijing" is a meeting of the two, and so
is a leader's visit to the capital of another leader in office ("Modi visited Moscow"). A
non-restrictive relative clause (", who hosts Putin every year,") is a predicate of its own:
its habit, hedge and date stay inside it, and a main-clause verb with a pronoun object ("met
him") resumes the leader it names.

A host names the guest ("will host Putin", "welcomed Carney to", "was received by Xi"). A
contact told as an adverbial ("told Putin in a call that China would ...", "During their
meeting, Xi proposed") happened unless a modal governs it, and a modal after "that" is what
was told. A cancelled, habitual ("they speak often"), needless, unconfirmed or asked contact
is none, as is a plan a contrast or the next sentence calls off ("but the summit was
cancelled"; "Instead, the meeting was postponed"); nor is one of a leader's envoy or
administration ("Trump's envoy met Xi"). A bare "spoke" of a pair who met is that meeting,
not a call. A contact that another step readies
("envoys met on Sunday to prepare for a meeting between Trump and Xi") is planned, and "he
told Xi that ..." is a contact of the leader the pronoun resumes.

Dates: a contact not yet held takes only a stated day ("on Friday", "October 30"), never one
invented from "in the coming days" or "this week", nor the day a statement was made ("Bessent
told CBS on Sunday"), nor a denial's day. An undated contact that the clause places in an
earlier period ("the last known call ... took place in January", "last met in 2019") is a recap
and is dropped (`recency`); one presented as new ("held a phone call") stays undated. The day
a contact was only told of ("said on Friday that his meeting with Xi went well") yields to a
day the article gives the contact itself. In an article with no date of its own
(`Context.undated`) a weekday names no day.

This module reads the article sentence by sentence and composes the parts in
`watcher.facts.extract.contact`, one job each: `cues` (the lexicon and the cue patterns),
`parties` (the leaders a sentence names, and the pair it refers back to), `pairs` (which
leaders a cue joins), `status` (held, planned, speculated or none), `dates` (the contact's
day) and `merge` (settling the contacts found, one fact each).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from watcher.facts.extract.contact.background import (
    SINCE_PHRASE,
    fronted,
    modifier_days,
    time_clause,
)
from watcher.facts.extract.contact.cues import (
    BREAK,
    CUE,
    LEX,
    Found,
    across_relative,
    cue_mode,
    relative_spans,
)
from watcher.facts.extract.contact.dates import (
    COORDINATED,
    background,
    before_plans,
    between,
    clause_dates,
    elapsed_before,
    fronted_elsewhere,
    future_dates_only,
    happened_on,
    latest_of,
    moved_to,
    other_clause,
    stated_on,
    vague_past,
    weekdays_of_old_periods,
    when_held,
    within_the_year,
    without_relatives,
)
from watcher.facts.extract.contact.merge import (
    BARE_TALK,
    BY_PHONE,
    drop_anaphoric,
    drop_bare_talk,
    drop_called_off,
    drop_disputed,
    drop_rescheduled,
    headline_today,
    is_title,
    merge_found,
    settle_talks,
    told_further,
    undate_said_days,
)
from watcher.facts.extract.contact.pairs import (
    SINCE_THEIR_OWN,
    SPEECH_FRAME,
    THE_CONTACT,
    about_someone,
    carried_pairs,
    clause_pairs,
    crowd_pairs,
    embraces_no_leader,
    group_pairs,
    joint_pairs,
    opens_on_contact,
    past_speaker,
    pronoun_told,
    told_in_place,
    told_that,
)
from watcher.facts.extract.contact.parties import (
    Memory,
    distinct_leaders,
    find_leaders,
    inferred_pair,
    leaders_in_office,
    visits,
)
from watcher.facts.extract.contact.status import (
    CONTRAST,
    called_off_mode,
    contact_status,
    negated,
    says_off,
)
from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import DateMention, find_dates, in_the_past
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.recency import BACKGROUND_DAYS, FULL_MONTHS
from watcher.facts.extract.sentences import Sentence
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.models import Status

_BACK_REFERENCE = re.compile(
    rf"{LEX['group'].pattern}|{THE_CONTACT.pattern}|\bcounterpart\b",
    re.IGNORECASE,
)
_CAPTION = LEX["caption"]
_GROUP_OF_LEADERS = LEX["group_of_leaders"]
_DAY_AFTER = LEX["day_after"]
_DAY_BEFORE = LEX["day_before"]
_LATER = LEX["later"]
_GROUP = LEX["group"]
# "The meeting", "their phone call": the contact itself, a sentence's subject.
_THE_CONTACT_NOUN = re.compile(
    rf"\b(?:the|their|this|that)\s+(?:phone\s+|video\s+|telephone\s+)?"
    rf"{LEX['contact_noun'].pattern}",
    re.IGNORECASE,
)
# "Their aides met", "the two leaders' negotiators last met": the pair's proxies, the subject
# right before the contact verb, hold that contact, not the pair
_PROXY_SUBJECT = re.compile(
    rf"(?:\btheir|\b(?:leaders|men|presidents|pair)['\u2019]s?)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{LEX['proxy'].pattern})\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# "talks between their trade teams", "a meeting of the two leaders' envoys": the contact noun
# (one or two words), then its parties, the pair's proxies
_PROXY_PARTIES = re.compile(
    rf"(?:[\w-]+\s+){{1,2}}?(?:between|of|among)\s+"
    rf"(?:their|the\s+(?:two\s+)?(?:leaders|men|presidents)['\u2019]s?)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{LEX['proxy'].pattern})\b",
    re.IGNORECASE,
)
_CARRY = 3  # sentences back whose countries may name "the two presidents" (`inferred_pair`)
_DEFINITE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def contact_facts(sentences: Iterable[Sentence], ctx: Context) -> list[LeaderContact]:
    """Calls and meetings between leaders, one fact per pair, mode, status and date."""
    found: list[Found] = []
    memory = Memory()
    title = [m.name for m in find_leaders(ctx.title, ctx)] if ctx.title else []
    # leaders the article has named so far, its headline first: their short names count
    named: set[str] = set(title)
    counts: Counter[str] = Counter()  # ... and how often: the article's subject
    day_before: tuple[date, str] | None = None  # a contact's day and mode, told with no pair
    previous = ""
    reported: list[Found] = []  # the sentence before's undated contacts held (`_reported_next`)
    texts: list[str] = []  # the sentences before, for the countries they name
    for sent in sentences:
        here = find_leaders(sent.text, ctx, named, memory.subject)
        leaders = distinct_leaders(here, sent.text)
        named.update(m.name for m in leaders)
        memory.see(leaders)
        if memory.last_pair() is None and _GROUP_OF_LEADERS.search(sent.text):
            offices = leaders_in_office([sent.text, *texts[-_CARRY:]], ctx)
            inferred = inferred_pair(leaders, memory, title, counts, offices)
            if inferred is not None:
                memory.assume(inferred)
        elif memory.last_pair() is None and (pair := _headline_group(sent.text, title, named)):
            memory.assume(pair)
        counts.update(m.name for m in leaders)
        texts = [*texts[-_CARRY + 1 :], sent.text]
        off = None if leaders or not found else _called_off(sent.text)
        if off is not None:
            found = drop_called_off(found, memory.last_pair(), off)
        if not _may_state_contact(sent.text, leaders, memory):
            memory.next_sentence(leaders, sent.text)
            day_before = _unclaimed_day(sent.text, leaders, ctx)
            reported = []
            previous = sent.text
            continue
        new = _sentence_contacts(sent.text, leaders, memory, ctx, previous)
        led = _dated_by_lead(new, sent.text, previous, ctx, named)
        if opens_on_contact(sent.text, leaders):
            led = _further_or_led(new, led, found)
            found = drop_rescheduled(found, led)
        new = led
        new = _dated_by(new, day_before, sent.text)
        if not new and reported:
            found = _reported_next(found, reported, sent.text, leaders, ctx)
        reported = _undated_held(new)
        day_before = None if new else _unclaimed_day(sent.text, leaders, ctx)
        found.extend(headline_today(new, sent.text, ctx))
        memory.next_sentence(leaders, sent.text)
        previous = sent.text
    found = future_dates_only(found, None if ctx.undated else ctx.published)
    if ctx.published is None:
        found = before_plans(found)
    found = undate_said_days(drop_bare_talk(settle_talks(found)))
    return merge_found(drop_anaphoric(drop_disputed(found)))


# a weekday or a month: a sentence without one names no day (a cheap first test)
_DAY_WORD = guarded_re(rf"day\b|\b(?:{FULL_MONTHS}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b")


_LEADERS_UNCOUNTED = LEX["leaders_uncounted"]


def _headline_group(text: str, title: list[str], named: set[str]) -> tuple[str, str] | None:
    """The headline's two leaders, for "the leaders" in an article that has named no other
    ("Trump, Xi hold talks in Busan" / "The leaders met on Thursday"). Without a count, "the
    leaders" stands for a pair only when the headline makes it one. A substring test first."""
    pair = tuple(sorted(set(title)))
    if len(pair) != 2 or named != set(pair) or "leaders" not in text:  # noqa: PLR2004
        return None
    return (pair[0], pair[1]) if _LEADERS_UNCOUNTED.search(text) else None


def _called_off(text: str) -> str | None:
    """The mode of a contact a sentence naming no leader calls off (`called_off_mode`), after
    a substring test for the verbs that can."""
    return called_off_mode(text) if says_off(text) else None


def _unclaimed_day(text: str, leaders: list[Mention], ctx: Context) -> tuple[date, str] | None:
    """The one day of a contact held that a sentence naming no leader tells of ("On Thursday,
    the leaders of the two largest economies sat down in Busan", "The meeting took place on
    Thursday"): the day and mode of the pair's contact the next sentence reports undated."""
    published = ctx.published
    if leaders or published is None or ctx.undated or not _DAY_WORD.search(text):
        return None
    cue = CUE.search(text)
    if cue is None or not _leaders_or_contact(text, cue):
        return None
    dates = [
        d
        for d in find_dates(text, published, default_year=ctx.default_year)
        if d.value and not stated_on(text, d)
    ]
    if contact_status(text, cue.start(), dates, published) is not Status.HAPPENED:
        return None
    days = {happened_on(text, d, Status.HAPPENED, published, cue.start()) for d in dates}
    held = [d for d in days if d and 0 <= (published - d).days <= BACKGROUND_DAYS]
    return (held[0], cue_mode(cue)) if len(days) == 1 and held else None


def _leaders_or_contact(text: str, cue: re.Match[str]) -> bool:
    """Whether a contact told with no leader named is the leaders' own: its subject is the
    leaders as a group ("the two leaders sat down", "they met") or the contact itself ("The
    meeting took place on Thursday"), not others ("trade officials met in Geneva"). "Their"
    alone owns the subject ("their aides met"), it is none."""
    if _THE_CONTACT_NOUN.search(text, 0, cue.end()):
        return True
    return any(m.group(0).lower() != "their" for m in _GROUP.finditer(text, 0, cue.start()))


def _dated_by(new: list[Found], day: tuple[date, str] | None, text: str = "") -> list[Found]:
    """The sentence's undated contacts held, dated by the day the sentence before gave to a
    contact it named without its pair ("On Thursday, the leaders ... Trump and Xi met"), when
    the two are of one mode (talks are of either). A contact told as coming "later" is not of
    that day."""
    if day is None or _LATER.search(text):
        return new
    when, mode = day
    return [
        replace(f, fact=replace(f.fact, date=when))
        if f.fact.status is Status.HAPPENED
        and f.fact.date is None
        and not f.earlier
        and (mode == f.fact.mode or "talks" in (mode, f.fact.mode))
        else f
        for f in new
    ]


# "The hour-long phone call, ...", "The meeting, held at ...": a sentence that opens on the
# contact itself, a definite noun with at most two modifiers
_OPENS_ON_NOUN = re.compile(
    rf"^\W*the\s+(?:[\w-]+\s+){{0,2}}{LEX['contact_noun'].pattern}", re.IGNORECASE
)


def _further_or_led(new: list[Found], led: list[Found], found: list[Found]) -> list[Found]:
    """Of a sentence opening on the contact, what tells further of a contact reported
    (`told_further`), and the contacts the lead's day dated (`_dated_by_lead`): the occasion
    of the pair's act told just before."""
    further = told_further(led, found)
    return further + [g for f, g in zip(new, led, strict=True) if g is not f and g not in further]


def _dated_by_lead(
    new: list[Found], text: str, previous: str, ctx: Context, named: set[str]
) -> list[Found]:
    """A sentence opening on the contact ("The hour-long phone call, ..., was requested by
    Washington") after one that tells what the pair did on one day ("Trump and Xi agreed on
    Thursday to extend the truce"): the contact is the occasion of that act, held that day.
    Only the pair's undated contacts held, and only one past day of the sentence before, not
    a statement's ("said on Thursday")."""
    published = ctx.published
    if published is None or ctx.undated or not new:
        return new
    if not (_OPENS_ON_NOUN.match(text) or _group_acts(text)):
        return new
    pair = {m.name for m in distinct_leaders(find_leaders(previous, ctx, named), previous)}
    if len(pair) != 2 or any(m.name not in pair for m in find_leaders(text, ctx, named)):  # noqa: PLR2004
        return new
    days = {
        d.value
        for d in find_dates(previous, published, default_year=ctx.default_year)
        if d.value
        and 0 <= (published - d.value).days <= BACKGROUND_DAYS
        and not stated_on(previous, d)
    }
    if len(days) != 1:
        return new
    day = days.pop()
    return [
        replace(f, fact=replace(f.fact, date=day))
        if f.fact.status is Status.HAPPENED
        and f.fact.date is None
        and set(f.fact.participants) == pair
        and not f.earlier
        else f
        for f in new
    ]


def _group_acts(text: str) -> bool:
    """Whether the sentence tells the contact with "the leaders" (or "the two presidents",
    "they") as the subject right before its verb ("said after the leaders met in Beijing",
    "The two presidents spoke for an hour"): the pair told just before, acting again. Not
    "their aides met", nor a recap ("the leaders last met", "had met"), whose word between
    keeps the verb from following the subject."""
    for m in _GROUP.finditer(text):
        if m.group(0).lower() == "their" or not text[m.end() : m.end() + 1].isspace():
            continue
        cue = CUE.match(text, m.end() + 1)
        if cue is not None and not _clause_timed(text, m.start(), cue.end()):
            return True
    return False


def _clause_timed(text: str, start: int, pos: int) -> bool:
    """Whether the clause from `start` (past the cue ending at `pos`) names a time of its own
    ("They met in Beijing last month", "the leaders met earlier this year", "in March"): a
    contact so placed is not the lead's day."""
    end = _phrase_end(text, pos)
    return (
        _DAY_WORD.search(text, start, end) is not None
        or _YEAR_WORD.search(text, start, end) is not None
        or "earlier" in text[start:end]
        or vague_past(text[start:end], pos - start)
    )


def _undated_held(new: list[Found]) -> list[Found]:
    """A sentence's contacts held that nothing dates: those the next sentence may date by its
    report (`_reported_next`)."""
    return [
        f
        for f in new
        if f.fact.status is Status.HAPPENED
        and f.fact.date is None
        and not (f.earlier or f.anaphoric or f.bare)
    ]


# "reported on Friday that the leaders ...", "said on Tuesday that the two sides ...": what
# was reported is the leaders' (or their call's), the subject of the clause after "that"
_REPORTED_THAT = re.compile(
    rf"\s*,?\s*that\s+(?:{_GROUP.pattern}|the\s+two\s+sides|both\s+sides|"
    rf"{_THE_CONTACT_NOUN.pattern})",
    re.IGNORECASE,
)


def _reported_next(
    found: list[Found], before: list[Found], text: str, leaders: list[Mention], ctx: Context
) -> list[Found]:
    """The day a sentence reports the contacts the sentence before told undated ("Trump and
    Xi recently connected by phone. State media reported on Friday that the two leaders ...")
    dates them: the report bounds the contact as a statement's day does ("said on Friday his
    meeting with Xi went well"), so it is kept as such a day (`said`, `undate_said_days`). The
    report must be of the leaders or their contact; one of something else ("reported on Monday
    that China approved ...") dates nothing, nor does one naming another leader."""
    pair = {name for f in before for name in f.fact.participants}
    if ctx.published is None or any(m.name not in pair for m in leaders):
        return found
    days = {
        d.value
        for d in find_dates(text, ctx.published, default_year=ctx.default_year)
        if d.value
        and d.value <= ctx.published
        and stated_on(text, d)
        and _REPORTED_THAT.match(text, d.end) is not None
    }
    if len(days) != 1:
        return found
    day = days.pop()
    dated = [replace(f, fact=replace(f.fact, date=day), said=True) for f in before]
    return [dated[before.index(f)] if any(f is b for b in before) else f for f in found]


def _may_state_contact(text: str, leaders: list[Mention], memory: Memory) -> bool:
    """The cheap tests first: a sentence that names no leader, with no pair named recently
    for "the two leaders" to stand for, states no contact, so its cue and status patterns are
    never run (unless "the three leaders" may stand for a recent sentence's three); nor does
    a caption. A negation is weighed per contact (`negated`)."""
    if not leaders and memory.last_pair() is None and not memory.crowd():
        return False
    return not _CAPTION.search(text)


def _sentence_contacts(
    text: str, leaders: list[Mention], memory: Memory, ctx: Context, previous: str = ""
) -> list[Found]:
    cues = [
        c
        for c in CUE.finditer(text)
        if (c.start() == 0 or not c.group(0)[0].isupper())
        and not SPEECH_FRAME.match(text, c.start())
        and not embraces_no_leader(text, c, leaders)
    ]
    modified = modifier_days(text, cues)
    cues = _past_since(text, cues, modified)
    told = told_in_place(text, leaders) + visits(text, leaders, ctx) + told_that(text, leaders)
    told += pronoun_told(text, leaders, memory, ctx)
    if not (cues or told):
        return []
    last_pair = memory.last_pair()
    pairs = (
        clause_pairs(text, past_speaker(text, leaders), cues) if cues and leaders else []
    ) + told
    pairs += joint_pairs(text, leaders, cues) if pairs else []
    refers_back = last_pair is not None and _BACK_REFERENCE.search(text) is not None
    of_pair = any(m.name in (last_pair or ()) for m in leaders) or opens_on_contact(text, leaders)
    contact = _first_contact(text, cues) if refers_back and of_pair and not pairs else None
    if contact is not None:
        referent = memory.before if _leaders_parted(text, contact, leaders) else last_pair
        pairs = [(referent, cue_mode(contact), contact.start())] if referent else []
    pairs += group_pairs(text, leaders, cues, pairs, last_pair)
    if not pairs and memory.crowd():
        pairs = crowd_pairs(text, leaders, cues, memory.crowd())
    if not pairs:
        pairs = carried_pairs(text, leaders, cues, memory, ctx)
    dates = _sentence_dates(text, previous, ctx)
    # a modifier's day is the main contact's only when a contact of the sentence is told
    # before the phrase ("Speaking after a call with Xi on Monday, Trump said": the call's)
    modified = [(start, day) for start, day in modified if any(p < start for _, _, p in pairs)]
    counted = (
        _counted_back(text, dates, previous, ctx) if " after " in text and "day" in text else []
    )
    title = is_title(text, ctx)
    out: list[Found] = []
    contrasts = [m.span() for m in CONTRAST.finditer(text)]  # once a sentence, not once a date
    for pair, mode, pos in pairs:
        if _by_proxy(text, pos, leaders) or _compatriots(pair, ctx):
            continue
        if _since_recap(text, pos, cues, modified) and not _desk_pair(pair, ctx):
            continue  # another pair's undated gap-opening contact: history (dev rule 2)
        own, bound = _modifier_dates(pos, dates, modified)
        found = _facts_for(
            text,
            pair,
            mode,
            pos,
            _in_since_phrase(text, pos, _before_since_cue(text, pos, cues, own)) + bound,
            bound=bound,
            published=ctx.published,
            title=title,
            undated=ctx.undated,
            contrasts=contrasts,
            desk=_desk_pair(pair, ctx),
        )
        out.extend(_dated_back(found, pos, counted, leaders, text) if counted else found)
    return out


def _modifier_dates(
    pos: int, dates: list[DateMention], modified: list[tuple[int, int]]
) -> tuple[list[DateMention], list[DateMention]]:
    """The dates of the contact at `pos` apart from the days a temporal modifier after it ends
    on (`background.modifier_days`), and those days: "held their first call since the Busan
    summit on Tuesday" gives Tuesday to the call (before the phrase) and none to the summit
    (inside it)."""
    if not modified:
        return dates, []
    days = {day for _, day in modified}
    own = [d for d in dates if d.start not in days]
    bound = [d for d in dates if any(pos < start and d.start == day for start, day in modified)]
    return own, bound


def _before_since_cue(
    text: str, pos: int, cues: list[re.Match[str]], dates: list[DateMention]
) -> list[DateMention]:
    """The dates a contact at `pos` may take: none past the cue of another contact in a "since"
    phrase after it ("their first call since they sat down in Busan on October 30": the day
    is the meeting's, not the call's). A substring test first."""
    if "since" not in text:
        return dates
    later = [
        c.start() for c in cues if c.start() > pos and SINCE_PHRASE.search(text, pos, c.start())
    ]
    return [d for d in dates if d.start < later[0]] if later else dates


def _compatriots(pair: tuple[str, str], ctx: Context) -> bool:
    """Whether the two leaders lead one country ("Xi and Li Qiang met business leaders"): a
    joint subject of one government, not a contact between two."""
    a, b = (ctx.gaz.leader_country.get(n) for n in pair)
    return a is not None and a == b


# the owners `_PROXY_SUBJECT` names other than "their", as substrings ("leaders' ", "pair's")
_PLURAL_OWNERS = ("s' ", "s\u2019 ", "pair's", "pair\u2019s")


def _by_proxy(text: str, pos: int, leaders: list[Mention]) -> bool:
    """Whether the contact at `pos` is the pair's proxies': as the subject right before it
    ("Their finance ministers last met in Geneva") with no leader named in it, or as the
    parties the contact noun names after it ("talks between their trade teams", "a call of
    their foreign ministers"). A cheap test first."""
    if "heir " not in text and not any(m in text for m in _PLURAL_OWNERS):
        return False
    if _PROXY_PARTIES.match(text, pos) is not None:
        return True
    m = _PROXY_SUBJECT.search(text, max(0, pos - 80), pos)
    return m is not None and not any(m.start() <= x.start < pos for x in leaders)


def _sentence_dates(text: str, previous: str, ctx: Context) -> list[DateMention]:
    """The sentence's dates, with the days counted from another ("the following day", "the
    day before", "three days ago"), each after a substring test."""
    dates = find_dates(text, ctx.published, default_year=ctx.default_year)
    if _DAY_AFTER.search(text):
        dates = _days_after(text, dates, previous, ctx)
    if "day" in text and _DAY_BEFORE.search(text):
        dates = _days_before(text, dates)
    if " ago" in text and ctx.published is not None and not ctx.undated:
        dates = _days_ago(text, dates, ctx.published)
    if ctx.undated:  # "on Thursday" in an article with no date: which Thursday is unknown
        return [replace(d, value=None) if d.weekday_only else d for d in dates]
    if ctx.published is not None and any(d.weekday_only and d.value for d in dates):
        return weekdays_of_old_periods(text, dates, ctx.published)
    return dates


def _desk_pair(pair: tuple[str, str], ctx: Context) -> bool:
    """Whether the pair is a leader of each desk country (countries.yaml `desk: true`, US and
    China): one told in passing in the year before the article is kept (`_history`); other
    pairs' recaps stay history (dev rule 2)."""
    return {ctx.gaz.leader_country.get(name) for name in pair} == ctx.gaz.desk_countries


def _past_since(
    text: str, cues: list[re.Match[str]], modified: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The cues, less those inside a "since" phrase after another cue ("spoke by phone on
    Thursday, their first conversation since the Busan summit", "first call since they met"):
    the phrase names an earlier contact, the start of the gap this one ends, never a new one
    of the sentence's day. A "since" that opens the sentence ("Since Xi met Trump on Monday,
    markets rallied") follows no cue and is left to the other tests. A substring test first."""
    if "since" not in text or not cues[1:]:
        return cues
    first = cues[0].end()
    return [
        c
        for c in cues
        if c.start() < first
        or (since := SINCE_PHRASE.search(text, first, c.start())) is None
        or _timed(text, c.end(), modified)
        or _PAIR_OWNS.match(text, since.start()) is not None
        or SINCE_THEIR_OWN.search(text, 0, c.start()) is not None
    ]


def _since_recap(
    text: str, pos: int, cues: list[re.Match[str]], modified: list[tuple[int, int]]
) -> bool:
    """Whether the contact at `pos` is one the pair's own "since" phrase names after another
    cue, with no time in its clause ("their first call since they met in Gyeongju"): kept by
    `_past_since` as held, undated. A substring test first."""
    if "since" not in text or not cues[1:] or pos < cues[0].end():
        return False
    cue = next((c for c in cues if c.start() == pos), None)
    since = SINCE_PHRASE.search(text, cues[0].end(), pos)
    return cue is not None and since is not None and not _timed(text, cue.end(), modified)


# "since their June call", "since they met in Moscow", "since the two leaders' meeting": the
# gap's start is a contact of the pair itself, told as held (a presupposition, not news)
_PAIR_OWNS = re.compile(
    r"since\s+(?:their|they|the\s+(?:two\s+)?(?:leaders|men|presidents)['\u2019]s?)\s",
    re.IGNORECASE,
)


def _in_since_phrase(text: str, pos: int, dates: list[DateMention]) -> list[DateMention]:
    """The dates a contact at `pos` told in a "since" phrase may take: only those inside the
    phrase ("spoke on Monday, their first call since their meeting in Busan": Monday is the
    call's, not the meeting's). A substring test first."""
    if "since" not in text:
        return dates
    since = SINCE_PHRASE.search(text, 0, pos)
    if since is None:
        return dates
    end = _phrase_end(text, pos)
    return [d for d in dates if since.start() <= d.start < end]


# the end of a clause: a comma, colon, semicolon, full stop, bracket or dash
_CLAUSE_STOP = re.compile(r"[,;:.()\u2014]\s")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b|\blast\s+(?:year|month|week)\b", re.IGNORECASE)


# ", South Korea," after a place: the place's country, an aside that does not end the clause
_PLACE_APPOSITIVE = re.compile(r",\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*,\s")


def _timed(text: str, pos: int, modified: list[tuple[int, int]]) -> bool:
    """Whether the clause from a cue at `pos` to its end names a time of its own ("since the
    two men met in Beijing in April", "since they spoke on Oct. 30"): the phrase then tells of
    a contact held, dated inside its clause, not only of the gap that contact opened ("first
    call since they met in Gyeongju"). A day the main contact takes past a noun phrase
    (`background.modifier_days`) is not the phrase's."""
    end = _phrase_end(text, pos)
    end = min([end, *(day for start, day in modified if start < pos < day)])
    return (
        _DAY_WORD.search(text, pos, end) is not None
        or _YEAR_WORD.search(text, pos, end) is not None
    )


def _phrase_end(text: str, pos: int) -> int:
    """Where the clause from `pos` ends: a clause stop, past a place's country aside ("in
    Busan, South Korea, on October 30"), or the sentence's end."""
    stop = _CLAUSE_STOP.search(text, pos)
    while stop is not None and (aside := _PLACE_APPOSITIVE.match(text, stop.start())):
        stop = _CLAUSE_STOP.search(text, aside.end())
    return stop.start() if stop is not None else len(text)


def _first_contact(text: str, cues: list[re.Match[str]]) -> re.Match[str] | None:
    """The contact "the two leaders" refer back to: the first cue not about someone else,
    past a negated one when a contrast clause goes on to a contact held ("The two leaders have
    not met since 2019, although they spoke by phone in June": the negation is the main
    clause's only)."""
    own = [c for c in cues if not about_someone(text, c)]
    if len(own) < 2 or not negated(text, own[0].start()):  # noqa: PLR2004
        return own[0] if own else None
    return next((c for c in own[1:] if not negated(text, c.start())), own[0])


def _leaders_parted(text: str, contact: re.Match[str], leaders: list[Mention]) -> bool:
    """Whether every leader the sentence names lies past an "after" or "since" that follows
    the contact word: "The call came days after Trump threatened Xi with tariffs" tells more
    of the contact of the pair in focus before (`Memory.before`), not one of Trump and Xi.
    A comma after the "after" closes its clause: "first since the election, Carney said"."""
    return bool(leaders) and all(_in_break_clause(text, contact.end(), m.start) for m in leaders)


def _in_break_clause(text: str, lo: int, at: int) -> bool:
    """Whether `at` lies in a clause opened by "after", "since" ... after `lo`, no comma between."""
    ends = [m.end() for m in BREAK.finditer(text, lo, max(lo, at))]
    return bool(ends) and "," not in text[ends[-1] : at]


def _days_after(
    text: str, dates: list[DateMention], previous: str, ctx: Context
) -> list[DateMention]:
    """ "arrived on Wednesday and met Xi the following day": the day after the date before
    it in the sentence, else after the last date of the sentence before ("Trump landed in
    Busan on Wednesday. The next day, he met Xi"). Never a day after publication."""
    out = list(dates)
    for m in _DAY_AFTER.finditer(text):
        prior = [d.value for d in dates if d.value and d.end <= m.start()]
        if not prior and previous:
            found = find_dates(previous, ctx.published, default_year=ctx.default_year)
            prior = [d.value for d in found if d.value]
        day = prior[-1] + timedelta(days=1) if prior else None
        if day is not None and (ctx.published is None or day <= ctx.published):
            out.append(DateMention(m.start(), m.end(), day))
    return sorted(out, key=lambda d: d.start)


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10}
_DAYS_AFTER_CLAUSE = LEX["days_after_clause"]
_DAYS_AGO = LEX["days_ago"]


def _count(word: str) -> int:
    """A count of days as written ("a", "two", "3")."""
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _counted_back(
    text: str, dates: list[DateMention], previous: str, ctx: Context
) -> list[tuple[int, int, date]]:
    """ "China announced the tariffs on Tuesday, a day after Xi held a video call with Putin":
    each clause opened by a count of days "after" (its span) and the day of a contact inside
    it, the count of days before the main clause's event. That event's day is the last date
    before the phrase, else the first after the clause ("Two days after they spoke, China cut
    its tariff on Friday"), else the last of the sentence before ("The decision came a day
    after ..."), else the article's own day."""
    spans = []
    for m in _DAYS_AFTER_CLAUSE.finditer(text):
        stop = _CLAUSE_STOP.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        prior = [d.value for d in dates if d.value and d.end <= m.start()]
        prior = prior or [d.value for d in dates if d.value and d.start >= end][:1]
        if not prior and previous:
            found = find_dates(previous, ctx.published, default_year=ctx.default_year)
            prior = [d.value for d in found if d.value]
        if not prior and ctx.published is not None and not ctx.undated:
            prior = [ctx.published]
        if prior:
            spans.append((m.end(), end, prior[-1] - timedelta(days=_count(m.group("n") or "a"))))
    return spans


# "a phone call with", "his video call with", "an hour-long meeting with": a contact told as a
# noun phrase right after "a day after"
_NOMINAL_CONTACT = re.compile(
    r"\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:call|conversation|meeting|talks)\s+with\b",
    re.IGNORECASE,
)


def _dated_back(
    found: list[Found],
    pos: int,
    spans: list[tuple[int, int, date]],
    leaders: list[Mention],
    text: str,
) -> list[Found]:
    """The undated contacts held of a cue at `pos` inside a counted clause (`_counted_back`),
    dated by it, unless a leader of the pair is named only outside it; a contact of the main clause
    ("Two days after Xi spoke with Putin, Trump called Xi"), or one the clause dates itself,
    is left."""
    span = next(((s, e, d) for s, e, d in spans if s <= pos < e), None)
    if span is None:
        return found
    start, end, day = span
    inside = {m.name for m in leaders if start <= m.start < end}
    # "said on Thursday, a day after a phone call with Trump": a contact noun has no subject
    # of its own; the main clause's leader is its party
    nominal = _NOMINAL_CONTACT.match(text, start) is not None
    only_outside = set() if nominal else {m.name for m in leaders} - inside
    return [
        replace(f, fact=replace(f.fact, date=day))
        if f.fact.status is Status.HAPPENED
        and f.fact.date is None
        and not f.earlier
        and not only_outside & set(f.fact.participants)
        else f
        for f in found
    ]


def _days_ago(text: str, dates: list[DateMention], published: date) -> list[DateMention]:
    """ "Trump said he spoke with Xi three days ago": the publication day less the count (a
    count of days only, and not "almost" or "about" one: those name no day)."""
    out = list(dates)
    for m in _DAYS_AGO.finditer(text):
        out.append(
            DateMention(m.start(), m.end(), published - timedelta(days=_count(m.group("n"))))
        )
    return sorted(out, key=lambda d: d.start)


def _days_before(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "said on Tuesday that the two had spoken the day before": the day before the date
    that comes before it in the sentence (the day of the telling), the contact's own day."""
    out = list(dates)
    for m in _DAY_BEFORE.finditer(text):
        prior = [d.value for d in dates if d.value and d.end <= m.start()]
        if prior:
            out.append(DateMention(m.start(), m.end(), prior[-1] - timedelta(days=1)))
    return sorted(out, key=lambda d: d.start)


_THAT = re.compile(r"\bthat\b|[:\u201c\"]")


def _told_days(text: str, pos: int, dates: list[DateMention]) -> list[DateMention]:
    """The dates between "told" at `pos` and what was told ("that", a colon, a quote): the day
    of the telling, which both it and the day a speaker said so are, read as reported."""
    what = _THAT.search(text, pos)
    end = what.start() if what is not None else len(text)
    return [d for d in dates if pos < d.start < end]


# "have agreed to ..., according to summaries of their phone call", "has pledged ... in their
# meeting": a present perfect whose source is the pair's own contact (a cheap "ha" test first)
_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:\w+ly\s+)?(?!been\b|not\b|never\b|yet\b|long\b|had\b)[a-z]+(?:ed|en|ne)\b",
)
_OF_THEIR_CONTACT = re.compile(
    r"(?:\baccording\s+to\b[^.;:\u2014]{0,60}?|\b(?:in|during|at)\s+)\btheir\s+"
    r"(?:(?:phone|video|telephone)[\s-]+)?$",
    re.IGNORECASE,
)
_PERFECT_REACH = 160  # characters from the present perfect to the contact it cites


def _perfect_report(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is the source of news told in the present perfect ("Trump
    and Xi have agreed to extend the truce, according to summaries of their phone call"): a
    contact just held, of the article's day, as "has agreed" is news of that day. A recap
    ("have not spoken since June") or a plan ("have agreed to talk next month") is not one:
    a negation is no perfect, and only a contact held is dated so."""
    if " ha" not in text:
        return False
    lo = max(0, pos - _PERFECT_REACH)
    if _OF_THEIR_CONTACT.search(text, max(0, pos - 80), pos) is None:
        return False
    return _PERFECT.search(text, lo, pos) is not None


def _in_time_clause(
    text: str, clause: tuple[int, int], own: list[DateMention]
) -> list[DateMention]:
    """The dates of a contact held in a temporal clause ("since they met in Busan"): those
    inside it, or after it a date of no statement that ends a clause nothing follows ("after a
    meeting at the airport, Busan, Oct 30, 2025", a caption). The day of a reporting verb after
    it ("..., officials said on Monday") is the statement's, and after a clause that opens the
    sentence every date is the main clause's."""
    start, end = clause
    opens = fronted(text, start)
    return [
        d
        for d in own
        if start < d.start < end or (d.start >= end and not opens and not stated_on(text, d))
    ]


def _own_predicate(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """The sentence with the relative clauses that do not hold `pos` blanked: "Trump and Xi,
    who last met in 2019, spoke by phone last week" recaps the meeting, not the call (a
    "first since 2019" is left as it is: its "since" parts the earlier event)."""
    for s, e in spans:
        if not s <= pos < e:
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def _history(text: str, pos: int, published: date | None, *, desk: bool) -> bool:
    """An undated contact its clause places in an earlier period is history, dropped, unless
    it is the desk's pair and that period lies within the year before the article ("met in
    Busan last year"): then it stays, undated, for the store to judge (a known one is
    confirmed, an unknown one news; the alert labels expect it, the fact labels do not)."""
    if not background(text, pos, published):
        return False
    return not (desk and within_the_year(text, pos, published))


def _facts_for(
    text: str,
    pair: tuple[str, str],
    mode: str,
    pos: int,
    dates: list[DateMention],
    *,
    published: date | None,
    title: bool = False,
    undated: bool = False,
    contrasts: list[tuple[int, int]],
    desk: bool = False,
    bound: list[DateMention] | None = None,
) -> list[Found]:
    if negated(text, pos):
        return []
    since = [d for d in dates if d.value and _SINCE.search(text[max(0, d.start - 8) : d.start])]
    # "their first call since June 5" read in December: that June 5 is past (`in_the_past`)
    out = [
        Found(
            LeaderContact(Status.HAPPENED, text, pair, mode, in_the_past(text, d, published)), True
        )
        for d in since
    ]
    stated = [d for d in dates if not stated_on(text, d)]
    status = contact_status(text, pos, stated, published, title=title)
    if status is None:
        return out
    relatives = relative_spans(text)
    # "met Xi, who had flown in that morning, on Monday": a relative clause that holds neither
    # the cue nor the date is read past, so its "who" and commas part the two no more.
    main = without_relatives(text, relatives, pos)
    own = [
        d
        for d in dates
        if d not in since
        and d.value is not None
        and (status is Status.HAPPENED or not stated_on(text, d))
        and (status is not Status.DENIED or d.start > pos)  # "on Monday denied that they spoke"
        and (
            latest_of(text, pos, d)  # "have spoken twice since May, most recently on Monday"
            or (bound is not None and d in bound)  # past a modifier's noun phrase, the contact's
            or (
                not BREAK.search(main, min(pos, d.end), max(pos, d.start))
                and not other_clause(main, min(pos, d.end), max(pos, d.start))
            )
        )
        and (not across_relative(relatives, pos, d.start) or when_held(text, relatives, pos, d))
        and not COORDINATED.search(text, d.end, max(d.end, pos))
        and not between(contrasts, min(pos, d.end), max(pos, d.start))  # "on Monday but"
        and not fronted_elsewhere(text, pos, d)
    ]
    # "six weeks after they met": background to the main clause's news (an undated
    # article has no news to set it behind: the corpus keeps the contact, undated); the
    # desk's pair keeps it, undated, unless years have passed (the store judges it news)
    elapsed = elapsed_before(text, pos) if status is Status.HAPPENED and not undated else None
    recalled = elapsed is not None and (not desk or elapsed.startswith("year"))
    own = clause_dates(text, pos, own) if elapsed else own
    clause = time_clause(text, pos) if status is Status.HAPPENED and own else None
    if clause is not None:
        own = _in_time_clause(text, clause, own)
    # "said on Monday he spoke with Xi on Friday": the day of the telling only when no other
    # ... but "said on Friday he told Xi on Monday that": the day Xi was told
    told = _told_days(text, pos, own) if mode == "told" else []
    own = told or [d for d in own if not stated_on(text, d)] or own
    nearest = min(own, key=lambda d: abs(d.start - pos)) if own else None
    when = happened_on(text, nearest, status, published, pos)
    if status is not Status.HAPPENED:  # "originally planned for Thursday, moved to Friday"
        when = moved_to(text, pos, dates, published) or when
    said = nearest is not None and nearest not in told and stated_on(text, nearest)
    if said and (background(main, pos, published, days=0) or vague_past(main, pos)):
        when, said = None, False  # "spoke last month (last week), the White House said on Friday"
    predicate = _own_predicate(text, relatives, pos)
    if (
        status is Status.HAPPENED
        and when is None
        and (recalled or _history(predicate, pos, published, desk=desk))
    ):
        return out
    # the desk pair's contact kept though its clause sets it weeks or months back ("following
    # their talks in Busan in October"): a previous contact, never folded into a dated one
    earlier = (
        status is Status.HAPPENED
        and when is None
        and bool(elapsed or background(predicate, pos, published))
    )
    if when is None and status is Status.HAPPENED and not undated and _perfect_report(text, pos):
        when = published
    anaphoric = when is None and _DEFINITE.search(text[max(0, pos - 8) : pos]) is not None
    bare = BARE_TALK.match(text, pos) is not None and BY_PHONE.search(text) is None
    fact = LeaderContact(status, text, pair, mode, when)
    return [Found(fact, earlier, anaphoric=anaphoric, bare=bare, said=said), *out]
