"""The contact lexicon and the cue patterns every stage of `contacts` shares.

The `contact:` section of data/lexicon.yaml compiled to one pattern per trigger class, the cue
for a call, meeting or talks (not "called him a liar", not "called on Beijing"), the clause
breaks and contact nouns, non-restrictive relative clauses, and `Found`, the record each
stage passes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watcher.facts.extract.dates import WEEKDAY
from watcher.facts.extract.lexicon import section
from watcher.facts.extract.literals import Guarded, guarded, guarded_re
from watcher.facts.extract.recency import FULL_MONTHS
from watcher.facts.kinds.leader_contact import LeaderContact

# "calling Canada the 51st state", "called him a liar", "called New Delhi a friend": naming, not
# phoning (but "called Putin a day after", "a call with the president", "their first call since
# the summit", "a call after the vote").
_NAMING = (
    r"(?!\s+(?!(?:with|to|between|from|by|in|at|of|over|on|that|which|where|since|after|before|"
    r"following|during|amid)\b)"
    r"(?:(?-i:[A-Z][\w\u2019'.-]*\s+){1,3}(?-i:[A-Z])|)[\w\u2019'.-]+\s+[\u201c\"]?"
    r"(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|short|brief)\b))"
)
# "called on Beijing to ...": urging; but "their call on Monday" is the call's day.
_A_DAY = (
    rf"(?:{WEEKDAY}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)"
)
_CALL_VERB = (
    rf"call(?:s|ed|ing)?(?!\s+(?:for|off|it|them|the|a|an)\b)(?!\s+on\s+(?!{_A_DAY}))"
    rf"{_NAMING}"
)


def _alternation(entries: list[str]) -> str:
    return "|".join(f"(?:{e})" for e in entries)


def _load_lexicon() -> dict[str, Guarded]:
    """The `contact:` section of data/lexicon.yaml, one whole-word pattern per trigger class
    (each behind the guard of its words: most sentences hold none of them)."""
    data = section("contact")
    out = {
        k: guarded(re.compile(rf"\b(?:{_alternation(v)})\b", re.IGNORECASE))
        for k, v in data.items()
        if k != "caption"
    }
    out["caption"] = guarded(re.compile(_alternation(data["caption"]), re.IGNORECASE))
    out["cue"] = guarded(
        re.compile(
            rf"\b(?:(?P<call>{_CALL_VERB}|{_alternation(data['call'])})|"
            rf"(?P<meet>{_alternation(data['meeting'])})|(?P<talks>{_alternation(data['talks'])}))\b",
            re.IGNORECASE,
        )
    )
    return out


LEX = _load_lexicon()
CUE = LEX["cue"]
BREAK = re.compile(
    r"\b(?:after|before|since|when|while|following|ahead of|amid)\b|,\s+(?:which|who)\b",
    re.IGNORECASE,
)
CLAUSE_REACH = 100  # characters between a contact's cue and a time phrase of the same clause


@dataclass(frozen=True, slots=True)
class Found:
    """A contact found in one sentence, with what the article-wide passes (`merge`) need to
    know of how it was told."""

    fact: LeaderContact
    earlier: bool = False  # a previous contact named by "since <date>": it absorbs nothing
    anaphoric: bool = False  # "a video of the meeting": refers back to a contact already named
    bare: bool = False  # "the two leaders spoke for an hour": talk, a call only if none met
    said: bool = False  # dated only by the day it was told of ("said on Friday his meeting")
    headline: bool = False  # ... the publication day, by the title's present ("Carney calls Trump")


def cue_mode(cue: re.Match[str]) -> str:
    """A cue's mode. Talks take the medium their own phrase names ("held telephone talks",
    "talks with Xi by video link", "talks on the sidelines of the G20", "talks in Busan");
    other talks are settled later by the article's other contacts (`merge_found`)."""
    if cue.group("call"):
        return "call"
    if not cue.group("talks"):
        return "meeting"
    text = cue.string
    stop = _PHRASE_END.search(text, cue.end(), cue.end() + _MEDIUM_REACH)
    phrase = text[cue.start() : stop.start() if stop else cue.end() + _MEDIUM_REACH]
    if _ON_A_LINE.search(phrase):
        return "call"
    return "meeting" if _IN_PERSON.search(phrase) else "talks"


_MEDIUM_REACH = 45  # characters after the talks' cue that may name their medium or place
# (a temporal modifier ends the talks' phrase too: "talks since the phone call in October" name
# an earlier call, not the talks' medium)
_PHRASE_END = re.compile(r"[,;:.()\u2014]|\b(?:since|after|following|before|ahead\s+of)\b", re.I)
_ON_A_LINE = re.compile(
    r"\b(?:(?:tele)?phone|video|virtual)\b(?!\s+(?:of|from|showing|footage)\b)", re.IGNORECASE
)
# "in person", "on the sidelines of", "in Busan", "at the White House" (not "in March")
_IN_PERSON = re.compile(
    rf"\b(?:in\s+person|face[\s-]to[\s-]face|on\s+the\s+sidelines|(?:in|at)\s+(?:the\s+)?"
    rf"(?!(?:{FULL_MONTHS})\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)


# A non-restrictive relative clause: ", who hosts Putin every year," (to its closing comma, or
# the sentence's end).
_RELATIVE = guarded_re(r",\s+(?:who|whom|whose|which)\b[^,;:\u2014]*(?:,|$)", re.IGNORECASE)


def relative_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence's non-restrictive relative clauses, comma to comma."""
    if "," not in text:  # a cheap first test
        return []
    return [m.span() for m in _RELATIVE.finditer(text)]


def across_relative(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether positions `a` and `b` lie on different sides of a relative clause's edge:
    the clause is a predicate of its own ("Modi, who hosts Putin every year, met him on
    Monday": the habit is the hosting's, the Monday the meeting's)."""
    return any((s <= a < e) != (s <= b < e) for s, e in spans)


# A contact noun: "phone call", "conversation", "talks", "summit", "video link-up".
NOUN_CUE = re.compile(
    r"(?:(?:phone|video|telephone)[\s-]*)?(?:call|conversation|talks|meeting|summit|"
    r"discussions|sit-down)\b|video[\s-]*(?:link(?:-up)?|conference)\b",
    re.IGNORECASE,
)
# "a Friday call": the article is the contact noun's, the weekday before it names a day.
BEFORE_NOUN_CUE = re.compile(rf"\s+(?:{NOUN_CUE.pattern})", re.IGNORECASE)
