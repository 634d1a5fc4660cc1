"""The day of a contact, and which dates are not its day.

A stated day of the contact's clause ("met on Friday", "the October 30 summit"), never the day
a statement was made, a denial's day or a date fronted for another clause; a date further
back than `BACKGROUND_DAYS` is background; a contact not yet held keeps only a stated day;
"first call since January 17" names an earlier call.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from watcher.facts.extract.contact.cues import (
    BEFORE_NOUN_CUE,
    BREAK,
    CLAUSE_REACH,
    LEX,
    NOUN_CUE,
    Found,
)
from watcher.facts.extract.dates import (
    WEEKDAY,
    DateMention,
    in_dateline,
    in_the_past,
    said_on,
    year_before,
)
from watcher.facts.extract.recency import (
    BACKGROUND_DAYS,
    FULL_MONTHS,
    earlier_spans,
    within_a_year,
)
from watcher.models import Status


def future_dates_only(found: list[Found], published: date | None) -> list[Found]:
    """A contact not yet held keeps only a date ahead of publication.

    In "when Trump and Xi have a call, this will be ironed out, Bessent said on Sunday" the
    Sunday is when Bessent spoke, not when the call will be.
    """
    if published is None:
        return found
    out = []
    for f in found:
        c = f.fact
        stale = c.date is not None and (
            (c.status is Status.SPECULATED and c.date <= published)
            or (c.status is Status.PLANNED and c.date < published)
        )
        out.append(replace(f, fact=replace(c, date=None)) if stale else f)
    return out


_MONTH_YEAR = re.compile(rf"\b(?P<month>{FULL_MONTHS})\s+(?P<year>20\d\d)\b")


def before_plans(found: list[Found]) -> list[Found]:
    """In an undated article, a past contact lies before the months the article plans ahead.

    Without a publication date a day and month take the year the text names most, which may be
    the year of a plan ("accepted an invitation to visit in April 2026"): a contact that
    happened on "Nov. 24" of an article looking forward to April 2026 is the Nov. 24 before it.
    Only a date whose year the sentence does not write is moved.
    """
    ends = [
        _month_end(m.group("month"), int(m.group("year")))
        for f in found
        if f.fact.status in (Status.PLANNED, Status.SPECULATED)
        for m in _MONTH_YEAR.finditer(f.fact.evidence)
    ]
    if not ends:
        return found
    horizon = min(ends)
    out = []
    for f in found:
        day = f.fact.date
        movable = day is not None and str(day.year) not in f.fact.evidence
        if f.fact.status is Status.HAPPENED and day is not None and day > horizon and movable:
            out.append(replace(f, fact=replace(f.fact, date=year_before(day))))
        else:
            out.append(f)
    return out


def _month_end(month: str, year: int) -> date:
    number = FULL_MONTHS.split("|").index(month) + 1
    return date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)


# between a weekday and the period after it, at most a place: "on Saturday in Lima in 2024"
_PERIOD_GAP = re.compile(r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)?,?\s+")
_PERIOD_BEFORE = re.compile(r"\s*,?\s*(?:on\s+)?(?:an?\s+)?")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def weekdays_of_old_periods(
    text: str, dates: list[DateMention], published: date
) -> list[DateMention]:
    """A weekday the same phrase puts in an earlier month or year ("met on a Friday in October",
    "on Saturday in Lima in November 2024", "in October, on a Thursday") names no day this
    week, nor does an indefinite one ("on a Friday"): no date (and an undated contact of an
    earlier period is background, `background`)."""
    spans = earlier_spans(text, published, BACKGROUND_DAYS)

    def old(d: DateMention) -> bool:
        if _INDEFINITE.search(text, max(0, d.start - 4), d.start) and not BEFORE_NOUN_CUE.match(
            text, d.end
        ):
            return True
        return any(
            (s >= d.end and _PERIOD_GAP.fullmatch(text, d.end, s))
            or (e <= d.start and _PERIOD_BEFORE.fullmatch(text, e, d.start))
            for s, e in spans
        )

    return [replace(d, value=None) if d.weekday_only and d.value and old(d) else d for d in dates]


def without_relatives(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """The sentence with its relative clauses blanked, but for one that holds `pos`, and with
    the "since" of "the first ... since 2019" blanked: it measures the gap before this contact
    and starts no other event ("meeting for the first time since 2019, agreed on Thursday")."""
    out = text
    for s, e in spans:
        if not s <= pos < e:
            out = out[:s] + " " * (e - s) + out[e:]
    if "first" in out:  # a cheap first test
        out = _FIRST_SINCE.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    return out


_FIRST_SINCE = re.compile(r"(\bfirst\b[^,;:.]{0,40}?)(\bsince)\b", re.IGNORECASE)


# "The call, which took place on Monday,": a relative clause on the contact noun itself whose
# verb says when it was held (the lexicon's `held_when`) dates the contact.
_HELD_WHEN = LEX["held_when"]


def when_held(text: str, spans: list[tuple[int, int]], pos: int, d: DateMention) -> bool:
    """Whether `d` lies in a relative clause right after the contact noun at `pos` (and its
    partner or place) that tells when the contact was held."""
    noun = NOUN_CUE.match(text, pos)
    if noun is None:
        return False
    return any(
        _NOUN_TAIL.fullmatch(text, noun.end(), s) is not None
        and s <= d.start < e
        and _HELD_WHEN.search(text, s, d.start) is not None
        for s, e in spans
    )


_NOUN_TAIL = re.compile(r"[^,;:.\u2014]{0,60}")  # the noun's partner or place: "with Xi in Busan"


# "(twice since May), most recently on Monday", "(...), the latest on Friday": an appositive
# naming the day of the latest of the contacts the clause counts.
_LATEST = re.compile(rf"(?:,|\u2014|\()\s*(?:{LEX['latest'].pattern})\s+(?:on\s+)?$", re.I)
_LATEST_REACH = 140  # characters from the cue to such an appositive's date


def latest_of(text: str, pos: int, d: DateMention) -> bool:
    """Whether `d` is the day of the latest contact in an appositive after the cue."""
    return (
        pos < d.start <= pos + _LATEST_REACH
        and _LATEST.search(text, max(pos, d.start - 40), d.start) is not None
        and re.search(r"[.;:]", text[pos : d.start]) is None
    )


def between(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether one of the (sorted) spans lies within `lo`..`hi`."""
    i = bisect_left(spans, (lo, lo))
    return i < len(spans) and spans[i][1] <= hi


def happened_on(
    text: str, d: DateMention | None, status: Status, published: date | None, pos: int
) -> date | None:
    """The contact's day. A contact that happened on a weekday the wording around it read as
    ahead ("said tariffs would fall after his talks with Xi on Thursday": the "would" is the
    tariffs') took place on that weekday of the week before; a planned one on a weekday of
    its own clause read as past ("expects to meet Xi on Tuesday") on the week after, unless
    the plan itself is told in the past ("had been scheduled to speak on Monday") or is the
    purpose of a journey told in the past ("arrived for talks with Xi on Monday"), whose day
    is behind (and a plan keeps no day behind: `future_dates_only`)."""
    if d is None or d.value is None:
        return None
    ahead = published is not None and d.value > published
    weekday = d.weekday_only and _WEEKDAY_NAME.search(text, d.start, d.end) is not None
    if status is Status.HAPPENED and weekday and ahead:
        return d.value - timedelta(days=7)
    if (
        status is Status.PLANNED
        and weekday
        and published is not None
        and d.value < published
        and not _past_plan(text, pos)
        and not _past_journey(text, pos)  # "arrived for the summit on Monday": gone by
        and (
            _WEEKDAY_AHEAD.fullmatch(text, pos, d.start)
            or (d.end <= pos and ATTRIBUTIVE_GAP.match(text[d.end : pos]))  # "Friday's meeting"
        )
    ):
        return d.value + timedelta(days=7)  # "expects to meet Xi on Tuesday", "set for Friday"
    if status is Status.PLANNED and weekday and ahead and _past_plan(text, pos):
        return d.value - timedelta(days=7)  # "had been scheduled to speak on Monday": behind
    if status is Status.HAPPENED and ahead and not d.weekday_only:
        return in_the_past(text, d, published)
    return d.value


_JOURNEY = LEX["journey"]
_JOURNEY_REACH = 160  # characters from the journey's verb to the contact it is for


def _past_journey(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is the purpose of a journey told in the past ("Modi
    arrived in Washington for talks with Trump on Monday"): a weekday there is of the week
    gone by, whether the journey's or the talks', never of the week ahead. A substring test
    first: every past journey verb holds "ed" but "flew"."""
    if "ed " not in text and "flew" not in text:
        return False
    for m in _JOURNEY.finditer(text, max(0, pos - _JOURNEY_REACH), pos):
        verb = m.group(0).split()[0].lower()
        if (verb.endswith("ed") or verb == "flew") and not re.search(r"[.;:]", text[m.end() : pos]):
            return True
    return False


# "had been scheduled to speak on Monday", "were supposed to meet on Tuesday": a plan told in the
# past perfect (or as unfulfilled); its weekday lies behind, not in the week ahead. A plain
# past ("were scheduled to talk on Friday, the White House said") may be reported speech.
_PAST_PLAN = re.compile(
    r"\b(?:had\s+been\s+(?:\w+ly\s+)?(?:scheduled|due|set|slated|supposed|meant|planned|"
    r"expected)|(?:was|were)\s+(?:\w+ly\s+)?supposed)\s+(?:to\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _past_plan(text: str, pos: int) -> bool:
    """Whether the contact at `pos` was a plan told in the past perfect ("had been due to")."""
    return _PAST_PLAN.search(text, max(0, pos - _PAST_PLAN_REACH), pos) is not None


_PAST_PLAN_REACH = 60  # characters back from the cue to "had been scheduled to"
# the cue, its partner and place, then the weekday: no clause boundary between
_WEEKDAY_AHEAD = re.compile(r"[^,;:.\u2014]{0,80}\b(?:on|for)\s+", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(WEEKDAY, re.IGNORECASE)
# "met Trump on Monday and will speak to Xi on Friday": a coordinated predicate with a modal
# of its own; the date before it is the first predicate's.
COORDINATED = re.compile(
    r"\band\s+(?:(?:then|later|also)\s+)?(?:will|would|shall|could|may|might|plans?|hopes?|"
    r"expects?|is\s+(?:due|set|expected|scheduled)|are\s+(?:due|set|expected|scheduled))\b",
    re.IGNORECASE,
)
# "Before returning home on Monday (1 September), the PM is due to meet ...": a fronted
# adverbial clause with a verb of its own, up to its comma.
_FRONTED = re.compile(
    r"^\W*(?:before|after|while|since|until|when|once|following|ahead\s+of|upon)\s+[^,;]*,",
    re.IGNORECASE,
)


def fronted_elsewhere(text: str, pos: int, d: DateMention) -> bool:
    """Whether the date belongs to a fronted adverbial clause that the cue is not part of."""
    m = _FRONTED.match(text)
    return m is not None and d.end <= m.end() <= pos


# ", with Russia and Ukraine set to swap prisoners on March 19": the date of another clause.
OTHER_CLAUSE = re.compile(r",\s+(?:with|as|while|and|but)\s", re.IGNORECASE)
# "On 8 May, China's leader, Xi Jinping, and Trump spoke": the comma closing an apposition,
# then "and" and the next name of the same subject, right before the contact verb
_AND_NEXT_SUBJECT = re.compile(
    r",\s+and\s+(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){1,4}(?:(?:have|has|had|also|\w+ly)\s+){0,2}"
)


# ... after an apposition between commas: a name or a title (", Xi Jinping", ", China's leader")
_CAPITALISED = r"(?-i:[A-Z])[\w.\u2019'-]*"
_APPOSITION_BEFORE = re.compile(
    rf",\s+(?:(?:the|his|her|its)\s+)?(?:{_CAPITALISED}\s+){{0,3}}(?:[\w\u2019'-]+\s+)?"
    rf"(?:{LEX['apposition_titles'].pattern}|{_CAPITALISED})$"
)


def other_clause(text: str, lo: int, hi: int) -> bool:
    """Whether a clause of its own (", with", ", as", ", and", ", but") parts `lo` from `hi`;
    not the "and" that, after an apposition, joins one more name to the subject of the contact
    verb at `hi`."""
    return any(
        _AND_NEXT_SUBJECT.fullmatch(text, m.start(), hi) is None
        or _APPOSITION_BEFORE.search(text, 0, m.start()) is None
        for m in OTHER_CLAUSE.finditer(text, lo, hi)
    )


# "confirmed on Friday", "released Friday (Oct 17)": a weekday may stand before the date.
_REPORTED_ON = re.compile(
    rf"(?:{LEX['reporting'].pattern})\s+(?:on\s+)?(?:[A-Z][a-z]+day\s*[,(]?\s*)?$", re.IGNORECASE
)


def stated_on(text: str, d: DateMention) -> bool:
    """Whether the date is when something was said ("told CBS on Sunday", "confirmed Friday"),
    or a dateline's, the day the story was filed: like the day of a statement it dates a
    contact only when nothing places the contact earlier ("Six years ago, ... met")."""
    return (
        said_on(text, d)
        or _REPORTED_ON.search(text, max(0, d.start - 30), d.start) is not None
        or in_dateline(text, d)
    )


def background(text: str, pos: int, published: date | None, days: int = BACKGROUND_DAYS) -> bool:
    """An undated contact the clause places in an earlier period ("last met in January"),
    ended over `days` before publication (0: any earlier period, "last month" on the 2nd)."""
    return bool(_periods_of(text, pos, published, days))


# ", although they spoke in June", "..., but the two met": a contrast after a comma opens a
# clause of its own; a period named across it is the other clause's ("have not met since 2019")
_CONTRAST_CLAUSE = re.compile(r",\s*(?:although|though|even\s+though|but|yet|whereas)\b", re.I)


def _periods_of(text: str, pos: int, published: date | None, days: int) -> list[tuple[int, int]]:
    """The earlier-period spans of the clause of the contact at `pos`."""
    return [
        (s, e)
        for s, e in earlier_spans(text, published, days)
        if abs(pos - s) <= CLAUSE_REACH
        and not BREAK.search(text, _time_of_when(text, e, pos), max(pos, s))
        and not _CONTRAST_CLAUSE.search(text, min(pos, e), max(pos, s))
    ]


def within_the_year(text: str, pos: int, published: date | None) -> bool:
    """Whether the contact's clause names a period and every period it names lies in the
    year before the article ("following his meeting with Xi in Busan last year", "when they
    met in April", "last met in Busan in October"): told in passing, it is still a contact the
    desk may not know, so it is kept, undated, and the store decides whether it is news.
    Wording that makes it the pair's latest contact ("last met", "previous call") names no
    period; another era ("in 2017", a first term, "years ago") or a count of contacts
    ("several times") is history."""
    if published is None:
        return False
    phrases = [text[s:e] for s, e in _periods_of(text, pos, published, BACKGROUND_DAYS)]
    periods = [p for p in phrases if not _LATEST_ONE.fullmatch(p)]
    return bool(periods) and all(within_a_year(p, published) for p in periods)


# "last met", "previous phone call", "the last known meeting": the pair's latest contact,
# in no particular period (recency's `_EARLIER` finds these among the earlier periods)
_LATEST_ONE = re.compile(
    r"(?:last|previous|prior|earlier|former)\s+(?:[\w-]+\s+){0,3}"
    r"(?:call|conversation|meeting|talks|summit|contact|communication|encounter|visit)|"
    r"last\s+(?:spoke|met|talked|held)",
    re.IGNORECASE,
)


# "six weeks after Trump and Xi met", "in the months since their call", "a year after their
# talks": the time gone by since the contact, which its clause names after the span
_ELAPSED = re.compile(
    r"(?<!last )(?<!this )(?<!next )(?<!same )\b(?P<unit>weeks?|months?|years?)\s+"
    r"(?:after|since|following)\b",
    re.IGNORECASE,
)


def elapsed_before(text: str, pos: int) -> str | None:
    """The unit ("weeks", "month", "years") of an elapsed time just before the cue at `pos`,
    in its clause: the contact after it is background to the news of the main clause ("Six
    weeks after Trump and Xi met in Busan, China resumed soybean purchases"). Hours or days
    ("hours after they met on Thursday") leave it news (None). A substring test first."""
    if "after" not in text and "since" not in text and "following" not in text:
        return None
    for m in _ELAPSED.finditer(text, 0, pos):
        if (
            pos - m.start() <= CLAUSE_REACH
            and "," not in text[m.end() : pos]  # "Weeks after taking office, Trump met Xi"
            and not BREAK.search(text, m.end(), pos)
        ):
            return m.group("unit").lower()
    return None


def clause_dates(text: str, pos: int, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a recalled contact's own clause, before the comma that opens the main one:
    in "A year after Putin and Xi held talks in Kazan, trade has slowed, data showed on
    Monday", Monday is the main clause's day."""
    end = text.find(",", pos)
    return dates if end < 0 else [d for d in dates if d.start < end]


# "met last week", "spoke earlier this week", "talked over the weekend": a past period with no
# day of its own (a weekday before it, "on Monday last week", is a date: `dates`)
_VAGUE_PAST = re.compile(
    r"(?<!day )\b(?:last|earlier\s+this|this\s+past|over\s+the)\s+week(?:end)?\b|"
    r"\bearlier\s+this\s+month\b|\b(?:a\s+few|several|two|three|four|five)\s+days\s+ago\b|"
    r"\brecently\b",
    re.IGNORECASE,
)


def vague_past(text: str, pos: int) -> bool:
    """Whether the contact's clause places it in a past period with no day ("met in Moscow
    last week, the Kremlin said on Friday"): the day the statement was made is not its day."""
    if "week" not in text and "ago" not in text and "recent" not in text:  # a cheap first test
        return False
    return any(
        abs(pos - m.start()) <= CLAUSE_REACH
        and not BREAK.search(text, min(pos, m.end()), max(pos, m.start()))
        for m in _VAGUE_PAST.finditer(text)
    )


_WHEN_OF_TIME = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _time_of_when(text: str, end: int, pos: int) -> int:
    """Where the search for a clause break between a time (ending at `end`) and a later cue
    starts: after a "when" right after the time, whose clause tells what happened then ("in
    February 2022 when Putin visited Beijing")."""
    if end > pos:
        return pos
    m = _WHEN_OF_TIME.match(text, end)
    return m.end() if m else end


# "Friday's meeting", "the June 5 phone call", "their Monday bilateral talks": a day that
# qualifies the contact noun, with at most an adjective between (never a preposition: "flew in
# on Wednesday for talks" dates the flight).
ATTRIBUTIVE_GAP = re.compile(
    r"^(?:['\u2019]s)?\s+(?:(?!(?:for|with|in|at|on|of|by|and|but|or|before|after)\s)"
    r"[a-z-]+\s+)?$"
)


# "has been moved to Friday", "was pushed back to May 3", "rescheduled for Monday": the day a
# plan was moved to (the lexicon's `moved_to` verbs), which the day it was first set for
# ("originally planned for Thursday") yields to
_MOVED_TO = re.compile(
    rf"{LEX['moved_to'].pattern}\s+(?:to|until|till|for)\s+(?:on\s+)?$", re.IGNORECASE
)
_MOVED_REACH = 30  # characters back from the date to the move verb


def moved_to(text: str, pos: int, dates: list[DateMention], published: date | None) -> date | None:
    """The day a plan told after the cue at `pos` was moved to, read ahead of publication when
    it is a weekday ("moved to Friday" on a Wednesday: the Friday to come). A substring test
    first: most sentences move nothing."""
    if "ed " not in text:
        return None
    for d in dates:
        if (
            d.value is not None
            and d.start > pos
            and _MOVED_TO.search(text, max(pos, d.start - _MOVED_REACH), d.start) is not None
        ):
            behind = published is not None and d.weekday_only and d.value < published
            return d.value + timedelta(days=7) if behind else d.value
    return None
