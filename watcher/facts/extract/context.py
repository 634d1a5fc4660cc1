"""The per-article values every extractor reads: gazetteer, publication date, year, title."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from watcher.facts.extract.gazetteer import Gazetteer
from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.measures import year_in_office
from watcher.facts.extract.recency import FULL_MONTHS


@dataclass(frozen=True, slots=True)
class Context:
    """What every sentence of one article is read against."""

    gaz: Gazetteer
    published: date | None
    default_year: int | None
    title: str = ""
    # `published` is only the day the article is read as of (it states no date of its own): a
    # weekday or "yesterday" in it cannot be placed (contacts: an unresolvable day is null).
    undated: bool = False
    # The kinds the relevance gate admitted for the article (None: every kind). A kind that
    # reads another's facts (a deadline the dates of export controls) skips a kind the article
    # cannot state, as the registry does.
    admitted: frozenset[str] | None = None


_YEAR_2000S = re.compile(r"\b20\d\d\b")
# A year (or a month and year) named as the time of a plan: "invited Xi for a state visit in
# 2026", "will travel to Beijing in April 2026". The article is written before that time.
_PLAN_CUE = re.compile(
    rf"\b(?:{alternatives('dates', 'plan_time_cues')})\b",
    re.IGNORECASE,
)
_PLAN_REACH = 80  # characters before the year searched for a plan cue, within its sentence
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?,?\s+$")  # "November 10, 2026": a full date


def default_year(text: str, title: str) -> int | None:
    """Without a publication date, the year the text mentions most stands in for it, moved into
    the term of an office the text names someone in.

    A year named only as the time of a plan ("a state visit in 2026") is not the article's: the
    article precedes the plan, so such years count only when no other year is named, and then
    as the year of the day before the earliest plan begins (a plan "in 2026" was written in
    2025; one "in April 2026" may have been written early in 2026).
    """
    full = f"{title} {text}"
    years: Counter[int] = Counter()
    plans: list[int] = []
    for m in _YEAR_2000S.finditer(full):
        plan = _plan_year(full, m)
        if plan is None:
            years[int(m.group(0))] += 1
        else:
            plans.append(plan)
    if years:
        return year_in_office(full, years.most_common(1)[0][0])
    return year_in_office(full, min(plans)) if plans else None


def _plan_year(full: str, m: re.Match[str]) -> int | None:
    """For a year named as a plan's time, the year of the day before the plan begins (the
    year before a bare year, the same year for a month and year); None for any other year."""
    before = full[max(0, m.start() - _PLAN_REACH) : m.start()]
    if _DAY_BEFORE.search(before):
        return None
    clause = re.split(r"[.;:!?]", before)[-1]
    if _PLAN_CUE.search(clause) is None:
        return None
    year = int(m.group(0))
    return year if _MONTH_BEFORE.search(before) else year - 1


_MONTH_BEFORE = re.compile(rf"\b(?:{FULL_MONTHS})\s+$")
