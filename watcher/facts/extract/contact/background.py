"""A contact told as background to a sentence's news, not as its news.

"Container volumes have risen since Trump and Xi met in Busan, port officials said on Monday":
the contact sits in a temporal subordinate clause ("since they met", "after their talks",
"following his meeting with Xi", "weeks after they spoke", "ever since"); the main clause
carries the news and its day, and a reporting verb's day is the statement's. Such a contact is
dated only by a date inside its own clause (`time_clause`, read by `contacts._facts_for`).

An undated contact told so, or named by a possessive or definite noun ("their meeting in
Busan", "the Busan summit", "Trump's call with Xi"), presupposes a contact the reader already
knows of. Whether it is one the store knows is the comparison's question, not the extractor's:
`leader_contact.compare` re-reads the evidence with `told_as_background`, as it re-reads it for
the months a recap is placed in (one place: the extractor only keeps such a contact undated).
"""

from __future__ import annotations

import re

from watcher.facts.extract.contact.cues import CLAUSE_REACH, CUE, LEX, NOUN_CUE, cue_mode
from watcher.facts.extract.dates import WEEKDAY
from watcher.facts.extract.recency import FULL_MONTHS

# the subordinator of a temporal clause that can hold a contact held before the main clause
_SUBORDINATOR = re.compile(r"\b(?:since|after|following)\b", re.IGNORECASE)
_WORDS = ("since", "after", "following", "Since", "After", "Following")
# what ends that clause: a comma, a colon or semicolon, a dash or a bracket
_CLAUSE_END = re.compile(r"[,;:()\u2014]")
# "their meeting", "the Busan summit", "Trump's call with Xi", "his first phone call": a
# possessive or definite determiner, at most two words (a name, an adjective) before the noun
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|their|his|her|this|that)|\w['\u2019]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_DEFINITE_REACH = 40  # characters back from the noun to its determiner
# ... but not the object of a verb of holding: "held their first call since May" is the news
_HELD_BEFORE = re.compile(
    rf"\b(?:{LEX['held_object_verbs'].pattern})\s+(?:their|his|her)\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


# what may stand before a clause that opens the sentence: "Ever since", "In the weeks after",
# "Two days after", "Shortly after"
_OPENER = re.compile(
    r"\W*(?:(?:ever|just|shortly|soon|long|only|in|the|a|an|one|two|three|four|five|six|"
    r"several|few|some|days?|weeks?|months?|years?|hours?)\s+)*",
    re.IGNORECASE,
)


def fronted(text: str, start: int) -> bool:
    """Whether the clause at `start` opens the sentence: the main clause, its news and its
    day, follow its end ("Since they met in Busan, Beijing on Friday lifted ...")."""
    return _OPENER.fullmatch(text, 0, start) is not None


def time_clause(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the temporal clause ("since", "after", "following") whose subordinator
    stands before the cue at `pos` in the same clause, to the clause's end; None if the cue
    is not in one. A substring test first: most sentences have none."""
    if not any(word in text for word in _WORDS):
        return None
    last = None
    for m in _SUBORDINATOR.finditer(text, max(0, pos - CLAUSE_REACH), pos):
        last = m
    if last is None or _CLAUSE_END.search(text, last.end(), pos) is not None:
        return None
    end = _CLAUSE_END.search(text, pos)
    return last.start(), end.start() if end is not None else len(text)


def _definite_noun(text: str, pos: int) -> bool:
    """Whether the cue at `pos` is a contact noun with a possessive or definite determiner."""
    if NOUN_CUE.match(text, pos) is None:
        return False
    lo = max(0, pos - _DEFINITE_REACH)
    before = _DEFINITE_BEFORE.search(text, lo, pos)
    return (
        before is not None
        and _CLAUSE_END.search(text, before.start(), pos) is None
        and _HELD_BEFORE.search(text, lo, pos) is None
    )


# "since" and what may follow it up to the cue of the contact it names, within its clause:
# "since the Busan summit", "since they met in Gyeongju", "since their talks in Beijing"
SINCE_PHRASE = re.compile(r"\bsince\b[^,;:.()\u2014]{0,60}$", re.IGNORECASE)


# "since the Busan summit on Tuesday", "after their meeting in Astana on Thursday": a temporal
# preposition, a noun phrase opened by a determiner or a possessive (at most four words), a
# place it may name, then a weekday or a relative day (lexicon `modifier_prepositions`)
_MODIFIER_DAY = re.compile(
    rf"(?:{LEX['modifier_prepositions'].pattern})\s+"
    r"(?P<phrase>(?:the|their|his|her|its|this|that|an?|(?-i:[A-Z])[\w.-]*['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:,?\s+(?-i:[A-Z])[\w.-]*){0,2})?"
    rf",?\s+(?:on\s+)?(?P<day>{WEEKDAY}|yesterday|today)\b",
    re.IGNORECASE,
)
_ELAPSED_BEFORE = re.compile(rf"(?:{LEX['elapsed_measures'].pattern})\s+$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(
    rf"(?:{LEX['clause_verbs'].pattern}|(?-i:{LEX['irregular_past'].pattern})|\w{{2,}}ed\b)",
    re.IGNORECASE,
)
_MODIFIER_WORDS = ("since", "after", "following", "before", "ahead")
# a day, a month or a year: the main contact's own time, told before the modifier
_TIME_WORD = re.compile(rf"\b(?:{WEEKDAY}|{FULL_MONTHS}|yesterday|today|(?:19|20)\d\d)\b", re.I)


def modifier_days(text: str, cues: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The days a temporal modifier's noun phrase ends on that are the main contact's: each as
    (the phrase's start, the day's start). "Trump and Xi held their first call since the Busan
    summit on Tuesday": Tuesday is the call's, the day of the sentence's news, and the summit
    is a second contact with no day here. Only with a contact's cue before the phrase in its
    clause (in "Xi agreed to visit, Trump said after their call on Monday" the phrase is the
    saying's), no time word between that cue and the phrase (a date there is the main
    contact's own), and never after a measure of time ("two days after the summit on Monday":
    the summit's day). Substring tests first."""
    if not cues or "day" not in text or not any(w in text for w in _MODIFIER_WORDS):
        return []  # every day it reads ends in "day": a weekday, "yesterday", "today"
    out = []
    for m in _MODIFIER_DAY.finditer(text):
        start = m.start()
        main = [c for c in cues if c.end() <= start]
        if (
            main
            and _CLAUSE_END.search(text, main[-1].end(), start) is None
            and _ELAPSED_BEFORE.search(text, max(0, start - 20), start) is None
            and _CLAUSE_VERB.search(m.group("phrase")) is None
            and _TIME_WORD.search(text, main[-1].end(), start) is None
        ):
            out.append((start, m.start("day")))
    return out


def told_as_background(text: str, mode: str) -> bool:
    """Whether every cue of `mode` (or of talks, either mode) in the sentence tells the
    contact as background: in a temporal clause, or as a possessive or definite noun. One cue
    of the mode in the main clause as a verb or an indefinite noun ("said he had a great call
    with Xi") makes the contact the sentence's news."""
    cues = [c for c in CUE.finditer(text) if cue_mode(c) in (mode, "talks")]
    return bool(cues) and all(
        time_clause(text, c.start()) is not None or _definite_noun(text, c.start()) for c in cues
    )
