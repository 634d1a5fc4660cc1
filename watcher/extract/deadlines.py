"""Deadline facts: trade or tariff deadlines that the text ties to a calendar date.

Three wordings give one: a date next to "deadline" ("the July 9 deadline", "ahead of his August
1 tariff deadline", "delaying the July 9 deadline to August 1" — the old date is then
`suspended`, the new one `announced`); a conditional threat with "by <date>" ("if China does not
withdraw ... by April 8"); and a dated pause of N days ("a 90-day pause agreed on May 12" ends
N days later). Deadlines about non-trade matters (a divestment, an election) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from watcher.extract.context import Context
from watcher.extract.dates import DateMention, find_dates
from watcher.extract.roles import Role, actors
from watcher.extract.sentences import Sentence
from watcher.models import Deadline, Status

_DEADLINE = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
_TRADE = re.compile(
    r"\b(?:tariffs?|trade|duties|reciprocal|deals?|agreements?|negotiat\w*|levies|truce|pause|"
    r"talks)\b",
    re.IGNORECASE,
)
_OFF_TOPIC = re.compile(
    r"\b(?:TikTok|divest\w*|election|ballot|ceasefire|prisoner)\b", re.IGNORECASE
)
_MOVE = re.compile(
    r"\b(?:delay\w*|extend\w*|push\w*\s+back|postpon\w*|mov\w+|shift\w*)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
_TO = re.compile(r"\b(?:to|until)\s+$", re.IGNORECASE)
_BY = re.compile(
    r"\bby\s+(?:(?:tomorrow|today|next|this)\s*,?\s*)?(?:\w+day,?\s+)?$", re.IGNORECASE
)
_MOVE_VERB = re.compile(r"\b(?:delay\w*|extend\w*|push\w*\s+back|postpon\w*)\b", re.IGNORECASE)
_BY_DAYS = re.compile(r"\bby\s+(?:another\s+)?(?P<n>\d+)\s+(?:more\s+)?days\b", re.IGNORECASE)
_COUNTERPART = re.compile(
    r"\b(?:truce|deal|agreement|accord|pause|talks|negotiations)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_PAUSE = re.compile(
    r"\b(?P<n>\d+)-day\s+(?:\w+\s+)?(?:pause|truce|suspension|reprieve|delay|window|extension)\s+"
    r"(?:\w+\s+){0,3}?(?:agreed|announced|signed|reached|began|beginning|starting|from)\s+"
    r"(?:(?:up)?on\s+)?$",
    re.IGNORECASE,
)


def deadline_facts(sentences: Iterable[Sentence], ctx: Context) -> list[Deadline]:
    """Every dated trade deadline, once per date (the first statement wins)."""
    out: list[Deadline] = []
    seen: set[date] = set()
    for sent in sentences:
        text = sent.text
        if not _TRADE.search(text) or _OFF_TOPIC.search(text):
            continue
        for fact in _sentence_deadlines(text, ctx):
            if fact.date is not None and fact.date not in seen:
                seen.add(fact.date)
                out.append(fact)
    return out


def _sentence_deadlines(text: str, ctx: Context) -> Iterator[Deadline]:
    dates = [d for d in find_dates(text, ctx.published, default_year=ctx.default_year) if d.value]
    if not dates:
        return
    imposer, target = _parties(text, ctx)
    for what, when, status in _found(text, dates):
        yield Deadline(status, text, what, when, imposer, target)


def _found(text: str, dates: list[DateMention]) -> Iterator[tuple[str, date, Status]]:
    has_deadline = _DEADLINE.search(text) is not None
    for d in dates:
        assert d.value is not None
        before = text[max(0, d.start - 120) : d.start]
        if has_deadline and _TO.search(before[-12:]) and _MOVE.search(before):
            yield "tariff deadline (new date)", d.value, Status.ANNOUNCED
        elif has_deadline and _near_deadline(text, d):
            yield from _named_deadline(text, d, d.value)
        elif _BY.search(before[-30:]) and _CONDITION.search(text[: d.start]):
            yield "deadline to meet a tariff threat", d.value, Status.ANNOUNCED
        elif m := _PAUSE.search(before):
            ends = d.value + timedelta(days=int(m.group("n")))
            yield f"end of the {m.group('n')}-day pause", ends, Status.ANNOUNCED


def _named_deadline(text: str, d: DateMention, when: date) -> Iterator[tuple[str, date, Status]]:
    """ "the July 9 deadline": set, moved to a later date, or extended by N days."""
    moved_to = _MOVE.search(text[: d.start]) is not None and _moved_later(text, d)
    extension = _BY_DAYS.search(text, d.end) if _MOVE_VERB.search(text) else None
    moved = moved_to or extension is not None
    yield "tariff deadline", when, Status.SUSPENDED if moved else Status.ANNOUNCED
    if extension is not None and not moved_to:
        new = when + timedelta(days=int(extension.group("n")))
        yield "tariff deadline (new date)", new, Status.ANNOUNCED


def _near_deadline(text: str, d: DateMention) -> bool:
    """The word "deadline" shortly before the date (no other date between) or just after it."""
    before = text[max(0, d.start - 80) : d.start]
    hits = list(_DEADLINE.finditer(before))
    if hits and not _has_date(before[hits[-1].end() :]):
        return True
    return _DEADLINE.search(text[d.end : d.end + 30]) is not None


def _has_date(text: str) -> bool:
    return bool(find_dates(text, None, default_year=2000))


def _moved_later(text: str, d: DateMention) -> bool:
    return re.match(r"^[^.;]{0,40}\b(?:to|until)\s+\w", text[d.end :]) is not None


def _parties(text: str, ctx: Context) -> tuple[str | None, str | None]:
    """Who sets the deadline's tariff and on whom, where the sentence says."""
    acts = actors(text, ctx.gaz.countries.find(text))
    imposer = next((a.name for a in acts if a.role is Role.IMPOSER), None)
    target = next((a.name for a in acts if a.role is Role.TARGET and a.name != imposer), None)
    if target is None:  # "extends the tariff truce with China": the other side of the truce
        target = next(
            (
                a.name
                for a in acts
                if a.name != imposer and _COUNTERPART.search(text, max(0, a.start - 40), a.start)
            ),
            None,
        )
    return imposer, target
