"""Dates a deadline names loosely: "by the end of the year", "expires on the 10th", "will
take effect in 30 days".

`dates.find_dates` reads calendar dates, weekdays and relative days; these wordings name no
month and day together, yet a measure's date is plain from them and the publication date: the
year's last day, the next day of the month with that number, that many days after
publication. Only after a word that makes them a measure's time ("by", "until", "ends at",
"in"/"within" with a count of days); each needs the publication date, except a year's end (the
article's year). Each test is a substring first, then a regex (extraction speed).

Not "until mid-November" (nor "early" or "late" in a month): a day made up for it would read
as a moved deadline (a critical alert, the comparison's tolerance being three days) when a
later article gives the real day, while a missing date compares as no change (as export
controls' "until November 2027", docs/extraction.md).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watcher.facts.extract.dates import DateMention
from watcher.facts.extract.numbers import TENS, UNITS, word_to_number
from watcher.facts.gate import phrases, words

_BY = r"\b(?:by|until|till|through|before|than)\s+"
# "by the end of the year", "until year-end"; "expires at the end of this year".
_YEAR_END = re.compile(
    rf"(?:{_BY}(?:the\s+)?|\b(?P<at>at\s+the\s+))(?P<span>end\s+of\s+(?:the|this)\s+year|"
    r"year[- ]end)\b",
    re.IGNORECASE,
)
# "at the end of the year" dates a measure's end only after a verb of ending: "at the end of
# the year, exports rose" tells when something happened.
_ENDS_AT = re.compile(r"\b(?:ends?|expires?|lapses?|runs?\s+out|due)\s+$", re.IGNORECASE)
# "expires on the 10th," — a day of the month alone, the clause ending or going on after it.
# "from the 15th", "starting the 1st"; "by the 1st of next month": the month it names.
_ORDINAL_DAY = re.compile(
    r"\b(?:on|by|until|till|through|before|from|starting|beginning|effective)\s+"
    r"(?P<span>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    r"(?:\s+of\s+(?:(?P<this>this)|next|the\s+(?:next|following|coming))\s+month)?)"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:and|but|when|after|as|at|under)\b))",
    re.IGNORECASE,
)
# A count of days in words, from the rates' table ("five", "twenty-one", "ninety").
_UNIT_WORDS = "|".join(UNITS)
_DIGIT_WORDS = "|".join(w for w, n in UNITS.items() if n in range(1, 10))  # "one" to "nine"
_COUNT = rf"(?:{'|'.join(TENS)})(?:[-\s](?:{_DIGIT_WORDS}))?\b|(?:{_UNIT_WORDS})\b"
# "take effect in 30 days", "within 90 days", "in five days' time": counted from
# publication; not "within 90 days of the deal", "30 days after" or "in 30 days' notice",
# counted from something else or not a span of time.
_IN_DAYS = re.compile(
    rf"(?P<span>\b(?:in|within)\s+(?P<n>\d{{1,3}}|{_COUNT})\s+days)\b"
    r"(?!\s+(?:of|after|from|since|before|ago)\b)(?!['\u2019](?!\s+time\b))",
    re.IGNORECASE,
)
# A day's ordinal ends so: a substring test before `_ORDINAL_DAY` ("the 10th", "the 21st").
_ORDINAL_ENDS = ("0th", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "1th",
                 "2th", "3th")  # fmt: skip
_DECEMBER = 12
# "expired on the 4th", "took effect on the 1st": a verb in the past right before "on" tells
# of a day gone by, the last one with that number. Not "was extended until the 4th" (a new end
# still to come), nor "scheduled"/"planned"/"expected on", which tell forward.
_PAST_ON = re.compile(
    r"\b(?:(?!(?:schedul|plann|expect|slat|set)ed\b)[a-z]+ed|took\s+effect|kicked\s+in|"
    r"came\s+into\s+(?:force|effect)|went\s+into\s+effect|began|ran\s+out)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_PAST_REACH = 40  # characters before "on the 4th" searched for its verb
# "expires at the end of the month", "by the end of next month", "by the end of the week",
# "takes effect at the start of next year": a period counted from publication, its last day
# (a week's: its Friday, the end of the working week) or its first. Not "the end of the
# meeting" nor "the end of the day" (no period of the calendar), nor "this year"'s end
# (`_YEAR_END`, which reads the year a sentence governs).
_PERIOD_EDGE = re.compile(
    rf"(?:{_BY}(?:the\s+)?|\b(?P<at>at\s+the\s+))(?P<span>(?P<edge>end|start|beginning)\s+of\s+"
    r"(?P<which>the|this|next)\s+(?P<unit>week|month|year))\b",
    re.IGNORECASE,
)
# "at the start of next year" dates a measure's start only after a verb of starting.
_STARTS_AT = re.compile(
    r"\b(?:takes?\s+effect|starts?|begins?|kicks?\s+in|applies|apply|comes?\s+into\s+"
    r"(?:force|effect)|effective|due)\s+$",
    re.IGNORECASE,
)
_FRIDAY = 4  # date.weekday()
# A year the sentence names ("Back in 2018, ..."): the year "the end of the year" is of.
_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


def vague_terms() -> tuple[str, ...]:
    """Gate terms (`watcher.facts.gate`) one of which every date `vague_dates` finds holds:
    the deadline kind's date need takes them with `dates.date_terms`. Wider than the
    patterns (any ordinal's ending, any "days"): a superset is all the gate needs."""
    return (
        *phrases("end of the|this year", "year end"),
        *phrases("end|start|beginning of the|this|next week|month|year"),
        *words("year-end", "days"),
        r"\pN(?i:st|nd|rd|th)",
    )


def vague_dates(text: str, published: date | None, year: int | None) -> list[DateMention]:
    """The loosely named dates of `text` (module docstring), each with its span. The
    substring tests are on the text as written (no case folding per sentence): news writes
    "year", "days" and ordinals in lower case, a sentence's first word aside."""
    found: list[DateMention] = []
    if ("year" in text or "Year" in text) and (year or published):
        found += _year_ends(text, _end_year(text, published.year if published else year))
    if published is None:
        return found
    if "end of " in text or "start of " in text or "beginning of " in text:
        found += _period_edges(text, published)
    if any(o in text for o in _ORDINAL_ENDS):
        found += _ordinal_days(text, published)
    if " days" in text:
        found += _in_days(text, published)
    return found


# A year that governs the clause: a leading time adverbial ("In 2018, ...", "Back in March
# 2018, ...") or the time of a past speech or promise ("said in 2018 that ..."). A year in a
# contrast ("Unlike in 2019, ...") or an aside does not say which year's end is meant.
_GOVERNING_YEAR = re.compile(
    r"^\s*(?:back\s+|late\s+|early\s+)?(?:in|during)\s+(?:\w+\s+){0,2}?(?P<lead>(?:19|20)\d\d)\s*,"
    r"|\b(?:said|announced|pledged|promised|agreed|vowed)\s+in\s+(?:\w+\s+)?(?P<told>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _end_year(text: str, year: int | None) -> int | None:
    """The year "the end of the year" is of: the year governing the sentence before it (a
    leading "In 2018," or "said in 2018"), else the article's. One before the article's ("Back
    in 2018, the US said ... until the end of the year") is history: no date, so no live fact.
    A year merely named before it ("Unlike in 2019, China agreed to buy ... by the end of the
    year") is not the clause's: the article's year stands."""
    if year is None or not any(c.isdigit() for c in text):
        return year
    cut = text.find("end of th")
    head = text[:cut] if cut >= 0 else text
    found = [int(m["lead"] or m["told"]) for m in _GOVERNING_YEAR.finditer(head)]
    named = found[-1] if found else year
    return None if named < year else named


def _year_ends(text: str, year: int | None) -> list[DateMention]:
    out = []
    for m in _YEAR_END.finditer(text):
        if m.group("at") and not _ENDS_AT.search(text, max(0, m.start() - 20), m.start()):
            continue
        start = m.start("at") if m.group("at") else m.start("span")
        out.append(DateMention(start, m.end(), date(year, 12, 31) if year else None))
    return out


def _period_edges(text: str, published: date) -> list[DateMention]:
    """ "at the end of the month", "by the end of next week", "at the start of next year":
    the edge of the period counted from publication. "At the end of the month, exports
    rose" tells when something happened: "at" needs a verb of ending (or starting) before it.
    The end of this year is `_year_ends`'s."""
    out = []
    for m in _PERIOD_EDGE.finditer(text):
        unit, which = m.group("unit").lower(), m.group("which").lower()
        end = m.group("edge").lower() == "end"
        if unit == "year" and which != "next" and end:
            continue
        if m.group("at") and not _at_edge(text, m.start(), end=end):
            continue
        value = _edge_of(unit, which == "next", end, published)
        start = m.start("at") if m.group("at") else m.start("span")
        out.append(DateMention(start, m.end(), value))
    return out


def _at_edge(text: str, at: int, *, end: bool) -> bool:
    """Whether a verb before "at the end (start) of ..." makes it a measure's date: a verb of
    ending for an end, and of starting for either ("takes effect at the end of the week": the
    start falls on the period's last day); "At the end of the month, exports rose" has none."""
    lo = max(0, at - 24)
    return bool(_STARTS_AT.search(text, lo, at) or (end and _ENDS_AT.search(text, lo, at)))


def _edge_of(unit: str, following: bool, end: bool, published: date) -> date:
    """The first or last day of the week, month or year of publication (or the next one); a
    week ends on its Friday, or on its Sunday when published at the weekend."""
    if unit == "year":
        year = published.year + following
        return date(year, 12, 31) if end else date(year, 1, 1)
    if unit == "month":
        year, month = published.year, published.month + following
        if month > _DECEMBER:
            year, month = year + 1, 1
        first = date(year, month, 1)
        if not end:
            return first
        after = date(year + 1, 1, 1) if month == _DECEMBER else date(year, month + 1, 1)
        return after - timedelta(days=1)
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=following)
    if not end:
        return monday
    friday = monday + timedelta(days=_FRIDAY)
    return friday if friday >= published else monday + timedelta(days=6)


def _ordinal_days(text: str, published: date) -> list[DateMention]:
    """ "expires on the 10th": that day of the publication's month, or of the next month when
    it has passed (a deadline is told forward); "expired on the 4th": the last such day up to
    publication (a past verb tells of one gone by)."""
    out = []
    for m in _ORDINAL_DAY.finditer(text):
        day = int(m.group("day"))
        past = text[m.start() : m.start() + 2].lower() == "on" and _PAST_ON.search(
            text, max(0, m.start() - _PAST_REACH), m.start()
        )
        value = _last_day_numbered(day, published) if past else _next_day_numbered(day, published)
        if m.group("span").endswith("month"):  # the month it names, whatever the day
            value = _day_of_month(day, published, this=m.group("this") is not None)
        if value is not None:
            out.append(DateMention(m.start("span"), m.end("span"), value))
    return out


def _day_of_month(day: int, published: date, *, this: bool) -> date | None:
    """The day `day` of the publication's month (`this`) or of the next one."""
    year, month = published.year, published.month
    if not this:
        year, month = (year + 1, 1) if month == _DECEMBER else (year, month + 1)
    try:
        return date(year, month, day)
    except ValueError:  # "the 31st" of a month of 30 days
        return None


def _next_day_numbered(day: int, published: date) -> date | None:
    year, month = published.year, published.month
    if day < published.day:
        year, month = (year + 1, 1) if month == _DECEMBER else (year, month + 1)
    try:
        return date(year, month, day)
    except ValueError:  # "the 31st" of a month of 30 days
        return None


def _last_day_numbered(day: int, published: date) -> date | None:
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year - 1, _DECEMBER) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:  # "the 31st" of a month of 30 days
        return None


def _in_days(text: str, published: date) -> list[DateMention]:
    out = []
    for m in _IN_DAYS.finditer(text):
        count = int(word_to_number(m.group("n")))
        value = published + timedelta(days=count)
        out.append(DateMention(m.start("span"), m.end("span"), value))
    return out
