"""Find date expressions in a sentence and resolve them against the publication date.

News gives dates as "April 9th", "Aug. 1, 2025", "9 April", "(Apr 11)", "on Thursday",
"tomorrow". Regexes find the small span; a plainly written calendar span is read by arithmetic,
and dateparser parses any other (cached, so each distinct span is parsed once: dateparser is
slow on whole texts, and takes 0.5 s to load); weekdays and relative words are plain arithmetic
on `published`, faster and more predictable than a general parser.
Nothing reads the clock: without a publication date, weekdays and relative words give None.
A relative word in words said on a given day ('"They start tomorrow," he said on Monday') is
relative to that day.
A weekday after a past reporting verb ("... will be settled," she told CBS on Sunday) is past:
the future wording before the verb is what was said, not when.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.memo import per_article
from watcher.facts.gate import words

if TYPE_CHECKING:  # imported by `_parser`, when a calendar date is first read (0.2 s)
    from dateparser.date import DateDataParser

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ANY_MONTH = guarded_re("|".join(_MONTH_STEMS))  # a literal alternation: a fast first test
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A weekday's name, as a regex fragment: the one definition every extractor pattern uses (all
# compile it with re.IGNORECASE, or match the capitalised names only).
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_CALENDAR = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?![\d%])(?:,?\s+(?P<y1>20\d\d))?"
    rf"|{_DAY}\s+{_MONTH}(?:,?\s+(?P<y2>20\d\d))?)(?!\w)"
)
_ISO = re.compile(r"\b(20\d\d)-([01]\d)-([0-3]\d)\b")
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|next|(?:this\s+)?coming|this|early|late)\s+)?(?P<wd>{WEEKDAY})\b",
    re.IGNORECASE,
)
_RELATIVE_DAY = guarded_re(r"\b(?P<word>today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def date_terms() -> tuple[str, ...]:
    """Gate terms (`watcher.facts.gate`) one of which every date `find_dates` finds holds: a
    month's name as written (`_CALENDAR` is case-sensitive), a weekday, a relative day, or
    the start of an ISO date (RE2's `\\pN` holds every digit Python's `\\d` does)."""
    return (
        *words(*_MONTH_STEMS, case_sensitive=True),
        *words(*WEEKDAYS, *_RELATIVE_DAYS),
        r"20\pN\pN-",
    )


_FUTURE_HINT = guarded_re(
    # "from" as a point in time ("from Monday", "from next week", or right before the date
    # when the text ends there), not "goods from China"
    r"\b(will|would|shall|set to|to take effect|starting|beginning|effective|scheduled|"
    r"from(?=\s*$|\s+(?:next|this|today|tomorrow|tonight|midnight|mid|early|late|the\s+start|"
    r"\d(?![\d.]*\s*(?:%|per\s?cent|percent|pc\b))|"  # "from 25% to 50%" is a change, not a time
    rf"{WEEKDAY}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec))|"
    r"upcoming|to be|to come into|plans? to|next|due|tak(?:e|es|ing) effect|comes? into force|"
    # a measure's start or end told in the present: a schedule ("the waiver ends on Friday",
    # "the duties kick in on Thursday", "a 15% duty on pork starts on Monday"); a plural's bare
    # "start"/"begin"/"apply" only right before its day ("the levies apply from Monday")
    r"kicks? in|ends|expires|lapses|runs out|resumes|starts|begins|applies|"
    r"(?:start|begin|apply)(?=\s+(?:on\s+|from\s+)?$)|"
    r"go(?:es)? into effect|(?-i:may)(?!\s+have)|might(?!\s+have)|could(?!\s+have)|"
    r"expected to|likely to)\b",
    re.IGNORECASE,
)


_AT_MIDNIGHT = re.compile(r"\s+at\s+midnight\b", re.IGNORECASE)
# "withdraw its duty by Friday", "until Monday": a weekday something is due by lies ahead.
_BY_OR_UNTIL = re.compile(r"\b(?:by|until)\s+$", re.IGNORECASE)
# A past reporting verb dates the statement: "... will be ironed out," Bessent told CBS on Sunday.
_REPORTED = guarded_re(
    rf"\b(?:{alternatives('dates', 'reporting_verbs')})\b",
    re.IGNORECASE,
)
# ... and the date right after it is when the statement was made, not when the event is.
_SAID_ON = guarded_re(
    r"\b(?:said|says|told|tells|stated|wrote|added|noted|remarked|declared|insisted|argued|"
    r"explained|posted|predicted|predicts|warned|warns)(?:\s+(?:[A-Z][\w\u2019'.-]*|reporters|journalists|the|a|an|in|on|to|at|"
    r"interview|statement|post|briefing|remarks|television|TV)){0,6}?\s+(?:on\s+)?$"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a sentence: its span and the day it resolves to (None if unknown)."""

    start: int
    end: int
    value: date | None
    weekday_only: bool = False


@functools.lru_cache(maxsize=8)
def _parser(year: int) -> DateDataParser:
    """A parser whose missing year is `year` (dateparser takes it from RELATIVE_BASE)."""
    from dateparser.date import DateDataParser  # noqa: PLC0415 - see the import above

    settings = {
        "RELATIVE_BASE": datetime(year, 1, 1),  # noqa: DTZ001 - a naive calendar anchor, not a clock
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "MDY",
    }
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def _parse_calendar(span: str, year: int) -> date | None:
    """Parse a small calendar span once per (span, year); dateparser is slow, the cache is not.
    A plainly written date is plain arithmetic (`plain_date`), and dateparser is not loaded."""
    plain = plain_date(span, year)
    if plain is not None:
        return plain
    parsed = _parser(year).get_date_data(span).date_obj
    return parsed.date() if parsed is not None else None


_MONTH_NUMBERS = {
    name: number
    for number, full in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
        start=1,
    )
    for name in (full, full[:3], full[:3] + ".")
}  # fmt: skip
_MONTH_NUMBERS["Sept."] = 9
_PLAIN = re.compile(
    r"(?:(?P<m1>[A-Z][a-z]+\.?) (?P<d1>\d\d?)(?P<s1>st|nd|rd|th)?"
    r"|(?P<d2>\d\d?)(?P<s2>st|nd|rd|th)? (?P<m2>[A-Z][a-z]+\.?))"
    r"(?:,? (?P<year>20\d\d))?"
)


def _ordinal(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def plain_date(span: str, year: int) -> date | None:
    """The day a plainly written calendar span names ("April 9", "9 April", "Sept. 3, 2026",
    "May 1st 2027"; single spaces, a month's name or its usual abbreviation, the right
    ordinal suffix), in `year` unless it writes its own; None for any other form and for a
    day the month lacks, which dateparser reads. The two agree wherever this gives a date
    (tests/test_extract_dates_plain.py compares them on every month, day and form)."""
    m = _PLAIN.fullmatch(span)
    if m is None:
        return None
    month = _MONTH_NUMBERS.get(m.group("m1") or m.group("m2"))
    digits = m.group("d1") or m.group("d2")
    suffix = m.group("s1") or m.group("s2")
    if month is None:
        return None
    day = int(digits)
    if suffix is not None and suffix != _ordinal(day):
        return None
    try:
        return date(int(m.group("year") or year), month, day)
    except ValueError:  # "February 30", "February 29" out of a leap year
        return None


def _nearest_year(span: str, reference: date) -> date | None:
    """Year-less dates take the year that puts them nearest the publication date."""
    options = [_parse_calendar(span, reference.year + d) for d in (-1, 0, 1)]
    found = [o for o in options if o is not None]
    return min(found, key=lambda d: abs((d - reference).days)) if found else None


def resolve_calendar(
    m: re.Match[str], reference: date | None, default_year: int | None
) -> date | None:
    """The date for a calendar match; explicit years win, else the nearest year to `reference`."""
    span = m.group(0)
    if m.group("y1") or m.group("y2"):
        return _parse_calendar(span, 2000)
    if reference is not None:
        return _nearest_year(span, reference)
    return _parse_calendar(span, default_year) if default_year else None


def resolve_weekday(weekday: int, published: date, *, future: bool, rel: str = "") -> date:
    """The weekday nearest to `published` in the direction the wording implies."""
    rel = rel.lower().rsplit(maxsplit=1)[-1] if rel else ""  # "this coming": "coming"
    if rel in ("next", "coming") or (future and rel not in ("last",)):
        delta = (weekday - published.weekday()) % 7
        return published + timedelta(days=delta or (7 if rel == "next" else 0))
    delta = (published.weekday() - weekday) % 7
    return published - timedelta(days=delta or (7 if rel == "last" else 0))


_MAX_DAY_DIGITS = 9  # timedelta holds under a billion days; the calendar far fewer


def days_after(day: date, count: str) -> date | None:
    """`day` plus the `count` of days a text states ("a 90-day truce"), or None when the sum
    leaves the calendar: "a 99999999-day truce" states no date."""
    if len(count) > _MAX_DAY_DIGITS:
        return None
    try:
        return day + timedelta(days=int(count))
    except OverflowError:
        return None


_MONTHS_A_YEAR = 12


def period_after(day: date, count: int, unit: str) -> date | None:
    """`day` plus a period a text states ("for one year from November 10": `count` 1, `unit`
    "years"; units: days, weeks, months, years), the day clamped to the month's last ("one
    month from January 31": February 28); None when the sum leaves the calendar."""
    if unit in ("days", "weeks"):
        return days_after(day, str(count * (7 if unit == "weeks" else 1)))
    months = count * (_MONTHS_A_YEAR if unit == "years" else 1)
    years, month = divmod(day.month - 1 + months, _MONTHS_A_YEAR)
    year = day.year + years
    try:
        return date(year, month + 1, min(day.day, _last_day(year, month + 1).day))
    except (ValueError, OverflowError):
        return None


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def year_before(day: date) -> date:
    """The same day a year earlier (February 29 becomes February 28)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return day.replace(year=day.year - 1, day=28)


def in_the_past(text: str, d: DateMention, published: date | None) -> date:
    """The day of a date the text says is past ("took effect on April 9", "spoke on June 5").

    A year-less date takes the year nearest to publication, which may put it months ahead
    (April 9 read in November, June 5 read in January): it was that day of the year before.
    A year the text writes stands, and so does a day already before publication.
    """
    assert d.value is not None
    if published is None or d.value <= published or _WRITTEN_YEAR.search(text, d.start, d.end):
        return d.value
    earlier = year_before(d.value)
    return earlier if earlier <= published else d.value


_STALE_DAYS = 31  # how long after its date a story telling it forward may still be dated


def year_after(day: date) -> date:
    """The same day a year later (February 29 becomes February 28)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return day.replace(year=day.year + 1, day=28)


def in_the_future(text: str, d: DateMention, published: date | None) -> date | None:
    """The day of a date the text tells forward ("the pause ends on November 9", "will take
    effect on October 15", "was extended to November 10").

    A year-less date takes the year nearest to publication, which may put it months behind
    (November 9 read in March): told forward, it is that day of the next year. A year the text
    writes stands, and so does a day not before publication, a weekday or a relative word
    (read forward already), a date read against a full date earlier in the sentence ("On
    April 2, 2025, ... effective April 9"), and a day up to a month before publication: a
    story written before its date and dated (or updated) a few days or weeks after it. A rate
    in the same words ("will face 100% starting November 1") keeps that year too, so its
    tariff fact and its deadline give the same day.
    """
    if d.value is None or published is None or d.weekday_only:
        return d.value
    if (published - d.value).days <= _STALE_DAYS:
        return d.value
    if _WRITTEN_YEAR.search(text, 0, d.end):
        return d.value
    return year_after(d.value)


FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# "by the end of March", "until the end of June 2026": the month's last day.
_MONTH_END = re.compile(
    rf"\bend\s+of\s+(?P<month>{'|'.join(FULL_MONTHS)})(?:,?\s+(?P<year>20\d\d))?\b"
)
# ... or after a measure's end told to come: "the exemptions expire at the end of November"
_END_AFTER = re.compile(
    r"\b(?:by|until|till|through|before|than|(?:expire|expires|end|ends|lapse|lapses|"
    r"run\s+out|runs\s+out)\s+at)\s+the\s+$",
    re.IGNORECASE,
)


def _last_day(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)  # noqa: PLR2004
    return following - timedelta(days=1)


def month_ends(
    text: str, published: date | None, *, default_year: int | None = None
) -> list[DateMention]:
    """ "by the end of March", "until the end of June 2026": the month's last day, a date a
    deadline is set to (the span is "end of March"). Only after "by", "until", "through",
    "before" or "no later than", or a measure's end to come ("expires at the end of
    March"): "at the end of March" alone tells when something happened, in a month that is
    no day. A year-less month takes the year that puts its last day nearest the
    publication date, as a calendar date does (`resolve_calendar`)."""
    if "end of" not in text:
        return []
    out = []
    for m in _MONTH_END.finditer(text):
        if not _END_AFTER.search(text, max(0, m.start() - 20), m.start()):
            continue
        month = FULL_MONTHS.index(m.group("month")) + 1
        if m.group("year"):
            value: date | None = _last_day(int(m.group("year")), month)
        elif published is not None:
            options = [_last_day(published.year + d, month) for d in (-1, 0, 1)]
            value = min(options, key=lambda o: abs((o - published).days))
        else:
            value = _last_day(default_year, month) if default_year else None
        out.append(DateMention(m.start(), m.end(), value))
    return out


def is_future(text: str) -> bool:
    """Whether the wording around a date points forward (so a bare weekday is upcoming)."""
    return _FUTURE_HINT.search(text) is not None


def find_dates(
    text: str, published: date | None, *, default_year: int | None = None
) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved as far as the context allows."""
    return list(_find_dates(text, published, default_year))


@per_article
def _find_dates(
    text: str, published: date | None, default_year: int | None
) -> tuple[DateMention, ...]:
    # Cheap first tests: most sentences hold no date, and a substring test costs far less
    # than a scan by any of the patterns (each needs what it tests for).
    out = (
        [DateMention(m.start(), m.end(), _iso(m)) for m in _ISO.finditer(text)]
        if "20" in text
        else []
    )
    calendar = list(_CALENDAR.finditer(text)) if _ANY_MONTH.search(text) else []
    out += [_from_calendar(m, published, default_year) for m in calendar if _has_year(m)]
    dated = [d for d in out if d.value is not None]
    out += [
        _of_year_word(
            text,
            m,
            _from_calendar(m, _sentence_reference(m, dated) or published, default_year),
            published,
        )
        for m in calendar
        if not _has_year(m)
    ]
    lowered = text.lower()  # the day words' letters fold only with their capitals
    weekdays = _WEEKDAY.finditer(text) if "day" in lowered else ()
    taken = [(d.start, d.end) for d in out]
    for m in weekdays:
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(_from_weekday(text, m, published))
    said = [d for d in out if d.value is not None and said_on(text, d)]
    # "ton", not "tonight": the pattern's "i" also matches the Turkish dotted and dotless I.
    relative = "day" in lowered or "tom" in lowered or "ton" in lowered
    for m in _RELATIVE_DAY.finditer(text) if relative else ():
        base = next((d.value for d in said if d.start > m.end()), published)
        days = _RELATIVE_DAYS.get(m.group("word").lower())  # None: only Unicode-folded
        value = base + timedelta(days) if base and days is not None else None
        out.append(DateMention(m.start(), m.end(), value, weekday_only=True))
    found = _drop_appositions(sorted(out, key=lambda d: d.start))
    return tuple(_range_ends(text, found) if "from" in lowered else found)


# "from Aug. 12 to Nov. 10": the end of a range, its year not written, comes after its start
# (read alone, in a March article, "Nov. 10" is the nearer, past one).
_RANGE_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*,?\s*(?:to|until|till|through)\s+(?:the\s+)?", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\d{4}")


def _range_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """The mentions, a year-less range end that fell before its start read in the year after."""
    out = list(found)
    for i, (start, end) in enumerate(itertools.pairwise(found), 1):
        if (
            start.value is None
            or end.value is None
            or end.value >= start.value
            or end.weekday_only
            or not _RANGE_TO.fullmatch(text, start.end, end.start)
            or not _RANGE_FROM.search(text, max(0, start.start - 12), start.start)
            or _WRITTEN_YEAR.search(text, end.start, end.end)
        ):
            continue
        days = (end.value.month, end.value.day), (start.value.month, start.value.day)
        year = start.value.year + (days[0] < days[1])
        day = min(end.value.day, _last_day(year, end.value.month).day)  # February 29
        out[i] = DateMention(end.start, end.end, date(year, end.value.month, day))
    return out


_APPOSITION_GAP = 3  # ", " or " (" between "Friday" and "April 11"


def _adjacent(first: DateMention, second: DateMention) -> bool:
    return 0 <= second.start - first.end <= _APPOSITION_GAP


def _drop_appositions(found: list[DateMention]) -> list[DateMention]:
    """ "Friday, April 11" or "tomorrow (April 8)": the calendar date alone stands for the day."""
    calendar = [d for d in found if not d.weekday_only and d.value is not None]
    return [
        d
        for d in found
        if d in calendar or not any(_adjacent(c, d) or _adjacent(d, c) for c in calendar)
    ]


def _from_calendar(
    m: re.Match[str], published: date | None, default_year: int | None
) -> DateMention:
    return DateMention(m.start(), m.end(), resolve_calendar(m, published, default_year))


# "April 10 last year", "on March 1 next year": a year-less date whose year a word after it
# counts from publication.
_YEAR_WORD = re.compile(r"\s*,?\s*(?P<rel>last|next|this)\s+year\b", re.IGNORECASE)
_YEAR_STEP = {"last": -1, "next": 1, "this": 0}


def _of_year_word(
    text: str, m: re.Match[str], mention: DateMention, published: date | None
) -> DateMention:
    """The mention, in the year "last year", "next year" or "this year" right after it names."""
    word = _YEAR_WORD.match(text, m.end())
    if word is None or published is None or mention.value is None:
        return mention
    year = published.year + _YEAR_STEP[word.group("rel").lower()]
    day = min(mention.value.day, _last_day(year, mention.value.month).day)  # February 29
    return DateMention(mention.start, mention.end, date(year, mention.value.month, day))


def _has_year(m: re.Match[str]) -> bool:
    return bool(m.group("y1") or m.group("y2"))


def _sentence_reference(m: re.Match[str], dated: list[DateMention]) -> date | None:
    """The last full date before a year-less one in the same sentence: "On April 2, 2025, ...
    effective April 9" is that April, whatever the publication date. (A full date after it
    does not say: "from December 1 until June 30, 2026" may start in either year.) Not across
    a coordinated clause (", and", ";"): "the truce is extended to November 10, 2027, and the
    levy will be halved from January 1" dates another measure, read against publication."""
    earlier = [d for d in dated if d.end <= m.start()]
    if not earlier:
        return None
    last = max(earlier, key=lambda d: d.end)
    between = m.string[last.end : m.start()]
    return None if ", and " in between or ";" in between else last.value


def _iso(m: re.Match[str]) -> date | None:
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _from_weekday(text: str, m: re.Match[str], published: date | None) -> DateMention:
    if published is None:
        return DateMention(m.start(), m.end(), None, weekday_only=True)
    weekday = WEEKDAYS.index(m.group("wd").capitalize())
    if _AT_MIDNIGHT.match(text, m.end()):  # "Tuesday at midnight": from the start of Wednesday
        weekday = (weekday + 1) % 7
    if _OPENS.match(text, 0, m.start()):  # "On Wednesday, Trump is set to ...": the clause after
        window = _before_report(text[m.end() : m.end() + 60])
    else:
        window = _after_report(text[max(0, m.start() - _NEAR_REACH) : m.start()])
    week = _WEEK_AFTER.match(text, m.end()) if "week" in text and not m.group("rel") else None
    if week is not None:  # "on Monday last week": that weekday of the calendar week named
        step = 7 if week.group("rel").lower() == "next" else -7
        monday = published - timedelta(days=published.weekday())
        value = monday + timedelta(days=step + weekday)
        return DateMention(m.start(), m.end(), value, weekday_only=True)
    future = is_future(window) or _BY_OR_UNTIL.search(window) is not None or _clause_ahead(text, m)
    value = resolve_weekday(weekday, published, future=future, rel=m.group("rel") or "")
    return DateMention(m.start(), m.end(), value, weekday_only=True)


# Where the clause of a weekday begins, looking back: a break, a subordinator, a reporting verb,
# or a participle governing the day itself ("a deal announced on Tuesday" is a reduced relative
# clause of its own, whatever "will" the sentence opened with; a near "will be imposed on" is read
# before this look-back is tried).
_CLAUSE_OPENER = re.compile(
    r"[,;:(\u2014]|\b(?:after|before|when|while|because|since|and|but|as|following|until|"
    r"which|who|that|said|says|told)\b"
    r"|\b[a-z]{3,}ed(?=\s+(?:on\s+)?$)",
    re.IGNORECASE,
)
_NEAR_REACH = 60  # characters back where a weekday's tense is read first
_CLAUSE_REACH = 120  # characters back: a long object may stand between the verb and its day


def _clause_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday's own clause is told forward from further back than the near
    window reaches: "The European Union will increase its anti-dumping duties on Chinese
    hardwood plywood to 40% on Friday" (not "talks are set to resume after Canada raised its
    duty to 40% on Monday": the future is another clause's)."""
    lo = max(0, m.start() - _CLAUSE_REACH)
    if m.start() - lo <= _NEAR_REACH:  # the near window saw all of it
        return False
    cuts = [c.end() for c in _CLAUSE_OPENER.finditer(text, lo, m.start())]
    return is_future(text[cuts[-1] if cuts else lo : m.start()])


# "Wednesday last week", "on Monday of next week": a weekday placed in the week before or after.
# A comma only when the week phrase closes there ("on Friday, next week, in Geneva"); a possessive
# is another noun's ("on Friday, next week's talks notwithstanding" is this week's Friday).
_WEEK_AFTER = re.compile(
    r"(?:,(?=\s+(?:of\s+)?(?:last|next)\s+week\s*(?:[,.;:)]|$)))?"
    r"\s+(?:of\s+)?(?P<rel>last|next)\s+week\b(?!['\u2019]s)",
    re.IGNORECASE,
)


_OPENS = re.compile(r"^\W*on\s+$", re.IGNORECASE)  # a weekday opening its sentence


def _before_report(window: str) -> str:
    """The part of `window` before its first past reporting verb: in "On Monday, Trump said
    tariffs will rise" the future is what was said, and Monday when."""
    m = _REPORTED.search(window)
    return window[: m.start()] if m else window


def _after_report(window: str) -> str:
    """The part of `window` after its last past reporting verb: a future before it is reported."""
    ends = [m.end() for m in _REPORTED.finditer(window)]
    return window[ends[-1] :] if ends else window


def said_on(text: str, d: DateMention) -> bool:
    """Whether the date follows a reporting verb ("told CBS on Sunday"): when it was said."""
    return _SAID_ON.search(text, max(0, d.start - 80), d.start) is not None


# A wire dateline at the head of a story: "WASHINGTON (Aug. 20, 2025) -", "BEIJING, Oct 30
# (Reuters) -", "Aug. 20, 2025 -": at most a few capitalised place words before the date, and
# after it only a closing bracket or an agency in brackets, then a dash.
_DATELINE_HEAD = re.compile(r"\W{0,3}(?:[A-Z][A-Za-z.'\u2019-]*,?\s+){0,4}\(?\s*")
_DATELINE_TAIL = re.compile(
    r"\s*(?:\([A-Z][\w .]{0,30}\)\s*)?\)?\s*(?:-{1,2}|\u2013|\u2014)\s", re.ASCII
)
_DATELINE_REACH = 60  # characters: a dateline is the first thing in a story


def in_dateline(text: str, d: DateMention) -> bool:
    """Whether `d` is a dateline's date: the day the story was filed, which says when it was
    written, not when any event in its first sentence happened ("WASHINGTON (Aug. 20) - Six
    years ago, Trump and Xi met in Osaka")."""
    return (
        d.start <= _DATELINE_REACH
        and _DATELINE_HEAD.fullmatch(text, 0, d.start) is not None
        and _DATELINE_TAIL.match(text, d.end) is not None
    )
