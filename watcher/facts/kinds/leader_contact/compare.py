"""How a leader contact compares with the known ones: the same contact, or a new one.

A contact is the same as a known one on the same day (±1 for time zones); one reported without
a date is a recent known one if that happened shortly before the article, or the known one of
the month its sentence names ("the two leaders spoke in early June"), or, told as background
("since they met in Busan", "their meeting"), the latest known one of its mode. A planned contact
that now happened is `changed`; a happened one now denied is `changed` too. A contact held
before the store began to know the pair (its horizon: the seeds' day) that matches no known one
is the pair's history: `confirmed`, never `new`. Any later contact the store does not hold is
news, however the article tells it. An article's own contacts count as known whatever order it
tells them in: the newest held is compared first (`compare_order`), so a contact told twice,
dated and as background ("their Busan meeting"), alerts once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    match = _matching_contact(fact, history, published) or _told_before(fact, history, published)
    if match is None and _recap(histories, fact, published):
        return Comparison(fact, Outcome.CONFIRMED)  # history the watcher did not see: no news
    if match is None:
        return Comparison(fact, Outcome.NEW, history[-1] if history else None)
    happened_before = match.fact.status is Status.HAPPENED
    if fact.status is Status.HAPPENED and not happened_before:
        return Comparison(fact, Outcome.CHANGED, match)  # planned → happened
    if fact.status is Status.DENIED and happened_before:
        return Comparison(fact, Outcome.CHANGED, match)
    return Comparison(fact, Outcome.CONFIRMED, match)


def _told_before(
    fact: LeaderContact, history: tuple[KnownFact, ...], published: date | None
) -> KnownFact | None:
    """The known contact an undated one held, told as background, is: "Soybean shipments have
    picked up since Trump and Xi met in Busan", "at their meeting in Busan", "the Busan summit"
    presuppose a contact the reader knows of, and the pair's latest known contact of that mode
    held by the article's day is it (`extract.contact.background`). Told as the sentence's
    news ("Trump said he had a great call with Xi"), it is not; nor is a contact of a mode the
    store has never seen held, or any contact over a store that knows none (it stays news),
    or one its clause places in another month than the latest known one's."""
    if fact.status is not Status.HAPPENED or fact.date is not None or published is None:
        return None
    held = [
        known
        for known in history
        if known.fact.status is Status.HAPPENED
        and (day := _date_of(known)) is not None
        and day <= published
    ]
    if not held:
        return None
    # lazy: the cue patterns are the extractor's (see `_placed_months`)
    from watcher.facts.extract.contact.background import told_as_background  # noqa: PLC0415

    if told_as_background(fact.evidence, fact.mode):
        latest = max(held, key=lambda known: _date_of(known) or date.min)
        months = _placed_months(fact, published)  # "after a call in September": that month's
        day = _date_of(latest) or date.min
        return latest if not months or (day.year, day.month) in months else None
    return _same_place(fact, held, published)


# "in Busan", "in South Korea": a place a contact was held at, as its evidence names it
_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)")
_DETERMINERS = frozenset({"The", "This", "That", "Their", "His", "Her"})


def _places(evidence: str) -> set[str]:
    """The capitalised names after "in"/"at" that are not a month, a weekday or a determiner."""
    # lazy: the month and weekday names are the extractor's (see `_placed_months`)
    from watcher.facts.extract.dates import FULL_MONTHS, WEEKDAYS  # noqa: PLC0415

    times = {*FULL_MONTHS, *WEEKDAYS, *_DETERMINERS}
    return {m.group(1) for m in _PLACE.finditer(evidence) if m.group(1) not in times}


def _same_place(fact: LeaderContact, held: list[KnownFact], published: date) -> KnownFact | None:
    """The known contact held within a year at the place an undated one names ("even though
    Trump and Xi held talks in Busan" over a store that knows their Busan meeting): a report
    with no day that names a known contact's place tells that contact again. A new contact
    at the same place is told with its day."""
    places = _places(fact.evidence)
    if not places:
        return None
    same = [
        known
        for known in held
        if published - (_date_of(known) or date.min) <= _RECAP_REACH
        and places & _places(known.fact.evidence)
    ]
    return max(same, key=lambda known: _date_of(known) or date.min, default=None)


def _recap(histories: Histories, fact: LeaderContact, published: date | None) -> bool:
    """Whether a contact held is the pair's history from before the store began: dated, or
    placed in a month ("last spoke in March"), before the store's horizon (`_horizon`). The
    seeded baseline is a snapshot of its day, which holds the pair's past up to it ("the
    previous call was on January 17"): an older contact it does not list is history, not news
    (dev2 alerts no 2019 meeting). Any later contact the store does not hold is news however
    the article tells it: as its lead, behind a newer contact, in a "since" phrase or a
    relative clause ("since their October summit", dev2's README). Such a recap raises no
    alert; the fact stays (the corpus keeps it, with its day if stated)."""
    if fact.status is not Status.HAPPENED or published is None:
        return False
    horizon = _horizon(histories, fact, published)
    if horizon is None:
        return False
    if fact.date is None:
        months = _placed_months(fact, published)
        return bool(months) and all(placed < (horizon.year, horizon.month) for placed in months)
    return fact.date < horizon


def compare_order(facts: Sequence[LeaderContact]) -> list[int]:
    """The order in which one article's contacts are compared (`FactKind.compare_order`): the
    contacts held take the places held ones have in the article, newest first and undated
    last; the others keep theirs. An undated contact told as background is the latest known
    one of its mode (`_told_before`), which the article's dated one may be: learned first, it
    takes the undated retelling whichever paragraph tells it first."""
    held = [i for i, f in enumerate(facts) if f.status is Status.HAPPENED]
    newest_first = sorted(held, key=lambda i: _age(facts[i].date))
    order = list(range(len(facts)))
    for place, i in zip(held, newest_first, strict=True):
        order[place] = i
    return order


def _age(day: date | None) -> int:
    """A sort key, newest day first, no day last."""
    return -day.toordinal() if day is not None else 1


def _horizon(histories: Histories, fact: LeaderContact, published: date) -> date | None:
    """The day the store began to know the pair: the earliest day a fact of the pair, of
    either mode, was told (published, else learned) before the article (the seeds' day; an
    article's own facts are no horizon). None for a pair the store has never heard of: all
    its contacts are news."""
    days = [
        told
        for mode in _MODES
        for known in histories.history("/".join((fact.kind, *fact.participants, mode)))
        if (told := (known.provenance.published or known.provenance.learned_at).date()) < published
    ]
    return min(days, default=None)


_MODES = ("call", "meeting")


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
    if fact.status is Status.HAPPENED and _placed_months(fact, published):
        # "after Trump's state visit to Beijing in April" is April's, never last week's
        return _month_of(fact, known_date, published)
    return timedelta(0) <= published - known_date <= UNDATED_CONTACT_WINDOW


def _month_of(fact: LeaderContact, known_date: date, published: date) -> bool:
    """Whether the contact's clause places it in the month of the known contact, which lies
    at most a year before the article (the month alone names no other day)."""
    if not timedelta(0) <= published - known_date <= _RECAP_REACH:
        return False
    return (known_date.year, known_date.month) in _placed_months(fact, published)


def _placed_months(fact: LeaderContact, published: date) -> list[tuple[int, int]]:
    """The (year, month) of each month the contact's own clause places it in ("spoke in early
    June", "met last month"); a month without a year is its latest not after the article. A
    month of an aside ("..., weeks after tariffs rose in June", "Trump, who toured Asia in
    June, spoke") or of a clause after the contact's (`clause_end`) dates something else."""
    # lazy: the month and cue patterns are the extractor's, which a check that extracts
    # nothing (a feed answered 304) never loads
    from watcher.facts.extract.contact.cues import (  # noqa: PLC0415
        BREAK,
        CUE,
        across_relative,
        cue_mode,
        relative_spans,
    )
    from watcher.facts.extract.contact.status import clause_end  # noqa: PLC0415
    from watcher.facts.extract.recency import last_month_named, months_named  # noqa: PLC0415

    text = fact.evidence
    months = months_named(text) + last_month_named(text, published)
    if not months:
        return []
    cues = [c.start() for c in CUE.finditer(text) if cue_mode(c) in (fact.mode, "talks")]
    relatives = relative_spans(text)
    return [
        (_year_of(month, year, published), month)
        for month, year, s, e in months
        if any(
            not across_relative(relatives, c, s)
            and not BREAK.search(text, min(c, e), max(c, s))
            and (
                s < c or s < clause_end(text, c)
            )  # "had a call and the two agreed to meet in April"
            for c in cues
        )
    ]


def _year_of(month: int, year: int | None, published: date) -> int:
    """A month's stated year, else the year of its latest start not after publication."""
    if year is not None:
        return year
    return published.year if month <= published.month else published.year - 1
