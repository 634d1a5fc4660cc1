"""The status of a contact: held, planned, speculated, or none at all.

From the words around the cue within its clause: tense and aspect ("met", "has spoken", "will
meet"), hedges and modals, a firm time or venue, a contact negated, denied, asked about,
called off, habitual or merely judged; a relative clause keeps its own habit, hedge and date.
"""

from __future__ import annotations

import re
from datetime import date

from watcher.facts.extract.contact.background import SINCE_PHRASE
from watcher.facts.extract.contact.cues import (
    CLAUSE_REACH,
    LEX,
    NOUN_CUE,
    across_relative,
    relative_spans,
)
from watcher.facts.extract.contact.dates import (
    ATTRIBUTIVE_GAP,
    COORDINATED,
    other_clause,
    without_relatives,
)
from watcher.facts.extract.dates import WEEKDAY, DateMention
from watcher.facts.extract.lexicon import alternatives
from watcher.facts.extract.literals import guarded_re
from watcher.facts.extract.sentences import is_question
from watcher.facts.extract.status import DENIED
from watcher.models import Status

_NEGATED = LEX["negated"]
_HEDGE = LEX["speculated"]
_FUTURE = LEX["planned"]
_FIRM_PLAN = LEX["firm_plan"]
_GENERIC = LEX["generic"]
_NO_CONTACT = LEX["no_contact"]
_HABITUAL = LEX["habitual"]
_HABIT_BEFORE, _HABIT_AFTER = 20, 50  # characters: "usually meet", "speaks to Xi all the time"
_CONDITIONAL = LEX["conditional"]
_PAST = LEX["happened"]
_FIRM_TIME = LEX["firm_time"]
_ACCEPTED_INVITATION = LEX["accepted_invitation"]
_SCHEDULED = LEX["scheduled"]
_SCHEDULED_SIMPLE = LEX["scheduled_simple"]
_AHEAD = LEX["ahead"]
# "will meet Chinese President Xi Jinping in Seoul", "will meet in Beijing": a verb's named venue
# (a noun's is not: "after their upcoming meeting in Seoul" is only expected).
_VENUE = re.compile(
    r"(?:meet|speak|talk|visit|call|hold\s+(?:\w+\s+)?talks)\s+"
    r"(?:(?:with|to|his|her|their|the|counterpart|[A-Z][\w.\u2019'-]*),?\s+){0,6}in\s+[A-Z]"
)
_DENIED_CONTACT = LEX["denied"]
# "after their summit", "following his talks with", "last week's meeting": a contact over already.
_ANTERIOR = guarded_re(
    rf"(?:{LEX['anterior'].pattern}|{LEX['past_time'].pattern})\W+(?:[\w\u2019'-]+\W+){{0,4}}$",
    re.IGNORECASE,
)
_STATUS_WINDOW = 60  # characters either side of the cue that decide a contact's status

# A sentence opening on the contact noun ("A meeting of the two at the summit in Lima ..."),
# and the copula of its predicate after the noun's modifiers, however long, with a hedge for
# its complement ("... is possible but far from certain", "remains uncertain"): the whole
# predicate is the contact's, beyond the status window. Not "is likely to ease tensions",
# whose hedge is of what the contact does; not past a relative pronoun (its clause's own).
_SUBJECT_OPENING = re.compile(r"^\W*(?:(?:a|an|the|any)\s+(?:\S+\s+){0,3})?$", re.IGNORECASE)
_HEDGED_PREDICATE = re.compile(
    r"\w*(?:(?!\b(?:that|which|who)\b)[^.;:!?,]){0,120}?\s"
    rf"(?:{LEX['hedging_copulas'].pattern})\s+"
    rf"(?:(?:still|now|also|\w+ly)\s+)?(?:{LEX['hedged_predicate'].pattern})\b(?!\s+to\b)",
    re.IGNORECASE,
)


# The prepositional modifiers of a contact noun that opens its sentence ("Talks between the two
# presidents at the Great Hall of the People on Tuesday ran long"): each a preposition and up to
# four words that are not one
_PREPOSITION = rf"(?:{LEX['noun_modifier_prepositions'].pattern})"
_NP_WORD = rf"(?!{_PREPOSITION}\b)[\w\u2019'\u2013-]+"
_MODIFIERS = re.compile(rf"(?:\s+{_PREPOSITION}\s+(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD})+", re.I)


_PREDICATE_END = re.compile(r"[,;:(\u2014]")


def _predicate_end(text: str, pos: int) -> int:
    """Where the predicate of a sentence-opening contact noun ends (its first clause mark
    after the noun's modifiers): like named partners (`_partner_phrase`), the modifiers do not
    use up the status window, which reaches that predicate. Zero for any other cue."""
    noun = NOUN_CUE.match(text, pos)
    if noun is None or not _SUBJECT_OPENING.match(text[:pos]):
        return 0
    m = _MODIFIERS.match(text, noun.end())
    if m is None:
        return 0
    stop = _PREDICATE_END.search(text, m.end())
    return len(text) if stop is None else stop.start()


def _whole_sentence_status(text: str, pos: int) -> Status | None:
    """What the sentence as a whole says of the contact, before any window is read: denied
    ("said it was not aware of any call"), or hedged as the subject of its predicate."""
    if DENIED.search(text) or _DENIED_CONTACT.search(text):
        return Status.DENIED
    return Status.SPECULATED if _hedged_subject(text, pos) else None


_OPENING_NOUN = re.compile(
    rf"^\W*(?:(?:a|an|the|any)\s+(?:\S+\s+){{0,3}})?(?P<noun>{NOUN_CUE.pattern})", re.IGNORECASE
)


def _hedged_subject(text: str, pos: int) -> bool:
    """Whether the contact at `pos` opens its sentence as the subject of a hedged predicate,
    or is a contact noun among that subject's modifiers ("A meeting of the two at the summit
    in Lima is possible": the summit is where the hedged meeting would be)."""
    opening = _OPENING_NOUN.match(text)
    if opening is None:
        return False
    if pos != opening.start("noun"):
        mods = _MODIFIERS.match(text, opening.end())
        if mods is None or not opening.end() <= pos < mods.end():
            return False
    return _HEDGED_PREDICATE.match(text, opening.start("noun")) is not None


# A clause boundary a negation does not reach across: a contrast ("spoke with Putin on Tuesday
# but did not mention oil") or a semicolon.
CONTRAST = guarded_re(r";|\b(?:but|however|although|though|whereas|while|yet)\b", re.IGNORECASE)
# The words between a conjunction and a contact verb when its clause goes on about the pair: an
# elided subject ("and would meet him"), a pronoun or "the two leaders", then only auxiliaries
# and adverbs. "and reporters met him", "although their aides spoke" have subjects of their own.
PAIR_SUBJECT = (
    r"(?:he|she|they|both(?:\s+(?:men|leaders))?|the\s+two(?:\s+(?:men|leaders|presidents))?)"
)
AUXILIARIES = (
    r"(?:(?:would|will|could|can|may|might|should|must|shall|did|does|do|is|are|was|were|be|been|"
    r"has|have|had|not|never|also|then|later|again|still|already|instead|soon|now|to|due|set|"
    r"expected|planned|plans?|agreed|went\s+on|[a-z]+ly)\s+)"
)
# "but they held a video call", "although they had a phone call": a light verb and its
# article before a contact noun are the clause's predicate, as an auxiliary before a verb is
_LIGHT_VERB = r"(?:(?:held|had|hold|have|made)\s+(?:a|an|their|another)\s+(?:[\w-]+\s+)?)?"
_GOES_ON_ABOUT_PAIR = re.compile(
    rf",?\s*(?:{PAIR_SUBJECT}\s+)?{AUXILIARIES}{{0,4}}{_LIGHT_VERB}", re.I
)
# ... or a name (a capitalised word; the contact verb after it is that leader's).
_NAMED_SUBJECT = re.compile(
    rf",?\s*(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){{1,4}}{AUXILIARIES}{{0,4}}{_LIGHT_VERB}", re.IGNORECASE
)


def _about_pair(text: str, start: int, end: int, *, named: bool) -> bool:
    """Whether the clause from `start` (after its conjunction) to a contact verb at `end` goes
    on about the pair: no subject of its own, "he", "the two leaders", or (`named`) a name."""
    return _GOES_ON_ABOUT_PAIR.fullmatch(text, start, end) is not None or (
        named and _NAMED_SUBJECT.fullmatch(text, start, end) is not None
    )


# A fronted adverbial clause up to its comma ("Although they did not meet, ..."): a predicate
# of its own.
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:although|though|even\s+though|while|whereas|before|after|since|until|when|once|"
    r"because|as|despite|if)\b[^,;]*,",
    re.IGNORECASE,
)


def negated(text: str, pos: int) -> bool:
    """Whether a negation governs the contact whose cue is at `pos` (ConText scope): one in a
    relative clause the cue is not in ("Trump, who did not attend the dinner, spoke with Xi"),
    in a fronted adverbial clause, or across a contrast ("met Lula but did not sign") is
    another predicate's and leaves the contact standing."""
    if "n" not in text:  # every negation has an "n" ("not", "no", "never", "n't", "unlikely")
        return False
    found = list(_NEGATED.finditer(text))
    if not found:
        return False
    relatives = relative_spans(text)
    fronted = _FRONTED_CLAUSE.match(text)
    for m in found:
        if m.start() <= pos < m.end():
            return True  # the negation names the contact itself ("no call has been set")
        if across_relative(relatives, m.start(), pos):
            continue
        if fronted is not None and (m.end() <= fronted.end()) != (pos < fronted.end()):
            continue
        if m.end() <= pos and _since_between(text, m.end(), pos):
            continue  # "have not spoken since their June call": the gap's start was held
        if pos < m.start() and _AND_CLAUSE.search(text, pos, m.start()):
            continue  # "since their June call, and no meeting has been set": another clause's
        lo, hi = sorted((m.end(), pos))
        contrasts = list(CONTRAST.finditer(text, lo, hi))
        if contrasts and (
            pos < m.start() or _about_pair(text, contrasts[-1].end(), pos, named=True)
        ):
            continue  # "but did not sign"; "yet the two leaders met" (not "although aides spoke")
        return True
    return False


def _plan_told(
    text: str, bounds: tuple[int, int], pos: int, *, firm: bool, title: bool
) -> tuple[bool, Status | None]:
    """Whether the contact's status is settled as a plan told as such, and that status: an
    accepted invitation ("accepted Xi's invitation to visit"), planned with a fixed time and
    none without; a headline's future ("Xi to attend G20 hosted by Trump"), planned with a
    fixed time and speculated without."""
    if _invited(text, *bounds, pos):
        return True, Status.PLANNED if firm else None
    if title and _headline_future(text, pos):
        return True, Status.PLANNED if firm else Status.SPECULATED
    return False, None


def _invited(text: str, lo: int, end: int, pos: int) -> bool:
    """Whether the contact at `pos` is what an accepted invitation names: the acceptance
    spans the cue ("an invitation to visit Washington was accepted") or ends before it in
    the same clause ("accepted Xi's invitation to visit"), not in a clause coordinated
    after another contact ("spoke with Xi on Monday and accepted an invitation to ...")."""
    m = _ACCEPTED_INVITATION.search(text, lo, end)
    if m is None:
        return False
    if m.start() <= pos < m.end():
        return True
    return m.end() <= pos and _AND_CLAUSE.search(text, m.end(), pos) is None


# a coordinated clause of its own after the contact: ", and ...", "; ..."
_AND_CLAUSE = re.compile(r";|,\s+and\b", re.IGNORECASE)


def _since_between(text: str, lo: int, pos: int) -> bool:
    """Whether the contact at `pos` is named in a "since" phrase that opens after `lo`: the
    contact that began a gap, presupposed held whatever the main clause denies of the gap."""
    if "since" not in text:
        return False
    since = SINCE_PHRASE.search(text, lo, pos)
    return since is not None


_DETERMINED = re.compile(r"\b(?:a|an|the|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _asked(text: str, pos: int) -> bool:
    """ "Did Trump speak with Xi?", "Will they meet?": a direct question (opening on an
    auxiliary or wh-word) whose contact is its verb asks and states nothing. A contact noun
    it presupposes ("Did a phone call with the premier provoke him?") is still told."""
    if not is_question(text):
        return False
    if NOUN_CUE.match(text, pos) is None:
        return True  # "Did the two leaders speak on Monday?": the verb is asked
    return _DETERMINED.search(text, max(0, pos - 30), pos) is None


# "The meeting between Lee Jae-myung and Xi Jinping, originally planned for Thursday, has been
# moved": a contact noun's partners and a participle aside, before its verb
_NOUN_PARTNERS = re.compile(
    rf"(?:{NOUN_CUE.pattern})(?P<partners>\s+(?:between|with)(?:\s+(?:{LEX['partner_words'].pattern}|"
    r"(?-i:[A-Z])[\w.\u2019'-]*)){1,8}(?:,\s+(?:originally|initially|first|previously)\s+"
    r"[^,;:.]{1,40},)?)",
    re.IGNORECASE,
)


_NAME = re.compile(r"\s(?-i:[A-Z])")


def _partner_phrase(text: str, pos: int) -> int:
    """How many characters a contact noun's named partners (and an aside on its first plan)
    take before its verb: they do not use up the window that finds what the verb says ("has
    been moved to Friday"). Zero for a verb cue, and for partners told by no name ("the call
    between the two leaders"). A substring test first."""
    if "between" not in text and "with" not in text:
        return 0
    m = _NOUN_PARTNERS.match(text, pos)
    named = m is not None and _NAME.search(m.group("partners")) is not None
    return len(m.group("partners")) if m is not None and named else 0


def contact_status(
    text: str,
    pos: int,
    dates: list[DateMention],
    published: date | None = None,
    *,
    title: bool = False,
) -> Status | None:
    """Denial and tense are read from the sentence, hedges and plans from near the cue.

    The triggers are the lexicon's (data/lexicon.yaml `contact:`), checked in priority order:
    a denial; a contact noun after "after"/"following"/"last week's", which is over; talk about
    contacts in general ("talks are the best way"), which is none; a firm plan ("scheduled to");
    a hedge; a future (a plan when its time is fixed); a past tense. None when the sentence
    neither reports nor announces a contact.
    """
    outright = _whole_sentence_status(text, pos)
    if outright is not None:
        return outright
    lo, end = _bounds(text, pos)
    if _finite_past(text, pos):  # "Trump, asked if tariffs would fall, said he spoke to Xi"
        lo = max(lo, _clause_start(text, pos))
    hi = min(end, max(pos + _STATUS_WINDOW + _partner_phrase(text, pos), _predicate_end(text, pos)))
    # a relative clause right after the contact does not use up its window: "The call between
    # Trump and Xi, which was announced on Monday, will take place on Friday"
    asides = [(s, e) for s, e in relative_spans(text) if pos < s < hi]
    hi = min(end, hi + sum(e - s for s, e in asides))
    window = text[lo:hi]
    habit = _HABITUAL.search(text, max(lo, pos - _HABIT_BEFORE), min(end, pos + _HABIT_AFTER))
    # "met on Sunday to prepare for a meeting of the two": ahead of that step, a plan; with a
    # past day of its own ("prepared for a meeting on Thursday", read on Friday) it may have
    # been held since, which the sentence does not say
    prepared = _prepared_for(text, pos)
    if (
        _calls_off(text, lo, hi, pos)
        or habit
        or _asked(text, pos)
        or _called_off_aside(text, pos)
        or _open_question(text, pos)
        or (
            prepared
            and (
                _any_past(_after(dates, pos), published, weekdays=True)
                or _held_per_relative(text, pos)
            )
        )
    ):
        return None
    # "after their summit", "their June 5 call", "his much-anticipated call with Xi took place"
    if not prepared and (
        _anterior(text, pos)
        or _dated_before(text, pos, dates, published)
        or _past_subject(text, pos)
    ):
        return Status.HAPPENED
    if _GENERIC.search(window):
        return None
    # a date of a coordinated clause ("met Xi on Monday, and they will meet again") fixes no time
    near = [
        d
        for d in dates
        if lo <= d.start < hi
        and not any(s <= d.start < e for s, e in asides)
        and not other_clause(text, min(pos, d.end), max(pos, d.start))
        and not COORDINATED.search(text, d.end, max(d.end, pos))  # "on Monday and will meet"
    ]
    firm = bool(
        _FIRM_TIME.search(text, lo, end)
        or near
        or _VENUE.match(text, pos)
        or _dated_occasion(text, pos, dates)
    )
    decided, plan = _plan_told(text, (lo, end), pos, firm=firm, title=title)
    if decided:
        return plan
    # "during the upcoming summit" fixes the time; its "upcoming" is no hedge (pseudo-trigger)
    unfixed = _FIRM_TIME.sub(lambda m: " " * len(m.group(0)), text[lo:end])[
        : _reach(text, pos, hi) - lo
    ]
    if _adjunct(text, pos):  # "invited Putin to Delhi in a call": the call held the invitation
        unfixed = _past_complement_cut(unfixed, pos - lo)
    # "asked for a call": a hedge over this contact itself
    modal: Status | None
    if prepared:  # readied: a plan, unless hedged ("to prepare for a possible summit")
        modal = _modality(unfixed, firm=True) or Status.PLANNED
    else:
        modal = Status.SPECULATED if _governed(text, pos) else _modality(unfixed, firm=firm)
    if modal is None:
        later = [d for d in near if d.start > pos]
        modal = _tense(text, pos, window, later, published, firm=firm, title=title)
    # "..., but the summit was cancelled" calls off a plan; a contact held stays held
    held = modal in (None, Status.HAPPENED)
    return None if not held and _called_off_later(text, pos) else modal


# The contact noun's phrase, an aside between commas (", which had been scheduled for
# Thursday,", ", due in Budapest,"), then the main clause's auxiliary: what the main verb says
# of the contact comes after the aside.
# The adverb between the auxiliary and the verb is any in -ly or one of the lexicon's
# `verb_adverbs` ("was later called off", "has since been scrapped").
_VERB_ADVERB = rf"(?:{LEX['verb_adverbs'].pattern}|\w{{2,}}ly\b)"
_ASIDE = re.compile(
    r"[^,;:.]{0,60}?,\s+[^,;:.]{1,60},\s+(?:(?:was|were|is|are|has|have|had)\s+)?"
    rf"(?:{_VERB_ADVERB}\s+)?(?:been\s+)?",
    re.IGNORECASE,
)


# "had spoken", "has met", "have talked": a perfect's participle after its auxiliary
_PERFECT_CUE = re.compile(r"(?:spoken|met|talked|held|phoned|hosted|visited)\b", re.IGNORECASE)
# (not a negative adverb: "have rarely spoken" states no contact)
_NOT_NEGATIVE = rf"(?!(?:{LEX['negative_adverbs'].pattern}))"
_HAVE_BEFORE = re.compile(
    rf"\b(?:has|have|had)\s+(?:(?:already|also|just|{_NOT_NEGATIVE}\w+ly)\s+)?$", re.I
)
# "would have met", "expected to have spoken", "may have talked": no fact, a modal's
_MODAL_PERFECT = re.compile(
    r"\b(?:would|could|might|may|must|should|shall|will|to)(?:n['\u2019]t|\s+not)?\s+have\s+"
    r"(?:(?:already|also|just|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# "would, aides said, have met": the modal's perfect, an aside between
_MODAL_APART = re.compile(
    r"\b(?:would|could|might|may|must|should)\b[^.;:!?]*\bhave\s+$", re.IGNORECASE
)
# a clause mark, or a clause coordinated by "but", "yet" or "and said" ("did not know if tariffs
# would fall but said he met Xi": the modal of the question does not govern the meeting)
_CLAUSE_MARK = re.compile(
    r"[,;:(\u2014]|\b(?:but|yet)\b|\band\s+(?=(?:said|says|told|tells|added|adds)\b)",
    re.IGNORECASE,
)


def _finite_past(text: str, pos: int) -> bool:
    """Whether the cue at `pos` is a finite past contact verb ("met", "spoke", "had spoken"):
    it states its own tense, so a modal of an earlier clause of the sentence ("asked whether
    tariffs would fall,") does not govern it."""
    before = text[max(0, pos - 30) : pos]
    if _MODAL_PERFECT.search(before) or _MODAL_APART.search(text, max(0, pos - 60), pos):
        return False
    if _PAST_CUE.match(text, pos):
        return True
    return _PERFECT_CUE.match(text, pos) is not None and _HAVE_BEFORE.search(before) is not None


def _clause_start(text: str, pos: int) -> int:
    """Just after the last comma, semicolon, colon, dash, bracket or coordinating "but" before
    `pos` (else 0)."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)]
    return marks[-1] if marks else 0


# "declined to say whether he had spoken with Xi", "unclear if they met": an embedded question
# (the lexicon's `open_question`) right before the contact in its clause states nothing.
# The question ends at a clause mark or at a clause coordinated after it ("did not know if
# tariffs would fall but said he met Xi": the meeting is stated).
_OPEN_QUESTION = re.compile(
    rf"(?:{LEX['open_question'].pattern})"
    r"(?:(?!\b(?:but|yet)\b|\band\s+(?:said|says|told|tells|added|adds)\b)[^,.;:!?\u2014]){0,60}$",
    re.IGNORECASE,
)


def _open_question(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is asked about in an embedded question, not stated."""
    return _OPEN_QUESTION.search(text, max(0, pos - 80), pos) is not None


def _called_off_aside(text: str, pos: int) -> bool:
    """ "The summit, which had been scheduled for Thursday, was called off": the main verb after
    an aside calls the contact off. (A contrast after it, "but the summit was cancelled", is
    weighed once the contact is known to be a plan: `_called_off_later`.)"""
    if "," not in text:  # a cheap first test
        return False
    aside = _ASIDE.match(text, pos)
    return aside is not None and _NO_CONTACT.match(text, aside.end()) is not None


_CONTACT_NOUN = LEX["contact_noun"].pattern


def says_off(text: str) -> bool:
    """A cheap test: whether `text` holds a part of every verb `no_contact` and
    `_BUT_ACTIVE_OFF` call a contact off with (any case), as substrings, not a regex."""
    return (
        "ancel" in text
        or " off" in text
        or "ostpon" in text
        or "crap" in text
        or "helved" in text
        or "efer" in text
    )


# "..., but the summit was cancelled", "but it was later called off", "but were postponed": a
# contrast whose subject is the contact itself (or none: a coordinated predicate) calls it off.
_BUT_CALLED_OFF = re.compile(
    rf"[^.;:]{{0,100}}?\bbut\s+(?:(?:the|their|that|this)\s+(?P<mod>(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<noun>{_CONTACT_NOUN}|trip|visit)(?P<to>\s+to\s+[\w-]+)?\s+|it\s+)?"
    rf"(?:was|were|has\s+been|had\s+been|got)\s+(?:{_VERB_ADVERB}\s+)?",
    re.IGNORECASE,
)


def _called_off_later(text: str, pos: int) -> bool:
    """ "were supposed to meet, but the summit was cancelled": the contact, planned once, was
    called off in a contrast that follows; it is neither held nor still planned."""
    if "but" not in text or not says_off(text):  # cheap first tests
        return False
    later = _BUT_CALLED_OFF.match(text, pos)
    if later is None or _NO_CONTACT.match(text, later.end()) is None:
        later = _BUT_ACTIVE_OFF.match(text, pos)
    return later is not None and not _elsewhere(text, later)


def _elsewhere(text: str, off: re.Match[str]) -> bool:
    """Whether the trip or visit called off goes somewhere (or is someone's) the sentence
    before the contrast never named: "will meet Xi in Beijing, but the Japan trip was
    cancelled", "but he cancelled the visit to Tokyo" are not this contact."""
    if off.group("noun") is None or off.group("noun").lower() not in ("trip", "visit"):
        return False
    names = _CAPITALISED.findall(f"{off.group('mod')} {off.group('to') or ''}")
    before = text[: off.start("noun")]
    return any(name not in before[: before.rfind("but")] for name in names)


_CAPITALISED = re.compile(r"\b(?-i:[A-Z])[\w-]+")


# "Instead, the meeting was postponed.", "The call was later called off.": a sentence naming no
# leader whose subject is the contact, called off
_CALLED_OFF_SENTENCE = re.compile(
    r"^\W*(?:(?:instead|but|however|later|eventually),?\s+)?(?:the|their|that|this)\s+"
    rf"(?:(?:planned|proposed|phone|video)\s+)?(?P<noun>{_CONTACT_NOUN})\s+"
    rf"(?:(?:was|were|has\s+been|had\s+been)\s+(?:{_VERB_ADVERB}\s+)?)?",
    re.IGNORECASE,
)


def called_off_mode(text: str) -> str | None:
    """The mode of the contact a sentence calls off with no leader named ("Instead, the
    meeting was postponed"): the plan the sentences before told of is off. None if it does not."""
    m = _CALLED_OFF_SENTENCE.match(text)
    if m is None or _NO_CONTACT.match(text, m.end()) is None:
        return None
    return "call" if m.group("noun").lower() == "call" else "meeting"


# "..., but Xi cancelled the call", "but he postponed it": one side calls the contact off; the
# object is the contact itself, not one qualified further ("cancelled the meeting set for May")
_BUT_ACTIVE_OFF = re.compile(
    rf"[^.;:]{{0,100}}?\bbut\s+(?:he|she|they|(?-i:[A-Z])[\w-]+)\s+(?:{_VERB_ADVERB}\s+)?"
    r"(?:cancel(?:l)?ed|scrapped|postponed|shelved)\s+(?:(?:the|their|that|this)\s+"
    rf"(?P<mod>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{_CONTACT_NOUN}|trip|visit)(?P<to>\s+to\s+[\w-]+)?"
    r"|it)\b(?!\s+(?:planned|set|scheduled|slated|for|on|in)\b)"
    # the head of its phrase: "postponed the summit dinner" calls off a dinner
    r"(?!\s+(?!(?:with|between|and|or|but|after|amid|because|at|over|as|again|altogether|"
    r"too|without|until|that|which|while|when|citing|over)\b)(?-i:[a-z])[\w-]*(?<!ly)\b)",
    re.IGNORECASE,
)


_JOURNEY = LEX["journey"]
_PURPOSE = re.compile(r"\bfor\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_JOURNEY_REACH = 160  # characters from the journey's verb to its purpose


def _journey_for(text: str, pos: int) -> bool:
    """ "Modi arrived in Washington on Wednesday (...) for bilateral talks with Trump": a
    contact that is the purpose ("for") of a journey in its clause is still ahead of it."""
    if _PURPOSE.search(text, max(0, pos - 40), pos) is None:
        return False
    start = max(0, pos - _JOURNEY_REACH)
    return any(
        not re.search(r"[.;:]", text[m.end() : pos]) for m in _JOURNEY.finditer(text, start, pos)
    )


# A contact verb in a past form ("met", "spoke", "held talks"): it states its own tense.
_PAST_CUE = re.compile(
    r"(?:met|spoke|talked|phoned|visited|hosted|held\s+(?:\w+\s+){0,3}?talks|shook\s+hands|"
    r"sat\s+down|told)\b",
    re.IGNORECASE,
)


def _reach(text: str, pos: int, hi: int) -> int:
    """How far after the cue its modality triggers are read. A finite past contact verb is
    not governed by a modal after it: in "Trump, who met Xi last week, said China would buy
    more" the "would" is the buying's (ConText: such a trigger modifies what follows it)."""
    phone = _ON_THE_PHONE.match(text, pos)
    if phone is not None and _PAST_BEFORE.search(text, max(0, pos - 15), pos):
        return min(hi, phone.end())
    if _fronted_adverbial(text, pos):
        comma = text.find(",", pos, hi)  # "Speaking to Xi on Monday, Trump said ... would"
        if comma != -1:  # "In a call on Monday, Xi invited Trump ... to meet in the spring"
            verb = _MAIN_VERB.search(text, comma, hi)  # ... but "In a call, Trump will press"
            return comma if verb is None else verb.start() if verb.group("past") else verb.end()
    if _adjunct(text, pos):  # "told Putin in a call that China would ...": the modal is told
        that = _THAT.search(text, pos, hi)
        if that is not None:
            return that.start()
    past = _PAST_CUE.match(text, pos)
    if past is None and _HELD_OBJECT.search(text, max(0, pos - 40), pos):
        return _held_object_reach(text, pos, hi)
    if past is None or _COUNTERFACTUAL.search(text, past.end(), hi):
        return hi  # "Had Trump met Xi, tariffs would have fallen": what would have been
    return min(hi, past.end())


# A contact noun as the object of a finite past verb of holding ("held a video call", "had a
# good call with"): the contact's own clause is as past as a past contact verb's
_HELD_OBJECT = re.compile(
    rf"\b(?:{LEX['held_object_verbs'].pattern})\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# where such a contact's clause ends: a clause mark, or "and" before another clause
_HELD_CLAUSE_END = re.compile(r"[,;:(\u2014]|\band\b", re.IGNORECASE)


def _held_object_reach(text: str, pos: int, hi: int) -> int:
    """How far the modality of a contact held as a past verb's object is read: to the end of
    its own clause, so a plan or hedge in a clause after it ("had a good call with Xi on
    Monday and that the two agreed to meet next year"; "held a call on Tuesday, the day the
    truce was due to expire") is that clause's, not the call's. A participle right after the
    noun ("had a call scheduled for Friday") is still inside the clause and governs it."""
    if _COUNTERFACTUAL.search(text, max(0, pos - 40), pos):
        return hi  # "would have had a call": what would have been
    stop = _HELD_CLAUSE_END.search(text, pos, hi)
    return stop.start() if stop is not None else hi


# A finite past verb (not a passive's or a perfect's participle: "is expected to tell Xi in a
# call" stays a hedge): the verb a contact adverbial modifies, so a contact held.
_FINITE_PAST = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhas\s)"
    r"(?<!\bhave\s)(?<!\bhad\s)\b[a-z]+ed\b"
)
_INFINITIVE = re.compile(r"\bto\s+(?:be\s+)?(?-i:[a-z])")


def _finite_past_blanked(window: str, cut: int) -> str:
    """The window with the finite past verbs before `cut` (the cue) blanked, but for one whose
    infinitive the contact adverbial belongs to ("expected quarrels to be cleared away in
    their talks": the talks are still expected)."""
    out = window
    for m in _FINITE_PAST.finditer(window, 0, cut):
        if _INFINITIVE.search(window, m.end(), cut) is None:
            out = out[: m.start()] + " " * len(m.group(0)) + out[m.end() :]
    return out


_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b")


def _past_complement_cut(window: str, cut: int) -> str:
    """The window with its finite past verbs before the contact adverbial at `cut` blanked
    (`_finite_past_blanked`); after such a past verb ("agreed in a call to meet in Budapest")
    the infinitive or clause beyond the adverbial is that verb's complement (the meeting
    agreed on), not a plan of the call: the window ends there."""
    blanked = _finite_past_blanked(window, cut)
    if _PAST_ED.search(window, 0, cut) is None:
        return blanked
    complement = _COMPLEMENT.search(blanked, cut)
    return blanked[: complement.start()] if complement is not None else blanked


# what a past verb governs beyond its contact adverbial: an infinitive, or a clause ("asked
# in a call whether China would buy", "agreed in their talks that tariffs would fall")
_COMPLEMENT = re.compile(rf"{_INFINITIVE.pattern}|\b(?:whether|if|that)\b")


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?:n['\u2019]t|\s+not)?\s+have\b", re.I)


def _tense(
    text: str,
    pos: int,
    window: str,
    later: list[DateMention],
    published: date | None,
    *,
    firm: bool,
    title: bool = False,
) -> Status | None:
    """Without modal wording: the present with a time ahead is a plan, as is a journey's
    purpose; a headline's present ("Modi, Putin hold talks") and the past report."""
    if _journey_for(text, pos):
        return Status.PLANNED
    if firm and _scheduled(window, later, published):
        return Status.PLANNED
    if _SCHEDULED_SIMPLE.search(window) and _any_past(later, published, weekdays=True):
        return Status.HAPPENED  # "Xi meets Putin on Monday" read on Tuesday
    ahead = _time_ahead(text, pos)
    if ahead is not None:
        return ahead
    if title and _HEADLINE_PRESENT.match(text, pos):
        return Status.HAPPENED
    # the past of a relative clause that does not hold the cue is its own predicate's: in "the
    # meeting, which was first floated in May, is set for April" no past is the meeting's
    main = without_relatives(text, relative_spans(text), pos) if "," in text else text
    return (
        Status.HAPPENED
        if _PAST.search(_before_participle(main, pos)) or _adjunct(text, pos)
        else None
    )


# A participial clause after the cue's (", saying there was no reason to meet", ", writing
# that it was pointless"): its tense is its own verb's complement, not the contact's.
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:\w+ly\s+)?(?-i:[a-z]){2,}ing\b")


def _before_participle(main: str, pos: int) -> str:
    """`main` up to a participial clause that begins after the cue at `pos`."""
    m = _PARTICIPLE_CLAUSE.search(main, min(pos, len(main)))
    return main if m is None else main[: m.start()]


# A contact noun owned or determined ("Modi's phone conversation", "their call", "the summit"),
# with its partner, day or place, then a finite past verb whose subject it is: "Modi's call
# with Trump on Saturday touched on tariffs". The contact happened. A participle of a plan
# ("the summit planned for May") is no such verb.
_OWNED_NOUN = re.compile(
    r"(?:^|['\u2019]s\s+|\b(?:the|a|an|their|his|her)\s+)(?:[\w-]+\s+)?$", re.IGNORECASE
)
# The partner's phrase is capitalised names and the lexicon's `partner_words`; the verb is a
# regular past in -ed that is not one of the `plan_participles`, or one of `irregular_past`.
_SUBJECT_OF_PAST = re.compile(
    rf"(?:\s+(?:with|between|to)(?:\s+(?:{LEX['partner_words'].pattern}|"
    r"(?-i:[A-Z])[\w.\u2019'-]*)){1,6})?"
    r"(?:\s+(?:on|last|this)\s+[\w-]+(?:\s+\d{1,2}\b)?)?(?:\s+in\s+(?-i:[A-Z])[\w-]*)?"
    rf"\s+(?!{LEX['plan_participles'].pattern})"
    rf"(?:(?-i:[a-z]{{2,}}ed)\b|(?-i:{LEX['irregular_past'].pattern}))",
    re.IGNORECASE,
)


# "the meeting between Trump and Xi that took place last week": a relative clause on the
# contact noun whose own verb is past tells a contact already held.
_PAST_RELATIVE = re.compile(
    rf"(?:\s+(?:with|between|to)(?:\s+(?:{LEX['partner_words'].pattern}|"
    r"(?-i:[A-Z])[\w.\u2019'-]*)){1,6})?"
    r",?\s+(?:that|which)\s+(?:(?:was|were)\s+)?"
    rf"(?!{LEX['plan_participles'].pattern})"
    rf"(?:(?-i:[a-z]{{2,}}ed)\b|held\b|(?-i:{LEX['irregular_past'].pattern}))",
    re.IGNORECASE,
)


def _held_per_relative(text: str, pos: int) -> bool:
    """Whether the contact noun at `pos` carries a relative clause in the past ("the call
    between the two that took place on Monday", "the summit which was held last week")."""
    noun = NOUN_CUE.match(text, pos)
    return noun is not None and _PAST_RELATIVE.match(text, noun.end()) is not None


def _past_subject(text: str, pos: int) -> bool:
    """Whether the contact noun at `pos` is the subject of a finite past verb (see above)."""
    noun = NOUN_CUE.match(text, pos)
    if noun is None or _OWNED_NOUN.search(text, max(0, pos - 40), pos) is None:
        return False
    return _SUBJECT_OF_PAST.match(text, noun.end()) is not None


# A headline's plain present, singular or plural: "Modi, Putin hold talks", "Trump meets Lula".
# A headline's infinitive after its subject is its future: "Xi to attend G20 hosted by Trump",
# "Trump, Xi to meet in Busan" (as "will" is: a plan with a fixed time, else expected)
_HEADLINE_FUTURE = re.compile(
    r"(?:(?-i:[A-Z])[\w.\u2019'-]*(?:,|\s+and)?\s+){1,5}to\s+(?!be\b)[a-z]+", re.IGNORECASE
)
_HEADLINE_PART = re.compile(r"[;:|\u2014]")


def _headline_future(text: str, pos: int) -> bool:
    """Whether the headline's contact at `pos` follows its infinitive in the same part of the
    headline ("U.S. to raise duties; Carney calls Trump": the call is the second part's)."""
    m = _HEADLINE_FUTURE.match(text, 0, pos)
    return m is not None and _HEADLINE_PART.search(text, m.end(), pos) is None


_HEADLINE_PRESENT = re.compile(
    rf"(?:hold|meet|speak|talk|phone|call|host)s?\b(?!\s+(?:for|on\s+(?!{WEEKDAY})))",
    re.IGNORECASE,
)


_AHEAD_TIME = LEX["ahead_time"]
_AHEAD_VAGUE = LEX["ahead_vague"]
_AHEAD_REACH = re.compile(r"[^,;:.\u2014]{0,40}?$")  # from the cue to the time: one phrase


def _time_ahead(text: str, pos: int) -> Status | None:
    """ "Trump's visit to Xi next April was confirmed": a contact that no past verb states,
    with a time ahead right after it, is still to come whatever the tense of the clause: a
    plan at a named month, else expected ("next month", "later this year")."""
    if _PAST_CUE.match(text, pos):
        return None  # "met Xi, and they will meet again next month": the meeting is over
    for pattern, status in ((_AHEAD_TIME, Status.PLANNED), (_AHEAD_VAGUE, Status.SPECULATED)):
        m = pattern.search(text, pos, pos + CLAUSE_REACH)
        if m is not None and _AHEAD_REACH.match(text[pos : m.start()]):
            return status
    return None


# "told Xi in a phone call", "During their meeting, Xi proposed", "on the phone": a contact noun
# in an adverbial of a clause with no modal states a contact held; so does a participle opening
# the sentence ("Greeting Modi at the airport, Putin ...").
# "On" frames only a call or a journey ("on a call with Xi", "on his visit to Beijing"); before
# a meeting or summit it is a verb's or a noun's object ("cast doubt on a meeting with Xi"),
# which says nothing of whether the meeting was held.
_ADJUNCT = re.compile(
    r"(?:\b(?P<on>on\s+)?(?(on)|(?:in|during|over)\s+)(?:a|an|the|their|his|her)|\bat\s+their)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ON_FRAMED = re.compile(r"(?:(?:tele)?phone|video|call|conversation|visit|trip)", re.IGNORECASE)
_ON_THE_PHONE = re.compile(r"(?:on|over|by)\s+(?:the\s+)?(?:tele)?phone\b", re.IGNORECASE)
# "spoke by phone": the past verb right before the phrase states its tense, as `_PAST_CUE` does
_PAST_BEFORE = re.compile(r"\b(?:spoke|talked|phoned|telephoned|met)\s+$", re.IGNORECASE)
_OPENING_PARTICIPLE = re.compile(r"^\W*[A-Z][a-z]+ing\b")


# The first verb of the main clause after a fronted adverbial: a modal or auxiliary (its
# mood is the contact's) or a finite past (what the contact framed; its complement is not)
_MAIN_VERB = re.compile(
    r"\b(?:will|would|shall|could|might|may|can|cannot|must|is|are|was|were|has|have|had|"
    r"plans?|hopes?|wants?|expects?|intends?|"
    r"(?P<past>said|told|spoke|met|held|made|took|gave|sent|[a-z]{2,}ed))\b"
)


def _fronted_adverbial(text: str, pos: int) -> bool:
    """Whether the cue at `pos` opens the sentence as an adverbial ("Speaking to Xi on
    Monday, ...", "In a call on Monday, ..."): the main clause after its comma is what the
    contact frames, its triggers are that clause's."""
    if _OPENING_PARTICIPLE.match(text, pos) is not None and not text[:pos].strip():
        return True
    m = _adjunct_match(text, pos)
    return m is not None and not text[: m.start()].strip()


def _adjunct_match(text: str, pos: int) -> re.Match[str] | None:
    """The adverbial phrase ending at the cue (`_ADJUNCT`); "on" only before a call or visit."""
    m = _ADJUNCT.search(text, max(0, pos - 40), pos)
    if m is not None and m.group("on") and not _ON_FRAMED.match(text, pos):
        return None
    return m


def _adjunct(text: str, pos: int) -> bool:
    """Whether the cue at `pos` is a contact told as an adverbial (see `_ADJUNCT`)."""
    opening = _OPENING_PARTICIPLE.match(text, pos) is not None and not text[:pos].strip()
    if opening or _ON_THE_PHONE.match(text, pos):
        return True
    return _adjunct_match(text, pos) is not None


# A trigger after the cue reaches it only within its clause: "spoke with Xi and accepted an
# invitation to visit" (the acceptance is another predicate), "met, but may meet again".
# A clause ends at a contrast, or at a coordinated predicate of its own: "and then flew home",
# "had a great meeting with Xi on Thursday and would visit China in April" (the visit's modal
# is not the meeting's), or a coordinated clause with a subject of its own: "had a call with
# Xi and the two agreed to meet in April" (the meeting agreed on is not the call's plan).
_FORWARD_END = re.compile(
    r";|\b(?:but|however|while|although|whereas)\b|\band\s+(?:(?:they|he|she|we|both|"
    r"the\s+(?:two|pair|leaders)|both\s+(?:men|leaders|sides)|the\s+two\s+(?:men|leaders|"
    r"presidents|sides))\s+)?(?:also\s+|later\s+|then\s+)?"
    r"(?:[a-z]+ed|will|would|shall|could|might|may)\b",
    re.IGNORECASE,
)


def clause_end(text: str, pos: int) -> int:
    """Where the cue's clause ends, at most `CLAUSE_REACH` characters on."""
    m = _FORWARD_END.search(text, pos + 1, pos + CLAUSE_REACH)
    return m.start() if m else min(len(text), pos + CLAUSE_REACH)


_TERMINATION = re.compile(r"[;:,.!?\u2014]|\b(?:but|however|while|although|whereas)\b", re.I)
_SCOPE_REACH = 160  # characters a trigger before the cue may reach back, within its clause


def _bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the cue's status triggers are read: its scope back and its clause forward, both
    kept out of or within a relative clause, a predicate of its own."""
    lo, end = _scope(text, pos), clause_end(text, pos)
    for s, e in relative_spans(text):
        if e <= pos:
            lo = max(lo, e)
        elif s <= pos:
            lo, end = max(lo, s), min(end, e)
    return lo, end


def _scope(text: str, pos: int) -> int:
    """Where the status window starts: 60 characters back, or further to the clause start.

    A hedge reaches the contact it governs across the whole clause (ConText scope), as in
    "he expected a lot to be settled with the premier in their talks"; a clause boundary
    (a comma, "but", "while") ends its reach.
    """
    lo = max(0, pos - _SCOPE_REACH)
    ends = [m.end() for m in _TERMINATION.finditer(text, lo, pos)]
    return min(ends[-1] if ends else lo, max(0, pos - _STATUS_WINDOW))


def _scheduled(window: str, near: list[DateMention], published: date | None) -> bool:
    """The present tense of a contact at a time not yet past ("I'm meeting her on Friday").

    `near` are the dates after the cue: the time of a scheduled contact follows its verb.
    """
    if _any_past(near, published):
        return False
    if _SCHEDULED.search(window):
        return True
    later = any(d.value and published and d.value > published for d in near)
    return bool(later or _AHEAD.search(window)) and _SCHEDULED_SIMPLE.search(window) is not None


def _any_past(dates: list[DateMention], published: date | None, *, weekdays: bool = False) -> bool:
    """Whether a date is before publication; a bare weekday counts only if `weekdays`, as the
    week it falls in depends on the tense ("I'm seeing her on Friday": the coming one)."""
    return published is not None and any(
        d.value and d.value < published and (weekdays or not d.weekday_only) for d in dates
    )


def _dated_before(text: str, pos: int, dates: list[DateMention], published: date | None) -> bool:
    """ "their June 5 conversation": a contact noun named by a day already past is over (a
    weekday's week is the tense's: "Trump's Thursday meeting with Xi will be held in Busan")."""
    return any(
        d.value is not None
        and published is not None
        and d.value < published
        and d.end <= pos
        and ATTRIBUTIVE_GAP.match(text[d.end : pos])
        and not (d.weekday_only and _ahead_in_clause(text, pos))
        for d in dates
    )


def _ahead_in_clause(text: str, pos: int) -> bool:
    """Whether the cue's clause after it holds wording of a plan, a hedge or a future."""
    end = clause_end(text, pos)
    return any(p.search(text, pos, end) for p in (_FIRM_PLAN, _HEDGE, _FUTURE))


# A hedge that governs the contact word at most two words after it ("asked for a call",
# "agreed in principle to meet"), or "in principle" right after the contact ("agreed to meet Xi
# in principle").
# (between them at most two words that are no preposition: "asked for a new phone call", not
# "a deal in principle during a call")
_GOVERNED = re.compile(
    rf"(?:{LEX['governed'].pattern})\s+"
    r"(?:(?!(?:during|in|at|on|with|after|before|by|over|via|for)\b)[\w-]+\s+){0,2}?$",
    re.I,
)
_IN_PRINCIPLE_AFTER = guarded_re(r"\w*[^,.;:!?\u2014]{0,30}?\bin\s+principle\b", re.I)


def _governed(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is one wanted, asked for or agreed only in principle."""
    return (
        _GOVERNED.search(text, max(0, pos - 80), pos) is not None
        or _IN_PRINCIPLE_AFTER.match(text, pos) is not None
    )


def _modality(window: str, *, firm: bool) -> Status | None:
    """A firm plan ("scheduled to"), else a hedge, else a future: a plan when its time is fixed."""
    if _FIRM_PLAN.search(window):
        return Status.PLANNED
    if _HEDGE.search(window) or _CONDITIONAL.search(window):
        return Status.SPECULATED
    if _FUTURE.search(window):
        return Status.PLANNED if firm else Status.SPECULATED
    return None


# "to prepare for a meeting", "paving the way for their summit": the step, then the contact's
# determiner and at most two words ("a first in-person meeting").
_PREPARED = re.compile(
    rf"(?:{LEX['prepared'].pattern})\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)


def _after(dates: list[DateMention], pos: int) -> list[DateMention]:
    return [d for d in dates if d.start > pos]


def _prepared_for(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is what another step readies ("officials met on Sunday to
    prepare for a meeting between Trump and Xi"): not held yet when that step is told, so
    neither the step's past tense nor its day is the contact's."""
    before = text[max(0, pos - 60) : pos]
    if " for " not in before:  # a cheap first test: every `prepared` phrase ends in "for"
        return False
    return _PREPARED.search(before) is not None


# "hailed his meeting with": a judging verb right before the contact's owner.
_JUDGED = re.compile(
    rf"(?:{LEX['judging'].pattern})\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)


def _anterior(text: str, pos: int) -> bool:
    """ "after their summit", "following his talks", "hailed his meeting": over, unless
    "their upcoming summit", "after a planned meeting", or a time ahead follows the contact
    ("after a meeting with Xi next month"): then it is still to come."""
    before = text[max(0, pos - 60) : pos]
    if _JUDGED.search(before) and not (_HEDGE.search(before) or _FUTURE.search(before)):
        return True
    m = _ANTERIOR.search(before)
    if m is None or _HEDGE.search(m.group(0)) or _FUTURE.search(m.group(0)):
        return False
    return _PLANNED_NOUN.search(m.group(0)) is None and _time_ahead(text, pos) is None


# "after a planned meeting", "following a proposed summit": a contact named as a plan
_PLANNED_NOUN = re.compile(rf"\b(?:{alternatives('contact', 'planned_adjectives')})\b", re.I)
# "after", "following", "since": a preposition that opens a phrase of its own
_PHRASE_OPENER = re.compile(r"\b(?:after|following|since|before|ahead\s+of)\b", re.I)


# "a state visit on April 6, ..., during which he will hold talks with Xi": a relative whose
# antecedent is an occasion
_DURING_WHICH = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of)\s+which\b", re.IGNORECASE)


def _dated_occasion(text: str, pos: int, dates: list[DateMention]) -> bool:
    """Whether the contact at `pos` is told in a "during which" relative of an occasion the
    sentence dates before it ("is due in Beijing on April 6 for a state visit, during which he
    will hold talks with Xi"): the occasion's day fixes the contact's time. A substring test
    first."""
    if "which" not in text:
        return False
    m = _DURING_WHICH.search(text, max(0, pos - 80), pos)
    return m is not None and any(d.value and d.end <= m.start() for d in dates)


def _calls_off(text: str, lo: int, hi: int, pos: int) -> bool:
    """Whether wording that leaves no contact (`no_contact`: "cancelled", "scrapped", "not
    needed") governs the contact at `pos`. A verb before the contact whose object comes first
    and is parted from the contact by "after" or "following" calls off that object, not the
    contact: "scrapped the tariff after a two-hour meeting with Xi" reports the meeting held."""
    for m in _NO_CONTACT.finditer(text, lo, hi):
        if m.end() <= pos and _PHRASE_OPENER.search(text, m.end(), pos) is not None:
            continue
        return True
    return False
