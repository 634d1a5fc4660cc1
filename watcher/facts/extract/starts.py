"""News wording that dates a rate without a date of its own, or a date that is not a start.

"Starting just past midnight, imports are taxed at 25%" and "moments after the 10% tariffs
took effect" (with no date anywhere in the sentence) both mean the day of publication; "On
April 2, Trump announced ..." and "were paused on Monday" give the day of a statement or a
pause, which is not the day a rate applies from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from watcher.facts.extract.dates import WEEKDAY, DateMention
from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.recency import FULL_MONTHS
from watcher.facts.kinds.tariff_rate import TariffRate

# Any stated time ("in March", "last week", "in 2018") makes a bare "took effect" not today's.
_STATED_TIME = guarded_re(rf"\b(?:{FULL_MONTHS}|last|earlier|ago|(?:19|20)\d\d)\b", re.IGNORECASE)
_PAST_MIDNIGHT = guarded_re(
    r"\b(?:starting|beginning|since|as of|from)\s+(?:just\s+)?(?:past|after)\s+midnight\b",
    re.IGNORECASE,
)
_AFTER_MIDNIGHT = re.compile(r"\b(?:just\s+)?(?:past|after)\s+midnight\b", re.IGNORECASE)
_JUST_TOOK_EFFECT = re.compile(
    r"\b(?:took|(?:have|has)\s+taken)\s+effect\b(?!\s+(?:on|in|last|earlier|from|since)\b)|"
    r"\b(?:came|(?:have|has)\s+come)\s+into\s+(?:force|effect)\b(?!\s+(?:on|in|last|earlier)\b)",
    re.IGNORECASE,
)
# "A day before the duties took effect, he threatened 60%": the rate is not the one in force.
_BEFORE = re.compile(rf"\b(?:{alternatives('tariff', 'before_words')})\b", re.IGNORECASE)
_NOT_A_START = re.compile(
    r"\b(?:announc|unveil|paus|suspend|delay|postpon|threaten|propos)\w*", re.IGNORECASE
)
_QUOTES = " \"'\u201c"


def not_a_start(verb_text: str) -> bool:
    """Whether the words tying a date to a rate make it a statement's or a pause's day."""
    return _NOT_A_START.search(verb_text) is not None


def implied_start(
    text: str, lo: int, hi: int, *, has_dates: bool, published: date | None
) -> date | None:
    """The publication day when the clause `text[lo:hi]` says the rate starts just now."""
    if _starts_now(text, lo, hi):
        return published
    if has_dates or _STATED_TIME.search(text):
        return None
    # "rose to 50% just after midnight": today ("after" may have closed the clause)
    if _AFTER_MIDNIGHT.search(text, lo, hi + len(" after midnight")):
        return published
    took = _JUST_TOOK_EFFECT.search(text, lo, hi)
    if took is None or _BEFORE.search(text, lo, took.start()):
        return None
    return published


def day_referred(
    text: str, pos: int, dates: list[DateMention], published: date | None, *, now: bool
) -> date | None:
    """The start of a rate that applies at once ("effective immediately", "took effect the same
    day" at `pos`): the last past day named before it ("imposed last Thursday, ..."), since the
    step took effect when it was taken, not when it is reported. A time told before it that is no
    day ("announced a week ago") leaves no start: the publication day would be a wrong one. With
    no time told, "immediately" is the day of publication (`now`); "the same day" refers to none."""
    for d in reversed(dates):
        if d.end <= pos and d.value is not None and (published is None or d.value <= published):
            return d.value
    if not now or _STATED_TIME.search(text, 0, pos):
        return None
    return published


def _starts_now(text: str, lo: int, hi: int) -> bool:
    """ "Starting just past midnight, ..." opening the sentence dates all of it, else its clause."""
    m = _PAST_MIDNIGHT.search(text, 0, hi)
    return m is not None and (m.start() >= lo or not text[: m.start()].strip(_QUOTES))


# "Tariffs go into effect Tuesday at midnight, with the heaviest levy of 104% on China": the
# sentence's own start date covers the rates of its later clauses.
_GOES_INTO_EFFECT = re.compile(
    r"\b(?:(?:go|goes|going)\s+into\s+effect|tak(?:e|es|ing)\s+effect|"
    r"com(?:e|es|ing)\s+into\s+(?:force|effect)|kicks?\s+in)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def sentence_start(text: str, dates: list[DateMention], rate_start: int) -> date | None:
    """The date right after the sentence's "go into effect" when it comes before the rate."""
    for d in dates:
        cued = _GOES_INTO_EFFECT.search(text, max(0, d.start - 40), d.start)
        if d.value is not None and d.start < rate_start and cued:
            return d.value
    return None


_ANY_TIME = guarded_re(
    rf"\b{WEEKDAY}\b|\b(?:today|tonight|tomorrow|yesterday|"
    r"week|month)\b",
    re.IGNORECASE,
)


def inherit_start(found: list[TariffRate], previous: list[TariffRate], text: str) -> None:
    """ "Tariffs of 25% on Canada come into force on Tuesday. Canadian energy will have a lower
    10% tariff.": an undated rate of the same pair as the previous sentence shares its date."""
    if _STATED_TIME.search(text) or _ANY_TIME.search(text):
        return
    for i, f in enumerate(found):
        same = [p for p in previous if (p.imposer, p.target) == (f.imposer, f.target)]
        starts = {p.effective for p in same}
        if f.effective is None and len(starts) == 1 and None not in starts:
            found[i] = replace(f, effective=starts.pop())
