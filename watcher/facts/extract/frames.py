"""What a sentence without a rate tells the next one: the measure it reports.

News often names the parties, products or start of a measure in one sentence and gives its rate
in the next ("Beijing said it would charge new duties on American goods. Soybeans and beef are
among products facing a 10% tariff."; "Duties on steel and aluminium imports came into force on
Wednesday. Trump's decision to impose 25% tariffs on both metals ..."). A sentence with a
tariff word but no rate leaves a frame: its main-clause imposer, that imposer's target (or the
sector products of a worldwide measure), and whether and since when it reports the measure in
force. A rate whose own sentence names no target continues the frame of the sentence before.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from watcher.facts.extract.clauses import TARIFF_WORD
from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import find_dates
from watcher.facts.extract.lexicon import alternatives, section
from watcher.facts.extract.literals import guarded, guarded_re
from watcher.facts.extract.rates import find_percents
from watcher.facts.extract.roles import Actor, Role
from watcher.facts.extract.status import IN_FORCE, tariff_status
from watcher.models import Status

OPENER = guarded(
    re.compile(
        r"^\W*(?:\w+\s+){0,2}?(?:after|when|as|while|following|since|before)\b[^,]*,", re.IGNORECASE
    )
)
_PARTIES = (Role.IMPOSER, Role.AGENT)
# "Since returning to office, Trump has raised ...": a recap of the story so far. The sentences
# right after it that go on in the present perfect, with no date of their own ("China has
# retaliated with 125% tariffs"), recap the standing levels too (docs/extraction.md: background).
_RECAP = guarded_re(r"^\W*Since\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")
_RECAP_SENTENCES = 2


def _words(key: str) -> str:
    return "|".join(map(re.escape, section("tariff")[key]))


# "Since the truce, the duty on X has stood at 20%", "Since March, Chinese kettles have borne a
# 40% US duty": a level told as holding from then until now is the level in force, not a recap
# of steps (dev2 README: the current level is a fact). A payer's verb must reach its figure
# ("have carried out ..." is no level).
@functools.lru_cache(maxsize=1)
def _stood() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:has|have)\s+(?:(?:{_words('held_at')})\s+at\b|"
        rf"(?:{_words('borne_since')})\b[^.;,]{{0,40}}?\d)",
        re.IGNORECASE,
    )


_LISTING = re.compile(r"\b(?:including|such as|like|notably)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)
# "Ottawa also said it would add levies on goods such as steel": a further measure.
_ANOTHER = re.compile(rf"\b(?:{alternatives('tariff', 'another_words')})\b", re.IGNORECASE)
_SUBJECT_WORDS = 4  # "US President Donald Trump": a leader this near the start is the subject
_LIST_REACH = 40  # characters between "including" and the products it lists


@dataclass(frozen=True, slots=True)
class Frame:
    """The measure a rate-less sentence reports, for a rate in the next sentence."""

    imposer: str
    target: str  # "all" for a sectoral measure on every origin
    products: tuple[str, ...] = ()
    status: Status = Status.ANNOUNCED  # how firmly that sentence reports the measure
    effective: date | None = None
    listed: tuple[str, ...] = ()  # "on American goods including chicken and cotton"


def recap_window(text: str, left: int) -> int:
    """How many of the next sentences may still continue a recap."""
    return _RECAP_SENTENCES if _RECAP.match(text) else max(0, left - 1)


def in_recap(text: str, left: int, ctx: Context) -> bool:
    """Whether the sentence recounts the story so far rather than reporting news."""
    if _RECAP.match(text):
        return _stood().search(text) is None
    if left <= 0 or _PERFECT.search(text) is None:
        return False
    return not find_dates(text, ctx.published, default_year=ctx.default_year)


def subject(text: str, acts: list[Actor]) -> str | None:
    """The acting country of a sentence's main clause (after any "Minutes after ...," opener)."""
    found = _subject_actor(text, acts)
    return found.name if found else None


def _subject_actor(text: str, acts: list[Actor]) -> Actor | None:
    opener = OPENER.match(text)
    start = opener.end() if opener else 0
    return next((a for a in acts if a.start >= start and a.role in _PARTIES), None)


def sentence_frame(
    text: str, acts: list[Actor], ctx: Context, *, stated: bool = False
) -> Frame | None:
    """The frame of a sentence that reports a tariff measure without stating a rate.

    A sentence whose rates gave no fact (`stated`, read: an earlier level, "China imposed a 34%
    tariff on US goods in April") still names the measure the next one changes ("Beijing will
    now lower it to 10%"): its parties frame the next rate, its status and dates do not."""
    rates = bool(find_percents(text))
    if (rates and not stated) or not TARIFF_WORD.search(text):  # the cheap test first
        return None
    if rates:
        parties = _parties(text, acts, ctx)
        return Frame(*parties) if parties else None
    return _measure_frame(text, acts, ctx)


def _measure_frame(text: str, acts: list[Actor], ctx: Context) -> Frame | None:
    """The frame of a rate-less sentence: parties, products, status and start."""
    actor = _subject_actor(text, acts) if acts else None
    if actor is not None:  # its target follows it: "Beijing said it would tax American goods"
        imposer, after = actor.name, acts[acts.index(actor) :]
    elif (leader := _subject_leader(text, acts, ctx)) is not None:
        imposer, after = leader  # "Trump announced new tariffs on India": the leader's country
    else:
        return None
    others = {a.name for a in after if a.role is Role.TARGET} - {imposer}
    if len(others) > 1:
        return None  # several targets: which one the next rate is about is a guess
    products: tuple[str, ...] = ()
    if not others:  # a sectoral measure on every origin: "duties on steel imports"
        found = (p.name for p in ctx.gaz.products.find(text))
        products = tuple(dict.fromkeys(n for n in found if n in ctx.gaz.separate_products))
        if not products:
            return None
    in_force = IN_FORCE.search(text) is not None
    effective = _only_date(text, ctx) if in_force else None
    noun = TARIFF_WORD.search(text)
    anchor = noun.span() if noun else None
    status = tariff_status(text, effective=effective, published=ctx.published, anchor=anchor)
    if status is None:  # a measure prevented or long past frames nothing
        return None
    if in_force:  # "Duties on steel came into force on Wednesday"
        status = Status.HAPPENED
    target = others.pop() if others else "all"
    listed = _listed(text, ctx) if target != "all" and not _ANOTHER.search(text) else ()
    return Frame(imposer, target, products, status, effective, listed)


def _parties(text: str, acts: list[Actor], ctx: Context) -> tuple[str, str] | None:
    """The imposer acting in the main clause and its one target."""
    actor = _subject_actor(text, acts) if acts else None
    if actor is not None:
        imposer, after = actor.name, acts[acts.index(actor) :]
    elif (leader := _subject_leader(text, acts, ctx)) is not None:
        imposer, after = leader
    else:
        return None
    others = {a.name for a in after if a.role is Role.TARGET} - {imposer}
    return (imposer, others.pop()) if len(others) == 1 else None


def _subject_leader(text: str, acts: list[Actor], ctx: Context) -> tuple[str, list[Actor]] | None:
    """A leader opening the main clause acts for their country, when no country does: "Trump
    announced new tariffs on India" frames a US measure on India (the actors after the leader)."""
    opener = OPENER.match(text)
    start = opener.end() if opener else 0
    leader = next((m for m in ctx.gaz.leaders.find(text) if m.start >= start), None)
    country = ctx.gaz.leader_country.get(leader.name, "") if leader else ""
    if leader is None or not country or text[start : leader.start].count(" ") > _SUBJECT_WORDS:
        return None
    return country, [a for a in acts if a.start > leader.end]


def _only_date(text: str, ctx: Context) -> date | None:
    dates = find_dates(text, ctx.published, default_year=ctx.default_year)
    return dates[0].value if len(dates) == 1 else None


def _listed(text: str, ctx: Context) -> tuple[str, ...]:
    """Products the sentence lists after "including" / "such as"."""
    found = ctx.gaz.products.find(text)
    return tuple(
        dict.fromkeys(
            p.name
            for p in found
            if _LISTING.search(text, max(0, p.start - _LIST_REACH), p.start)
            or any(
                0 <= p.start - q.end < _LIST_REACH and _LISTING.search(text, 0, q.start)
                for q in found
            )
        )
    )
