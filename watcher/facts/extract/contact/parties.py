"""Who takes part in a contact: the leaders a sentence names, and the pair it refers back to.

Leaders come from the gazetteer's names and titles ("President Xi"), the seats of office and
short names of leaders the article has named, "his counterpart" and "the presidents of X and
Y"; a leader's envoy or administration is not the leader. `Memory` carries the pair last named
together for "the two leaders" and "he" a few sentences on, and a visit to a capital names that
country's leader in office.

A party the sentence does not name is taken from the article's context only when one leader
fits: "he"/"him" is the last sentence's lone subject, else the one other leader of the latest
sentence naming one (`Memory.actor_other_than`); "his counterpart" after a resumed "he" is that
leader's; a bare office ("the president") is the one holder of it the article has named
(leaders.yaml `office`); an epithet names the US and Chinese leaders in office (lexicon
`contact: us_china_leaders`). Two candidates resolve nothing: a guess would invent a contact.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from watcher.facts.extract.contact.cues import BEFORE_NOUN_CUE, LEX, NOUN_CUE
from watcher.facts.extract.context import Context
from watcher.facts.extract.dates import WEEKDAY
from watcher.facts.extract.gazetteer import Mention, packaged
from watcher.facts.extract.literals import Guarded, guarded, guarded_re
from watcher.facts.extract.recency import FULL_MONTHS


@dataclass(frozen=True, slots=True)
class _Role:
    """A title that names a leader while they hold it ("the Chinese leader")."""

    pattern: Guarded  # run only on a sentence holding one of its phrases (or places)
    name: str
    start: date | None
    end: date | None
    phrases: tuple[str, ...] = ()

    def holds(self, day: date | None) -> bool:
        if day is None:  # undated article: only a role still held applies
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def _load_roles() -> list[_Role]:
    """The date-bounded `roles` of data/leaders.yaml (the gazetteer reads only `aliases`), from
    the table the gazetteer has parsed once (`gazetteer.packaged`), not parsed again."""
    data = packaged("leaders")
    out = []
    for name, entry in data.items():
        for role in entry.get("roles", []):
            phrases = "|".join(re.escape(p).replace("'", "['\u2019]") for p in role["phrases"])
            pattern = guarded(re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE))
            when = (role.get("from"), role.get("until"))
            out.append(_Role(pattern, name, *when, tuple(role["phrases"])))
    return out


_ROLES = _load_roles()


def _load_seats() -> list[_Role]:
    """The date-bounded `seats` of data/leaders.yaml: the capital a leader receives visitors in."""
    data = packaged("leaders")
    out = []
    for name, entry in data.items():
        for seat in entry.get("seats", []):
            places = "|".join(re.escape(p) for p in seat["places"])
            pattern = guarded(re.compile(rf"(?<![\w-])(?:{places})\b(?!['\u2019]s)"))
            out.append(_Role(pattern, name, seat.get("from"), seat.get("until")))
    return out


_SEATS = _load_seats()
# "visited Moscow", "will visit Beijing", "a state visit to Washington": the capital visited.
_VISIT = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?$", re.IGNORECASE)
_VISIT_REACH = 60  # characters between the visitor's name and "visit"
_VISITOR_GAP = re.compile(r"^[^.;:,\u2014()]*$")


def visits(
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
                out.append((sorted_pair(visitor.name, seat.name), "meeting", verb.start()))
    return out


def find_leaders(
    text: str, ctx: Context, earlier: set[str] | None = None, resumed: str | None = None
) -> list[Mention]:
    """Leaders named (gazetteer aliases), given by a title they hold on the publication day,
    by a short name once the article has named them in full (`earlier`), or as another
    leader's counterpart of a named country ("Xi told his US counterpart"; in a sentence that
    opens on "He" or "She", the owner may be `resumed`, the subject of the sentence before)."""
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
    found += _counterparts(text, found, ctx, resumed) + _coordinated_offices(text, ctx)
    found += _bare_offices(text, found, ctx, earlier or set()) + _epithet_pair(text, ctx)
    found.sort(key=lambda m: m.start)
    return [m for m in found if not _PROXY.match(text, m.end)]


_EPITHET = LEX["us_china_leaders"]


def _epithet_pair(text: str, ctx: Context) -> list[Mention]:
    """ "The leaders of the world's two largest economies spoke": the US and Chinese leaders in
    office that day (lexicon `contact: us_china_leaders`), each given half the epithet's span
    so that the two stand side by side as "Trump and Xi" would."""
    if "econom" not in text:  # a cheap first test: every epithet names the economies
        return []
    out = []
    for m in _EPITHET.finditer(text):
        us, china = _in_office("US", ctx), _in_office("China", ctx)
        if us is not None and china is not None:
            mid = (m.start() + m.end()) // 2
            out += [Mention(us, m.start(), mid), Mention(china, mid, m.end())]
    return out


def _load_offices() -> dict[str, frozenset[str]]:
    """The leaders of data/leaders.yaml by their `office` ("president": Trump, Xi, ...)."""
    out: dict[str, set[str]] = {}
    for name, entry in packaged("leaders").items():
        if entry.get("office"):
            out.setdefault(entry["office"], set()).add(name)
    return {office: frozenset(names) for office, names in out.items()}


_OFFICES = _load_offices()
# "the president would speak with Xi", "The prime minister met ...": the office alone, not one
# of a named country ("the president of Brazil"), nor a title before a name ("the President
# Trump" is the name's), nor a plural
_BARE_OFFICE = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<office>president|prime\s+minister)(?![\w-])"
    r"(?!\s+of\b|\s+(?-i:[A-Z])|['\u2019]s\s+(?:office|wife|son|daughter|family))"
)
_OFFICE_STEM = ("he president", "he prime minister")  # one is in every _BARE_OFFICE match
_APPOSED = re.compile(r",\s*$")


def _bare_offices(
    text: str, found: list[Mention], ctx: Context, earlier: set[str]
) -> list[Mention]:
    """ "Trump to phone Xi on Friday" / "... said the president would speak with Xi": a bare
    office stands for the one leader the article has named so far (`earlier`, the headline's
    too) who holds it and is in office that day, other than the leaders the sentence names.
    Two such leaders in view, or none, resolve nothing; nor does the office in apposition
    after a name ("Xi, the president, said"), which is that leader's."""
    if not any(stem in text for stem in _OFFICE_STEM):  # a cheap first test
        return []
    here = {m.name for m in found}
    out = []
    for m in _BARE_OFFICE.finditer(text):
        if any(_APPOSED.fullmatch(text, x.end, m.start()) for x in found if x.end <= m.start()):
            continue
        office = " ".join(m.group("office").split())
        held = {
            n
            for n in _OFFICES.get(office, frozenset()) & earlier
            if n not in here
            and any(seat.name == n and seat.holds(ctx.published) for seat in _SEATS)
        }
        if len(held) == 1:
            out.append(Mention(held.pop(), m.start(), m.end()))
    return out


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
    data = packaged("leaders")
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


def _counterparts(
    text: str, leaders: list[Mention], ctx: Context, resumed: str | None = None
) -> list[Mention]:
    if "counterpart" not in text:  # a cheap first test
        return []
    out = []
    for m in _COUNTERPART.finditer(text):
        countries = ctx.gaz.countries.find(m.group("adj"))
        owner = (
            _owner_before(text, leaders, m, ctx)
            or _subject_after(text, leaders, m)
            or _pronoun_owner(text, leaders, m, ctx, resumed)
        )
        if owner is None or len(countries) != 1:
            continue
        holder = _in_office(countries[0].name, ctx)
        if holder is not None and holder != owner.name:
            out.append(Mention(holder, m.start(), m.end()))
    return out


def _owner_before(
    text: str, leaders: list[Mention], m: re.Match[str], ctx: Context
) -> Mention | None:
    """The leader named before "his counterpart" whose counterpart it is, if any."""
    owners = [x for x in leaders if x.end <= m.start()]
    if not owners:
        return None
    if _names_someone_else(text[owners[-1].end : m.start()], ctx):
        return None  # "Trump said Bessent met his Chinese counterpart": Bessent's
    if _NOT_OWNER_AFTER.match(text, owners[-1].end) or _NOT_OWNER_BEFORE.search(
        text, 0, owners[-1].start
    ):
        return None  # "Trump's trade chief met his ...", "an aide to Trump met his ...": not his
    return owners[-1]


# "he"/"she" before "his counterpart": the subject the pronoun resumes owns it
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# a clause's opening word that names no one ("Speaking aboard ...", "On Monday, he ...")
_OPENING = re.compile(
    r"^\W*(?:(?-i:[A-Z])[a-z]+(?:ing|ed)|After|Before|While|When|On|In|At|Later|Earlier|Then|"
    r"Afterwards|Separately|Meanwhile|Asked|Back)\b"
)


def _pronoun_owner(
    text: str, leaders: list[Mention], m: re.Match[str], ctx: Context, resumed: str | None
) -> Mention | None:
    """ "Xi met Putin on Monday. He later spoke with his American counterpart", "Speaking
    aboard Air Force One, he said he had met his Chinese counterpart": with no leader and no
    one else named before "his counterpart" and a "he" or "she" before it, the owner is the
    leader the pronoun resumes, the last sentence's lone subject (`Memory.subject`)."""
    if resumed is None or any(x.end <= m.start() for x in leaders):
        return None
    if _SUBJECT_PRONOUN.search(text, 0, m.start()) is None:
        return None
    opening = _OPENING.match(text)
    gap = _SUBJECT_PRONOUN.sub(" ", text[opening.end() if opening else 0 : m.start()])
    return None if _names_someone_else(gap, ctx) else Mention(resumed, 0, 0)


# A fronted clause that holds "his counterpart", then its comma and the main clause's subject:
# "Speaking after meeting his Chinese counterpart in Busan, Trump said ...".
_TO_SUBJECT = re.compile(r"[^.;:!?\u2014]*,\s+(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,3}")
_OPENS_FRONTED = re.compile(r"^\W*(?-i:[A-Z])[a-z]+(?:ing|ed)\b|^\W*(?:After|Before|While|When)\b")


def _subject_after(text: str, leaders: list[Mention], m: re.Match[str]) -> Mention | None:
    """The main clause's subject after a fronted clause that opens the sentence and holds
    "his counterpart": the leader it is the counterpart of."""
    if not _OPENS_FRONTED.match(text) or any(x.end <= m.start() for x in leaders):
        return None
    after = [x for x in leaders if x.start >= m.end()]
    if after and _TO_SUBJECT.fullmatch(text, m.end(), after[0].start):
        return after[0]
    return None


# A place ("flew to South Korea", "arrived in Beijing") or a day between the owner and "his
# counterpart" names no one else: "Putin arrived in Beijing on Monday to see his Chinese
# counterpart" is Putin's counterpart.
_PLACE_OR_DAY = re.compile(
    rf"\b(?:in|to|at|from|for|near|into|aboard|outside)\s+(?:the\s+)?"
    rf"(?:(?-i:[A-Z])[\w.\u2019'-]*\s*)+|\b(?:{FULL_MONTHS}|{WEEKDAY})\b"
)


_REST_OF_NAME = re.compile(r"^(?:\s+(?-i:[A-Z])[\w.\u2019'-]*)+(?=\s)")


def _names_someone_else(gap: str, ctx: Context) -> bool:
    """Whether the words between a leader and "his counterpart" name another person: a
    capitalised word that is no country, place after a preposition, month or weekday, nor
    the rest of the owner's name."""
    if not _SOMEONE_ELSE.search(gap):  # a cheap first test
        return False
    gap = _REST_OF_NAME.sub("", gap)  # "President Xi| Jinping told his ...": still Xi's name
    for c in ctx.gaz.countries.find(gap)[::-1]:
        gap = gap[: c.start] + " " + gap[c.end :]
    return _SOMEONE_ELSE.search(_PLACE_OR_DAY.sub(" ", gap)) is not None


def leaders_in_office(texts: list[str], ctx: Context) -> list[str]:
    """The leaders in office of the countries `texts` name, in order, but for a contact's
    venue (`_venue`)."""
    found = (
        _in_office(c.name, ctx)
        for text in texts
        for c in ctx.gaz.countries.find(text)
        if not _venue(text, c)
    )
    return [name for name in found if name is not None]


# "met in Seoul", "talks at Beijing's Great Hall": a place right after a contact in its clause
_AT_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a contact noun or verb (not the whole cue pattern: compiling a copy of it costs ~7 ms a run)
_CONTACT_BEFORE = re.compile(
    rf"\b(?:{NOUN_CUE.pattern}|met|meet(?:s|ing)?|spoke|talked|held|sat\s+down|gather(?:ed)?)"
    r"[^,;:.]{0,30}$",
    re.IGNORECASE,
)
_VENUE_REACH = 50  # characters before the place that a contact word may stand in


def _venue(text: str, place: Mention) -> bool:
    """Whether a country (by name or capital) is where a contact is held ("the two leaders
    met in Seoul", "their Seoul summit"), not a party to it: at a summit the host's leader is
    no partner, and a bilateral visit names its host elsewhere."""
    if BEFORE_NOUN_CUE.match(text, place.end):  # "their Seoul summit", "the Busan talks"
        return True
    if _AT_PLACE.search(text, max(0, place.start - 10), place.start) is None:
        return False
    return _CONTACT_BEFORE.search(text, max(0, place.start - _VENUE_REACH), place.start) is not None


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
_PROXY = guarded_re(
    rf"(?:['\u2019]s)?\s+(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}(?:{LEX['proxy'].pattern})", re.IGNORECASE
)


_PAIR_SIZE = 2
_CARRY_SENTENCES = 3  # how many sentences back "the two leaders" or "he" may reach
# how far back "the two leaders" may reach while no leader outside the pair has been named since
_CARRY_UNCONTESTED = 8


@dataclass(slots=True)
class Memory:
    """Simple carry-over: the pair last named together and the leaders of recent sentences."""

    pair: tuple[str, str] | None = None
    pair_age: int = 0
    recent: list[list[str]] = field(default_factory=list)
    before: tuple[str, str] | None = None  # the pair in focus before this sentence's leaders
    subject: str | None = None  # the leader the last sentence is about ("He and Xi" resumes it)
    # the three or more leaders a recent sentence named, for "the three leaders met" (`crowd`)
    crowd_names: tuple[str, ...] = ()
    crowd_age: int = 0
    # whether a leader outside the pair has been named in the article (before or since it)
    contested: bool = False
    seen: set[str] = field(default_factory=set)  # every leader the article has named so far

    def see(self, leaders: list[Mention]) -> None:
        self.before = self.last_pair()
        if len(leaders) > _PAIR_SIZE:  # "accused Xi, Putin and Kim": "the leaders" is no pair
            self.pair = None
            self.crowd_names, self.crowd_age = tuple(m.name for m in leaders), 0
        elif len(leaders) > 1:
            self.pair, self.pair_age = sorted_pair(leaders[0].name, leaders[1].name), 0
        elif self.pair is not None and any(m.name in self.pair for m in leaders):
            self.pair_age = 0  # a sentence about one of the pair keeps the pair in focus
        self.seen.update(m.name for m in leaders)
        self.contested = self.pair is not None and any(n not in self.pair for n in self.seen)

    def next_sentence(self, leaders: list[Mention], text: str = "") -> None:
        self.pair_age += 1
        self.crowd_age += 1
        self.recent = [[m.name for m in leaders], *self.recent][:_CARRY_SENTENCES]
        if not _RESUMES.match(text):  # "He flew on to Seoul": the subject stays
            self.subject = _subject(text, leaders)

    def last_pair(self) -> tuple[str, str] | None:
        """The pair "the two leaders" stands for: the pair last named together, within a few
        sentences, or further back when the article has named no other leader (a recap at an
        article's end, "It was the leaders' second contact since ...", after paragraphs that
        name no leader: the pair is the only antecedent there is)."""
        reach = _CARRY_SENTENCES if self.contested else _CARRY_UNCONTESTED  # the only pair
        return self.pair if self.pair_age <= reach else None

    def crowd(self) -> tuple[str, ...]:
        """The three or more leaders a sentence named lately, while "the three leaders" may
        still stand for them (as `last_pair` for "the two leaders"), else none."""
        return self.crowd_names if self.crowd_age <= _CARRY_SENTENCES else ()

    def assume(self, pair: tuple[str, str]) -> None:
        """Take `pair` as the pair last named together (see `inferred_pair`)."""
        self.pair, self.pair_age = pair, 0
        self.contested = any(n not in pair for n in self.seen)

    def actor_other_than(self, name: str) -> str | None:
        """The one leader other than `name` that the sentences before put in view, for a party
        the sentence leaves unnamed ("he", "him", a passive): the last sentence's lone subject,
        else the leaders of the latest sentence that named another than `name`, when that is
        one leader. Two in view ("Putin and Trump wrote to Xi. He spoke with the Chinese
        leader") leave the party unresolved: a guess would invent a contact."""
        if self.subject is not None and self.subject != name:
            return self.subject
        for names in self.recent:
            others = set(names) - {name}
            if others:
                return others.pop() if len(others) == 1 else None
        return None


# a sentence opening on "He"/"She" goes on about the last sentence's subject
_RESUMES = re.compile(r"\s*(?:[Hh]e|[Ss]he)\s")
# before a sentence's subject: an opening phrase ("On Monday, ") and titles ("Chinese President")
_BEFORE_SUBJECT = re.compile(
    r"[\s\"\u201c]*(?:[^,.;:\"\u201c]{1,40},\s+)?(?:(?-i:[A-Z])[\w.\u2019'-]*\s+){0,5}"
)
_JOINT_SUBJECT = re.compile(r"['\u2019]s\b|,?\s+(?:and|or|&)\s")


def _subject(text: str, leaders: list[Mention]) -> str | None:
    """The leader a sentence opens on as its lone subject ("Putin arrived in Delhi"), if any:
    "The foreign minister arrived", "Modi's spokesman flew" and "Trump and Lee met" have no
    leader a following "He and Xi met" can resume."""
    first = leaders[0] if leaders else None
    if first is None or _BEFORE_SUBJECT.fullmatch(text, 0, first.start) is None:
        return None
    return None if _JOINT_SUBJECT.match(text, first.end) else first.name


def inferred_pair(
    leaders: list[Mention],
    memory: Memory,
    title: list[str],
    article: Counter[str],
    offices: Sequence[str] = (),
) -> tuple[str, str] | None:
    """The two leaders "the two presidents" or "their summit" stands for when no pair was
    named together in the sentences before: the leaders of this sentence and of the recent
    ones first, then the headline's ("Xi and Trump agree ..."), then the leader the article
    has named most (its subject), then the leaders in office of the countries named nearby
    (`offices`: "Xi said China would work with the US. The two presidents met"). With no
    leader in view, the headline's two, else the only two the article has named. Three
    leaders in view, or an article of three with no headline pair, are no one pair."""
    recent = [n for names in memory.recent for n in names]
    near = list(dict.fromkeys([m.name for m in leaders] + recent))
    if len(near) > _PAIR_SIZE:
        return None
    named = list(dict.fromkeys(near + title + [n for n, _ in article.most_common()]))
    ordered = list(dict.fromkeys(named + list(offices))) if near else named
    if not near and len(set(title)) < _PAIR_SIZE and len(ordered) != _PAIR_SIZE:
        return None
    return sorted_pair(ordered[0], ordered[1]) if len(ordered) >= _PAIR_SIZE else None


def distinct_leaders(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Each leader once, at its first mention: "Trump ... President Trump" is one party. A
    mention in apposition right after the first ("China's leader, Xi Jinping,", "Xi, China's
    president,") is the same noun phrase: the party's span runs to its end, so the comma that
    closes the apposition is not read as the start of a clause of its own."""
    seen: set[str] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.name not in seen:
            seen.add(m.name)
            out.append(m)
        elif out[-1].name == m.name and _APPOSITION.fullmatch(text, out[-1].end, m.start):
            out[-1] = replace(out[-1], end=m.end)
    return out


# between a leader's mention and the same leader named again in apposition: only a comma
_APPOSITION = re.compile(r",\s*(?:the\s+)?")


def sorted_pair(a: str, b: str) -> tuple[str, str]:
    """Two leaders in name order: a contact's key, whoever of the two the sentence names first."""
    x, y = sorted((a, b))
    return (x, y)
