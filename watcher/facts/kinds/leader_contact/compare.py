"""How a leader contact compares with the known ones: the same contact, or a new one.

A contact is the same as a known one on the same day (±1 for time zones); one reported without
a date is a recent known one if that happened shortly before the article, or the known one of
the month its sentence names ("the two leaders spoke in early June"). A planned contact
that now happened is `changed`; a happened one now denied is `changed` too.
"""

from __future__ import annotations

from datetime import date, timedelta

from watcher.facts.comparison import Comparison, Histories, KnownFact, Outcome
from watcher.facts.kinds.fact_kind import plain_track
from watcher.facts.kinds.leader_contact.model import LeaderContact
from watcher.models import Status

# A contact reported without a date ("a recent call") is the known one if that happened
# within this many days before the article.
UNDATED_CONTACT_WINDOW = timedelta(days=10)
# An undated expectation ("the leaders are expected to speak soon") repeats an earlier one only
# if that was reported within this many days; months later it is a new expectation.
UNDATED_PLAN_WINDOW = timedelta(days=14)
# An undated contact placed in a month ("spoke in early June", "met during October 2025") is
# the known one of that month if that lies within a year before the article: a recap, months
# on, of a contact already reported. Its day is not stated, so it cannot be a new one's.
_RECAP_REACH = timedelta(days=366)


def event_value(fact: LeaderContact) -> str:
    """A planned contact that happens updates its alert."""
    return fact.status.value


def compare(histories: Histories, fact: LeaderContact, published: date | None) -> Comparison:
    history = histories.history(plain_track(fact))
    match = _matching_contact(fact, history, published)
    if match is None:
        return Comparison(fact, Outcome.NEW, history[-1] if history else None)
    happened_before = match.fact.status is Status.HAPPENED
    if fact.status is Status.HAPPENED and not happened_before:
        return Comparison(fact, Outcome.CHANGED, match)  # planned → happened
    if fact.status is Status.DENIED and happened_before:
        return Comparison(fact, Outcome.CHANGED, match)
    return Comparison(fact, Outcome.CONFIRMED, match)


def current(history: tuple[KnownFact, ...]) -> list[KnownFact]:
    """The latest report of each dated contact, and undated expectations not yet overtaken
    by a contact that happened after they were reported."""
    by_date: dict[date | None, KnownFact] = {}
    for known in history:
        by_date[_date_of(known)] = known
    happened = [
        k.provenance.published
        for k in history
        if k.fact.status is Status.HAPPENED
        and _date_of(k) is not None
        and k.provenance.published is not None
    ]
    pending = by_date.pop(None, None)
    if (
        pending is not None
        and pending.provenance.published is not None
        and not any(h >= pending.provenance.published for h in happened if h is not None)
    ):
        by_date[None] = pending
    return sorted(by_date.values(), key=lambda k: _date_of(k) or date.max)


def _date_of(known: KnownFact) -> date | None:
    return known.fact.date if isinstance(known.fact, LeaderContact) else None


def _matching_contact(
    fact: LeaderContact, history: tuple[KnownFact, ...], published: date | None
) -> KnownFact | None:
    """The known contact this one reports: same day (±1 for time zones), or a recent one."""
    for known in reversed(history):
        if _same_contact(fact, known, published):
            return known
    return None


def _same_contact(fact: LeaderContact, known: KnownFact, published: date | None) -> bool:
    known_date = _date_of(known)
    if fact.date is not None:
        return known_date is not None and abs((fact.date - known_date).days) <= 1
    if known_date is None:  # the same undated plan or expectation, if it is recent
        if fact.status in (Status.HAPPENED, Status.DENIED):
            return False
        stated = known.provenance.published
        return (
            published is None
            or stated is None
            or (abs(published - stated.date()) <= UNDATED_PLAN_WINDOW)
        )
    if published is None:
        return False
    return timedelta(0) <= published - known_date <= UNDATED_CONTACT_WINDOW or (
        fact.status is Status.HAPPENED and _month_of(fact, known_date, published)
    )


def _month_of(fact: LeaderContact, known_date: date, published: date) -> bool:
    """Whether the contact's clause places it in the month of the known contact, which lies
    at most a year before the article (the month alone names no other day). A month of an
    aside ("..., weeks after tariffs rose in June", "Trump, who toured Asia in June, spoke")
    dates something else."""
    if not timedelta(0) <= published - known_date <= _RECAP_REACH:
        return False
    # lazy: the month and cue patterns are the extractor's, which a check that extracts
    # nothing (a feed answered 304) never loads
    from watcher.facts.extract.contact.cues import (  # noqa: PLC0415
        BREAK,
        CUE,
        across_relative,
        relative_spans,
    )
    from watcher.facts.extract.recency import months_named  # noqa: PLC0415

    text = fact.evidence
    months = [
        (s, e)
        for month, year, s, e in months_named(text)
        if month == known_date.month and year in (None, known_date.year)
    ]
    if not months:
        return False
    cues = [c.start() for c in CUE.finditer(text)]
    relatives = relative_spans(text)
    return any(
        not across_relative(relatives, c, s) and not BREAK.search(text, min(c, e), max(c, s))
        for s, e in months
        for c in cues
    )
