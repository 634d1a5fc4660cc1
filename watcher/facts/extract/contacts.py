"""Leader-contact facts: which two leaders spoke or met, when, and whether it really happened.

A sentence yields contacts when it names a call or meeting and two heads of state or government
(from the leaders gazetteer), or one leader plus "the two leaders" / "his counterpart" referring
back to the pair last named together. One leader is the hub and is paired with each other leader
in the same clause; a leader after "after", "before" or "since" belongs to a different event.
The mode comes from the cue nearest before each partner ("spoke with X and met Y"). Hedged
wording ("expected to", "may", "pushing for") makes a contact `speculated`; a firm future with
a fixed time makes it `planned`; "first call since January 17" adds the earlier call as well.
"Xi told Spain's Prime Minister, Pedro Sanchez, in Beijing" is a meeting of the two, and so
is a leader's visit to the capital of another leader in office ("Modi visited Moscow"). A
non-restrictive relative clause (", who hosts Putin every year,") is a predicate of its own:
its habit, hedge and date stay inside it, and a main-clause verb with a pronoun object ("met
him") resumes the leader it names.

A host names the guest ("will host Putin", "welcomed Carney to", "was received by Xi"). A
contact told as an adverbial ("told Putin in a call that China would ...", "During their
meeting, Xi proposed") happened unless a modal governs it, and a modal after "that" is what
was told. A cancelled, habitual ("they speak often"), needless, unconfirmed or asked contact
is none; nor is one of a leader's envoy or administration ("Trump's envoy met Xi"). A bare
"spoke" of a pair who met is that meeting, not a call.

Dates: a contact not yet held takes only a stated day ("on Friday", "October 30"), never one
invented from "in the coming days" or "this week", nor the day a statement was made ("Bessent
told CBS on Sunday"), nor a denial's day. An undated contact that the clause places in an
earlier period ("the last known call ... took place in January", "last met in 2019") is a recap
and is dropped (`recency`); one presented as new ("held a phone call") stays undated. In an
article with no date of its own (`Context.undated`) a weekday names no day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from watcher.common.yamlfile import load_yaml
from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import (
    DateMention,
    find_dates,
    in_the_past,
    said_on,
    year_before,
)
from watcher.facts.extract.gazetteer import DATA_DIR, Mention
from watcher.facts.extract.lexicon import section
from watcher.facts.extract.memo import per_article
from watcher.facts.extract.recency import FULL_MONTHS, earlier_spans
from watcher.facts.extract.sentences import Sentence, is_question
from watcher.facts.extract.status import DENIED
from watcher.facts.kinds.leader_contact import LeaderContact
from watcher.models import Status

# "calling Canada the 51st state", "called him a liar", "called New Delhi a friend": naming, not
# phoning (but "called Putin a day after", "a call with the president").
_NAMING = (
    r"(?!\s+(?!(?:with|to|between|from|by|in|at|of|over|on|that|which|where)\b)"
    r"(?:(?-i:[A-Z][\w\u2019'.-]*\s+){1,3}(?-i:[A-Z])|)[\w\u2019'.-]+\s+[\u201c\"]?"
    r"(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|short|brief)\b))"
)
# "called on Beijing to ...": urging; but "their call on Monday" is the call's day.
_A_DAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)"
)
_CALL_VERB = (
    rf"call(?:s|ed|ing)?(?!\s+(?:for|off|it|them|the|a|an)\b)(?!\s+on\s+(?!{_A_DAY}))"
    rf"{_NAMING}"
)


def _alternation(entries: list[str]) -> str:
    return "|".join(f"(?:{e})" for e in entries)


def _load_lexicon() -> dict[str, re.Pattern[str]]:
    """The `contact:` section of data/lexicon.yaml, one whole-word pattern per trigger class."""
    data = section("contact")
    out = {
        k: re.compile(rf"\b(?:{_alternation(v)})\b", re.IGNORECASE)
        for k, v in data.items()
        if k != "caption"
    }
    out["caption"] = re.compile(_alternation(data["caption"]), re.IGNORECASE)
    out["cue"] = re.compile(
        rf"\b(?:(?P<call>{_CALL_VERB}|{_alternation(data['call'])})|"
        rf"(?P<meet>{_alternation(data['meeting'])})|(?P<talks>{_alternation(data['talks'])}))\b",
        re.IGNORECASE,
    )
    return out


_LEX = _load_lexicon()
_CUE = _LEX["cue"]
_BREAK = re.compile(
    r"\b(?:after|before|since|when|while|following|ahead of|amid)\b|,\s+(?:which|who)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    rf"{_LEX['group'].pattern}|^\W*the\s+(?:phone\s+)?(?:meeting|call|summit|talks)\b|"
    r"\bcounterpart\b",
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
    rf"^\W*(?:(?:with|to)\s+)?(?:his\s+|her\s+|the\s+)?{_LEX['audience'].pattern}",
    re.IGNORECASE,
)
_OTHER_PREDICATE = re.compile(
    r"\b(?:[Ww]here|[Ww]ho|[Ww]hom|[Ww]hich|[Ww]hile|[Ww]hereas)\b|"
    r"\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b"
)
# "called Putin a dictator", and "called Xi's decision a mistake": the leader, or something
# of theirs, named as the object of a judgement, not called on the phone.
_NAME_CALLING = re.compile(
    r"\s*[\u201c\"']?(?:an?|the)\s+(?!(?:day|week|month|year|few|couple|second|third|hour|"
    r"short|brief|number)\b)\w|['\u2019]s\s+(?:[\w-]+\s+){1,3}?(?:an?|the)\s+\w",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\u201d\"](?=\s|$)")
_SPEAKER_GAP = 3  # "Xi told": the speaker's name ends right before the verb
_CAPTION = _LEX["caption"]
_NEGATED = _LEX["negated"]
_HEDGE = _LEX["speculated"]
_FUTURE = _LEX["planned"]
_FIRM_PLAN = _LEX["firm_plan"]
_GENERIC = _LEX["generic"]
_NO_CONTACT = _LEX["no_contact"]
_HABITUAL = _LEX["habitual"]
_HABIT_BEFORE, _HABIT_AFTER = 20, 50  # characters: "usually meet", "speaks to Xi all the time"
_CONDITIONAL = _LEX["conditional"]
_PAST = _LEX["happened"]
_FIRM_TIME = _LEX["firm_time"]
_SCHEDULED = _LEX["scheduled"]
_SCHEDULED_SIMPLE = _LEX["scheduled_simple"]
_AHEAD = _LEX["ahead"]
# "will meet Chinese President Xi Jinping in Seoul", "will meet in Beijing": a verb's named venue
# (a noun's is not: "after their upcoming meeting in Seoul" is only expected).
_VENUE = re.compile(
    r"(?:meet|speak|talk|visit|call|hold\s+(?:\w+\s+)?talks)\s+"
    r"(?:(?:with|to|his|her|their|the|counterpart|[A-Z][\w.\u2019'-]*),?\s+){0,6}in\s+[A-Z]"
)
_DENIED_CONTACT = _LEX["denied"]
# "after their summit", "following his talks with", "last week's meeting": a contact over already.
_ANTERIOR = re.compile(
    rf"(?:{_LEX['anterior'].pattern}|{_LEX['past_time'].pattern})\W+(?:[\w\u2019'-]+\W+){{0,4}}$",
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
    bare: bool = False  # "the two leaders spoke for an hour": talk, a call only if none met


def contact_facts(sentences: Iterable[Sentence], ctx: Context) -> list[LeaderContact]:
    """Calls and meetings between leaders, one fact per pair, mode, status and date."""
    found: list[_Found] = []
    memory = _Memory()
    named: set[str] = set()  # leaders the article has named so far: their short names count
    for sent in sentences:
        leaders = _leaders(_find_leaders(sent.text, ctx, named))
        named.update(m.name for m in leaders)
        memory.see(leaders)
        if not _may_state_contact(sent.text, leaders, memory):
            memory.next_sentence(leaders)
            continue
        new = _sentence_contacts(sent.text, leaders, memory, ctx)
        if _opens_on_contact(sent.text, leaders):
            new = _told_further(new, found)
        found.extend(_headline_today(new, sent.text, ctx))
        memory.next_sentence(leaders)
    found = _future_dates_only(found, None if ctx.undated else ctx.published)
    if ctx.published is None:
        found = _before_plans(found)
    return _merge(_drop_anaphoric(_drop_disputed(_drop_bare_talk(_settle_talks(found)))))


def _may_state_contact(text: str, leaders: list[Mention], memory: _Memory) -> bool:
    """The cheap tests first: a sentence that names no leader, with no pair named recently
    for "the two leaders" to stand for, states no contact, so its cue and status patterns are
    never run; nor does a caption. A negation is weighed per contact (`_negated`)."""
    if not leaders and memory.last_pair() is None:
        return False
    return not _CAPTION.search(text)


# A clause boundary a negation does not reach across: a contrast ("spoke with Putin on Tuesday
# but did not mention oil") or a semicolon.
_CONTRAST = re.compile(r";|\b(?:but|however|although|though|whereas|while|yet)\b", re.IGNORECASE)
# The words between a conjunction and a contact verb when its clause goes on about the pair: an
# elided subject ("and would meet him"), a pronoun or "the two leaders", then only auxiliaries
# and adverbs. "and reporters met him", "although their aides spoke" have subjects of their own.
_PAIR_SUBJECT = (
    r"(?:he|she|they|both(?:\s+(?:men|leaders))?|the\s+two(?:\s+(?:men|leaders|presidents))?)"
)
_AUXILIARIES = (
    r"(?:(?:would|will|could|can|may|might|should|must|shall|did|does|do|is|are|was|were|be|been|"
    r"has|have|had|not|never|also|then|later|again|still|already|instead|soon|now|to|due|set|"
    r"expected|planned|plans?|agreed|went\s+on|[a-z]+ly)\s+)"
)
_GOES_ON_ABOUT_PAIR = re.compile(rf",?\s*(?:{_PAIR_SUBJECT}\s+)?{_AUXILIARIES}{{0,4}}", re.I)
# ... or a name (a capitalised word; the contact verb after it is that leader's).
_NAMED_SUBJECT = re.compile(
    rf",?\s*(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){{1,4}}{_AUXILIARIES}{{0,4}}", re.IGNORECASE
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


def _negated(text: str, pos: int) -> bool:
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
        if _across_relative(relatives, m.start(), pos):
            continue
        if fronted is not None and (m.end() <= fronted.end()) != (pos < fronted.end()):
            continue
        lo, hi = sorted((m.end(), pos))
        contrasts = list(_CONTRAST.finditer(text, lo, hi))
        if contrasts and (
            pos < m.start() or _about_pair(text, contrasts[-1].end(), pos, named=True)
        ):
            continue  # "but did not sign"; "yet the two leaders met" (not "although aides spoke")
        return True
    return False


_DETERMINED = re.compile(r"\b(?:a|an|the|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _asked(text: str, pos: int) -> bool:
    """ "Did Trump speak with Xi?", "Will they meet?": a direct question (opening on an
    auxiliary or wh-word) whose contact is its verb asks and states nothing. A contact noun
    it presupposes ("Did a phone call with the premier provoke him?") is still told."""
    if not is_question(text):
        return False
    return _DETERMINED.search(text, max(0, pos - 30), pos) is None


def _settle_talks(found: list[_Found]) -> list[_Found]:
    """ "Talks" are a call when the article reports a call of the same pair, else a meeting."""
    calls = {f.fact.participants for f in found if f.fact.mode == "call"}
    return [
        replace(f, fact=replace(f.fact, mode="call" if f.fact.participants in calls else "meeting"))
        if f.fact.mode == "talks"
        else f
        for f in found
    ]


@dataclass(frozen=True, slots=True)
class _Role:
    """A title that names a leader while they hold it ("the Chinese leader")."""

    pattern: re.Pattern[str]
    name: str
    start: date | None
    end: date | None
    phrases: tuple[str, ...] = ()

    def holds(self, day: date | None) -> bool:
        if day is None:  # undated article: only a role still held applies
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _load_roles() -> list[_Role]:
    """The date-bounded `roles` of data/leaders.yaml (the gazetteer reads only `aliases`)."""
    data = load_yaml((DATA_DIR / "leaders.yaml").read_text(encoding="utf-8"))
    out = []
    for name, entry in data.items():
        for role in entry.get("roles", []):
            phrases = "|".join(re.escape(p).replace("'", "['\u2019]") for p in role["phrases"])
            pattern = re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE)
            when = (role.get("from"), role.get("until"))
            out.append(_Role(pattern, name, *when, tuple(role["phrases"])))
    return out


_ROLES = _load_roles()


def _load_seats() -> list[_Role]:
    """The date-bounded `seats` of data/leaders.yaml: the capital a leader receives visitors in."""
    data = load_yaml((DATA_DIR / "leaders.yaml").read_text(encoding="utf-8"))
    out = []
    for name, entry in data.items():
        for seat in entry.get("seats", []):
            places = "|".join(re.escape(p) for p in seat["places"])
            pattern = re.compile(rf"(?<![\w-])(?:{places})\b(?!['\u2019]s)")
            out.append(_Role(pattern, name, seat.get("from"), seat.get("until")))
    return out


_SEATS = _load_seats()
# "visited Moscow", "will visit Beijing", "a state visit to Washington": the capital visited.
_VISIT = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?$", re.IGNORECASE)
_VISIT_REACH = 60  # characters between the visitor's name and "visit"
_VISITOR_GAP = re.compile(r"^[^.;:,\u2014()]*$")


def _visits(
    text: str, leaders: list[Mention], ctx: Context
) -> list[tuple[tuple[str, str], str, int]]:
    """ "Modi visited Moscow", "Xi is expected to visit Washington": a leader's visit to the
    capital of another leader in office on the publication day is a meeting of the two (an
    undated article: only a leader still in office). The visitor is the leader named last
    before "visit" in its clause; a visit of someone else ("Bessent visited Beijing") or of no
    one named gives nothing."""
    if "isit" not in text:  # a cheap first test
        return []
    out = []
    for seat in _SEATS:
        if not seat.holds(ctx.published):
            continue
        for m in seat.pattern.finditer(text):
            verb = _VISIT.search(text, max(0, m.start() - 12), m.start())
            if verb is None:
                continue
            before = [x for x in leaders if x.end <= verb.start() <= x.end + _VISIT_REACH]
            if not before or not _VISITOR_GAP.match(text[before[-1].end : verb.start()]):
                continue
            visitor = before[-1]
            if visitor.name != seat.name:
                out.append((_pair(visitor.name, seat.name), "meeting", verb.start()))
    return out


def _find_leaders(text: str, ctx: Context, earlier: set[str] | None = None) -> list[Mention]:
    """Leaders named (gazetteer aliases), given by a title they hold on the publication day,
    by a short name once the article has named them in full (`earlier`), or as another
    leader's counterpart of a named country ("Xi told his US counterpart")."""
    named = ctx.gaz.leaders.find(text)
    titled = [
        Mention(role.name, m.start(), m.end())
        for role in _ROLES
        if role.holds(ctx.published)
        for m in role.pattern.finditer(text)
    ]
    titled += _short_names(text, earlier or set())
    # a title right before a name is that leader's ("Japanese Prime Minister Shigeru Ishiba"
    # read after Ishiba left office), whoever holds it on the day
    free = [
        t
        for t in titled
        if not any(
            (n.start < t.end and t.start < n.end)
            or (t.end <= n.start and not text[t.end : n.start].strip())
            for n in named
        )
    ]
    found = sorted(named + free, key=lambda m: m.start)
    found += _counterparts(text, found, ctx) + _coordinated_offices(text, ctx)
    found.sort(key=lambda m: m.start)
    return [m for m in found if not _PROXY.match(text, m.end)]


# "the US and Chinese presidents", "the leaders of the US and China": two countries' leaders in
# office that day, each named by its country.
_OFFICE_PLURAL = r"(?:presidents|leaders|heads\s+of\s+state)"
_OFFICE_STEMS = ("residents", "eaders", "eads of")  # one is in every _OFFICE_PLURAL match
_COUNTRY_WORD = r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?"
_COORDINATED_OFFICES = re.compile(
    rf"\b(?:the|both)\s+(?P<a>{_COUNTRY_WORD})\s+and\s+(?P<b>{_COUNTRY_WORD})\s+{_OFFICE_PLURAL}\b|"
    rf"\b{_OFFICE_PLURAL}\s+of\s+(?:the\s+)?(?P<c>{_COUNTRY_WORD})\s+and\s+(?:the\s+)?"
    rf"(?P<d>{_COUNTRY_WORD})",
    re.IGNORECASE,
)


def _coordinated_offices(text: str, ctx: Context) -> list[Mention]:
    """The leaders of two countries named together by their office ("the US and Chinese
    presidents met"), each the one whose seat holds on the publication day."""
    if " and " not in text or not any(w in text for w in _OFFICE_STEMS):  # cheap first tests
        return []
    out = []
    for m in _COORDINATED_OFFICES.finditer(text):
        spans = [m.span(g) for g in ("a", "b", "c", "d") if m.group(g)]
        holders = []
        for s, e in spans:
            countries = ctx.gaz.countries.find(text[s:e])
            holder = _in_office(countries[0].name, ctx) if len(countries) == 1 else None
            holders.append(Mention(holder, s, e) if holder else None)
        if None not in holders and holders[0] != holders[1]:
            out += [h for h in holders if h is not None]
    return out


def _load_short_names() -> list[tuple[str, re.Pattern[str]]]:
    """The `short` names of data/leaders.yaml: a surname shared with many others ("Lee"), which
    names the leader only in an article that has named them in full."""
    data = load_yaml((DATA_DIR / "leaders.yaml").read_text(encoding="utf-8"))
    return [
        (name, re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, entry['short']))})(?![\w-])"))
        for name, entry in data.items()
        if entry.get("short")
    ]


_SHORT_NAMES = _load_short_names()
# "Joyce Lee", "Lee Hsien Loong": a short name inside someone else's full name (a title or a
# sentence's first word before it is no given name: "President Lee", "When Lee met").
_GIVEN_NAME_BEFORE = re.compile(r"(?<=\S\s)(?-i:[A-Z])[\w.'\u2019-]*\s+$")
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])[a-z]")
_TITLE_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|Mr\.?)\s+$")


def _short_names(text: str, earlier: set[str]) -> list[Mention]:
    """Short names of leaders the article has already named in full."""
    out = []
    for name, pattern in _SHORT_NAMES:
        if name not in earlier:
            continue
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            given = _GIVEN_NAME_BEFORE.search(" " + before) and not _TITLE_BEFORE.search(before)
            if not given and not _NAME_AFTER.match(text, m.end()):
                out.append(Mention(name, m.start(), m.end()))
    return out


# "his US counterpart", "her Chinese counterpart": the leader in office of that country, when
# the owner is a leader of another country named just before, with no one else between.
_COUNTERPART = re.compile(
    r"\b(?:his|her)\s+(?P<adj>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)\s+counterpart\b"
)
_SOMEONE_ELSE = re.compile(r"(?-i:[A-Z])[a-z]")
# The leader named before is not the owner of "his" when the name is a possessive ("Trump's
# trade chief met his Chinese counterpart") or the object of a preposition ("an aide to Trump",
# "a delegation of Xi's"): the subject is someone else.
_NOT_OWNER_AFTER = re.compile(r"['\u2019]s?(?!\w)")
_NOT_OWNER_BEFORE = re.compile(r"\b(?:to|of|for|from|under|by|with)\s+(?:\w+\s+){0,2}?$", re.I)


def _counterparts(text: str, leaders: list[Mention], ctx: Context) -> list[Mention]:
    if "counterpart" not in text:  # a cheap first test
        return []
    out = []
    for m in _COUNTERPART.finditer(text):
        owners = [x for x in leaders if x.end <= m.start()]
        countries = ctx.gaz.countries.find(m.group("adj"))
        if not owners or len(countries) != 1:
            continue
        if _SOMEONE_ELSE.search(text, owners[-1].end, m.start()):
            continue  # "Trump said Bessent met his Chinese counterpart": Bessent's
        if _NOT_OWNER_AFTER.match(text, owners[-1].end) or _NOT_OWNER_BEFORE.search(
            text, 0, owners[-1].start
        ):
            continue  # "Trump's trade chief met his ...", "an aide to Trump met his ...": not his
        holder = _in_office(countries[0].name, ctx)
        if holder is not None and holder != owners[-1].name:
            out.append(Mention(holder, m.start(), m.end()))
    return out


def _in_office(country: str, ctx: Context) -> str | None:
    """The one leader of `country` whose seat holds on the publication day, if exactly one."""
    names = {
        seat.name
        for seat in _SEATS
        if seat.holds(ctx.published) and ctx.gaz.leader_country.get(seat.name) == country
    }
    return names.pop() if len(names) == 1 else None


# "Trump's envoy", "Xi's trade team", "the Trump administration": someone the leader's name
# qualifies, not the leader.
_PROXY = re.compile(
    rf"(?:['\u2019]s)?\s+(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}(?:{_LEX['proxy'].pattern})", re.IGNORECASE
)


_PAIR_SIZE = 2
_CARRY_SENTENCES = 3  # how many sentences back "the two leaders" or "he" may reach


@dataclass(slots=True)
class _Memory:
    """Simple carry-over: the pair last named together and the leaders of recent sentences."""

    pair: tuple[str, str] | None = None
    pair_age: int = 0
    recent: list[list[str]] = field(default_factory=list)

    def see(self, leaders: list[Mention]) -> None:
        if len(leaders) > _PAIR_SIZE:  # "accused Xi, Putin and Kim": "the leaders" is no pair
            self.pair = None
        elif len(leaders) > 1:
            self.pair, self.pair_age = _pair(leaders[0].name, leaders[1].name), 0
        elif self.pair is not None and any(m.name in self.pair for m in leaders):
            self.pair_age = 0  # a sentence about one of the pair keeps the pair in focus

    def next_sentence(self, leaders: list[Mention]) -> None:
        self.pair_age += 1
        self.recent = [[m.name for m in leaders], *self.recent][:_CARRY_SENTENCES]

    def last_pair(self) -> tuple[str, str] | None:
        return self.pair if self.pair_age <= _CARRY_SENTENCES else None

    def actor_other_than(self, name: str) -> str | None:
        """The leader most recently named before this sentence, other than `name`."""
        for names in self.recent:
            others = [n for n in names if n != name]
            if others:
                return others[0]
        return None


# A headline's present tense ("Trump speaks to Putin, says ...") reports the day's news.
_PRESENT_CONTACT = re.compile(r"\b(?:speaks|talks|meets|phones|calls|holds)\b")
# "Trump and Putin agree to truce during phone call": the headline's news happened in the contact.
_DURING_CONTACT = re.compile(
    r"\b(?:during|in|over)\s+(?:(?:a|an|the|their)\s+)?(?:phone\s+|video\s+|telephone\s+)?"
    r"(?:call|conversation|talks|meeting|summit)\b",
    re.IGNORECASE,
)


_NON_WORD = re.compile(r"\W+")


@per_article
def _squashed(text: str) -> str:
    """A text reduced to its words, lower case: the title once per article, not per sentence."""
    return _NON_WORD.sub(" ", text).strip().lower()


def _is_title(text: str, ctx: Context) -> bool:
    """Whether the sentence is the article's title."""
    title = _squashed(ctx.title)
    return bool(title) and _squashed(text) == title


def _headline_today(found: list[_Found], text: str, ctx: Context) -> list[_Found]:
    """An undated contact told in the present tense of the article's title: the publication day."""
    if not found or not _is_title(text, ctx):
        return found
    if ctx.published is None or ctx.undated:
        return found
    if not (_PRESENT_CONTACT.search(text) or _DURING_CONTACT.search(text)):
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


_MONTH_YEAR = re.compile(rf"\b(?P<month>{FULL_MONTHS})\s+(?P<year>20\d\d)\b")


def _before_plans(found: list[_Found]) -> list[_Found]:
    """In an undated article, a past contact lies before the months the article plans ahead.

    Without a publication date a day and month take the year the text names most, which may be
    the year of a plan ("accepted an invitation to visit in April 2026"): a contact that
    happened on "Nov. 24" of an article looking forward to April 2026 is the Nov. 24 before it.
    Only a date whose year the sentence does not write is moved.
    """
    ends = [
        _month_end(m.group("month"), int(m.group("year")))
        for f in found
        if f.fact.status in (Status.PLANNED, Status.SPECULATED)
        for m in _MONTH_YEAR.finditer(f.fact.evidence)
    ]
    if not ends:
        return found
    horizon = min(ends)
    out = []
    for f in found:
        day = f.fact.date
        movable = day is not None and str(day.year) not in f.fact.evidence
        if f.fact.status is Status.HAPPENED and day is not None and day > horizon and movable:
            out.append(replace(f, fact=replace(f.fact, date=year_before(day))))
        else:
            out.append(f)
    return out


def _month_end(month: str, year: int) -> date:
    number = FULL_MONTHS.split("|").index(month) + 1
    return date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)


def _drop_anaphoric(found: list[_Found]) -> list[_Found]:
    """ "The meeting" after a call was reported names that call again, not a second contact."""
    named = {f.fact.participants for f in found if not f.anaphoric}
    return [f for f in found if not (f.anaphoric and f.fact.participants in named)]


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
    text: str, leaders: list[Mention], memory: _Memory, ctx: Context
) -> list[_Found]:
    cues = [
        c
        for c in _CUE.finditer(text)
        if (c.start() == 0 or not c.group(0)[0].isupper())
        and not _SPEECH_FRAME.match(text, c.start())
        and not _embraces_no_leader(text, c, leaders)
    ]
    told = _told_in_place(text, leaders) + _visits(text, leaders, ctx)
    if not (cues or told):
        return []
    last_pair = memory.last_pair()
    pairs = (_pairs(text, _past_speaker(text, leaders), cues) if cues and leaders else []) + told
    refers_back = last_pair is not None and _BACK_REFERENCE.search(text) is not None
    of_pair = any(m.name in (last_pair or ()) for m in leaders) or _opens_on_contact(text, leaders)
    contact = next((c for c in cues if not _about_someone(text, c)), None)
    if not pairs and refers_back and of_pair and contact is not None:
        pairs = [(last_pair or ("", ""), _mode(contact), contact.start())]
    pairs += _group_pairs(text, leaders, cues, pairs, last_pair)
    if not pairs:
        pairs = _carried_pairs(text, leaders, cues, memory, ctx)
    dates = find_dates(text, ctx.published, default_year=ctx.default_year)
    title = _is_title(text, ctx)
    if ctx.undated:  # "on Thursday" in an article with no date: which Thursday is unknown
        dates = [replace(d, value=None) if d.weekday_only else d for d in dates]
    elif ctx.published is not None and any(d.weekday_only and d.value for d in dates):
        dates = _weekdays_of_old_periods(text, dates, ctx.published)
    out: list[_Found] = []
    contrasts = [m.span() for m in _CONTRAST.finditer(text)]  # once a sentence, not once a date
    for pair, mode, pos in pairs:
        out.extend(
            _facts_for(
                text,
                pair,
                mode,
                pos,
                dates,
                published=ctx.published,
                title=title,
                contrasts=contrasts,
            )
        )
    return out


# between a weekday and the period after it, at most a place: "on Saturday in Lima in 2024"
_PERIOD_GAP = re.compile(r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)?,?\s+")
_PERIOD_BEFORE = re.compile(r"\s*,?\s*(?:on\s+)?(?:an?\s+)?")
_INDEFINITE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _weekdays_of_old_periods(
    text: str, dates: list[DateMention], published: date
) -> list[DateMention]:
    """A weekday the same phrase puts in an earlier month or year ("met on a Friday in October",
    "on Saturday in Lima in November 2024", "in October, on a Thursday") names no day this
    week, nor does an indefinite one ("on a Friday"): no date (and an undated contact of an
    earlier period is background, `_background`)."""
    spans = earlier_spans(text, published, _BACKGROUND_DAYS)

    def old(d: DateMention) -> bool:
        if _INDEFINITE.search(text, max(0, d.start - 4), d.start) and not _BEFORE_NOUN_CUE.match(
            text, d.end
        ):
            return True
        return any(
            (s >= d.end and _PERIOD_GAP.fullmatch(text, d.end, s))
            or (e <= d.start and _PERIOD_BEFORE.fullmatch(text, e, d.start))
            for s, e in spans
        )

    return [replace(d, value=None) if d.weekday_only and d.value and old(d) else d for d in dates]


_THE_CONTACT = re.compile(r"^\W*the\s+(?:phone\s+|video\s+)?(?:meeting|call|summit|talks)\b", re.I)


# "Trump, speaking in Washington on Monday, said ...": a participle framing what is said, up to
# its comma, names no contact unless it has a partner ("speaking to Xi", "speaking with").
_SPEECH_FRAME = re.compile(
    r"speaking\s+(?:in|at|from|during|on|after|before|outside|aboard|alongside|late|earlier|"
    r"shortly)\b(?:(?!\b(?:with|to)\b)[^,;:.])*,",
    re.IGNORECASE,
)
# "Xi said Trump should meet Putin": a speaker, then the subject of what is said.
_SAID_THAT = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:said|says|added|noted|insisted|stressed|argued|warned|believes|"
    r"thinks|suggested)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


def _past_speaker(text: str, leaders: list[Mention]) -> list[Mention]:
    """The leaders who may be parties: with three or more named, a first one who only says
    what the others do ("Xi said Trump should meet Putin") is the speaker, not a party."""
    if len(leaders) > _PAIR_SIZE and _SAID_THAT.match(text[leaders[0].end : leaders[1].start]):
        return leaders[1:]
    return leaders


# "hugged Putin", "embraced Chinese President Xi": a hug's object is a leader, after at most
# "visiting" and capitalised title words; "embraced Chinese investment" embraces no one.
_EMBRACE = re.compile(r"(?:hug|embrac)\w*$", re.IGNORECASE)
_TO_EMBRACED = re.compile(r"\s+(?:visiting\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,4}$")


def _embraces_no_leader(text: str, cue: re.Match[str], leaders: list[Mention]) -> bool:
    """Whether the cue is a hug or an embrace whose object is not a leader or a leader's title
    ("Modi embraced Russian oil")."""
    if not _EMBRACE.match(cue.group(0)):
        return False
    return not any(
        m.start > cue.end() and _TO_EMBRACED.fullmatch(text, cue.end(), m.start) for m in leaders
    )


def _opens_on_contact(text: str, leaders: list[Mention]) -> bool:
    """A sentence naming no leader that opens on "The meeting" or "The call": the contact of
    the pair last named together, told further ("Trump and Xi met in Busan. The meeting took
    place on Thursday ..."). Undated, it names that contact again and is dropped
    (`_drop_anaphoric`); dated, it dates it (`_merge`). Kept only for a contact already
    reported as held (`_told_further`)."""
    return not leaders and _THE_CONTACT.match(text) is not None


def _about_someone(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue talks about someone or to an audience ("spoke highly of Xi", "spoke to
    reporters"), not with a leader."""
    after = text[cue.end() :]
    return bool(_TOPIC.match(after) or _AUDIENCE.match(after))


def _told_further(new: list[_Found], found: list[_Found]) -> list[_Found]:
    """Of a sentence that opens on "The meeting", only what tells further of a contact the
    article already reported as held, of the same pair and mode: the pair last named together
    need not be the pair of the contact the sentence goes back to (a planned call with a third
    leader may stand between)."""
    held = {(f.fact.participants, f.fact.mode) for f in found if f.fact.status is Status.HAPPENED}
    return [f for f in new if (f.fact.participants, f.fact.mode) in held]


_GROUP_BEFORE = re.compile(
    rf"(?:{_LEX['group_possessive'].pattern})\s+(?:[\w\u2019'-]+\s+){{0,3}}$", re.IGNORECASE
)
_GROUP_AFTER = re.compile(rf"\s+between\s+(?:{_LEX['group'].pattern})", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(rf"(?:{_LEX['group'].pattern})[^,;:.]{{0,40}}$", re.IGNORECASE)


# "Trump, Lula agree to meet after phone call": a contact after which the pair acts, with no
# partner of its own, is the pair's.
_AFTER_BARE = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_NAMES_PARTNER = re.compile(r"\s+(?:with|to|between|by|of)\b", re.IGNORECASE)


def _group_pairs(
    text: str,
    leaders: list[Mention],
    cues: list[re.Match[str]],
    pairs: list[tuple[tuple[str, str], str, int]],
    last_pair: tuple[str, str] | None,
) -> list[tuple[tuple[str, str], str, int]]:
    """Cues no named partner claimed whose participants are a group: "after their summit",
    "the two leaders met". The group is the sentence's pair, else the pair last named together
    when this sentence names none or one of them."""
    if len(leaders) > 1:
        group: tuple[str, str] | None = _pair(leaders[0].name, leaders[1].name)
    elif last_pair is not None and all(m.name in last_pair for m in leaders):
        group = last_pair
    else:
        return []
    used = {pos for _, _, pos in pairs}
    out = []
    for cue in cues:
        before = text[max(0, cue.start() - 60) : cue.start()]
        after = text[cue.end() : cue.end() + 40]
        grouped = bool(_GROUP_BEFORE.search(before) or _GROUP_SUBJECT.search(before))
        if len(leaders) == _PAIR_SIZE and _AFTER_BARE.search(before):
            grouped = grouped or not _NAMES_PARTNER.match(after)  # "agree to meet after call"
        if cue.start() in used or not (grouped or _GROUP_AFTER.match(after)):
            continue
        if group is not None:
            out.append((group, _mode(cue), cue.start()))
    return out


# "a meeting with Australian Prime Minister Anthony Albanese": the partner follows the cue.
_WITH_PARTNER = re.compile(r"^\s+(?:(?:with|to)\s+)?(?:[\w.\u2019'-]+\s+){0,4}$", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:the|a|an)\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+")
_CLAUSE_START = re.compile(r"[.;:\u201c\u201d\"(]\s*")
_NAMED = re.compile(rf"\s(?!(?:{FULL_MONTHS}|[A-Z][a-z]+day)\b)[A-Z][a-z]")


# A capitalised word opening a clause that names nobody: a pronoun, a function word, a
# participle ("Speaking after his talks with ...").
_OPENING_WORD = re.compile(
    r"^\W*(?:[A-Z][a-z]+(?:ing|ed)|He|She|It|They|We|I|You|His|Her|Their|The|A|An|This|That|"
    r"These|Those|In|On|At|After|Before|When|While|As|During|Following|But|And|So|Yet|Then|"
    r"Now|Later|Earlier|Meanwhile|There|Here)\b"
)
# A name after a preposition is a place or an object ("aboard Air Force One", "in Busan"),
# not the clause's subject.
_PLACE = re.compile(
    r"\b(?:in|at|aboard|on|from|to|near|outside|inside|into|of|for|by|with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\u2019'.-]*\s*)+"
)


def _names_someone(clause: str, ctx: Context) -> bool:
    """Whether a clause names a subject (a capitalised name that is no title, country, date or
    place): its first word counts unless it is a word that opens clauses ("He", "The",
    "Speaking"), so "Bessent, speaking after his talks with Xi" names Bessent."""
    for m in ctx.gaz.countries.find(clause)[::-1]:
        clause = clause[: m.start] + clause[m.end :]
    opening = _OPENING_WORD.match(clause)
    rest = clause[opening.end() :] if opening else clause
    return _NAMED.search(" " + _PLACE.sub(" ", _TITLE.sub("", rest))) is not None


def _carried_pairs(
    text: str, leaders: list[Mention], cues: list[re.Match[str]], memory: _Memory, ctx: Context
) -> list[tuple[tuple[str, str], str, int]]:
    """One leader met by an unnamed subject ("he", "I", a passive): the actor carried over.

    "The warning came during a meeting with Albanese" after a sentence about Trump is a
    Trump-Albanese meeting; a subject named in the clause ("Bessent met with Xi") is not a
    leader and gives nothing.
    """
    if len(leaders) != 1:
        return []
    partner = leaders[0]
    # the cue nearest before the partner first: "Speaking after his talks with Xi" is talks
    for cue in sorted(cues, key=lambda c: (c.start() > partner.start, -c.start())):
        if not _WITH_PARTNER.match(text[cue.end() : partner.start]):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, cue.start())]
        clause = text[starts[-1] if starts else 0 : cue.start()]
        actor = memory.actor_other_than(partner.name)
        if actor is None or _names_someone(clause, ctx):
            return []
        return [(_pair(actor, partner.name), _mode(cue), cue.start())]
    return []


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
    """A cue's mode; "talks" is settled later by the article's other contacts (`_merge`)."""
    return "call" if cue.group("call") else "talks" if cue.group("talks") else "meeting"


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
            _outside_relatives(text, hub, partner), first_cue.end(), partner.start
        ):
            own = _own_contact(text, leaders, hub, partner, cues)
            if own is not None:
                out.append((_pair(hub.name, partner.name), _mode(own), own.start()))
            continue
        cue = between[-1] if between else min(cues, key=lambda c: abs(c.start() - partner.start))
        if cue.end() <= partner.start and not _addresses(text, cue, partner, hub):
            continue
        out.append((_pair(hub.name, partner.name), _mode(cue), cue.start()))
        out.extend(
            (_pair(hub.name, partner.name), _mode(c), c.start())
            for c in _main_after_relative(text, hub, partner, cue, cues)
        )
        out.extend(
            (_pair(hub.name, partner.name), _mode(c), c.start()) for c in _then(text, partner, cues)
        )
        out.extend(
            (_pair(hub.name, partner.name), _mode(c), c.start())
            for c in _coordinated_pronoun(text, leaders, partner, cue, cues)
        )
        out.extend(
            (_pair(hub.name, partner.name), _mode(c), c.start())
            for c in _resumed(text, hub, partner, cues)
        )
    return out


# A non-restrictive relative clause: ", who hosts Putin every year," (to its closing comma, or
# the sentence's end).
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;:\u2014]*(?:,|$)", re.IGNORECASE)


def relative_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence's non-restrictive relative clauses, comma to comma."""
    if "," not in text:  # a cheap first test
        return []
    return [m.span() for m in _RELATIVE.finditer(text)]


def _across_relative(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether positions `a` and `b` lie on different sides of a relative clause's edge:
    the clause is a predicate of its own ("Modi, who hosts Putin every year, met him on
    Monday": the habit is the hosting's, the Monday the meeting's)."""
    return any((s <= a < e) != (s <= b < e) for s, e in spans)


def _outside_relatives(text: str, hub: Mention, partner: Mention) -> str:
    """The sentence with the relative clauses that hold neither leader blanked: "Trump, who has
    not visited China since 2017, will travel to Beijing to meet Xi" (the "since" is the
    relative clause's, no break between Trump and his meeting)."""
    out = text
    for s, e in relative_spans(text):
        if not (s <= hub.start < e or s <= partner.start < e):
            out = out[:s] + " " * (e - s) + out[e:]
    return out


def _main_after_relative(
    text: str, hub: Mention, partner: Mention, cue: re.Match[str], cues: list[re.Match[str]]
) -> list[re.Match[str]]:
    """ "Trump and Xi, who last met in Busan in October, spoke by phone on Monday": the cue
    nearest the pair lies in a relative clause on them, a predicate of its own; the main
    clause's contact verb after it is the pair's too."""
    for s, e in relative_spans(text):
        if s <= cue.start() < e and partner.end <= s:
            return [c for c in cues if c.start() >= e][:1]
    return []


# The main clause's verb resuming a leader of the relative clause as a pronoun: "met him".
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:with|to)\s+)?(?:him|her)\b", re.IGNORECASE)


def _resumed(
    text: str, hub: Mention, partner: Mention, cues: list[re.Match[str]]
) -> list[re.Match[str]]:
    """ "Modi, who hosts Putin every year, met him on Monday": the partner named in a relative
    clause on the hub, met again by the main clause's verb with a pronoun object."""
    for s, e in relative_spans(text):
        if hub.end <= s <= partner.start < e:
            return [c for c in cues if c.start() >= e and _PRONOUN_OBJECT.match(text, c.end())][:1]
    return []


# "after his talks with Xi", "following her meeting with the premier": the contact noun the
# possessive owns, then "with" and the partner's name and titles.
_OWN_CONTACT = re.compile(
    r"\b(?:his|her|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<cue>talks|meeting|summit|call|conversation|"
    r"discussions)\s+with\s+(?:[\w.\u2019'-]+\s+){0,5}?$",
    re.IGNORECASE,
)


def _own_contact(
    text: str, leaders: list[Mention], hub: Mention, partner: Mention, cues: list[re.Match[str]]
) -> re.Match[str] | None:
    """The cue of "his talks with <one leader>" when the sentence names just one other leader,
    whom "his" stands for: "Trump, speaking after his talks with Xi, said ..." and "Speaking
    after his meeting with Xi, Trump said ..." are a Trump-Xi contact, although "after" puts
    the talks in another clause than the sentence's first contact word."""
    if len({m.name for m in leaders}) != _PAIR_SIZE:
        return None
    for named in (partner, hub):
        own = _OWN_CONTACT.search(text, max(0, named.start - 80), named.start)
        if own is not None:
            return next((c for c in cues if c.start() == own.start("cue")), None)
    return None


_PAIR_SIZE = 2


# A coordinated predicate after the partner: "and would meet him", "but spoke with him".
_AND_GAP = re.compile(
    rf"[^;:.()\u2014]{{0,60}}?\b(?:and|but)\s+(?:{_PAIR_SUBJECT}\s+)?{_AUXILIARIES}{{0,4}}",
    re.IGNORECASE,
)


def _coordinated_pronoun(
    text: str,
    leaders: list[Mention],
    partner: Mention,
    cue: re.Match[str],
    cues: list[re.Match[str]],
) -> list[re.Match[str]]:
    """ "spoke to Xi on Sunday and would meet him on Friday": a second contact of the pair, a
    coordinated verb whose pronoun object stands for the partner."""
    for c in cues:
        if c.start() <= max(partner.end, cue.start()) or not _PRONOUN_OBJECT.match(text, c.end()):
            continue
        if any(partner.end <= m.start < c.start() for m in leaders):
            return []
        return [c] if _AND_GAP.fullmatch(text, partner.end, c.start()) else []
    return []


# "accepted Xi's invitation to visit", "spoke with Xi and agreed to visit": a second contact of
# the pair, an infinitive after the partner.
_THEN_TO = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){0,3}?to\s+$")


def _then(text: str, partner: Mention, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cue right after the partner that its own infinitive links back to the pair."""
    after = [c for c in cues if c.start() >= partner.end]
    if not after:
        return []
    again = list(re.finditer(rf"\b{re.escape(partner.name)}\b", text[: after[0].start()]))
    start = max(partner.end, again[-1].end() if again else 0)  # "... accepted Xi's invitation"
    return after[:1] if _THEN_TO.fullmatch(text, start, after[0].start()) else []


# The cue's own partner named before a comma: the leader after it is no party to the contact
# (but "a call with the acting president, Han Duck-soo" names the partner in apposition).
_WITH_OTHER = re.compile(r"^\s+(?:with|to)\s+[^,;]+,(?=\s*\S)", re.IGNORECASE)


# "a meeting of Modi and Albanese", "the summit of the two presidents, X and Y": a contact noun
# of a pair of leaders.
_OF_PAIR = re.compile(r"^\s+of\s+(?:[\w.\u2019'-]+\s+){1,5}and\s+$", re.IGNORECASE)


def _addresses(text: str, cue: re.Match[str], partner: Mention, hub: Mention) -> bool:
    """Whether the cue before a leader is a contact with them, not talk about them.

    "Trump spoke about Putin", "met with reporters and criticised Modi", "hosted a dinner where
    he praised Xi" and "called Putin a dictator" name the leader as a topic or an object. A
    leader named after a closing quote is its speaker ("... calling Zelensky," Trump wrote).
    """
    gap = text[cue.end() : partner.start]
    quoted = _CLOSING_QUOTE.search(gap) is not None
    other = _WITH_OTHER.match(gap)  # "In a call with Japan's minister, Trump criticised Xi"
    if other is not None and not cue.end() <= hub.start < cue.end() + other.end():
        return False
    if _OF_PAIR.match(gap) and cue.end() < hub.start and _NOUN_CUE.fullmatch(cue.group(0)):
        return True  # "a meeting of Modi and Albanese": the pair the contact noun is of
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
    title: bool = False,
    contrasts: list[tuple[int, int]],
) -> list[_Found]:
    if _negated(text, pos):
        return []
    since = [d for d in dates if d.value and _SINCE.search(text[max(0, d.start - 8) : d.start])]
    out = [_Found(LeaderContact(Status.HAPPENED, text, pair, mode, d.value), True) for d in since]
    stated = [d for d in dates if not _stated_on(text, d)]
    status = _status(text, pos, stated, published, title=title)
    if status is None:
        return out
    relatives = relative_spans(text)
    # "met Xi, who had flown in that morning, on Monday": a relative clause that holds neither
    # the cue nor the date is read past, so its "who" and commas part the two no more.
    main = _without_relatives(text, relatives, pos)
    own = [
        d
        for d in dates
        if d not in since
        and d.value is not None
        and (status is Status.HAPPENED or not _stated_on(text, d))
        and (status is not Status.DENIED or d.start > pos)  # "on Monday denied that they spoke"
        and (
            _latest_of(text, pos, d)  # "have spoken twice since May, most recently on Monday"
            or (
                not _BREAK.search(main, min(pos, d.end), max(pos, d.start))
                and not _OTHER_CLAUSE.search(main, min(pos, d.end), max(pos, d.start))
            )
        )
        and (not _across_relative(relatives, pos, d.start) or _when_held(text, relatives, pos, d))
        and not _COORDINATED.search(text, d.end, max(d.end, pos))
        and not _between(contrasts, min(pos, d.end), max(pos, d.start))  # "on Monday but"
        and not _fronted_elsewhere(text, pos, d)
    ]
    # "said on Monday he spoke with Xi on Friday": the day of the telling only when no other
    own = [d for d in own if not _stated_on(text, d)] or own
    nearest = min(own, key=lambda d: abs(d.start - pos)) if own else None
    when = _happened_on(text, nearest, status, published, pos)
    if status is Status.HAPPENED and when is None and _background(text, pos, published):
        return out
    anaphoric = when is None and _DEFINITE.search(text[max(0, pos - 8) : pos]) is not None
    bare = _BARE_TALK.match(text, pos) is not None and _BY_PHONE.search(text) is None
    fact = LeaderContact(status, text, pair, mode, when)
    return [_Found(fact, anaphoric=anaphoric, bare=bare), *out]


def _without_relatives(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """The sentence with its relative clauses blanked, but for one that holds `pos`, and with
    the "since" of "the first ... since 2019" blanked: it measures the gap before this contact
    and starts no other event ("meeting for the first time since 2019, agreed on Thursday")."""
    out = text
    for s, e in spans:
        if not s <= pos < e:
            out = out[:s] + " " * (e - s) + out[e:]
    if "first" in out:  # a cheap first test
        out = _FIRST_SINCE.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    return out


_FIRST_SINCE = re.compile(r"(\bfirst\b[^,;:.]{0,40}?)(\bsince)\b", re.IGNORECASE)


# "The call, which took place on Monday,": a relative clause on the contact noun itself whose
# verb says when it was held (the lexicon's `held_when`) dates the contact.
_HELD_WHEN = _LEX["held_when"]


def _when_held(text: str, spans: list[tuple[int, int]], pos: int, d: DateMention) -> bool:
    """Whether `d` lies in a relative clause right after the contact noun at `pos` (and its
    partner or place) that tells when the contact was held."""
    noun = _NOUN_CUE.match(text, pos)
    if noun is None:
        return False
    return any(
        _NOUN_TAIL.fullmatch(text, noun.end(), s) is not None
        and s <= d.start < e
        and _HELD_WHEN.search(text, s, d.start) is not None
        for s, e in spans
    )


_NOUN_TAIL = re.compile(r"[^,;:.\u2014]{0,60}")  # the noun's partner or place: "with Xi in Busan"


# "(twice since May), most recently on Monday", "(...), the latest on Friday": an appositive
# naming the day of the latest of the contacts the clause counts.
_LATEST = re.compile(rf"(?:,|\u2014|\()\s*(?:{_LEX['latest'].pattern})\s+(?:on\s+)?$", re.I)
_LATEST_REACH = 140  # characters from the cue to such an appositive's date


def _latest_of(text: str, pos: int, d: DateMention) -> bool:
    """Whether `d` is the day of the latest contact in an appositive after the cue."""
    return (
        pos < d.start <= pos + _LATEST_REACH
        and _LATEST.search(text, max(pos, d.start - 40), d.start) is not None
        and re.search(r"[.;:]", text[pos : d.start]) is None
    )


def _between(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether one of the (sorted) spans lies within `lo`..`hi`."""
    i = bisect_left(spans, (lo, lo))
    return i < len(spans) and spans[i][1] <= hi


# "spoke", "talked": a verb of talking that names no phone; of a pair who met, that meeting.
_BARE_TALK = re.compile(r"(?:spoke|spoken|speak(?:s|ing)?|talked|talking)\b", re.IGNORECASE)
_BY_PHONE = re.compile(r"\b(?:phone\w*|telephone\w*|video|call(?:s|ed)?)\b", re.IGNORECASE)


def _drop_bare_talk(found: list[_Found]) -> list[_Found]:
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


def _happened_on(
    text: str, d: DateMention | None, status: Status, published: date | None, pos: int
) -> date | None:
    """The contact's day. A contact that happened on a weekday the wording around it read as
    ahead ("said tariffs would fall after his talks with Xi on Thursday": the "would" is the
    tariffs') took place on that weekday of the week before; a planned one on a weekday of
    its own clause read as past ("expects to meet Xi on Tuesday") on the week after."""
    if d is None or d.value is None:
        return None
    ahead = published is not None and d.value > published
    weekday = d.weekday_only and _WEEKDAY_NAME.search(text, d.start, d.end) is not None
    if status is Status.HAPPENED and weekday and ahead:
        return d.value - timedelta(days=7)
    if (
        status is Status.PLANNED
        and weekday
        and published is not None
        and d.value < published
        and (
            _WEEKDAY_AHEAD.fullmatch(text, pos, d.start)
            or (d.end <= pos and _ATTRIBUTIVE_GAP.match(text[d.end : pos]))  # "Friday's meeting"
        )
    ):
        return d.value + timedelta(days=7)  # "expects to meet Xi on Tuesday", "set for Friday"
    if status is Status.HAPPENED and ahead and not d.weekday_only:
        return in_the_past(text, d, published)
    return d.value


# the cue, its partner and place, then the weekday: no clause boundary between
_WEEKDAY_AHEAD = re.compile(r"[^,;:.\u2014]{0,80}\b(?:on|for)\s+", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
# "met Trump on Monday and will speak to Xi on Friday": a coordinated predicate with a modal
# of its own; the date before it is the first predicate's.
_COORDINATED = re.compile(
    r"\band\s+(?:(?:then|later|also)\s+)?(?:will|would|shall|could|may|might|plans?|hopes?|"
    r"expects?|is\s+(?:due|set|expected|scheduled)|are\s+(?:due|set|expected|scheduled))\b",
    re.IGNORECASE,
)
# "Before returning home on Monday (1 September), the PM is due to meet ...": a fronted
# adverbial clause with a verb of its own, up to its comma.
_FRONTED = re.compile(
    r"^\W*(?:before|after|while|since|until|when|once|following|ahead\s+of|upon)\s+[^,;]*,",
    re.IGNORECASE,
)


def _fronted_elsewhere(text: str, pos: int, d: DateMention) -> bool:
    """Whether the date belongs to a fronted adverbial clause that the cue is not part of."""
    m = _FRONTED.match(text)
    return m is not None and d.end <= m.end() <= pos


# ", with Russia and Ukraine set to swap prisoners on March 19": the date of another clause.
_OTHER_CLAUSE = re.compile(r",\s+(?:with|as|while|and|but)\s", re.IGNORECASE)
# "confirmed on Friday", "released Friday (Oct 17)": a weekday may stand before the date.
_REPORTED_ON = re.compile(
    rf"(?:{_LEX['reporting'].pattern})\s+(?:on\s+)?(?:[A-Z][a-z]+day\s*[,(]?\s*)?$", re.IGNORECASE
)


def _stated_on(text: str, d: DateMention) -> bool:
    """Whether the date is when something was said ("told CBS on Sunday", "confirmed Friday")."""
    return said_on(text, d) or _REPORTED_ON.search(text, max(0, d.start - 30), d.start) is not None


def _background(text: str, pos: int, published: date | None) -> bool:
    """An undated contact the clause places in an earlier period ("last met in January")."""
    return any(
        abs(pos - s) <= _CLAUSE_REACH
        and not _BREAK.search(text, _time_of_when(text, e, pos), max(pos, s))
        for s, e in earlier_spans(text, published, _BACKGROUND_DAYS)
    )


_WHEN_OF_TIME = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _time_of_when(text: str, end: int, pos: int) -> int:
    """Where the search for a clause break between a time (ending at `end`) and a later cue
    starts: after a "when" right after the time, whose clause tells what happened then ("in
    February 2022 when Putin visited Beijing")."""
    if end > pos:
        return pos
    m = _WHEN_OF_TIME.match(text, end)
    return m.end() if m else end


def _status(
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
    if DENIED.search(text) or _DENIED_CONTACT.search(text):
        return Status.DENIED
    lo, end = _bounds(text, pos)
    if _finite_past(text, pos):  # "Trump, asked if tariffs would fall, said he spoke to Xi"
        lo = max(lo, _clause_start(text, pos))
    hi = min(end, pos + _STATUS_WINDOW)
    # a relative clause right after the contact does not use up its window: "The call between
    # Trump and Xi, which was announced on Monday, will take place on Friday"
    asides = [(s, e) for s, e in relative_spans(text) if pos < s < hi]
    hi = min(end, hi + sum(e - s for s, e in asides))
    window = text[lo:hi]
    habit = _HABITUAL.search(text, max(lo, pos - _HABIT_BEFORE), min(end, pos + _HABIT_AFTER))
    if (
        _NO_CONTACT.search(window)
        or habit
        or _asked(text, pos)
        or _called_off_after(text, pos)
        or _open_question(text, pos)
    ):
        return None
    # "after their summit", "their June 5 call", "his much-anticipated call with Xi took place"
    if (
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
        and not _OTHER_CLAUSE.search(text, min(pos, d.end), max(pos, d.start))
        and not _COORDINATED.search(text, d.end, max(d.end, pos))  # "on Monday and will meet"
    ]
    firm = bool(_FIRM_TIME.search(text, lo, end) or near or _VENUE.match(text, pos))
    # "during the upcoming summit" fixes the time; its "upcoming" is no hedge (pseudo-trigger)
    unfixed = _FIRM_TIME.sub(lambda m: " " * len(m.group(0)), text[lo:end])[
        : _reach(text, pos, hi) - lo
    ]
    if _adjunct(text, pos):  # "invited Putin to Delhi in a call": the call held the invitation
        unfixed = _finite_past_blanked(unfixed, pos - lo)
    # "asked for a call": a hedge over this contact itself
    modal = Status.SPECULATED if _governed(text, pos) else _modality(unfixed, firm=firm)
    if modal is not None:
        return modal
    later = [d for d in near if d.start > pos]
    return _tense(text, pos, window, later, published, firm=firm, title=title)


# The contact noun's phrase, an aside between commas (", which had been scheduled for
# Thursday,", ", due in Budapest,"), then the main clause's auxiliary: what the main verb says
# of the contact comes after the aside.
# The adverb between the auxiliary and the verb is any in -ly or one of the lexicon's
# `verb_adverbs` ("was later called off", "has since been scrapped").
_VERB_ADVERB = rf"(?:{_LEX['verb_adverbs'].pattern}|\w{{2,}}ly\b)"
_ASIDE = re.compile(
    r"[^,;:.]{0,60}?,\s+[^,;:.]{1,60},\s+(?:(?:was|were|is|are|has|have|had)\s+)?"
    rf"(?:{_VERB_ADVERB}\s+)?(?:been\s+)?",
    re.IGNORECASE,
)


# "had spoken", "has met", "have talked": a perfect's participle after its auxiliary
_PERFECT_CUE = re.compile(r"(?:spoken|met|talked|held|phoned|hosted|visited)\b", re.IGNORECASE)
# (not a negative adverb: "have rarely spoken" states no contact)
_NOT_NEGATIVE = rf"(?!(?:{_LEX['negative_adverbs'].pattern}))"
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
    rf"(?:{_LEX['open_question'].pattern})"
    r"(?:(?!\b(?:but|yet)\b|\band\s+(?:said|says|told|tells|added|adds)\b)[^,.;:!?\u2014]){0,60}$",
    re.IGNORECASE,
)


def _open_question(text: str, pos: int) -> bool:
    """Whether the contact at `pos` is asked about in an embedded question, not stated."""
    return _OPEN_QUESTION.search(text, max(0, pos - 80), pos) is not None


def _called_off_after(text: str, pos: int) -> bool:
    """ "The summit, which had been scheduled for Thursday, was called off": the main verb after
    an aside calls the contact off."""
    if "," not in text:  # a cheap first test
        return False
    aside = _ASIDE.match(text, pos)
    return aside is not None and _NO_CONTACT.match(text, aside.end()) is not None


_JOURNEY = _LEX["journey"]
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
    r"sat\s+down)\b",
    re.IGNORECASE,
)


def _reach(text: str, pos: int, hi: int) -> int:
    """How far after the cue its modality triggers are read. A finite past contact verb is
    not governed by a modal after it: in "Trump, who met Xi last week, said China would buy
    more" the "would" is the buying's (ConText: such a trigger modifies what follows it)."""
    phone = _ON_THE_PHONE.match(text, pos)
    if phone is not None and _PAST_BEFORE.search(text, max(0, pos - 15), pos):
        return min(hi, phone.end())
    if _OPENING_PARTICIPLE.match(text, pos) and not text[:pos].strip():
        comma = text.find(",", pos, hi)  # "Speaking to Xi on Monday, Trump said ... would"
        if comma != -1:
            return comma
    if _adjunct(text, pos):  # "told Putin in a call that China would ...": the modal is told
        that = _THAT.search(text, pos, hi)
        if that is not None:
            return that.start()
    past = _PAST_CUE.match(text, pos)
    if past is None or _COUNTERFACTUAL.search(text, past.end(), hi):
        return hi  # "Had Trump met Xi, tariffs would have fallen": what would have been
    return min(hi, past.end())


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
    main = _without_relatives(text, relative_spans(text), pos) if "," in text else text
    return Status.HAPPENED if _PAST.search(main) or _adjunct(text, pos) else None


# A contact noun owned or determined ("Modi's phone conversation", "their call", "the summit"),
# with its partner, day or place, then a finite past verb whose subject it is: "Modi's call
# with Trump on Saturday touched on tariffs". The contact happened. A participle of a plan
# ("the summit planned for May") is no such verb.
_OWNED_NOUN = re.compile(
    r"(?:^|['\u2019]s\s+|\b(?:the|a|an|their|his|her)\s+)(?:[\w-]+\s+)?$", re.IGNORECASE
)
_NOUN_CUE = re.compile(
    r"(?:(?:phone|video|telephone)[\s-]*)?(?:call|conversation|talks|meeting|summit|"
    r"discussions|sit-down)\b",
    re.IGNORECASE,
)
# "a Friday call": the article is the contact noun's, the weekday before it names a day.
_BEFORE_NOUN_CUE = re.compile(rf"\s+(?:{_NOUN_CUE.pattern})", re.IGNORECASE)
# The partner's phrase is capitalised names and the lexicon's `partner_words`; the verb is a
# regular past in -ed that is not one of the `plan_participles`, or one of `irregular_past`.
_SUBJECT_OF_PAST = re.compile(
    rf"(?:\s+(?:with|between|to)(?:\s+(?:{_LEX['partner_words'].pattern}|"
    r"(?-i:[A-Z])[\w.\u2019'-]*)){1,6})?"
    r"(?:\s+(?:on|last|this)\s+[\w-]+(?:\s+\d{1,2}\b)?)?(?:\s+in\s+(?-i:[A-Z])[\w-]*)?"
    rf"\s+(?!{_LEX['plan_participles'].pattern})"
    rf"(?:(?-i:[a-z]{{2,}}ed)\b|(?-i:{_LEX['irregular_past'].pattern}))",
    re.IGNORECASE,
)


def _past_subject(text: str, pos: int) -> bool:
    """Whether the contact noun at `pos` is the subject of a finite past verb (see above)."""
    noun = _NOUN_CUE.match(text, pos)
    if noun is None or _OWNED_NOUN.search(text, max(0, pos - 40), pos) is None:
        return False
    return _SUBJECT_OF_PAST.match(text, noun.end()) is not None


# A headline's plain present, singular or plural: "Modi, Putin hold talks", "Trump meets Lula".
_HEADLINE_PRESENT = re.compile(
    r"(?:hold|meet|speak|talk|phone|call|host)s?\b(?!\s+(?:for|on\s+(?!(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day)))",
    re.IGNORECASE,
)


_AHEAD_TIME = _LEX["ahead_time"]
_AHEAD_VAGUE = _LEX["ahead_vague"]
_AHEAD_REACH = re.compile(r"[^,;:.\u2014]{0,40}?$")  # from the cue to the time: one phrase


def _time_ahead(text: str, pos: int) -> Status | None:
    """ "Trump's visit to Xi next April was confirmed": a contact that no past verb states,
    with a time ahead right after it, is still to come whatever the tense of the clause: a
    plan at a named month, else expected ("next month", "later this year")."""
    if _PAST_CUE.match(text, pos):
        return None  # "met Xi, and they will meet again next month": the meeting is over
    for pattern, status in ((_AHEAD_TIME, Status.PLANNED), (_AHEAD_VAGUE, Status.SPECULATED)):
        m = pattern.search(text, pos, pos + _CLAUSE_REACH)
        if m is not None and _AHEAD_REACH.match(text[pos : m.start()]):
            return status
    return None


# "told Xi in a phone call", "During their meeting, Xi proposed", "on the phone": a contact noun
# in an adverbial of a clause with no modal states a contact held; so does a participle opening
# the sentence ("Greeting Modi at the airport, Putin ...").
_ADJUNCT = re.compile(
    r"(?:\b(?:in|during|over|on)\s+(?:a|an|the|their|his|her)|\bat\s+their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ON_THE_PHONE = re.compile(r"(?:on|over|by)\s+(?:the\s+)?(?:tele)?phone\b", re.IGNORECASE)
# "spoke by phone": the past verb right before the phrase states its tense, as `_PAST_CUE` does
_PAST_BEFORE = re.compile(r"\b(?:spoke|talked|phoned|telephoned|met)\s+$", re.IGNORECASE)
_OPENING_PARTICIPLE = re.compile(r"^\W*[A-Z][a-z]+ing\b")


def _adjunct(text: str, pos: int) -> bool:
    """Whether the cue at `pos` is a contact told as an adverbial (see `_ADJUNCT`)."""
    opening = _OPENING_PARTICIPLE.match(text, pos) is not None and not text[:pos].strip()
    if opening or _ON_THE_PHONE.match(text, pos):
        return True
    return _ADJUNCT.search(text, max(0, pos - 40), pos) is not None


# A trigger after the cue reaches it only within its clause: "spoke with Xi and accepted an
# invitation to visit" (the acceptance is another predicate), "met, but may meet again".
_FORWARD_END = re.compile(
    r";|\b(?:but|however|while|although|whereas)\b|\band\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b",
    re.IGNORECASE,
)


def _clause_end(text: str, pos: int) -> int:
    """Where the cue's clause ends, at most `_CLAUSE_REACH` characters on."""
    m = _FORWARD_END.search(text, pos + 1, pos + _CLAUSE_REACH)
    return m.start() if m else min(len(text), pos + _CLAUSE_REACH)


_TERMINATION = re.compile(r"[;:,.!?\u2014]|\b(?:but|however|while|although|whereas)\b", re.I)
_SCOPE_REACH = 160  # characters a trigger before the cue may reach back, within its clause


def _bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the cue's status triggers are read: its scope back and its clause forward, both
    kept out of or within a relative clause, a predicate of its own."""
    lo, end = _scope(text, pos), _clause_end(text, pos)
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


_ATTRIBUTIVE_GAP = re.compile(r"^(?:['\u2019]s)?\s+(?:[a-z-]+\s+)?$")


def _dated_before(text: str, pos: int, dates: list[DateMention], published: date | None) -> bool:
    """ "their June 5 conversation": a contact noun named by a day already past is over (a
    weekday's week is the tense's: "Trump's Thursday meeting with Xi will be held in Busan")."""
    return any(
        d.value is not None
        and published is not None
        and d.value < published
        and d.end <= pos
        and _ATTRIBUTIVE_GAP.match(text[d.end : pos])
        and not (d.weekday_only and _ahead_in_clause(text, pos))
        for d in dates
    )


def _ahead_in_clause(text: str, pos: int) -> bool:
    """Whether the cue's clause after it holds wording of a plan, a hedge or a future."""
    end = _clause_end(text, pos)
    return any(p.search(text, pos, end) for p in (_FIRM_PLAN, _HEDGE, _FUTURE))


# A hedge that governs the contact word at most two words after it ("asked for a call",
# "agreed in principle to meet"), or "in principle" right after the contact ("agreed to meet Xi
# in principle").
# (between them at most two words that are no preposition: "asked for a new phone call", not
# "a deal in principle during a call")
_GOVERNED = re.compile(
    rf"(?:{_LEX['governed'].pattern})\s+"
    r"(?:(?!(?:during|in|at|on|with|after|before|by|over|via|for)\b)[\w-]+\s+){0,2}?$",
    re.I,
)
_IN_PRINCIPLE_AFTER = re.compile(r"\w*[^,.;:!?\u2014]{0,30}?\bin\s+principle\b", re.I)


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


# "hailed his meeting with": a judging verb right before the contact's owner.
_JUDGED = re.compile(
    rf"(?:{_LEX['judging'].pattern})\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE
)


def _anterior(text: str, pos: int) -> bool:
    """ "after their summit", "following his talks", "hailed his meeting": over, unless
    "their upcoming summit"."""
    before = text[max(0, pos - 60) : pos]
    if _JUDGED.search(before) and not (_HEDGE.search(before) or _FUTURE.search(before)):
        return True
    m = _ANTERIOR.search(before)
    return m is not None and not (_HEDGE.search(m.group(0)) or _FUTURE.search(m.group(0)))


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
