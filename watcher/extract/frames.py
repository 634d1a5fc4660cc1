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

import re
from dataclasses import dataclass
from datetime import date

from watcher.extract.clauses import TARIFF_WORD
from watcher.extract.context import Context
from watcher.extract.dates import find_dates
from watcher.extract.rates import find_percents
from watcher.extract.roles import Actor, Role, actors
from watcher.extract.status import IN_FORCE

OPENER = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:after|when|as|while|following|since|before)\b[^,]*,", re.IGNORECASE
)
_PARTIES = (Role.IMPOSER, Role.AGENT)


@dataclass(frozen=True, slots=True)
class Frame:
    """The measure a rate-less sentence reports, for a rate in the next sentence."""

    imposer: str
    target: str  # "all" for a sectoral measure on every origin
    products: tuple[str, ...] = ()
    in_force: bool = False
    effective: date | None = None


def subject(text: str, acts: list[Actor]) -> str | None:
    """The acting country of a sentence's main clause (after any "Minutes after ...," opener)."""
    opener = OPENER.match(text)
    start = opener.end() if opener else 0
    return next((a.name for a in acts if a.start >= start and a.role in _PARTIES), None)


def sentence_frame(text: str, ctx: Context) -> Frame | None:
    """The frame of a sentence that reports a tariff measure without stating a rate."""
    if not TARIFF_WORD.search(text) or find_percents(text):
        return None
    acts = actors(text, ctx.gaz.countries.find(text))
    imposer = subject(text, acts)
    if imposer is None:
        return None
    others = [a.name for a in acts if a.role is Role.TARGET and a.name != imposer]
    products = tuple(
        dict.fromkeys(
            p.name for p in ctx.gaz.products.find(text) if p.name in ctx.gaz.separate_products
        )
    )
    if len(set(others)) > 1 or not (others or products):
        return None  # several targets: which one the next rate is about is a guess
    in_force = IN_FORCE.search(text) is not None
    dates = [d.value for d in find_dates(text, ctx.published, default_year=ctx.default_year)]
    effective = dates[0] if in_force and len(dates) == 1 else None
    target = others[0] if others else "all"
    return Frame(imposer, target, () if others else products, in_force, effective)
