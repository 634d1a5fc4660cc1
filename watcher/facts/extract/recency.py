"""Whether a sentence places a contact or measure in an earlier period rather than reporting news.

News recaps earlier events in passing: "the last known call between the two leaders took place
in January", "they last met in 2019", "a previous meeting during his first term". Such a mention
is background (corpus rule 2: events roughly more than two weeks before publication are not
news). A month or year named without a day ("in January", "in March 2025") is background when
the whole month or year ended more than `days` before publication ("last month" likewise:
only when even its last day lies that far back); wording that marks the event as an earlier or
repeated one ("last known", "previous", "the last time", "years ago", "earlier this year",
"several times", "four times") is background whatever the date. Spans come back so the
caller can check they belong to the clause that states the event. `clauses` uses the month test
for tariff rates as well.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded_re

# A date or month further back than this is background, for every kind (docs/extraction.md)
BACKGROUND_DAYS = 16

_MONTH_NAMES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
FULL_MONTHS = (  # the alternation of full month names, for other patterns too
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
# "in January", "back in early March 2025", "during February", "last April", "at the end of
# October" - never "in January 17".
_MONTH_ONLY = guarded_re(
    r"\b(?:[Ii]n|[Dd]uring|(?P<last>[Ll]ast)|[Aa]t\s+the\s+(?:end|start|beginning|turn)\s+of)\s+"
    rf"(?:(?:early|late|mid)[\s-]+)?(?P<month>{FULL_MONTHS})"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\s,]*\d)\b"
)
_YEAR_ONLY = guarded_re(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d\d)\b(?!-)"
)
_LAST_MONTH = guarded_re(r"\blast\s+month\b", re.IGNORECASE)
_EARLIER = guarded_re(
    alternatives("dates", "earlier_phrases"),
    re.IGNORECASE,
)
# Scanned only when the sentence holds "imes" / "ime" (a substring test first, any case of the
# first letter): a count of contacts ("several times", "four times this year") and "the last
# time A and B met".
_COUNTED = re.compile(
    r"\b(?:several|many|multiple|numerous|a\s+few|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})\s+times\b",
    re.IGNORECASE,
)
_LAST_TIME = re.compile(
    r"\bthe\s+last\s+time\s+(?:that\s+)?(?=[^,;.]{0,60}?\b(?:met|spoke|talked)\b)",
    re.IGNORECASE,
)


def earlier_spans(text: str, published: date | None, days: int) -> list[tuple[int, int]]:
    """Spans of `text` that put an event well before `published` (see the module docstring)."""
    spans = [m.span() for m in _EARLIER.finditer(text)]
    if "imes" in text or "IMES" in text:
        spans += [m.span() for m in _COUNTED.finditer(text)]
    if "ime" in text or "IME" in text:
        spans += [m.span() for m in _LAST_TIME.finditer(text)]
    if published is None:
        return sorted(spans)
    cutoff = published - timedelta(days=days)
    spans += old_months(text, published, days)
    # "spoke last month" is a recap only when all of last month, up to its last day, lies over
    # `days` back (a paper after the 16th); earlier in the month it may be days old: kept, undated
    if _end_of_last_month(published) < cutoff:
        spans += [m.span() for m in _LAST_MONTH.finditer(text)]
    for m in _YEAR_ONLY.finditer(text):
        if int(m.group("year")) < cutoff.year:
            spans.append(m.span())
    return sorted(spans)


# "last year", "earlier this year", "last month": a period of the year before the article
_WITHIN_A_YEAR = re.compile(r"(?:last|earlier\s+this)\s+year|last\s+month", re.IGNORECASE)
_A_YEAR = timedelta(days=366)


def within_a_year(phrase: str, published: date) -> bool:
    """Whether an earlier-period phrase of `earlier_spans` places its event in the year before
    `published` ("last year", "in April", "in 2025" in a 2026 paper): the current term's
    history, which a desk may not have heard of. Another era ("in 2017", "in March 2019", a
    first term, "years ago") and a recap's wording ("last met", "previous call", "several
    times") are not."""
    if _WITHIN_A_YEAR.fullmatch(phrase):
        return True
    if m := _MONTH_ONLY.fullmatch(phrase):  # "in October 2025" in a 2026 paper, as "in 2025"
        if m.group("year"):
            return int(m.group("year")) >= published.year - 1
        return published - _month_end(m.group("month"), None, published) <= _A_YEAR
    if m := _YEAR_ONLY.fullmatch(phrase):
        return int(m.group("year")) >= published.year - 1
    return False


def _end_of_last_month(published: date) -> date:
    """The last day of the month before `published`."""
    return published.replace(day=1) - timedelta(days=1)


def old_months(text: str, published: date, days: int) -> list[tuple[int, int]]:
    """Spans of months named without a day ("in January") that ended over `days` back."""
    cutoff = published - timedelta(days=days)
    return [
        m.span()
        for m in _MONTH_ONLY.finditer(text)
        if _month_end(m.group("month"), m.group("year"), published) < cutoff
        or _last_this_month(m, published)
    ]


def _last_this_month(m: re.Match[str], published: date) -> bool:
    """ "last March" in a March paper: the March a year back, not this one."""
    if not m.group("last") or m.group("year"):
        return False
    return _MONTH_NAMES.index(m.group("month")[:3]) + 1 == published.month


def month_is_old(name: str, published: date, days: int) -> bool:
    """Whether a month named without a day or year ("in September") ended over `days` before
    `published`: a month that ended two days back still holds this week's news."""
    return _month_end(name, None, published) < published - timedelta(days=days)


def _month_end(name: str, year: str | None, published: date) -> date:
    """Last day of the named month: its stated year, else its latest start not after publication."""
    month = _MONTH_NAMES.index(name[:3]) + 1
    y = published.year if month <= published.month else published.year - 1
    if year:
        y = int(year)
    first_of_next = date(y + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def months_named(text: str) -> list[tuple[int, int | None, int, int]]:
    """Each month `text` names without a day ("in early June", "during March 2025", "last
    April"): its number, its year if stated, and its span, for callers that place an event in
    a month (`leader_contact.compare`)."""
    return [
        (
            _MONTH_NAMES.index(m.group("month")[:3]) + 1,
            int(m.group("year")) if m.group("year") else None,
            *m.span(),
        )
        for m in _MONTH_ONLY.finditer(text)
    ]


def last_month_named(text: str, published: date) -> list[tuple[int, int | None, int, int]]:
    """ "last month" read as `months_named` reads a month: the month before `published`, its
    year and the phrase's span (a cheap substring test first)."""
    if "onth" not in text:
        return []
    end = _end_of_last_month(published)
    return [(end.month, end.year, *m.span()) for m in _LAST_MONTH.finditer(text)]
