"""Leader-contact facts: which two leaders spoke or met, when, and whether it really happened.

A sentence yields contacts when it names a call or meeting and two heads of state or government
(from the leaders gazetteer), or one leader plus "the two leaders" / "his counterpart" referring
back to the pair last named together. One leader is the hub and is paired with each other leader
in the same clause; a leader after "after", "before" or "since" belongs to a different event.
The mode comes from the cue nearest before each partner ("spoke with X and met Y"). Hedged
wording ("expected to", "may", "pushing for") makes a contact `speculated`; a firm future with
a fixed time makes it `planned`; "first call since January 17" adds the earlier call as well.
"Xi told Spain's Prime Minister, Pedro Sanchez, in Beijing" is a meeting of the two.

Dates: a contact not yet held takes only a stated day ("on Friday", "October 30"), never one
invented from "in the coming days" or "this week", nor the day a statement was made ("Bessent
told CBS on Sunday"), nor a denial's day. An undated contact that the clause places in an
earlier period ("the last known call ... took place in January", "last met in 2019") is a recap
and is dropped (`recency`); one presented as new ("held a phone call") stays undated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import DateMention, find_dates, said_on
from watcher.facts.extract.gazetteer import Mention
from watcher.facts.extract.recency import earlier_spans
from watcher.facts.extract.sentences import Sentence
from watcher.facts.extract.status import DENIED
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.models import Status

# "calling Canada the 51st state", "called him a liar": naming, not phoning (but "called Putin a
# day after", "a call with the president").
_NAMING = (
    r"(?!\s+(?!(?:with|to|between|from|by|in|at|of|over|on)\b)[\w\u2019'.-]+\s+[\u201c\"]?"
    r"(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|short|brief)\b))"
)
_CALL = (
    r"(?:phone|video|telephone)[\s-]*(?:call|conversation|talks?)|phoned|"
    rf"call(?:s|ed|ing)?(?!\s+(?:for|on|off|it|them|the|a|an)\b){_NAMING}|"
    r"spoke|speak(?:s|ing)?|spoken|talked|conversation|"
    r"(?:to|will|may|might|could|would|can|shall)\s+talk"
)
_MEET = (
    r"met|meet(?:s|ing|ings)?|summit|face-to-face|in person|held talks|"
    r"talks (?:\w+\s+){0,3}?between|talks with|"
    r"bilateral (?:talks|discussions)|hosted|shak(?:es|ing) hands|visit(?:ed|ing)?"
)
_CUE = re.compile(rf"\b(?:(?P<call>{_CALL})|(?P<meet>{_MEET}))\b", re.IGNORECASE)
_BREAK = re.compile(
    r"\b(?:after|before|since|when|while|following|ahead of|amid)\b|,\s+(?:which|who)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?leaders\b|^\W*the\s+(?:phone\s+)?(?:meeting|call|summit|talks)\b|\bcounterpart\b|\bthe\s+two\s+(?:presidents|men)\b",
    re.IGNORECASE,
)
_TOLD_IN = re.compile(
    r"\btold\s+(?:visiting\s+)?(?P<obj>[^.;:]{0,60}?),?\s+in\s+"
    r"(?!(?:a|an|the|his|her|their)\b)[A-Z]"
)
# "spoke about Putin" (but "a conversation about trade with Xi": the partner follows "with")
_TOPIC = re.compile(
    r"^\W*(?:about|of|highly|out|up|publicly|openly|at\s+(?:a|an|the)\b)"
    r"(?![^.;]*\b(?:with|to)\s+(?:\w+\s+){0,3}$)",
    re.IGNORECASE,
)
_AUDIENCE = re.compile(
    r"^\W*(?:(?:with|to)\s+)?(?:his\s+|her\s+|the\s+)?(?:reporters|journalists|press|media|"
    r"lawmakers|senators|officials|aides|advisers|advisors|executives|supporters|donors|cabinet|"
    r"team|business\s+leaders|members)\b",
    re.IGNORECASE,
)
_OTHER_PREDICATE = re.compile(
    r"\b(?:[Ww]here|[Ww]ho|[Ww]hom|[Ww]hich|[Ww]hile|[Ww]hereas)\b|"
    r"\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b"
)
_NAME_CALLING = re.compile(
    r"\s*[\u201c\"']?(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|"
    r"short|brief|number)\b)\w",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\u201d\"](?=\s|$)")
_SPEAKER_GAP = 3  # "Xi told": the speaker's name ends right before the verb
_CAPTION = re.compile(r"\b(?:File (?:image|photo)|Photo:|AP Photo|Getty Images|Reuters/)\b")
_NEGATED = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+not\s+(?:yet\s+)?(?:spoken|met|talked)|yet to (?:speak|meet)|"
    r"will not (?:attend|meet)|no plans? to (?:meet|speak|call))\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"(?-i:\bmay\b)|\b(?:expect\w*|might|could|possibl\w*|hop(?:e|es|ed|ing)|pushing for|"
    r"would like|soon|no date|uncertain|anticipat\w*|likely|probabl\w*|want(?:s|ed)? to|"
    r"seek\w*|invit\w*|potential|trying to|arrang\w*|schedul\w* a call|reached out)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to be held|set to|plans? to|planning to|to meet|to speak|to hold|"
    r"going to|is to|are to|on the menu)\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|when|once|until)\s+(?:\w+\s+){0,8}?(?:have|has|speak|speaks|talk|talks|meet|meets|"
    r"hold|holds)\b|\bconfident\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:held|had|spoke|met|talked|called|phoned|was|were|took place|did|hosted|discussed|"
    r"shook|agreed|told|said|says|arrived|visited|marks|welcomed|received|confirmed|described|"
    r"ended|concluded|lasted|began|started|wrapped)\b",
    re.IGNORECASE,
)
_FIRM_TIME = re.compile(
    r"\b(?:right now|immediately after|tomorrow|today|tonight|during (?:the|his|her|their|the "
    r"latter's) (?:visit|trip|summit|stay))\b",
    re.IGNORECASE,
)
_STATUS_WINDOW = 60  # characters either side of the cue that decide a contact's status
_BACKGROUND_DAYS = 16  # a contact dated further back is background (docs/extraction.md: background)
_CLAUSE_REACH = 100  # characters between a contact's cue and a time phrase of the same clause
_DEFINITE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Found:
    fact: LeaderContact
    earlier: bool = False  # a previous contact named by "since <date>": it absorbs nothing
    anaphoric: bool = False  # "a video of the meeting": refers back to a contact already named


def contact_facts(sentences: Iterable[Sentence], ctx: Context) -> list[LeaderContact]:
    """Calls and meetings between leaders, one fact per pair, mode, status and date."""
    found: list[_Found] = []
    last_pair: tuple[str, str] | None = None
    for sent in sentences:
        leaders = _leaders(ctx.gaz.leaders.find(sent.text))
        if len(leaders) > 1:
            last_pair = _pair(leaders[0].name, leaders[1].name)
        if _CAPTION.search(sent.text) or _NEGATED.search(sent.text):
            continue
        new = _sentence_contacts(sent.text, leaders, last_pair, ctx)
        found.extend(_headline_today(new, sent.text, ctx))
    found = _drop_background(_future_dates_only(found, ctx.published), ctx.published)
    return _merge(_drop_anaphoric(_drop_disputed(found)))


# A headline's present tense ("Trump speaks to Putin, says ...") reports the day's news.
_PRESENT_CONTACT = re.compile(r"\b(?:speaks|talks|meets|phones|calls|holds)\b")


def _headline_today(found: list[_Found], text: str, ctx: Context) -> list[_Found]:
    """An undated contact told in the present tense of the article's title: the publication day."""
    squash = re.compile(r"\W+")
    title = squash.sub(" ", ctx.title).strip().lower()
    if not title or squash.sub(" ", text).strip().lower() != title:
        return found
    if ctx.published is None or not _PRESENT_CONTACT.search(text):
        return found
    return [
        replace(f, fact=replace(f.fact, date=ctx.published))
        if f.fact.status is Status.HAPPENED and f.fact.date is None and not f.earlier
        else f
        for f in found
    ]


def _future_dates_only(found: list[_Found], published: date | None) -> list[_Found]:
    """A contact not yet held keeps only a date ahead of publication.

    In "when Trump and Xi have a call, this will be ironed out, Bessent said on Sunday" the
    Sunday is when Bessent spoke, not when the call will be.
    """
    if published is None:
        return found
    out = []
    for f in found:
        c = f.fact
        stale = c.date is not None and (
            (c.status is Status.SPECULATED and c.date <= published)
            or (c.status is Status.PLANNED and c.date < published)
        )
        out.append(replace(f, fact=replace(c, date=None)) if stale else f)
    return out


def _drop_anaphoric(found: list[_Found]) -> list[_Found]:
    """ "The meeting" after a call was reported names that call again, not a second contact."""
    named = {f.fact.participants for f in found if not f.anaphoric}
    return [f for f in found if not (f.anaphoric and f.fact.participants in named)]


def _drop_background(found: list[_Found], published: date | None) -> list[_Found]:
    """Contacts dated weeks before publication are recaps, unless named by "since <date>"."""
    if published is None:
        return found
    cutoff = published - timedelta(days=_BACKGROUND_DAYS)
    return [f for f in found if f.earlier or f.fact.date is None or f.fact.date >= cutoff]


def _drop_disputed(found: list[_Found]) -> list[_Found]:
    """A contact the article reports as denied is not also reported as having happened."""
    denied = {f.fact.key for f in found if f.fact.status is Status.DENIED}
    return [
        f
        for f in found
        if f.earlier or f.fact.status is not Status.HAPPENED or f.fact.key not in denied
    ]


def _leaders(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
    return out


def _pair(a: str, b: str) -> tuple[str, str]:
    x, y = sorted((a, b))
    return (x, y)


def _sentence_contacts(
    text: str, leaders: list[Mention], last_pair: tuple[str, str] | None, ctx: Context
) -> list[_Found]:
    cues = [c for c in _CUE.finditer(text) if c.start() == 0 or not c.group(0)[0].isupper()]
    told = _told_in_place(text, leaders)
    if not (cues or told) or not leaders:
        return []
    pairs = (_pairs(text, leaders, cues) if cues else []) + told
    refers_back = last_pair is not None and _BACK_REFERENCE.search(text) is not None
    if not pairs and refers_back and any(m.name in (last_pair or ()) for m in leaders):
        pairs = [(last_pair or ("", ""), _mode(cues[0]), cues[0].start())]
    dates = find_dates(text, ctx.published, default_year=ctx.default_year)
    out: list[_Found] = []
    for pair, mode, pos in pairs:
        out.extend(_facts_for(text, pair, mode, pos, dates, published=ctx.published))
    return out


def _told_in_place(text: str, leaders: list[Mention]) -> list[tuple[tuple[str, str], str, int]]:
    """ "Xi told Spain's Prime Minister, Pedro Sanchez, in Beijing": a meeting of the two.

    The speaker is named just before "told" and the listener right after it, followed by a
    place; "told reporters in Moscow that Xi ..." names no listening leader and gives nothing.
    """
    out = []
    for m in _TOLD_IN.finditer(text):
        speaker = [x for x in leaders if 0 <= m.start() - x.end <= _SPEAKER_GAP]
        heard = [x for x in leaders if m.start("obj") <= x.start and x.end == m.end("obj")]
        if speaker and heard and speaker[-1].name != heard[0].name:
            out.append((_pair(speaker[-1].name, heard[0].name), "meeting", m.start()))
    return out


def _mode(cue: re.Match[str]) -> str:
    return "call" if cue.group("call") else "meeting"


def _pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]]
) -> list[tuple[tuple[str, str], str, int]]:
    """(pair, mode, cue position) for the hub leader and each partner in its clause."""
    hub, first_cue = leaders[0], cues[0]
    out = []
    for partner in leaders[1:]:
        lo, hi = sorted((hub.end, partner.start))
        between = [c for c in cues if lo <= c.start() < hi]
        if first_cue.start() < partner.start and _BREAK.search(
            text, first_cue.end(), partner.start
        ):
            continue
        cue = between[-1] if between else min(cues, key=lambda c: abs(c.start() - partner.start))
        if cue.end() <= partner.start and not _addresses(text, cue, partner):
            continue
        out.append((_pair(hub.name, partner.name), _mode(cue), cue.start()))
    return out


def _addresses(text: str, cue: re.Match[str], partner: Mention) -> bool:
    """Whether the cue before a leader is a contact with them, not talk about them.

    "Trump spoke about Putin", "met with reporters and criticised Modi", "hosted a dinner where
    he praised Xi" and "called Putin a dictator" name the leader as a topic or an object. A
    leader named after a closing quote is its speaker ("... calling Zelensky," Trump wrote).
    """
    gap = text[cue.end() : partner.start]
    quoted = _CLOSING_QUOTE.search(gap) is not None
    if _TOPIC.match(gap) or _AUDIENCE.match(gap) or (_OTHER_PREDICATE.search(gap) and not quoted):
        return False
    called = cue.group(0).lower().startswith("call")
    return not (called and _NAME_CALLING.match(text, partner.end))


def _facts_for(
    text: str,
    pair: tuple[str, str],
    mode: str,
    pos: int,
    dates: list[DateMention],
    *,
    published: date | None,
) -> list[_Found]:
    since = [d for d in dates if d.value and _SINCE.search(text[max(0, d.start - 8) : d.start])]
    out = [_Found(LeaderContact(Status.HAPPENED, text, pair, mode, d.value), True) for d in since]
    status = _status(text, pos, [d for d in dates if not said_on(text, d)])
    if status is None:
        return out
    own = [
        d
        for d in dates
        if d not in since
        and d.value is not None
        and (status is Status.HAPPENED or not said_on(text, d))
        and (status is not Status.DENIED or d.start > pos)  # "on Monday denied that they spoke"
        and not _BREAK.search(text, min(pos, d.end), max(pos, d.start))
    ]
    when = min(own, key=lambda d: abs(d.start - pos)).value if own else None
    if status is Status.HAPPENED and when is None and _background(text, pos, published):
        return out
    anaphoric = when is None and _DEFINITE.search(text[max(0, pos - 8) : pos]) is not None
    return [_Found(LeaderContact(status, text, pair, mode, when), anaphoric=anaphoric), *out]


def _background(text: str, pos: int, published: date | None) -> bool:
    """An undated contact the clause places in an earlier period ("last met in January")."""
    return any(
        abs(pos - s) <= _CLAUSE_REACH and not _BREAK.search(text, min(pos, e), max(pos, s))
        for s, e in earlier_spans(text, published, _BACKGROUND_DAYS)
    )


def _status(text: str, pos: int, dates: list[DateMention]) -> Status | None:
    """Denial and tense are read from the sentence, hedges and plans from near the cue.

    None when the sentence neither reports nor announces a contact ("only talks can...").
    """
    if DENIED.search(text):
        return Status.DENIED
    lo, hi = max(0, pos - _STATUS_WINDOW), pos + _STATUS_WINDOW
    window = text[lo:hi]
    if _HEDGE.search(window) or _CONDITIONAL.search(window):
        return Status.SPECULATED
    if _FUTURE.search(window):
        firm = _FIRM_TIME.search(window) or any(lo <= d.start < hi for d in dates)
        return Status.PLANNED if firm else Status.SPECULATED
    return Status.HAPPENED if _PAST.search(text) else None


def _merge(found: list[_Found]) -> list[LeaderContact]:
    """One fact per event: same pair, mode and status merge unless their dates differ."""
    out: list[LeaderContact] = []
    for c in (f.fact for f in found if not f.earlier):
        same = [i for i, o in enumerate(out) if o.key == c.key and o.status == c.status]
        if any(out[i].date == c.date for i in same) or (same and c.date is None):
            continue
        undated = [i for i in same if out[i].date is None]
        if undated:
            out[undated[0]] = replace(out[undated[0]], date=c.date)
        else:
            out.append(c)
    known = {(o.key, o.date) for o in out}
    for c in (f.fact for f in found if f.earlier):
        if (c.key, c.date) not in known:
            known.add((c.key, c.date))
            out.append(c)
    return out
