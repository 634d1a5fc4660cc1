"""Settling and merging the contacts found in an article.

Talks that are the meeting, a bare "spoke" of a pair who met, an anaphoric or disputed
contact, a headline's present tense, "the meeting" told further in the next sentence; then one
fact per pair, mode, status and date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from watcher.facts.extract.contact.cues import LEX, Found
from watcher.facts.extract.context import Context
from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.recency import months_named
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.models import Status


def settle_talks(found: list[Found]) -> list[Found]:
    """ "Talks" are a call when the article reports a call of the same pair, else a meeting.
    What one leader "told" another was told in the pair's call when the article reports one,
    else in their meeting if it reports one held (not one only hoped for: "told Xi on Monday
    that they should meet" was told by phone), else by phone (a leader's words to another on a
    day, with no place, are a call's)."""
    calls = {f.fact.participants for f in found if f.fact.mode == "call"}
    talks = [
        replace(f, fact=replace(f.fact, mode="call" if _by_call(f, calls) else "meeting"))
        if f.fact.mode == "talks"
        else f
        for f in found
    ]
    met = {
        f.fact.participants
        for f in talks
        if f.fact.mode == "meeting" and f.fact.status is Status.HAPPENED
    } - calls
    return [
        replace(f, fact=replace(f.fact, mode="meeting" if f.fact.participants in met else "call"))
        if f.fact.mode == "told"
        else f
        for f in talks
    ]


# Wording that puts the talks in person: "a state visit, during which he will hold talks",
# "landed in Beijing for talks", "talks face to face"
_IN_PERSON = re.compile(
    r"\b(?:(?:state|official|working)\s+visit|in\s+person|face[\s-]to[\s-]face|"
    r"(?:land|arriv)\w*\s+in)\b",
    re.IGNORECASE,
)


# "their first talks since the phone call in October": a call the talks' own temporal modifier
# names is an earlier contact set against them, not their medium
_CALL_BEFORE_TALKS = re.compile(
    r"\btalks\s+(?:since|after|following)\b[^,;.]{0,50}?\b(?:call|conversation)\b", re.IGNORECASE
)


def _by_call(f: Found, calls: set[tuple[str, str]]) -> bool:
    """Whether talks are the pair's call: the article reports one, and the talks' sentence
    neither puts them in person (`_IN_PERSON`) nor sets them against a call before them
    (`_CALL_BEFORE_TALKS`)."""
    return (
        f.fact.participants in calls
        and _IN_PERSON.search(f.fact.evidence) is None
        and _CALL_BEFORE_TALKS.search(f.fact.evidence) is None
    )


# A headline's present tense ("Trump speaks to Putin, says ...") reports the day's news.
_PRESENT_CONTACT = re.compile(rf"\b(?:{alternatives('contact', 'present_contact_verbs')})\b")
# "Trump and Putin agree to truce during phone call": the headline's news happened in the contact.
_DURING_CONTACT = re.compile(
    r"\b(?:during|in|over)\s+(?:(?:a|an|the|their)\s+)?(?:phone\s+|video\s+|telephone\s+)?"
    r"(?:call|conversation|talks|meeting|summit)\b",
    re.IGNORECASE,
)


_NON_WORD = re.compile(r"\W+")
_FIRST_WORD = re.compile(r"\w+")  # lower-cased, the start of a text's `_squashed` form


@per_article
def _squashed(text: str) -> str:
    """A text reduced to its words, lower case: the title once per article, not per sentence."""
    return _NON_WORD.sub(" ", text).strip().lower()


def is_title(text: str, ctx: Context) -> bool:
    """Whether the sentence is the article's title (the cheap test first: a sentence whose
    first word does not open the title's words is not it; `clauses.is_title`)."""
    title = _squashed(ctx.title)
    first = _FIRST_WORD.search(text)
    if first is not None and not title.startswith(first.group().lower()):
        return False
    return bool(title) and _squashed(text) == title


def headline_today(found: list[Found], text: str, ctx: Context) -> list[Found]:
    """An undated contact told in the present tense of the article's title: the publication
    day, as the day it was told of (`said`): a day the body gives the same contact, no later
    ("Carney calls Trump" over "said he had spoken with Trump on Tuesday evening"), is its own
    (`undate_said_days`), and the headline names no second contact."""
    if not found or not is_title(text, ctx):
        return found
    if ctx.published is None or ctx.undated:
        return found
    if not (_PRESENT_CONTACT.search(text) or _DURING_CONTACT.search(text)):
        return found
    return [
        replace(f, fact=replace(f.fact, date=ctx.published), said=True, headline=True)
        if f.fact.status is Status.HAPPENED and f.fact.date is None and not f.earlier
        else f
        for f in found
    ]


def drop_anaphoric(found: list[Found]) -> list[Found]:
    """ "The meeting" after a call was reported names that call again, not a second contact."""
    named = {f.fact.participants for f in found if not f.anaphoric}
    return [f for f in found if not (f.anaphoric and f.fact.participants in named)]


def drop_disputed(found: list[Found]) -> list[Found]:
    """A contact the article reports as denied is not also reported as having happened."""
    denied = {f.fact.key for f in found if f.fact.status is Status.DENIED}
    return [
        f
        for f in found
        if f.earlier or f.fact.status is not Status.HAPPENED or f.fact.key not in denied
    ]


def drop_called_off(found: list[Found], pair: tuple[str, str] | None, mode: str) -> list[Found]:
    """The pair's contact of `mode` not yet held, once a later sentence calls it off ("were due
    to meet on Friday. Instead, the meeting was postponed"): neither held nor still planned.
    Talks are of either mode."""
    return [
        f
        for f in found
        if f.fact.participants != pair
        or f.fact.status not in (Status.PLANNED, Status.SPECULATED)
        or not _same_mode(mode, f.fact.mode)
    ]


def told_further(new: list[Found], found: list[Found]) -> list[Found]:
    """Of a sentence that opens on "The meeting", only what tells further of a contact the
    article already reported as held, of the same pair and mode: the pair last named together
    need not be the pair of the contact the sentence goes back to (a planned call with a third
    leader may stand between). Talks, and what was told, are of either mode until settled
    ("held talks in Busan. The meeting took place on Thursday"). A contact only planned so far
    is told as held by a dated sentence that says so ("were due to speak on Monday. The call
    went ahead on Tuesday instead")."""
    held = {(f.fact.participants, f.fact.mode) for f in found if f.fact.status is Status.HAPPENED}
    planned = {(f.fact.participants, f.fact.mode) for f in found if f.fact.status is Status.PLANNED}
    return [
        f
        for f in new
        if any(pair == f.fact.participants and _same_mode(mode, f.fact.mode) for pair, mode in held)
        or (
            f.fact.status is Status.HAPPENED
            and f.fact.date is not None
            and (f.fact.participants, f.fact.mode) in planned
            and _HELD.search(f.fact.evidence) is not None
        )
    ]


def drop_rescheduled(found: list[Found], new: list[Found]) -> list[Found]:
    """The pair's plan of a mode, once a sentence that opens on the contact tells it as held
    on a day (`told_further`: "were supposed to meet on Monday. The meeting went ahead on
    Tuesday instead"): the held contact replaces the plan, which is no longer ahead."""
    held = [
        f.fact
        for f in new
        if f.fact.status is Status.HAPPENED
        and f.fact.date is not None
        and _HELD.search(f.fact.evidence) is not None
    ]
    return [
        f
        for f in found
        if f.fact.status not in (Status.PLANNED, Status.SPECULATED)
        or not any(
            h.participants == f.fact.participants and _same_mode(h.mode, f.fact.mode) for h in held
        )
    ]


_HELD = LEX["held_when"]  # "took place", "went ahead": the contact was held
_UNSETTLED = ("talks", "told")  # modes `settle_talks` decides


def _same_mode(a: str, b: str) -> bool:
    return a == b or a in _UNSETTLED or b in _UNSETTLED


# "spoke", "talked": a verb of talking that names no phone; of a pair who met, that meeting.
BARE_TALK = re.compile(r"(?:spoke|spoken|speak(?:s|ing)?|talked|talking)\b", re.IGNORECASE)
BY_PHONE = re.compile(r"\b(?:phone\w*|telephone\w*|video|call(?:s|ed)?)\b", re.IGNORECASE)


def drop_bare_talk(found: list[Found]) -> list[Found]:
    """A pair's bare "spoke" that happened, undated or on the day of their meeting, is that
    meeting ("Trump and Xi met in Busan on Thursday. The two leaders spoke for an hour"), not
    a second contact by phone."""
    met = {
        (f.fact.participants, f.fact.date)
        for f in found
        if f.fact.mode == "meeting" and f.fact.status is Status.HAPPENED and not f.earlier
    }
    met_pairs = {pair for pair, _ in met}
    return [
        f
        for f in found
        if not (
            f.bare
            and f.fact.mode == "call"
            and f.fact.status is Status.HAPPENED
            and f.fact.participants in met_pairs
            and (f.fact.date is None or (f.fact.participants, f.fact.date) in met)
        )
    ]


# the days before publication a headline's present tense reaches back: "Carney calls Trump"
# over a call of the evening before (one of over a week before is another contact)
_HEADLINE_DAYS = 7


def undate_said_days(found: list[Found]) -> list[Found]:
    """A contact held that only the day it was told of dates ("Trump said on Friday that his
    meeting with Xi had been a success") is undated when the article gives the same pair's
    contact of that mode a day of its own no later ("The two leaders met on Thursday"): the
    telling bounds the contact, the other sentence dates it, and the two are one event
    (`merge_found` folds the undated one into the dated)."""
    if not any(f.said for f in found):  # a cheap first test
        return found
    own_days = [
        f.fact
        for f in found
        if not f.said and not f.earlier and f.fact.status is Status.HAPPENED and f.fact.date
    ]
    return [
        replace(f, fact=replace(f.fact, date=None))
        if f.said
        and f.fact.status is Status.HAPPENED
        and f.fact.date is not None
        and any(
            o.participants == f.fact.participants
            and _same_mode(o.mode, f.fact.mode)
            and o.date is not None
            and o.date <= f.fact.date
            and (not f.headline or (f.fact.date - o.date).days <= _HEADLINE_DAYS)
            for o in own_days
        )
        else f
        for f in found
    ]


def merge_found(found: list[Found]) -> list[LeaderContact]:
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
    known = {(o.key, o.status, o.date) for o in out}
    for c in (f.fact for f in found if f.earlier):
        if c.date is None and _in_a_dated_month(c, out):  # "who met Xi in Busan in October"
            continue
        if (c.key, c.status, c.date) not in known:
            known.add((c.key, c.status, c.date))
            out.append(c)
    return out


def _in_a_dated_month(c: LeaderContact, out: list[LeaderContact]) -> bool:
    """Whether an undated previous contact may be a dated contact of its pair and mode the
    article reports, told again: it names that one's month, or no month at all ("weeks after
    their Busan meeting" beside "met in Busan on October 30"). Only another month parts them."""
    months = months_named(c.evidence)
    return any(
        o.key == c.key
        and o.date is not None
        and (
            not months
            or any(m == o.date.month and y in (None, o.date.year) for m, y, _, _ in months)
        )
        for o in out
    )
